import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './support/copydeskTest'

test.describe('Export report', () => {
  test('File › Export Report downloads the chosen format in browser mode and records the export', async ({
    page,
    copydesk,
    host,
    dataDir,
  }) => {
    await copydesk.open(host.url)
    await expect(copydesk.metadataField('title')).not.toHaveValue('')

    await page.keyboard.press('ControlOrMeta+Shift+E')
    const dialog = page.getByTestId('export-report-dialog')
    await expect(dialog).toBeVisible()
    await dialog.getByLabel('CSV (one row per flag)').check()
    await expect(dialog.getByLabel('Paper')).toHaveCount(0)

    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export…' }).click()
    const file = await (await download).path()
    const csv = readFileSync(file, 'utf8')
    expect(csv.startsWith('\uFEFFkind,rule,status,text,message,reason,sources,who,when\r\n')).toBe(
      true,
    )
    expect((await download).suggestedFilename()).toMatch(/-report\.csv$/)
    await expect(dialog).toHaveCount(0)
    await expect(copydesk.notices.last()).toContainText('Downloaded the report as')

    const logs = readdirSync(path.join(dataDir, 'audit'))
    const entries = logs.flatMap((log) =>
      readFileSync(path.join(dataDir, 'audit', log), 'utf8')
        .trim()
        .split('\n')
        .map(
          (line) =>
            JSON.parse(line) as {
              action: string
              actor: { name: string }
              details: { format?: string }
            },
        ),
    )
    const exported = entries.find((entry) => entry.action === 'report.exported')
    expect(exported?.actor.name).toBe('Avery Test, MD')
    expect(exported?.details.format).toBe('csv')
  })
})
