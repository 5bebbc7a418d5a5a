import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { makeDataDir, startHost } from './tests/e2e/support/browserModeHost'
import { chromiumLaunchOptions } from './tests/e2e/support/chromiumLaunchOptions'

async function main(): Promise<void> {
  const dataDir = await makeDataDir()
  const host = await startHost(dataDir.path)
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    for (const [width, height] of [[1280, 800], [800, 600]]) {
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 })
      await page.goto(host.url)
      const reviewerDialog = page.getByTestId('reviewer-dialog')
      if (width === 1280) {
        await reviewerDialog.waitFor()
        await reviewerDialog.getByLabel('Name').fill('Dana Reyes')
        await reviewerDialog.getByRole('button', { name: 'Add and review as this person' }).click()
        await reviewerDialog.waitFor({ state: 'detached' })
      }
      await page.getByTestId('editor').locator('.ProseMirror').waitFor()
      await page.waitForTimeout(800)
      await page.keyboard.press('Control+Shift+E')
      await page.getByTestId('export-report-dialog').waitFor()
      await page.screenshot({ path: `/tmp/reports-look/dialog-${width}.png` })
      if (width === 1280) {
        await page.getByLabel('Include the text with the flags highlighted').check()
        const download = page.waitForEvent('download')
        await page.getByRole('button', { name: 'Export…' }).click()
        await (await download).saveAs('/tmp/reports-look/app-report.pdf')
        await page.keyboard.press('Control+Shift+E')
        await page.getByLabel('HTML (web page)').check()
        const html = page.waitForEvent('download')
        await page.getByRole('button', { name: 'Export…' }).click()
        await (await html).saveAs('/tmp/reports-look/app-report.html')
        const view = await browser.newPage({ viewport: { width, height } })
        await view.goto('file:///tmp/reports-look/app-report.html')
        await view.screenshot({ path: '/tmp/reports-look/html-report.png', fullPage: true })
        await view.goto('file:///tmp/reports-look/report.html')
        await view.screenshot({ path: '/tmp/reports-look/html-hostile.png', fullPage: false })
      }
      await page.close()
    }
  } finally {
    await browser.close()
    await host.stop()
    await dataDir.remove()
  }
}
void main()
