import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import type { ReviewerDetails, ReviewerProfiles } from '../../../src/shared/review/reviewerSchema'
import { REVIEWER_PROFILES_SCHEMA_VERSION } from '../../../src/shared/review/reviewerSchema'

const HOST_ENTRY = resolve('out/main/browser.js')
const READY_LINE = /Copydesk is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/

export interface RunningHost {
  url: string
  output: () => string
  stop: () => Promise<number | null>
}

/** Starts `node out/main/browser.js` on a free port and waits for the line with its URL. */
export async function startHost(dataDir: string, extraArgs: string[] = []): Promise<RunningHost> {
  const child = spawn(process.execPath, [
    HOST_ENTRY,
    '--data-dir',
    dataDir,
    '--port',
    '0',
    ...extraArgs,
  ])
  let output = ''
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 45_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = READY_LINE.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`host exited with ${code}:\n${output}`))
    })
  })
  return { url, output: () => output, stop: () => stopHost(child) }
}

function stopHost(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolveExit) => {
    child.once('exit', (code) => resolveExit(code))
    child.kill('SIGTERM')
  })
}

export async function makeDataDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'))
  return { path, remove: () => rm(path, { recursive: true, force: true, maxRetries: 5 }) }
}

/** The reviewer a test's data folder starts with, so the first-launch question is answered. */
export const E2E_REVIEWER: ReviewerDetails = {
  name: 'Avery Test',
  role: 'medical-reviewer',
  credentials: 'MD',
}

/** Makes a reviewer the active one of a data folder, as answering the first-launch question does. */
export async function writeReviewerProfiles(
  dataDir: string,
  reviewer: ReviewerDetails,
): Promise<void> {
  const id = randomUUID()
  const profiles: ReviewerProfiles = {
    schemaVersion: REVIEWER_PROFILES_SCHEMA_VERSION,
    reviewers: [{ id, ...reviewer, createdAt: new Date().toISOString() }],
    activeReviewerId: id,
  }
  await writeFile(join(dataDir, 'reviewers.json'), JSON.stringify(profiles))
}
