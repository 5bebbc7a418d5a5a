import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './support/copydeskTest'

const WCAG_21_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const BLOCKING_IMPACTS = new Set(['serious', 'critical'])

interface FoundViolation {
  id: string
  impact: string
  nodes: number
}

/**
 * Runs axe on the page (or only the part `include` selects), prints every violation with its
 * impact so a run's log can be quoted, and returns them.
 */
async function audit(page: Page, scene: string, include?: string): Promise<FoundViolation[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_21_A_AA)
  if (include) builder.include(include)
  const { violations, incomplete } = await builder.analyze()
  const found = violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    nodes: violation.nodes.length,
  }))
  console.log(
    `axe · ${scene}: ${found.length === 0 ? 'no violations' : ''}` +
      ` (needs review by a person: ${incomplete.map((result) => `${result.id} on ${result.nodes.map((node) => node.target.join(' ')).join(', ')}`).join(', ') || 'none'})` +
      violations
        .map(
          (violation) =>
            `\n  ${violation.impact ?? 'unknown'} ${violation.id} (${violation.nodes.length}): ${violation.help}` +
            violation.nodes
              .slice(0, 5)
              .map((node) => `\n    ${node.target.join(' ')}`)
              .join(''),
        )
        .join(''),
  )
  return found
}

function blocking(found: readonly FoundViolation[]): FoundViolation[] {
  return found.filter((violation) => BLOCKING_IMPACTS.has(violation.impact))
}

test.describe('Accessibility (axe, WCAG 2.1 A and AA)', () => {
  test('the editor with the sample draft and the flags panel', async ({ page, copydesk, host }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    expect(blocking(await audit(page, 'editor with the sample draft'))).toEqual([])
    await expect(page.getByRole('complementary', { name: 'Flags' })).toBeVisible()
    expect(blocking(await audit(page, 'flags panel', '.flags-panel'))).toEqual([])
  })

  test('an automatic flag’s card and a stored flag’s card', async ({ page, copydesk, host }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.hoverFlag('typo', 'Its')
    expect(blocking(await audit(page, 'automatic flag card', '[data-testid="flag-card"]'))).toEqual(
      [],
    )

    await page.mouse.move(0, 0)
    await copydesk.selectText('About 1 in 3 adults in the United States has prediabetes')
    await page.keyboard.press('Control+Alt+Shift+Digit1')
    await copydesk.storedFlags('claim').click()
    await expect(copydesk.storedFlagCard).toBeVisible()
    expect(
      blocking(await audit(page, 'stored flag card', '[data-testid="stored-flag-card"]')),
    ).toEqual([])
  })

  test('an orphaned flag in the flags panel', async ({ page, copydesk, host }) => {
    const sentence = 'The effect was seen within 30 minutes and lasted for up to two hours'
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.selectText(sentence)
    await page.keyboard.press('Control+Alt+Shift+Digit1')
    await expect(copydesk.storedFlags('claim')).toHaveText(sentence)
    await copydesk.selectText(sentence)
    await page.keyboard.press('Delete')
    await copydesk.waitUntilSaved()
    const orphan = page.getByTestId('orphan-row')
    await orphan.getByText('Details and history').click()
    await orphan.getByRole('button', { name: 'Close…' }).click()
    expect(blocking(await audit(page, 'orphaned flag', '[data-testid="orphan-row"]'))).toEqual([])
  })

  test('the find and replace bar, a notice with Undo, and a dismissed flag to restore', async ({
    page,
    copydesk,
    host,
  }) => {
    // Three audits, one of a panel of forty rows.
    test.slow()
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.editor.locator('p').first().click()
    await page.keyboard.press('Control+h')
    await page.getByTestId('find-input').fill('walk')
    await expect(page.getByTestId('replace-input')).toBeVisible()
    const found = await audit(page, 'find and replace bar', '[data-testid="find-bar"]')
    await page.keyboard.press('Escape')

    await copydesk.hoverFlag('typo', 'Its')
    await copydesk.ignoreFlag('House style')
    await expect(copydesk.notices.filter({ hasText: 'Dismissed the flag' })).toBeVisible()
    found.push(...(await audit(page, 'notice with Undo', '.notice-area')))
    const panel = page.getByTestId('flags-panel')
    await panel.getByLabel('Status').selectOption('dismissed')
    await expect(panel.getByTestId('flags-restore')).toBeVisible()
    found.push(...(await audit(page, 'dismissed flags with Restore', '.flags-panel')))
    expect(blocking(found)).toEqual([])
  })

  test.describe('on a first launch', () => {
    test.use({ reviewer: null })

    test('the “Who is reviewing?” dialog', async ({ page, copydesk, host }) => {
      await copydesk.open(host.url)
      await expect(page.getByTestId('reviewer-dialog')).toBeVisible()
      expect(blocking(await audit(page, 'reviewer dialog', 'dialog[open]'))).toEqual([])
    })
  })

  test('the Verify audit trail, Versions, House dictionary and Licences dialogs', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    const found: FoundViolation[] = []

    await page.getByTestId('toolbar-verify-audit-trail').click()
    const auditDialog = page.getByTestId('audit-dialog')
    await expect(auditDialog.getByTestId('audit-result')).toContainText(/Intact/)
    found.push(...(await audit(page, 'Verify audit trail dialog', 'dialog[open]')))
    await auditDialog.getByRole('button', { name: 'Close' }).click()

    await page.getByTestId('toolbar-versions').click()
    await expect(page.getByTestId('version-row').first()).toBeVisible()
    found.push(...(await audit(page, 'Versions dialog', 'dialog[open]')))
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('versions-dialog')).toBeHidden()

    await page.getByRole('button', { name: 'House dictionary', exact: true }).click()
    await expect(page.getByTestId('house-word-count')).toBeVisible()
    found.push(...(await audit(page, 'House dictionary dialog', 'dialog[open]')))
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('house-word-count')).toBeHidden()

    await page.getByTestId('show-licences').click()
    await expect(page.getByTestId('licence').first()).toBeVisible()
    found.push(...(await audit(page, 'Licences dialog', 'dialog[open]')))

    expect(blocking(found)).toEqual([])
  })

  test('the sign-off and passphrase dialogs, the byline and a stale sign-off with its changes', async ({
    page,
    copydesk,
    host,
  }) => {
    // Four axe runs and a signature (a deliberately slow passphrase hash) take longer than most.
    test.setTimeout(180_000)
    const passphrase = 'lantern-over-water-77'
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await copydesk.selectText('About 1 in 3 adults in the United States has prediabetes')
    await page.getByTestId('toolbar-flag').click()
    await page.getByRole('menuitem', { name: /Needs source/ }).click()
    await expect(copydesk.storedFlags('claim')).toHaveCount(1)
    const found: FoundViolation[] = []

    await page.getByTestId('toolbar-sign-off').click()
    const dialog = page.getByTestId('sign-off-dialog')
    await dialog.getByTestId('sign-off-set-passphrase').click()
    const passphraseDialog = page.getByTestId('passphrase-dialog')
    await expect(passphraseDialog).toBeVisible()
    found.push(...(await audit(page, 'passphrase dialog', '[data-testid="passphrase-dialog"]')))
    await passphraseDialog.getByLabel('Passphrase', { exact: true }).fill(passphrase)
    await passphraseDialog.getByLabel('Type it again').fill(passphrase)
    await passphraseDialog.getByRole('button', { name: 'Set passphrase' }).click()
    await expect(dialog.getByTestId('sign-off-gate')).toBeVisible()
    found.push(...(await audit(page, 'sign-off dialog with the gate', 'dialog[open]')))

    await dialog.getByLabel(/Reason to approve anyway/).fill('Widely reported figure.')
    await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase)
    await dialog.getByRole('button', { name: 'Approve anyway and sign' }).click()
    await expect(page.getByTestId('sign-off-byline')).toBeVisible()
    found.push(...(await audit(page, 'byline', '[data-testid="sign-off-block"]')))

    await copydesk.selectText('ten minutes')
    await page.keyboard.type('twelve minutes')
    await copydesk.waitUntilSaved()
    await page.getByTestId('sign-off-show-changes').click()
    await expect(page.getByTestId('sign-off-changes')).toBeVisible()
    found.push(...(await audit(page, 'stale sign-off', '[data-testid="sign-off-block"]')))

    expect(blocking(found)).toEqual([])
  })
})
