import type { Page } from '@playwright/test'
import type { CopydeskPage } from './support/copydeskPage'
import { expect, test } from './support/copydeskTest'

const PREVALENCE = 'About 1 in 3 adults in the United States has prediabetes'
const SLEEP = 'Walking after meals is linked to better sleep and lower blood pressure too'
const EDITED_SENTENCE = 'The effect was seen within 30 minutes and lasted for up to two hours.'
const PASSPHRASE = 'quiet-harbour-lamp-1952'

async function flagAsNeedsSource(page: Page, copydesk: CopydeskPage, text: string) {
  await copydesk.selectText(text)
  await page.getByTestId('toolbar-flag').click()
  await page
    .getByRole('menu', { name: 'Flag selection' })
    .getByRole('menuitem', { name: /Needs source/ })
    .click()
  await expect(copydesk.storedFlags('claim').filter({ hasText: text })).toHaveCount(1)
}

test.describe('Medical sign-off', () => {
  // One long scenario, from a new profile to a stale sign-off: more than the usual minute.
  test.describe.configure({ timeout: 150_000 })

  test.use({ reviewer: null })

  test('gates an approval on open claims, records the override, prints the byline and goes stale on an edit', async ({
    page,
    context,
    copydesk,
    host,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await copydesk.open(host.url)
    const reviewerDialog = page.getByTestId('reviewer-dialog')
    await reviewerDialog.getByLabel('Name').fill('Morgan Hale')
    await reviewerDialog.getByLabel('Role').selectOption('medical-reviewer')
    await reviewerDialog.getByLabel('Credentials').fill('MD, MPH')
    await reviewerDialog.getByRole('button', { name: 'Add and review as this person' }).click()
    await expect(reviewerDialog).toBeHidden()
    await copydesk.waitForFlags()
    await flagAsNeedsSource(page, copydesk, PREVALENCE)
    await flagAsNeedsSource(page, copydesk, SLEEP)

    // A reviewer without a passphrase sets one first.
    await page.getByTestId('toolbar-sign-off').click()
    const dialog = page.getByTestId('sign-off-dialog')
    await expect(dialog).toContainText('Signing as Morgan Hale, MD, MPH · Medical reviewer')
    await dialog.getByTestId('sign-off-set-passphrase').click()
    const passphraseDialog = page.getByTestId('passphrase-dialog')
    await passphraseDialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
    await passphraseDialog.getByLabel('Type it again').fill(PASSPHRASE)
    await passphraseDialog.getByRole('button', { name: 'Set passphrase' }).click()
    await expect(passphraseDialog).toBeHidden()

    // "Approved" is refused while claims are open; each is a link to its words.
    const gate = dialog.getByTestId('sign-off-gate')
    await expect(gate).toContainText('2 claims are still open')
    await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
    await dialog.getByTestId('sign-off-submit').click()
    await expect(dialog.getByRole('alert')).toContainText('Resolve the open claims first')
    await gate.getByTestId('sign-off-claim').filter({ hasText: 'About 1 in 3' }).click()
    await expect(dialog).toBeHidden()
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(PREVALENCE)

    // Resolve one claim: a source, verified.
    await copydesk.storedFlags('claim').filter({ hasText: PREVALENCE }).click()
    const card = copydesk.storedFlagCard
    await card.getByLabel('DOI').fill('10.2337/dc21-S002')
    await card.getByRole('button', { name: 'Add source' }).click()
    await expect(card.getByTestId('stored-flag-status')).toContainText('Source attached')
    await card.getByLabel('Status').selectOption('verified')
    await card.getByRole('button', { name: 'Change status' }).click()
    await expect(card.getByTestId('stored-flag-status')).toContainText('Verified')
    await page.keyboard.press('Escape')

    // Override the other with a reason, and sign.
    await page.getByTestId('toolbar-sign-off').click()
    await expect(gate).toContainText('1 claim is still open')
    await expect(gate.getByTestId('sign-off-claim')).toHaveText([/Walking after meals/])
    await gate
      .getByLabel(/Reason to approve anyway/)
      .fill('General association, worded as such; no dosing advice depends on it.')
    await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
    await dialog.getByRole('button', { name: 'Approve anyway and sign' }).click()
    await expect(dialog).toBeHidden()

    const byline = page.getByTestId('sign-off-byline')
    await expect(byline).toHaveText(
      /^Medically reviewed by Morgan Hale, MD, MPH — [A-Z][a-z]+ \d{1,2}, \d{4}$/,
    )
    await expect(page.getByTestId('sign-off-block')).toContainText(
      'Approved with 1 claim open: General association',
    )
    await expect(page).toHaveTitle(/ — Approved — Copydesk$/)
    await page.getByTestId('sign-off-copy-byline').click()
    await expect(copydesk.notices.filter({ hasText: 'Byline copied.' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await byline.textContent(),
    )

    // Edit one sentence: the sign-off goes stale and shows exactly that change.
    await copydesk.selectText('30 minutes')
    await page.keyboard.type('20 minutes')
    await copydesk.waitUntilSaved()
    const block = page.getByTestId('sign-off-block')
    await expect(block.getByTestId('sign-off-stale')).toHaveText('Changed since review')
    await expect(byline).toHaveCount(0)
    await expect(page).toHaveTitle(/ — In review — Copydesk$/)
    await block.getByTestId('sign-off-show-changes').click()
    const changes = block.getByTestId('sign-off-changes')
    await expect(changes.locator('del')).toHaveCount(1)
    await expect(changes.locator('del')).toContainText(EDITED_SENTENCE)
    await expect(changes.locator('ins')).toHaveCount(1)
    await expect(changes.locator('ins')).toContainText(EDITED_SENTENCE.replace('30', '20'))
    await expect(block.getByRole('button', { name: 'Sign off again' })).toBeVisible()

    await copydesk.showLibrary()
    await expect(page.getByTestId('library-status')).toHaveText(['In review'])
  })
})
