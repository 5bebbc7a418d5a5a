import { expect, test } from './support/copydeskTest'

test.describe('Focus and announcements', () => {
  test('F8 is announced with the flag’s kind, words and place among the flags', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.editor.locator('p').first().click()
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('F8')
    const announcer = page.getByTestId('announcer')
    await expect(announcer).toHaveText(/^(Typo|Claim|Page furniture): .+ — “.+”, 1 of \d+$/)
    await page.keyboard.press('Shift+F8')
    const last = await announcer.innerText()
    const total = /(\d+) of (\d+)$/.exec(last)
    expect(total?.[1]).toBe(total?.[2])
  })

  test('the page has one main landmark, one level-1 heading (the draft’s title), and flags describe themselves', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await expect(page.getByRole('main')).toHaveCount(1)
    const headings = page.getByRole('heading', { level: 1 })
    await expect(headings).toHaveCount(1)
    await expect(headings).toHaveText(await copydesk.metadataField('title').inputValue())
    await expect(copydesk.flags('claim').first()).toHaveAttribute(
      'aria-description',
      /^Claim: Needs a source/,
    )
    // Where a check flag overlaps, its span carries its own description instead.
    await copydesk.selectText('Associate Editor')
    await page.keyboard.press('Control+Alt+Shift+Digit4')
    const dialog = page.getByTestId('flag-note-dialog')
    await dialog.getByLabel('Your comment').fill('Check the figure.')
    await dialog.getByRole('button', { name: 'Add comment' }).click()
    await expect(
      copydesk.editor.locator('.stored-flag--comment[aria-description^="Comment, open: "]'),
    ).not.toHaveCount(0)
  })

  test('a skip link reaches the text, and the toolbar is one Tab stop with arrow keys inside', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to the article text' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()

    await page.keyboard.press('Tab')
    await expect(page.getByTestId('toolbar-open')).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('toolbar-import-new-version')).toBeFocused()
    await page.keyboard.press('End')
    const last = page.getByRole('toolbar').locator('button[tabindex="0"]')
    await expect(last).toBeFocused()
    await page.keyboard.press('Home')
    await expect(page.getByTestId('toolbar-open')).toBeFocused()
    await page.keyboard.press('Tab')
    const afterToolbar = await page.evaluate(
      () => document.activeElement?.closest('[role="toolbar"]') !== null,
    )
    expect(afterToolbar).toBe(false)

    await page.keyboard.press('Shift+Tab')
    await expect(page.getByTestId('toolbar-open')).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(skip).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(copydesk.editor).toBeFocused()
  })

  test('closing a dialog gives the focus back to the button that opened it', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    const versions = page.getByTestId('toolbar-versions')
    await versions.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('versions-dialog')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('versions-dialog')).toBeHidden()
    await expect(versions).toBeFocused()
  })

  test('Escape in a stored flag’s card closes it and gives the focus back to the text', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.selectText('About 1 in 3 adults')
    await page.keyboard.press('Control+Alt+Shift+Digit2')
    await expect(copydesk.storedFlags('typo')).toBeVisible()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowRight')
    await expect(copydesk.storedFlagCard).toBeHidden()
    await page.keyboard.press('Alt+Enter')
    await expect(copydesk.storedFlagCard).toBeVisible()
    await expect(copydesk.storedFlagCard.locator(':focus')).toHaveCount(1)
    await page.keyboard.press('Escape')
    await expect(copydesk.storedFlagCard).toBeHidden()
    await expect(copydesk.editor).toBeFocused()
  })
})
