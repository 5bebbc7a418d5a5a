import type { Page } from '@playwright/test'
import { expect, test } from './support/copydeskTest'

const theme = (page: Page) => page.locator('html')
const canvasColour = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor)

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' })

  test('follows a system set to dark, in the editor and the library', async ({
    page,
    copydesk,
    host,
  }) => {
    await copydesk.open(host.url)
    await copydesk.waitForFlags()
    await expect(theme(page)).toHaveAttribute('data-theme', 'dark')
    expect(await canvasColour(page)).toBe('rgb(28, 29, 32)')
    const typoUnderline = await copydesk
      .flags('typo')
      .first()
      .evaluate((element) => getComputedStyle(element).textDecorationColor)
    expect(typoUnderline).toBe('rgb(255, 123, 115)')
    await copydesk.showLibrary()
    await expect(theme(page)).toHaveAttribute('data-theme', 'dark')
  })

  test('a remembered choice of Light wins over the system setting', async ({
    page,
    copydesk,
    host,
  }) => {
    await page.addInitScript(() => localStorage.setItem('copydesk.colorScheme', 'light'))
    await copydesk.open(host.url)
    await expect(copydesk.editor).toBeVisible()
    await expect(theme(page)).toHaveAttribute('data-theme', 'light')
    expect(await canvasColour(page)).toBe('rgb(255, 255, 255)')
  })
})

test('switches while open when the system setting changes', async ({ page, copydesk, host }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await copydesk.open(host.url)
  await expect(copydesk.editor).toBeVisible()
  await expect(theme(page)).toHaveAttribute('data-theme', 'light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(theme(page)).toHaveAttribute('data-theme', 'dark')
})
