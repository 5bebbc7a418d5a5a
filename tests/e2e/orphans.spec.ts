import { expect, test } from './support/copydeskTest'

const DELETED = 'The effect was seen within 30 minutes and lasted for up to two hours'
const NEW_HOME = 'Walking after meals is linked to better sleep and lower blood pressure too'

test.describe('Orphaned flags', () => {
  test('keeps a flag whose words were deleted, and re-attaches it to other words for good', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.selectText(DELETED)
    await page.getByTestId('toolbar-flag').click()
    await page
      .getByRole('menu', { name: 'Flag selection' })
      .getByRole('menuitem', { name: /Needs source/ })
      .click()
    await expect(copydesk.storedFlags('claim')).toHaveText(DELETED)

    await copydesk.selectText(DELETED)
    await page.keyboard.press('Delete')
    await copydesk.waitUntilSaved()
    const panel = page.getByRole('complementary', { name: 'Flags' })
    const orphans = panel.getByRole('region', { name: 'Orphaned: 1' })
    await expect(orphans).toBeVisible()
    const orphan = orphans.getByTestId('orphan-row')
    await expect(orphan).toContainText(`“${DELETED}”`)
    await orphan.getByText('Details and history').click()
    await expect(orphan.getByRole('list', { name: 'History' })).toContainText('Avery Test, MD')
    const reattach = orphan.getByRole('button', { name: 'Re-attach to selection' })

    await expect(reattach).toBeDisabled()
    await copydesk.selectText(NEW_HOME)
    await expect(reattach).toBeEnabled()
    await reattach.click()
    await expect(panel.getByRole('region', { name: /^Orphaned/ })).toHaveCount(0)
    await expect(copydesk.storedFlags('claim')).toHaveText(NEW_HOME)

    await copydesk.waitUntilSaved()
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await expect(copydesk.storedFlags('claim')).toHaveText(NEW_HOME)
    await expect(panel.getByRole('region', { name: /^Orphaned/ })).toHaveCount(0)
  })

  test('closes an orphan with a status its kind allows and the reason it needs', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.selectText(DELETED)
    await page.keyboard.press('Control+Alt+Shift+Digit2')
    await expect(copydesk.storedFlags('typo')).toHaveText(DELETED)
    await copydesk.selectText(DELETED)
    await page.keyboard.press('Delete')
    await copydesk.waitUntilSaved()

    const panel = page.getByRole('complementary', { name: 'Flags' })
    const orphan = panel.getByRole('region', { name: 'Orphaned: 1' }).getByTestId('orphan-row')
    await orphan.getByRole('button', { name: 'Close…' }).click()
    await orphan.getByLabel('Close as').selectOption('ignored')
    const close = orphan.getByRole('button', { name: 'Close flag' })
    await expect(close).toBeDisabled()
    await orphan.getByLabel('Reason (required)').fill('The sentence was cut on purpose')
    await close.click()
    await expect(panel.getByRole('region', { name: /^Orphaned/ })).toHaveCount(0)

    await panel.getByLabel('Status').selectOption('closed')
    const closed = panel.getByRole('region', { name: 'Orphaned: 1' }).getByTestId('orphan-row')
    await expect(closed).toContainText('Ignored')
    await closed.getByText('Details and history').click()
    await expect(closed).toContainText('The sentence was cut on purpose')
  })
})
