import { expect, test } from './support/copydeskTest'

test.describe('Notices', () => {
  test('an informational notice closes itself after a few seconds, or at once with its button', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.removePageFurniture()
    await expect(copydesk.notices).toHaveCount(1)
    await page.mouse.move(0, 0)
    await expect(copydesk.notices).toHaveCount(0, { timeout: 10_000 })

    await copydesk.removePageFurniture()
    const nothingLeft = copydesk.notices.filter({ hasText: 'no page furniture to remove' })
    await expect(nothingLeft).toBeVisible()
    await nothingLeft.getByRole('button', { name: 'Dismiss' }).click()
    await expect(copydesk.notices).toHaveCount(0)
  })

  test('a notice about a change disappears when the change is undone', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.removePageFurniture()
    const removed = copydesk.notices.filter({ hasText: /Removed \d+ blocks of page furniture/ })
    await expect(removed).toBeVisible()
    await page.keyboard.press('Control+z')
    // Well before the notice would have expired on its own.
    await expect(removed).toBeHidden({ timeout: 2_000 })
    await expect(copydesk.editor).toContainText('Next on Your Reading List')
  })

  test('an error stays until it is closed', async ({ page, copydesk, host }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await page.getByTestId('file-input').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    })
    const error = page.getByRole('alert').filter({ hasText: 'photo.png' })
    await expect(error).toBeVisible()
    await page.waitForTimeout(7_000)
    await expect(error).toBeVisible()
    await error.getByRole('button', { name: 'Dismiss' }).click()
    await expect(error).toBeHidden()
  })

  test('informational notices do not follow the user into the library', async ({
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.removePageFurniture()
    await expect(copydesk.notices).toHaveCount(1)
    await copydesk.showLibrary()
    await expect(copydesk.notices).toHaveCount(0)
  })
})

test.describe('Ignoring a flag once', () => {
  test('Undo brings an ignored flag back, and the flags panel lists and restores dismissed flags', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    const its = copydesk.flags('typo').filter({ hasText: /^Its$/ })
    await copydesk.hoverFlag('typo', 'Its')
    await copydesk.ignoreFlag('House style')
    await expect(its).toHaveCount(0)
    await expect(copydesk.notices.filter({ hasText: 'Dismissed the flag on “Its”' })).toBeVisible()
    await expect(copydesk.editor).toBeFocused()
    await page.keyboard.press('Control+z')
    await expect(its).toHaveCount(1)
    await expect(copydesk.notices.filter({ hasText: 'Dismissed the flag' })).toHaveCount(0)
    await expect(page.getByTestId('announcer')).toContainText('Restored the flag on “Its”')
    await expect(copydesk.editor).toContainText('Its a simple habit')

    await copydesk.hoverFlag('typo', 'Its')
    await copydesk.ignoreFlag('House style')
    await expect(its).toHaveCount(0)
    const panel = page.getByTestId('flags-panel')
    await panel.getByLabel('Status').selectOption('dismissed')
    await expect(panel.getByTestId('flags-row')).toHaveCount(1)
    await expect(panel.getByTestId('flags-row')).toContainText('Its')
    await panel.getByTestId('flags-restore').click()
    await expect(its).toHaveCount(1)
    await expect(panel.getByTestId('flags-row')).toHaveCount(0)
  })
})
