import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const RUNS = 5
const ROOT = path.join(__dirname, '..')
const CLI = path.join(ROOT, 'bin', 'copydesk.js')
const RETEXT = path.join(__dirname, 'retextWholeProcess.mjs')

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Median wall time of a whole `node …` process, in milliseconds. */
function timeProcess(args: string[], runs = RUNS): number {
  const times: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
    times.push(performance.now() - start)
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${args.join(' ')} failed: ${result.stderr}`)
    }
  }
  return median(times)
}

function verdict(met: boolean): string {
  return met ? 'met' : 'MISSED'
}

/**
 * Start-up as a user sees it (issue 12): `copydesk check` as a whole process on a one-line file
 * and on the 10,000-word draft, against `node` doing nothing and the retext pipeline as a whole
 * process on the same draft. Needs the built CLI (`npm run build`).
 */
export function benchmarkWholeProcess(draftText: string): void {
  console.log('\n== Whole process (start-up included) ==')
  if (!existsSync(path.join(ROOT, 'out', 'main', 'cli.js'))) {
    console.log('skipped: the CLI is not built (npm run build)')
    return
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'))
  try {
    const oneLine = path.join(folder, 'one-line.txt')
    const draft = path.join(folder, 'draft.txt')
    writeFileSync(oneLine, 'The council will vote on the new budget on Tuesday.\n')
    writeFileSync(draft, draftText)
    const nodeAlone = timeProcess(['-e', '0'])
    const oneLineTime = timeProcess([CLI, 'check', oneLine])
    const draftTime = timeProcess([CLI, 'check', draft, '--format', 'json'], 3)
    const retextTime = timeProcess([RETEXT, draft], 3)
    const ratio = draftTime / retextTime
    console.log(`node -e 0: ${nodeAlone.toFixed(0)} ms (median of ${RUNS})`)
    console.log(
      `copydesk check, one-line file: ${oneLineTime.toFixed(0)} ms  target ≤ 150 ms  ${verdict(oneLineTime <= 150)}`,
    )
    console.log(
      `copydesk check, 10,000-word draft: ${draftTime.toFixed(0)} ms; retext pipeline, same draft: ${retextTime.toFixed(0)} ms; ratio ${ratio.toFixed(2)}×  target ≤ 0.25×  ${verdict(ratio <= 0.25)}`,
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
