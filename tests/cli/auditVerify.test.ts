import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AuditLog } from '../../src/node/audit/auditLog'
import type { AuditEntry } from '../../src/shared/audit/auditEntry'
import { lastLine, runCliForTest } from './runCliForTest'

const TITLE = 'Clinic Hours Extended'

let workDir: string
let dataDir: string
let reviewId: string
let logFile: string
let entries: AuditEntry[]

/** A review imported through the CLI, then four more changes in its log. */
beforeEach(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'copydesk-cli-audit-'))
  dataDir = path.join(workDir, 'data')
  const draftPath = path.join(workDir, 'clinic.txt')
  await fs.writeFile(draftPath, `${TITLE}\n\nThe clinic now opens at seven on weekdays.\n`)
  reviewId = lastLine((await runCliForTest(['import', draftPath, '--data-dir', dataDir])).stdout)
  logFile = path.join(dataDir, 'audit', `${reviewId}.jsonl`)
  const log = AuditLog.forReview(dataDir, reviewId)
  entries = [JSON.parse(await fs.readFile(logFile, 'utf8')) as AuditEntry]
  for (const status of ['accepted', 'ignored', 'resolved', 'accepted']) {
    entries.push(
      await log.append({
        actor: { id: 'profile-ada', name: 'Ada Editor' },
        action: 'flag.status-changed',
        details: { flagId: 'flag-1', status },
      }),
    )
  }
})

afterEach(async () => {
  await fs.rm(workDir, { recursive: true, force: true })
})

async function editLines(change: (lines: string[]) => string[]): Promise<void> {
  const lines = (await fs.readFile(logFile, 'utf8')).split('\n').slice(0, -1)
  await fs.writeFile(
    logFile,
    change(lines)
      .map((line) => `${line}\n`)
      .join(''),
  )
}

async function recordHeadInReview(head: { seq: number; hash: string }): Promise<void> {
  const reviewFile = path.join(dataDir, 'reviews', `${reviewId}.json`)
  const review = JSON.parse(await fs.readFile(reviewFile, 'utf8')) as Record<string, unknown>
  await fs.writeFile(reviewFile, JSON.stringify({ ...review, auditHead: head }, null, 2))
}

describe('copydesk audit verify', () => {
  it('exits 0 and prints the head of an intact trail', async () => {
    await recordHeadInReview({ seq: 5, hash: entries[4]?.hash ?? '' })
    expect(await runCliForTest(['audit', 'verify', reviewId, '--data-dir', dataDir])).toEqual({
      code: 0,
      stdout: `Audit trail of ${TITLE}: intact, 5 entries, head ${entries[4]?.hash}\n`,
      stderr: '',
    })
  })

  it.each([
    [
      'changed',
      (lines: string[]) =>
        lines.map((line, index) => (index === 2 ? line.replace('"ignored"', '"accepted"') : line)),
      'broken at entry 3: entry 3 was changed: its hash does not match its contents',
    ],
    [
      'deleted',
      (lines: string[]) => lines.filter((_, index) => index !== 1),
      'broken at entry 3: entry 3 does not follow entry 1: sequence 2 is missing',
    ],
    [
      'inserted',
      (lines: string[]) => [...lines.slice(0, 2), lines[1] ?? '', ...lines.slice(2)],
      'broken at entry 2: lines 2 and 3 both hold entry 2: one of them was inserted',
    ],
    [
      'reordered',
      (lines: string[]) => [lines[0] ?? '', lines[2] ?? '', lines[1] ?? '', ...lines.slice(3)],
      'broken at entry 3: entry 3 comes before entry 2 (line 3): entries were reordered',
    ],
  ])('exits 1 naming the first bad entry when an entry was %s', async (_kind, change, verdict) => {
    await editLines(change)
    expect(await runCliForTest(['audit', 'verify', reviewId, '--data-dir', dataDir])).toEqual({
      code: 1,
      stdout: `Audit trail of ${TITLE}: ${verdict}\n`,
      stderr: '',
    })
  })

  it('exits 1 when the file was cut mid-entry', async () => {
    const bytes = await fs.readFile(logFile)
    await fs.writeFile(logFile, bytes.subarray(0, bytes.length - 10))
    expect(await runCliForTest(['audit', 'verify', reviewId, '--data-dir', dataDir])).toEqual({
      code: 1,
      stdout: `Audit trail of ${TITLE}: broken at line 5: line 5 is not a complete entry (the file ends mid-entry)\n`,
      stderr: '',
    })
  })

  it('exits 1 when whole entries were cut from the end of a trail whose head the review records', async () => {
    await recordHeadInReview({ seq: 5, hash: entries[4]?.hash ?? '' })
    await editLines((lines) => lines.slice(0, 3))
    expect(await runCliForTest(['audit', 'verify', reviewId, '--data-dir', dataDir])).toEqual({
      code: 1,
      stdout: `Audit trail of ${TITLE}: broken at entry 4: the log ends at entry 3 but the review records entry 5: entries were removed from the end\n`,
      stderr: '',
    })
  })

  it('exits 2 for a review that is not in the library', async () => {
    const unknownId = '00000000-0000-4000-8000-000000000000'
    const reviewFile = path.join(dataDir, 'reviews', `${unknownId}.json`)
    expect(await runCliForTest(['audit', 'verify', unknownId, '--data-dir', dataDir])).toEqual({
      code: 2,
      stdout: '',
      stderr: `copydesk: there is no review ${unknownId} in ${dataDir} (${reviewFile} does not exist)\n`,
    })
  })

  it.each([
    [['audit', 'verify', 'harbour'], 'copydesk: “harbour” is not a review id\n'],
    [
      ['audit', 'verify'],
      'copydesk: no REVIEW_ID given; usage: copydesk audit verify REVIEW_ID|reviewers [--data-dir DIR]\n',
    ],
    [
      ['audit'],
      'copydesk: “audit” needs a subcommand; usage: copydesk audit verify REVIEW_ID|reviewers [--data-dir DIR]\n',
    ],
  ])('exits 2 with one line for bad arguments %j', async (argv, stderr) => {
    expect(await runCliForTest(argv)).toEqual({ code: 2, stdout: '', stderr })
  })

  it('exits 2 naming a data folder that does not exist', async () => {
    const missing = path.join(workDir, 'nowhere')
    expect(await runCliForTest(['audit', 'verify', reviewId, '--data-dir', missing])).toEqual({
      code: 2,
      stdout: '',
      stderr: `copydesk: cannot read the data folder ${missing}: it does not exist\n`,
    })
  })

  it('verifies while the app holds the data folder, since it only reads', async () => {
    await fs.writeFile(path.join(dataDir, '.lock'), String(process.pid))
    const result = await runCliForTest(['audit', 'verify', reviewId, '--data-dir', dataDir])
    expect(result.code).toBe(0)
  })
})
