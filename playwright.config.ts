import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/e2e/support/chromiumLaunchOptions'

/**
 * End-to-end tests drive the real renderer in Debian's Chromium through the browser-mode
 * host (`out/main/browser.js`), so `npm run build` must have run first (`npm test` does).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // A test that fails once and passes on the retry is reported as flaky in the list, not hidden.
  retries: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'light' },
    // Every screen's accessibility audit again with the system set to dark.
    { name: 'dark', testMatch: /accessibility\.spec\.ts/, use: { colorScheme: 'dark' } },
  ],
})
