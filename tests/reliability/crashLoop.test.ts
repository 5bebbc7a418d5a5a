import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReviewStore } from '../../src/node/store/reviewStore'
import { buildReview } from '../node/store/reviewFixture'
import { atScale, printFigures } from './support/reliabilityScale'

const KILLS = atScale(200, 12)

let workDir = ''
let childScript = ''

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'copydesk-crash-loop-'))
  childScript = path.join(workDir, 'crashLoopChild.cjs')
  // Bundled once, so each of the many child processes starts in a fraction of a second.
  buildSync({
    entryPoints: [path.join(__dirname, 'support', 'crashLoopChild.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  })
})

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

/** Runs the saving child until it has acknowledged a save, waits a random moment, and kills it. */
function runAndKill(dataDir: string, reviewId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, reviewId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let lastAcknowledged = 0
    let output = ''
    let errors = ''
    let killTimer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const lines = output.split('\n')
      output = lines.pop() ?? ''
      for (const line of lines) lastAcknowledged = Number(line.replace('ack ', ''))
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), Math.random() * 120)
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(killTimer)
      if (signal !== 'SIGKILL')
        reject(new Error(`the child stopped by itself (${code}): ${errors}`))
      else resolve(lastAcknowledged)
    })
  })
}

async function temporaryFiles(dataDir: string): Promise<number> {
  const entries = await readdir(dataDir, { recursive: true })
  return entries.filter((name) => name.endsWith('.tmp')).length
}

describe('crash loop', () => {
  it(
    `loses no acknowledged save and leaves no unreadable store over ${KILLS} SIGKILLs during saves`,
    async () => {
      const dataDir = path.join(workDir, 'data')
      const review = buildReview({ metadata: { ...buildReview().metadata, title: 'Save 0' } })
      const setup = await ReviewStore.open(dataDir)
      await setup.createReview(review)
      await setup.close()

      let unreadableStores = 0
      let lostAcknowledgedSaves = 0
      let temporaryFilesLeftByCrashes = 0
      let leftoverTemporaryFiles = 0
      for (let kill = 0; kill < KILLS; kill++) {
        const acknowledged = await runAndKill(dataDir, review.id)
        temporaryFilesLeftByCrashes += await temporaryFiles(dataDir)
        const store = await ReviewStore.open(dataDir)
        try {
          const reopened = await store.getReview(review.id)
          const saved = Number(reopened.metadata.title.replace('Save ', ''))
          if (store.problems.length > 0) unreadableStores += 1
          if (saved < acknowledged) lostAcknowledgedSaves += 1
        } catch {
          unreadableStores += 1
        }
        leftoverTemporaryFiles += await temporaryFiles(dataDir)
        await store.close()
      }

      printFigures('crash loop', {
        kills: KILLS,
        'unreadable stores': unreadableStores,
        'lost acknowledged saves': lostAcknowledgedSaves,
        'temporary files left by the kills': temporaryFilesLeftByCrashes,
        'temporary files left after start-up': leftoverTemporaryFiles,
      })
      expect({ unreadableStores, lostAcknowledgedSaves, leftoverTemporaryFiles }).toEqual({
        unreadableStores: 0,
        lostAcknowledgedSaves: 0,
        leftoverTemporaryFiles: 0,
      })
    },
    atScale(600_000, 60_000),
  )
})
