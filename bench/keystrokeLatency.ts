/**
 * Keystroke latency with the checks running: `npm run build`, then
 * `npx tsx bench/keystrokeLatency.ts` (also part of `npm run bench`). Opens a generated
 * 10,000-word draft with over 1,000 flags in the browser-mode host, waits until the flags are
 * painted, types 200 characters one at a time and reports keystroke → painted character.
 *
 * Measurement: a capture-phase keydown listener notes the event's timeStamp; a
 * requestAnimationFrame callback then runs just before the next frame is produced, and a
 * setTimeout(0) queued from it runs once that frame has been handed to the compositor. The
 * difference covers the input handlers, ProseMirror's update, React and style/layout/paint of
 * that frame. The next key is sent only after the previous one was measured. (The Event Timing
 * API only reports events slower than 16 ms, which hides the distribution we want to see.)
 *
 * Headless Chromium paces frames at 60 Hz, so every figure includes a wait of up to 16.7 ms
 * for the next frame whatever the page does. The bench therefore runs twice — paced, and with
 * frame pacing off (--disable-frame-rate-limit --disable-gpu-vsync) so that it measures the
 * work itself — and measures an empty <textarea> the same way each time as the floor.
 */
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import {
  E2E_REVIEWER,
  makeDataDir,
  startHost,
  writeReviewerProfiles,
} from '../tests/e2e/support/browserModeHost'
import { chromiumLaunchOptions } from '../tests/e2e/support/chromiumLaunchOptions'
import { generateLongDraft } from './generateLongDraft'

const TARGET_P95_MILLISECONDS = 16
const CHARACTERS = 200
const MIN_FLAGS = 1_000
const TYPED_TEXT = ' walking helps recieve'.repeat(20).slice(0, CHARACTERS)

declare global {
  interface Window {
    copydeskLatencies?: number[]
  }
}

interface Latency {
  median: number
  p95: number
  max: number
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN
}

/** Types into the focused element and measures each keystroke → next painted frame. */
async function measureTyping(page: Page, target: string): Promise<Latency> {
  await page.evaluate((selector) => {
    window.copydeskLatencies = []
    document.querySelector(selector)?.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp
        requestAnimationFrame(() => {
          setTimeout(() => window.copydeskLatencies?.push(performance.now() - start), 0)
        })
      },
      { capture: true },
    )
  }, target)
  for (const [index, character] of [...TYPED_TEXT].entries()) {
    await page.keyboard.press(character === ' ' ? 'Space' : character)
    await page.waitForFunction(
      (count) => (window.copydeskLatencies?.length ?? 0) >= count,
      index + 1,
    )
    await page.waitForTimeout(15)
  }
  const sorted = [...(await page.evaluate(() => window.copydeskLatencies ?? []))].sort(
    (a, b) => a - b,
  )
  return {
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  }
}

async function measureTextarea(browser: Browser): Promise<Latency> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.setContent(`<textarea style="width:700px;height:600px"></textarea>`)
  await page.locator('textarea').fill(generateLongDraft(10_000))
  await page.locator('textarea').focus()
  const latency = await measureTyping(page, 'textarea')
  await page.close()
  return latency
}

async function measureCopydesk(
  browser: Browser,
  hostUrl: string,
  panelOpen: boolean,
): Promise<Latency & { flags: string }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(hostUrl)
  await page.getByTestId('editor').locator('.ProseMirror').waitFor()
  await page.getByTestId('file-input').setInputFiles({
    name: 'long-draft.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(generateLongDraft(10_000), 'utf8'),
  })
  await page.getByTestId('editor').getByText('Inside the Busiest Clinic in Town').waitFor()
  await page.waitForFunction(
    (minimum) => document.querySelectorAll('.ProseMirror .check-flag').length >= minimum,
    MIN_FLAGS,
    { timeout: 60_000 },
  )
  await page.waitForTimeout(500)
  const flags = (await page.getByTestId('check-status').innerText()).replace(/\s+/g, ' ')
  const total = [...flags.matchAll(/(\d+) (?:typos?|claims?|furniture)/g)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  )
  if (total < MIN_FLAGS) throw new Error(`only ${total} flags: ${flags}`)
  // The flags panel lists every one of them beside the text while typing.
  const panelRows = await page
    .getByRole('complementary', { name: 'Flags' })
    .getByTestId('flags-row')
    .count()
  if (panelRows === 0) throw new Error('the flags panel is not open')
  if (!panelOpen) {
    await page.keyboard.press('Control+Shift+F')
    await page.getByRole('complementary', { name: 'Flags' }).waitFor({ state: 'detached' })
  }

  // Type in the middle of the document, at the end of a paragraph with flags around it.
  const paragraph = page.getByTestId('editor').locator('.ProseMirror p').nth(40)
  await paragraph.scrollIntoViewIfNeeded()
  await paragraph.click()
  await page.keyboard.press('End')
  const latency = await measureTyping(page, '.ProseMirror')
  const typed = (await page.getByTestId('editor').innerText()).replace(/\s+/g, ' ')
  if (!typed.includes(TYPED_TEXT.trim().slice(-40))) {
    throw new Error('the typed text did not arrive in the document')
  }
  await page.close()
  return {
    ...latency,
    flags: `${total.toLocaleString('en-US')} flags (${flags.replace(/ English.*$/, '')})`,
  }
}

const format = (latency: Latency): string =>
  `median ${latency.median.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms, max ${latency.max.toFixed(1)} ms`

async function main(): Promise<void> {
  const dataDir = await makeDataDir()
  await writeReviewerProfiles(dataDir.path, E2E_REVIEWER)
  const host = await startHost(dataDir.path)
  let unpacedP95 = Number.NaN
  try {
    for (const paced of [true, false]) {
      const browser = await chromium.launch({
        ...chromiumLaunchOptions,
        args: [
          ...(chromiumLaunchOptions.args ?? []),
          ...(paced ? [] : ['--disable-frame-rate-limit', '--disable-gpu-vsync']),
        ],
      })
      try {
        const copydesk = await measureCopydesk(browser, host.url, true)
        const withoutPanel = await measureCopydesk(browser, host.url, false)
        const textarea = await measureTextarea(browser)
        const label = paced ? 'frames paced at 60 Hz' : 'frame pacing off'
        console.log(`keystroke → painted character, ${CHARACTERS} keys, ${label}:`)
        console.log(
          `  Copydesk, 10,000-word draft with ${copydesk.flags}, flags panel open: ${format(copydesk)}`,
        )
        console.log(`  the same, flags panel closed: ${format(withoutPanel)}`)
        console.log(`  empty <textarea> with the same text (the floor):  ${format(textarea)}`)
        if (!paced) unpacedP95 = copydesk.p95
      } finally {
        await browser.close()
      }
    }
    const verdict = unpacedP95 <= TARGET_P95_MILLISECONDS ? 'within' : 'MISSES'
    console.log(
      `p95 with frame pacing off: ${unpacedP95.toFixed(1)} ms — ${verdict} the ${TARGET_P95_MILLISECONDS} ms target`,
    )
  } finally {
    await host.stop()
    await dataDir.remove()
  }
}

void main()
