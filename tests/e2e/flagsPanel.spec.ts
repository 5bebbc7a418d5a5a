import { expect, test } from './support/copydeskTest'

test.describe('The flags panel', () => {
  test('lists the open flags by kind and status, and a row takes you to the words', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    const panel = page.getByRole('complementary', { name: 'Flags' })
    await expect(panel).toBeVisible()
    await expect(panel.getByRole('region', { name: /^Claims · Needs source: \d+$/ })).toBeVisible()
    await expect(panel.getByRole('region', { name: /^Typos · Open: \d+$/ })).toBeVisible()

    await panel.getByLabel('Kind').selectOption('typo')
    await expect(panel.getByRole('region', { name: /^Claims/ })).toHaveCount(0)
    const row = panel.getByRole('button', { name: /^Typos: Its Open\b/ })
    await row.focus()
    await page.keyboard.press('Enter')
    await expect(copydesk.flagCard).toBeVisible()
    await expect(copydesk.flagCard).toContainText('It’s')
    const selected = await page.evaluate(() => window.getSelection()?.toString())
    expect(selected).toBe('Its')
  })

  test('hides and shows with Ctrl+Shift+F, and the editor keeps its width', async ({
    page,
    copydesk,
    host,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 })
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    const panel = page.getByRole('complementary', { name: 'Flags' })
    await expect(panel).toBeVisible()
    const panelBox = await panel.boundingBox()
    const textBox = await copydesk.editor.boundingBox()
    expect(panelBox && textBox && textBox.x + textBox.width <= panelBox.x).toBe(true)
    await page.keyboard.press('Control+Shift+F')
    await expect(panel).toBeHidden()
    await page.keyboard.press('Control+Shift+F')
    await expect(panel).toBeVisible()
  })
})
