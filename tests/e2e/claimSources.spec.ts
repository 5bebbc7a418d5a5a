import type { Page } from '@playwright/test'
import type { CopydeskPage } from './support/copydeskPage'
import { expect, test } from './support/copydeskTest'

const SENTENCE = 'About 1 in 3 adults in the United States has prediabetes'

async function flagSentenceAsNeedsSource(page: Page, copydesk: CopydeskPage): Promise<void> {
  await copydesk.selectText(SENTENCE)
  await page.getByTestId('toolbar-flag').click()
  await page
    .getByRole('menu', { name: 'Flag selection' })
    .getByRole('menuitem', { name: /Needs source/ })
    .click()
  await expect(copydesk.storedFlags('claim')).toHaveText(SENTENCE)
  await copydesk.storedFlags('claim').click()
  await expect(copydesk.storedFlagCard).toContainText('Needs source')
}

test.describe('Claim sources', () => {
  test('attaches a DOI to a claim, marks it verified, and keeps who and when across a reopen', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await flagSentenceAsNeedsSource(page, copydesk)
    const card = copydesk.storedFlagCard

    await card.getByLabel('DOI').fill('https://doi.org/10.2337/dc21-S002')
    await card
      .getByLabel('Quote from the source')
      .fill('Prediabetes affects about a third of adults.')
    await card.getByRole('button', { name: 'Add source' }).click()
    const source = card.getByTestId('claim-source')
    await expect(source).toContainText('10.2337/dc21-S002')
    await expect(source).toContainText('Prediabetes affects about a third of adults.')
    await expect(source.getByTestId('claim-source-added')).toContainText('Added by Avery Test, MD')
    await expect(card.getByTestId('stored-flag-status')).toContainText('Source attached')

    await card.getByLabel('Status').selectOption('verified')
    await card.getByRole('button', { name: 'Change status' }).click()
    await expect(card.getByTestId('stored-flag-status')).toContainText('Verified')

    await copydesk.waitUntilSaved()
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.storedFlags('claim').click()
    await expect(card.getByTestId('stored-flag-status')).toContainText('Verified')
    await expect(source).toHaveCount(1)
    await expect(source).toContainText('10.2337/dc21-S002')
    await expect(source.getByTestId('claim-source-added')).toContainText('Avery Test, MD')
    await expect(source.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/)
  })

  test('a malformed DOI is explained beside its field and nothing is saved', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await flagSentenceAsNeedsSource(page, copydesk)
    const card = copydesk.storedFlagCard

    const doi = card.getByLabel('DOI')
    await doi.fill('10.12/x')
    await card.getByRole('button', { name: 'Add source' }).click()
    await expect(doi).toHaveAttribute('aria-invalid', 'true')
    await expect(doi).toBeFocused()
    const problemId = await doi.getAttribute('aria-describedby')
    expect(problemId).toBeTruthy()
    await expect(page.locator(`[id="${problemId ?? ''}"]`)).toContainText(
      'The DOI “10.12/x” is not valid',
    )
    await expect(card.getByTestId('claim-source')).toHaveCount(0)
    await expect(card.getByTestId('stored-flag-status')).toContainText('Needs source')

    await copydesk.waitUntilSaved()
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.storedFlags('claim').click()
    await expect(card.getByTestId('stored-flag-status')).toContainText('Needs source')
    await expect(card.getByTestId('claim-source')).toHaveCount(0)
  })

  test('an automatic claim dismissed as not a claim, with a reason, stays hidden after reopening', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    const claim = copydesk.flags('claim').filter({ hasText: 'Studies show' })
    await expect(claim).toHaveCount(1)
    await claim.click()
    await page.mouse.move(0, 0)
    const card = copydesk.flagCard
    await card.getByRole('button', { name: 'Not a claim' }).click()
    const reason = card.getByLabel(/why\?/)
    await expect(reason).toBeFocused()
    const confirm = card.getByTestId('flag-dismiss-confirm')
    await expect(confirm).toBeDisabled()

    await page.keyboard.press('Escape')
    await expect(reason).toBeHidden()
    await expect(copydesk.editor).toBeFocused()

    await card.getByRole('button', { name: 'Not a claim' }).click()
    await card.getByRole('button', { name: 'Common knowledge' }).click()
    await expect(reason).toHaveValue('Common knowledge')
    await reason.fill('Describes the study the article reports, cited below')
    await confirm.click()
    await expect(claim).toHaveCount(0)
    await expect(copydesk.editor).toBeFocused()

    await copydesk.waitUntilSaved()
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await expect(copydesk.flags('claim').first()).toBeVisible()
    await expect(copydesk.flags('claim').filter({ hasText: 'Studies show' })).toHaveCount(0)
  })

  // Known regression (merge of the card-on-request and the new claim cues): after "Add a
  // source…" the stored card does not open; the card of a later claim shows instead. Tracked in
  // the workflow issue's note; the command itself (keepCheckFlag) is covered in Vitest.
  test.fixme('"Add a source…" on an automatic claim keeps it and opens its source form', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.flags('claim').filter({ hasText: 'Studies show' }).click()
    await page.mouse.move(0, 0)
    await copydesk.flagCard.getByRole('button', { name: 'Add a source…' }).click()
    const card = copydesk.storedFlagCard
    await expect(card).toContainText('Needs source')
    await expect(card.getByLabel('URL')).toBeFocused()
    await card.getByLabel('URL').fill('https://www.healthline.com/health/walking-benefits')
    await expect(card.getByTestId('claim-source-hint')).toContainText('not the original research')
    await card.getByRole('button', { name: 'Add source' }).click()
    await expect(card.getByTestId('claim-source')).toContainText(
      'https://www.healthline.com/health/walking-benefits',
    )
    await expect(card.getByTestId('stored-flag-status')).toContainText('Source attached')
  })

  test('shares a source with another claim, edits it and removes it', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await flagSentenceAsNeedsSource(page, copydesk)
    const card = copydesk.storedFlagCard
    await card.getByLabel('PMID').fill('PMID: 31234567')
    await card.getByRole('button', { name: 'Add source' }).click()
    await expect(card.getByTestId('claim-source')).toContainText('31234567')
    await page.keyboard.press('Escape')

    await copydesk.selectText('most of them do not know it')
    await page.getByTestId('toolbar-flag').click()
    await page
      .getByRole('menu', { name: 'Flag selection' })
      .getByRole('menuitem', { name: /Needs source/ })
      .click()
    const second = copydesk.storedFlags('claim').filter({ hasText: /^most of them/ })
    await second.click()
    await expect(card).toContainText('most of them do not know it')
    await card
      .getByLabel('Use a source from another claim')
      .selectOption({ label: `PMID 31234567 (on “${SENTENCE.slice(0, 39)}…”)` })
    await card.getByRole('button', { name: 'Use', exact: true }).click()
    await expect(card.getByTestId('claim-source')).toContainText('31234567')
    await expect(card.getByTestId('stored-flag-status')).toContainText('Source attached')
    await expect(card.getByTestId('claim-source-submit')).toHaveCount(0)

    await card.getByTestId('claim-source-edit').click()
    await card.getByLabel('Note on the source').fill('Table 2')
    await card.getByRole('button', { name: 'Save source' }).click()
    await expect(card.getByTestId('claim-source')).toContainText('Table 2')
    await page.keyboard.press('Escape')

    // The shared source changed on the first claim too.
    await copydesk
      .storedFlags('claim')
      .filter({ hasText: /^About 1 in 3/ })
      .click()
    await expect(card).toContainText(SENTENCE)
    await expect(card.getByTestId('claim-source')).toContainText('Table 2')
    await card.getByRole('button', { name: 'Remove source…' }).click()
    await card.getByRole('button', { name: 'Keep it' }).click()
    await expect(card.getByTestId('claim-source')).toHaveCount(1)
    await card.getByRole('button', { name: 'Remove source…' }).click()
    await expect(card.getByRole('button', { name: 'Remove source', exact: true })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(card.getByTestId('claim-source')).toHaveCount(0)
    await expect(card.getByText('No source attached yet.')).toBeVisible()
    await expect(card.getByTestId('stored-flag-status')).toContainText('Needs source')
    await expect(card.getByLabel('URL')).toBeVisible()
  })
})
