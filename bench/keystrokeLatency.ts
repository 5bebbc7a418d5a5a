/**
 * Keystroke latency with the checks running: `npm run build`, then
 * `npx tsx bench/keystrokeLatency.ts`. Opens a generated 10,000-word draft with over 1,000
 * flags in the browser-mode host, waits until the flags are painted, types 200 characters one
 * at a time and reports keystroke → painted character.
 *
 * Measurement: a capture-phase keydown listener notes the event's timeStamp; a
 * requestAnimationFrame callback then runs just before the next frame is produced, and a
 * setTimeout(0) queued from it runs once that frame has been handed to the compositor. The
 * difference covers the input handlers, ProseMirror's update, React and style/layout/paint of
 * that frame. The next key is sent only after the previous one was measured, so queueing does
 * not inflate the numbers. (The Event Timing API only reports events slower than 16 ms, which
 * would hide exactly the distribution we want to see.)
 */
import { chromium } from 'playwright-core'
import { makeDataDir, startHost } from '../tests/e2e/support/browserModeHost'
import { generateLongDraft } from './generateLongDraft'

const TARGET_P95_MILLISECONDS = 16
const CHARACTERS = 200
const MIN_FLAGS = 1_000

declare global {
  interface Window {
    copydeskLatencies?: number[]
    copydeskHandling?: number[]
  }
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN
}

async function main(): Promise<void> {
  const dataDir = await makeDataDir()
  const host = await startHost(dataDir.path)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(host.url)
    await page.getByTestId('editor').locator('.ProseMirror').waitFor()
    const draft = generateLongDraft(10_000)
    await page.getByTestId('file-input').setInputFiles({
      name: 'long-draft.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(draft, 'utf8'),
    })
    await page.getByTestId('editor').getByText('Inside the Busiest Clinic in Town').waitFor()
    const started = Date.now()
    await page.waitForFunction(
      (minimum) => document.querySelectorAll('.ProseMirror .check-flag').length >= minimum,
      MIN_FLAGS,
      { timeout: 60_000 },
    )
    const checkMilliseconds = Date.now() - started
    await page.waitForTimeout(500)
    const statusText = (await page.getByTestId('check-status').innerText()).replace(/\s+/g, ' ')
    const flags = [...statusText.matchAll(/(\d+) (?:typos?|claims?|furniture)/g)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    )
    if (flags < MIN_FLAGS) throw new Error(`only ${flags} flags: ${statusText}`)

    // Type in the middle of the document, at the end of a paragraph with flags around it.
    const paragraph = page.getByTestId('editor').locator('.ProseMirror p').nth(40)
    await paragraph.scrollIntoViewIfNeeded()
    await paragraph.click()
    await page.keyboard.press('End')
    await page.evaluate(() => {
      window.copydeskLatencies = []
      window.copydeskHandling = []
      const editor = document.querySelector('.ProseMirror')
      editor?.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp
          setTimeout(() => window.copydeskHandling?.push(performance.now() - start), 0)
          requestAnimationFrame(() => {
            setTimeout(() => window.copydeskLatencies?.push(performance.now() - start), 0)
          })
        },
        { capture: true },
      )
    })
    const text = ' walking helps recieve'.repeat(20).slice(0, CHARACTERS)
    for (const [index, character] of [...text].entries()) {
      await page.keyboard.press(character === ' ' ? 'Space' : character)
      await page.waitForFunction(
        (count) => (window.copydeskLatencies?.length ?? 0) >= count,
        index + 1,
      )
      await page.waitForTimeout(15)
    }
    const latencies = await page.evaluate(() => window.copydeskLatencies ?? [])
    const handling = [...(await page.evaluate(() => window.copydeskHandling ?? []))].sort(
      (a, b) => a - b,
    )
    const typed = (await page.getByTestId('editor').innerText()).replace(/\s+/g, ' ')
    if (!typed.includes(text.replace(/\s+/g, ' ').trim().slice(-40))) {
      throw new Error('the typed text did not arrive in the document')
    }
    const sorted = [...latencies].sort((a, b) => a - b)
    const median = percentile(sorted, 0.5)
    const p95 = percentile(sorted, 0.95)
    const max = sorted[sorted.length - 1] ?? Number.NaN
    const format = (value: number): string => `${value.toFixed(1)} ms`
    console.log(
      `draft: ${draft.split(/\s+/).length.toLocaleString('en-US')} words, ${flags.toLocaleString('en-US')} flags painted (${statusText.replace(/ English.*$/, '')})`,
    )
    console.log(`first full check painted after ${checkMilliseconds} ms`)
    console.log(
      `keystroke → painted character over ${latencies.length} keys: median ${format(median)}, p95 ${format(p95)}, max ${format(max)}`,
    )
    console.log(
      `keystroke → input handled (main-thread work, no frame wait): median ${format(percentile(handling, 0.5))}, p95 ${format(percentile(handling, 0.95))}, max ${format(handling[handling.length - 1] ?? Number.NaN)}`,
    )
    console.log(
      p95 <= TARGET_P95_MILLISECONDS
        ? `p95 within the ${TARGET_P95_MILLISECONDS} ms target`
        : `p95 MISSES the ${TARGET_P95_MILLISECONDS} ms target`,
    )
    process.exitCode = p95 <= TARGET_P95_MILLISECONDS ? 0 : 1
  } finally {
    await browser.close()
    await host.stop()
    await dataDir.remove()
  }
}

void main()
