import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { expect, test } from './support/copydeskTest'

const fixture = (name: string): string => resolve('tests/e2e/fixtures', name)

test.describe('Copydesk in browser mode', () => {
  test('opens the sample draft on first launch with its metadata', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await expect(copydesk.editor).toContainText('short stroll after the evening meal')
    await expect(copydesk.metadataField('title')).toHaveValue(
      'A Ten-Minute Walk After Dinner Could Cut Blood Sugar Spikes in Half',
    )
    await expect(copydesk.metadataField('author')).toHaveValue('Marisol Okafor')
    await expect(copydesk.metadataField('role')).toHaveValue('Associate Editor')
    await expect(copydesk.metadataField('published')).toHaveValue('2025-03-03')
    await expect(copydesk.metadataField('updated')).toHaveValue('2025-03-11')
    await expect(copydesk.metadataField('credit')).toHaveValue('Tomas Lindqvist | Stockfolio')
    await expect(page).toHaveTitle(/Blood Sugar .* — Copydesk/)
    expect(new URL(page.url()).searchParams.has('token')).toBe(false)
  })

  test('an edit is saved automatically and is still there after the host restarts', async ({
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.typeAtEndOfFirstParagraph(' Edited by the desk.')
    await copydesk.metadataField('title').fill('Walking After Dinner, Reviewed')
    await copydesk.waitUntilSaved()

    await host.stop()
    await host.start()
    await copydesk.open(host.url)
    await expect(copydesk.editor).toContainText('Edited by the desk.')
    await expect(copydesk.metadataField('title')).toHaveValue('Walking After Dinner, Reviewed')
  })

  test('undo takes back an edit', async ({ page, copydesk, host }) => {
    await copydesk.open(host.url)
    await copydesk.typeAtEndOfFirstParagraph(' XYZZY')
    await expect(copydesk.editor).toContainText('XYZZY')
    await page.keyboard.press('Control+z')
    await expect(copydesk.editor).not.toContainText('XYZZY')
  })

  test('opens a Markdown file and reads its title, byline and date', async ({ copydesk, host }) => {
    await copydesk.open(host.url)
    await expect(copydesk.editor).toBeVisible()
    await copydesk.openFiles(fixture('evening-walks.md'))
    await expect(copydesk.metadataField('title')).toHaveValue('Evening Walks May Help You Sleep')
    await expect(copydesk.metadataField('author')).toHaveValue('Dana Whitfield')
    await expect(copydesk.metadataField('updated')).toHaveValue('2025-06-02')
    await expect(copydesk.editor.locator('strong')).toHaveText('twelve minutes sooner')
    await expect(copydesk.editor.locator('li')).toHaveCount(2)
  })

  test('imports a hostile web page without running any of its script', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await expect(copydesk.editor).toBeVisible()
    await copydesk.openFiles(fixture('hostile-page.html'))
    await expect(copydesk.editor).toContainText('Nurses who work nights')
    await copydesk.editor.getByText('Click here for more.').click()
    expect(
      await page.evaluate(() => (globalThis as { __copydeskPwned?: string }).__copydeskPwned),
    ).toBeUndefined()
    await expect(copydesk.editor.locator('[onclick], [onerror], iframe, img, script')).toHaveCount(
      0,
    )
    await expect(copydesk.editor.locator('a')).toHaveCount(1)
    await expect(copydesk.editor.locator('a')).toHaveAttribute('href', 'https://example.org/study')
  })

  test('a file that is not what its name says gets a clear message and adds nothing', async ({
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await expect(copydesk.editor).toBeVisible()
    await copydesk.openFiles(fixture('binary-in-disguise.txt'))
    await expect(copydesk.notices).toContainText('binary-in-disguise.txt')
    await copydesk.showLibrary()
    await expect(copydesk.libraryRows).toHaveCount(1)
  })

  test('a draft dropped onto the window opens as a new review', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await expect(copydesk.editor).toBeVisible()
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer()
      const markdown =
        '# Dropped Draft Title\n\nBy Ira Collins, Staff Writer\n\nBody of the dropped draft.'
      transfer.items.add(new File([markdown], 'dropped.md', { type: 'text/markdown' }))
      return transfer
    })
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    await page.dispatchEvent('body', 'dragover', { dataTransfer })
    await page.dispatchEvent('body', 'drop', { dataTransfer })
    await expect(copydesk.metadataField('title')).toHaveValue('Dropped Draft Title')
    await expect(copydesk.metadataField('author')).toHaveValue('Ira Collins')
    await expect(copydesk.editor).toContainText('Body of the dropped draft.')
  })

  test('text pasted into the library opens as a new review', async ({ page, copydesk, host }) => {
    await copydesk.open(host.url)
    await expect(copydesk.editor).toBeVisible()
    await copydesk.showLibrary()
    await page.evaluate(() => {
      const clipboardData = new DataTransfer()
      clipboardData.setData(
        'text/html',
        '<h1>Pasted Headline</h1><p>By Noor Haddad</p><p>Pasted body.</p>',
      )
      clipboardData.setData('text/plain', 'Pasted Headline\n\nBy Noor Haddad\n\nPasted body.')
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true }))
    })
    await expect(copydesk.metadataField('title')).toHaveValue('Pasted Headline')
    await expect(copydesk.metadataField('author')).toHaveValue('Noor Haddad')
  })

  test('finds text in the draft with Ctrl+F', async ({ page, copydesk, host }) => {
    await copydesk.open(host.url)
    await copydesk.editor.click()
    await page.keyboard.press('Control+f')
    await page.getByTestId('find-input').fill('walk')
    await expect(page.getByTestId('find-count')).toContainText(/of [1-9]\d*/)
    await expect(copydesk.editor.locator('.ProseMirror-search-match').first()).toBeVisible()
  })

  test('lists reviews in the library and deletes one after confirmation', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await expect(copydesk.editor).toBeVisible()
    await copydesk.openFiles(fixture('evening-walks.md'))
    await expect(copydesk.metadataField('title')).toHaveValue('Evening Walks May Help You Sleep')
    await copydesk.showLibrary()
    await expect(copydesk.libraryRows).toHaveCount(2)
    await expect(copydesk.libraryRows.first()).toContainText('Evening Walks May Help You Sleep')
    await expect(copydesk.libraryRows.first()).toContainText('Dana Whitfield')
    await copydesk.libraryRows.first().getByTestId('library-delete').click()
    await page.getByTestId('confirm-delete').click()
    await expect(copydesk.libraryRows).toHaveCount(1)
    await copydesk.libraryRows.first().click()
    await expect(copydesk.editor).toContainText('short stroll')
  })

  test('tells the user about a damaged review file and keeps it aside', async ({
    copydesk,
    host,
    dataDir,
  }) => {
    await host.stop()
    const reviewsDir = join(dataDir, 'reviews')
    await writeFile(join(reviewsDir, '0b7f3a1e-8d6c-4c1e-9a4f-2f1e5d6c7b8a.json'), '{"broken": ')
    await host.start()
    await copydesk.open(host.url)
    await expect(copydesk.notices).toContainText('0b7f3a1e-8d6c-4c1e-9a4f-2f1e5d6c7b8a.json')
    await expect(copydesk.notices).toContainText('set aside')
  })
})

test.describe('--open FILE', () => {
  test.use({ hostArguments: ['--open', fixture('evening-walks.md')] })

  test('opens that draft on start', async ({ copydesk, host }) => {
    await copydesk.open(host.url)
    await expect(copydesk.metadataField('title')).toHaveValue('Evening Walks May Help You Sleep')
  })
})

test('the host saves and exits cleanly on SIGTERM', async ({ host, dataDir }) => {
  expect(existsSync(join(dataDir, '.lock'))).toBe(true)
  expect(await host.stop()).toBe(0)
  expect(existsSync(join(dataDir, '.lock'))).toBe(false)
})
