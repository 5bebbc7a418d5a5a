import { resolve } from 'node:path'
import type { CopydeskPage } from './support/copydeskPage'
import { expect, test } from './support/copydeskTest'

const fixture = (name: string): string => resolve('tests/e2e/fixtures', name)

/** Opens the first version of the draft once start-up has shown the sample. */
async function openFirstVersion(copydesk: CopydeskPage): Promise<void> {
  await expect(copydesk.metadataField('title')).not.toHaveValue('')
  await copydesk.openFiles(fixture('harbour-swims.md'))
  await expect(copydesk.metadataField('title')).toHaveValue('Harbour Swims Return for the Summer')
}

/** Ignores one typo and waits until main has stored the dismissal. */
async function ignoreTypo(copydesk: CopydeskPage, word: string): Promise<void> {
  const stored = copydesk.page.waitForResponse(
    (response) => response.url().endsWith('/api/dismissCheckFlag') && response.ok(),
  )
  await copydesk.hoverFlag('typo', word)
  await copydesk.ignoreFlag()
  await stored
  await expect(copydesk.flags('typo').filter({ hasText: new RegExp(`^${word}$`) })).toHaveCount(0)
}

test.describe('New versions of a draft', () => {
  test('importing a revised file re-anchors ignored typos and the versions dialog shows what was removed', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await openFirstVersion(copydesk)
    await copydesk.waitForFlags()

    // Before the deleted sentence, in it, and after it.
    await ignoreTypo(copydesk, 'comittee')
    await ignoreTypo(copydesk, 'Lifegaurds')
    await ignoreTypo(copydesk, 'recomended')

    await page.getByTestId('new-version-input').setInputFiles(fixture('harbour-swims-revised.md'))
    await expect(copydesk.notices.last()).toHaveText(
      'Imported harbour-swims-revised.md as version 2: 1 flag kept, 1 moved, 1 orphaned.',
    )
    await expect(copydesk.editor).not.toContainText('county club')
    await copydesk.waitForFlags()
    // Ignored typos stay ignored where their text survived.
    await expect(copydesk.flags('typo').filter({ hasText: /^recomended$/ })).toHaveCount(0)

    await page.getByTestId('toolbar-versions').click()
    const dialog = page.getByTestId('versions-dialog')
    await expect(dialog).toBeVisible()
    const rows = dialog.getByTestId('version-row')
    await expect(rows).toHaveCount(2)
    await expect(rows.first()).toContainText('New version imported')
    await expect(rows.first()).toContainText('harbour-swims-revised.md')
    await expect(rows.first()).toContainText('Avery Test')
    await expect(rows.last()).toContainText('harbour-swims.md')

    await expect(dialog.getByTestId('versions-summary')).toHaveText(
      'From version 1 to version 2: 1 sentence removed, 0 sentences added.',
    )
    const removed = dialog.getByTestId('version-diff').locator('del')
    await expect(removed).toHaveCount(1)
    await expect(removed).toContainText(
      'Lifegaurds from the county club will watch the whole course.',
    )
    await expect(dialog.getByTestId('version-diff').locator('ins')).toHaveCount(0)

    // Comparing a version with itself shows no change.
    await dialog.getByLabel('Compare').selectOption('2')
    await expect(dialog.getByTestId('versions-summary')).toHaveText(
      'Version 2 has the same text as version 2.',
    )
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })

  test('a file that cannot be read is not imported and the notice names it', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await openFirstVersion(copydesk)
    await page.getByTestId('new-version-input').setInputFiles(fixture('binary-in-disguise.txt'))
    await expect(copydesk.notices.last()).toContainText(
      '“binary-in-disguise.txt” was not imported as a new version',
    )
    await expect(copydesk.editor).toContainText('county club')
  })
})
