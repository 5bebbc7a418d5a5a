/**
 * Takes the README screenshots from the browser mode: `npm run build && npx tsx scripts/takeScreenshots.ts`.
 * Uses Debian's Chromium (or CHROMIUM_PATH).
 */
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { makeDataDir, startHost } from '../tests/e2e/support/browserModeHost'
import { chromiumLaunchOptions } from '../tests/e2e/support/chromiumLaunchOptions'

async function main(): Promise<void> {
  const dataDir = await makeDataDir()
  const host = await startHost(dataDir.path)
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    })
    await page.goto(host.url)
    const reviewerDialog = page.getByTestId('reviewer-dialog')
    await reviewerDialog.waitFor()
    await reviewerDialog.getByLabel('Name').fill('Dana Reyes')
    await reviewerDialog.getByLabel('Role').selectOption('medical-reviewer')
    await reviewerDialog.getByLabel('Credentials').fill('MD')
    await page.screenshot({ path: resolve('docs/screenshot-reviewer.png') })
    await reviewerDialog.getByRole('button', { name: 'Add and review as this person' }).click()
    await reviewerDialog.waitFor({ state: 'detached' })
    await page.getByTestId('editor').locator('.ProseMirror').waitFor()
    await page.locator('.check-flag').first().waitFor()
    await page.waitForTimeout(500)
    await page.screenshot({ path: resolve('docs/screenshot-editor.png') })
    await page.locator('.check-flag--typo', { hasText: /^Its$/ }).first().scrollIntoViewIfNeeded()
    await page.locator('.check-flag--typo', { hasText: /^Its$/ }).first().hover()
    await page.getByTestId('flag-card').waitFor()
    await page.screenshot({ path: resolve('docs/screenshot-checks.png') })
    await page.mouse.move(0, 0)
    await page.getByTestId('toolbar-verify-audit-trail').click()
    await page
      .getByTestId('audit-result')
      .getByText(/Intact/)
      .waitFor()
    await page.screenshot({ path: resolve('docs/screenshot-audit.png') })
    await page.getByTestId('audit-dialog').getByRole('button', { name: 'Close' }).click()
    await page
      .getByTestId('file-input')
      .setInputFiles(resolve('tests/e2e/fixtures/evening-walks.md'))
    await page.getByTestId('meta-title').waitFor()
    await page.getByTestId('save-status').getByText('Saved').waitFor()
    await page.getByTestId('toolbar-library').click()
    await page.getByTestId('library-view').waitFor()
    await page.screenshot({ path: resolve('docs/screenshot-library.png') })
  } finally {
    await browser.close()
    await host.stop()
    await dataDir.remove()
  }
}

void main()
