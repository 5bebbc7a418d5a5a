import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/copydeskTest'

/** Visible children of a bar that stick out of it (left, right, top or bottom), by test id or text. */
async function overflowingChildren(bar: Locator): Promise<string[]> {
  return bar.evaluate((element) => {
    const outer = element.getBoundingClientRect()
    const sticksOut: string[] = []
    for (const child of element.querySelectorAll<HTMLElement>('button, select, span, a')) {
      if (child.closest('.popover')) continue
      const box = child.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      if (
        box.left < outer.left - 0.5 ||
        box.right > outer.right + 0.5 ||
        box.top < outer.top - 0.5 ||
        box.bottom > outer.bottom + 0.5
      ) {
        sticksOut.push(child.dataset.testid ?? child.textContent?.trim() ?? child.tagName)
      }
    }
    return sticksOut
  })
}

async function openSample(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await expect(page.getByTestId('editor').locator('.ProseMirror')).toBeVisible()
  await expect(page.getByTestId('save-status')).toBeVisible()
}

for (const viewport of [
  { width: 800, height: 600 },
  { width: 640, height: 400 },
]) {
  test(`at ${viewport.width}×${viewport.height} nothing sticks out of the toolbar or the status bar`, async ({
    page,
    host,
  }) => {
    await page.setViewportSize(viewport)
    await openSample(page, host.url)
    expect(
      await overflowingChildren(page.getByRole('toolbar', { name: 'Editor toolbar' })),
    ).toEqual([])
    expect(await overflowingChildren(page.locator('footer.status-bar'))).toEqual([])
  })
}

test('a narrow status bar lists what it hides under More', async ({ page, host }) => {
  await page.setViewportSize({ width: 640, height: 400 })
  await openSample(page, host.url)
  await expect(page.getByTestId('word-count')).toBeHidden()
  await expect(page.getByTestId('show-licences')).toBeHidden()
  await page.getByTestId('status-more').click()
  const panel = page.getByTestId('status-more-panel')
  await expect(panel).toContainText(/\d+ words/)
  await expect(panel).toContainText('short-walks-blood-sugar.txt')
  await expect(panel.getByRole('combobox', { name: 'Spelling language' })).toBeVisible()
  await expect(panel.getByRole('button', { name: 'About & licences' })).toBeVisible()
  const box = await panel.boundingBox()
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0)
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(640)
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(page.getByTestId('status-more')).toBeFocused()
})

test('a wide window shows every status item and no More', async ({ page, host }) => {
  await openSample(page, host.url)
  await expect(page.getByTestId('word-count')).toBeVisible()
  await expect(page.getByTestId('show-licences')).toBeVisible()
  await expect(page.getByTestId('status-more')).toBeHidden()
})

test('every toolbar tooltip stays inside a narrow window', async ({ page, host }) => {
  await page.setViewportSize({ width: 640, height: 400 })
  await openSample(page, host.url)
  const controls = page.getByRole('toolbar', { name: 'Editor toolbar' }).locator('[data-tooltip]')
  const outside: string[] = []
  for (const control of await controls.all()) {
    if (!(await control.isVisible()) || (await control.isDisabled())) continue
    await control.hover()
    const extent = await control.evaluate((element) => {
      const bounds = element.getBoundingClientRect()
      const tooltip = getComputedStyle(element, '::after')
      const width = parseFloat(tooltip.width)
      const left = parseFloat(tooltip.left)
      const transform = tooltip.transform === 'none' ? 0 : -width / 2
      const start = bounds.left + left + transform
      return { name: element.getAttribute('data-tooltip') ?? '', start, end: start + width }
    })
    if (extent.start < 0 || extent.end > 640) outside.push(extent.name)
  }
  expect(outside).toEqual([])
})
