import type { LaunchOptions } from 'playwright-core'

/**
 * Debian's Chromium (or CHROMIUM_PATH), with the flags that keep it from reaching for the
 * network on machines that have none.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
