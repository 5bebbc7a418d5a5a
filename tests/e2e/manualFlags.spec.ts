import { expect, test } from './support/copydeskTest'

const SENTENCE = 'About 1 in 3 adults in the United States has prediabetes'

test.describe('Manual flags', () => {
  test('flags a sentence from the toolbar, keeps notes and statuses with who and when, across a reload', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()

    await copydesk.selectText(SENTENCE)
    await page.getByTestId('toolbar-flag').click()
    const menu = page.getByRole('menu', { name: 'Flag selection' })
    await expect(menu.getByRole('menuitem', { name: /Needs source/ })).toBeFocused()
    await menu.getByRole('menuitem', { name: /Needs source/ }).click()
    await expect(copydesk.storedFlags('claim')).toHaveText(SENTENCE)

    await copydesk.storedFlags('claim').click()
    const card = copydesk.storedFlagCard
    await expect(card).toContainText('Needs source')
    await expect(card.getByTestId('stored-flag-created')).toContainText('Flagged by Avery Test, MD')
    await card.getByLabel('Add a note').fill('Which survey is this from?')
    await card.getByRole('button', { name: 'Add note' }).click()
    await expect(card.getByTestId('stored-flag-notes')).toContainText('Avery Test, MD')
    await expect(card.getByTestId('stored-flag-notes')).toContainText('Which survey is this from?')
    await page.keyboard.press('Escape')
    await expect(card).toBeHidden()
    await expect(copydesk.editor).toBeFocused()

    await copydesk.selectText('gentle walk')
    await page.keyboard.press('Control+Alt+Shift+Digit2')
    await expect(copydesk.storedFlags('typo')).toHaveText('gentle walk')
    await copydesk.storedFlags('typo').click()
    await card.getByLabel('Status').selectOption('ignored')
    const change = card.getByRole('button', { name: 'Change status' })
    await expect(change).toBeDisabled()
    await card.getByLabel('Reason (required)').fill('House style allows it')
    await change.click()
    await expect(card.getByTestId('stored-flag-status')).toContainText('Ignored')
    await expect(copydesk.storedFlags('typo')).toHaveClass(/stored-flag--closed/)

    await copydesk.waitUntilSaved()
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await expect(copydesk.storedFlags('claim')).toHaveText(SENTENCE)
    await copydesk.storedFlags('claim').click()
    await expect(card.getByTestId('stored-flag-notes')).toContainText('Which survey is this from?')
    await expect(card.getByTestId('stored-flag-notes').locator('time')).toHaveAttribute(
      'datetime',
      /^\d{4}-\d\d-\d\dT/,
    )
    await page.keyboard.press('Escape')
    await copydesk.storedFlags('typo').click()
    await expect(card.getByTestId('stored-flag-status')).toContainText('Ignored')
    await expect(card.getByTestId('stored-flag-reason')).toContainText('House style allows it')
    await expect(card.getByTestId('stored-flag-created')).toContainText('Avery Test, MD')
  })

  test('asks to select words first, and asks a comment for its note, from the context menu', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.editor.locator('p').nth(3).click({ button: 'right' })
    const menu = page.getByTestId('editor-context-menu')
    await expect(menu).toContainText('Select the words to flag first.')
    await page.keyboard.press('Escape')
    await expect(menu).toBeHidden()

    await copydesk.selectText('a short stroll')
    await copydesk.editor
      .getByText('a short stroll')
      .click({ button: 'right', position: { x: 4, y: 4 } })
    await menu.getByRole('menuitem', { name: /Comment/ }).click()
    const dialog = page.getByTestId('flag-note-dialog')
    await dialog.getByLabel('Your comment').fill('Say how short.')
    await dialog.getByRole('button', { name: 'Add comment' }).click()
    await expect(dialog).toBeHidden()
    // The comment's sign splits its first character into a span of its own.
    await expect
      .poll(async () => (await copydesk.storedFlags('comment').allTextContents()).join(''))
      .toBe('a short stroll')
  })
})
