import { createHash, randomUUID } from 'node:crypto'
import * as fs from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AuditLog } from '../../../src/node/audit/auditLog'
import { AuditLogError } from '../../../src/node/audit/auditLogError'
import { verifyAuditLog } from '../../../src/node/audit/verifyAuditLog'
import { GENESIS_PREVIOUS_HASH } from '../../../src/shared/audit/auditEntry'
import {
  EDITOR,
  REVIEWER,
  readLines,
  steppingClock,
  temporaryDataDir,
  writeLog,
} from './auditLogFixture'

let dataDir: string

beforeEach(async () => {
  dataDir = await temporaryDataDir()
})

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true })
})

describe('AuditLog', () => {
  it('creates audit/<review id>.jsonl on first use with one line per entry', async () => {
    const reviewId = randomUUID()
    const log = AuditLog.forReview(dataDir, reviewId, { now: steppingClock() })
    expect(log.file).toBe(path.join(dataDir, 'audit', `${reviewId}.jsonl`))
    const first = await log.append({ actor: EDITOR, action: 'review.created', details: {} })
    const second = await log.append({
      actor: REVIEWER,
      action: 'sign-off.added',
      details: { meaning: 'medically accurate' },
    })
    expect(await readLines(log.file)).toEqual([JSON.stringify(first), JSON.stringify(second)])
    expect(Object.keys(first)).toEqual([
      'seq',
      'at',
      'actor',
      'action',
      'details',
      'previousHash',
      'hash',
    ])
    expect([first.seq, second.seq]).toEqual([1, 2])
    expect(first.previousHash).toBe(GENESIS_PREVIOUS_HASH)
    expect(second.previousHash).toBe(first.hash)
  })

  it('hashes the RFC 8785 canonical JSON of the entry without its hash', async () => {
    const log = AuditLog.forReview(dataDir, randomUUID(), {
      now: () => new Date('2026-11-25T09:15:02.123Z'),
    })
    const entry = await log.append({
      actor: { name: 'Zoë Ng', id: 'profile-7' },
      action: 'flag.status-changed',
      details: { status: 'accepted', count: 1e21, ratio: 0.5, flagId: 'f-1' },
    })
    const canonical =
      '{"action":"flag.status-changed","actor":{"id":"profile-7","name":"Zoë Ng"},' +
      `"at":"${entry.at}","details":{"count":1e+21,"flagId":"f-1","ratio":0.5,"status":"accepted"},` +
      `"previousHash":"${'0'.repeat(64)}","seq":1}`
    expect(entry.hash).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'))
  })

  it('records the local time with its offset, for the instant the clock gave', async () => {
    const now = new Date('2026-11-25T09:15:02.123Z')
    const log = AuditLog.forReview(dataDir, randomUUID(), { now: () => now })
    const entry = await log.append({ actor: EDITOR, action: 'review.created', details: {} })
    expect(entry.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/)
    expect(Date.parse(entry.at)).toBe(now.getTime())
  })

  it('continues from the head in the file, for a new AuditLog of the same review', async () => {
    const { log, entries, reviewId } = await writeLog(dataDir, 3)
    expect(await log.head()).toEqual({ seq: 3, hash: entries[2]?.hash })
    const reopened = AuditLog.forReview(dataDir, reviewId)
    expect(await reopened.head()).toEqual({ seq: 3, hash: entries[2]?.hash })
    const fourth = await reopened.append({ actor: EDITOR, action: 'review.exported', details: {} })
    expect(fourth).toMatchObject({ seq: 4, previousHash: entries[2]?.hash })
    const fifth = await log.append({ actor: EDITOR, action: 'review.exported', details: {} })
    expect(fifth).toMatchObject({ seq: 5, previousHash: fourth.hash })
    expect(await verifyAuditLog(log.file)).toMatchObject({ intact: true, entries: 5 })
  })

  it('has no head before its first entry', async () => {
    const log = AuditLog.forReview(dataDir, randomUUID())
    expect(await log.head()).toBeNull()
    await expect(fs.access(path.join(dataDir, 'audit'))).rejects.toThrow()
  })

  it('keeps a valid chain when appends from two AuditLogs of one review overlap', async () => {
    const reviewId = randomUUID()
    const logs = [AuditLog.forReview(dataDir, reviewId), AuditLog.forReview(dataDir, reviewId)]
    const appended = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        logs[index % 2]?.append({
          actor: EDITOR,
          action: 'flag.status-changed',
          details: { index },
        }),
      ),
    )
    expect(appended.map((entry) => entry?.seq).sort((a = 0, b = 0) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, index) => index + 1),
    )
    expect(await verifyAuditLog(logs[0]?.file ?? '')).toMatchObject({ intact: true, entries: 30 })
  })

  it('never rewrites the lines already written', async () => {
    const { log } = await writeLog(dataDir, 3)
    const before = await fs.readFile(log.file)
    await log.append({ actor: EDITOR, action: 'review.exported', details: {} })
    const after = await fs.readFile(log.file)
    expect(after.subarray(0, before.length).equals(before)).toBe(true)
    expect(after.length).toBeGreaterThan(before.length)
  })

  it('sets a torn last line aside and appends after the last complete entry', async () => {
    const { entries, reviewId, log } = await writeLog(dataDir, 3)
    const torn = '{"seq":4,"at":"2026-11-25T10:20:00.000+01:00","actor":{"id":"pro'
    await fs.appendFile(log.file, torn)
    const setAside: string[] = []
    const reopened = AuditLog.forReview(dataDir, reviewId, {
      now: () => new Date('2026-11-25T09:30:00.500Z'),
      onTornLineSetAside: (file) => setAside.push(file),
    })
    expect(await reopened.head()).toEqual({ seq: 3, hash: entries[2]?.hash })
    const fourth = await reopened.append({ actor: EDITOR, action: 'review.exported', details: {} })
    expect(fourth).toMatchObject({ seq: 4, previousHash: entries[2]?.hash })
    expect(setAside).toEqual([`set-aside/${reviewId}.torn.2026-11-25T09-30-00-500Z.jsonl`])
    expect(await fs.readFile(path.join(dataDir, setAside[0] ?? ''), 'utf8')).toBe(torn)
    expect(await verifyAuditLog(log.file)).toEqual({
      intact: true,
      entries: 4,
      head: { seq: 4, hash: fourth.hash },
    })
  })

  it('notices a line torn after it last wrote, and never replaces an earlier set-aside file', async () => {
    const reviewId = randomUUID()
    const log = AuditLog.forReview(dataDir, reviewId, {
      now: () => new Date('2026-11-25T09:30:00.500Z'),
    })
    await fs.mkdir(path.join(dataDir, 'audit'))
    await fs.writeFile(log.file, '{"seq":1,"at"')
    await log.append({ actor: EDITOR, action: 'review.created', details: {} })
    await fs.appendFile(log.file, '{"seq":2')
    const second = await log.append({ actor: EDITOR, action: 'review.exported', details: {} })
    expect(second.seq).toBe(2)
    expect((await fs.readdir(path.join(dataDir, 'set-aside'))).sort()).toEqual([
      `${reviewId}.torn.2026-11-25T09-30-00-500Z-2.jsonl`,
      `${reviewId}.torn.2026-11-25T09-30-00-500Z.jsonl`,
    ])
    expect(await verifyAuditLog(log.file)).toMatchObject({ intact: true, entries: 2 })
  })

  it('refuses to append after a last line that is not an entry, and leaves the file alone', async () => {
    const { log } = await writeLog(dataDir, 2)
    await fs.appendFile(log.file, 'garbage\n')
    const before = await fs.readFile(log.file)
    const error = await log
      .append({ actor: EDITOR, action: 'review.exported', details: {} })
      .catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(AuditLogError)
    expect((error as Error).message).toBe(
      `The audit log ${log.file} cannot be used: its last line is not an entry (it is not JSON).`,
    )
    expect((await fs.readFile(log.file)).equals(before)).toBe(true)
  })

  it.each([
    [{ actor: { id: '', name: 'Ada' }, action: 'review.created', details: {} }],
    [{ actor: EDITOR, action: 'created', details: {} }],
    [{ actor: EDITOR, action: 'review.created', details: ['not', 'an', 'object'] }],
  ])('refuses an entry it cannot write, without creating the log: %j', async (input) => {
    const log = AuditLog.forReview(dataDir, randomUUID())
    await expect(log.append(input as never)).rejects.toThrow()
    await expect(fs.access(log.file)).rejects.toThrow()
  })

  it('only accepts review ids as file names', () => {
    expect(() => AuditLog.forReview(dataDir, '../reviews/index')).toThrow(
      '“../reviews/index” is not a review id.',
    )
  })
})
