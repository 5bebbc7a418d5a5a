import * as fs from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashAuditEntry } from '../../../src/node/audit/hashAuditEntry'
import { verifyAuditLog } from '../../../src/node/audit/verifyAuditLog'
import type { AuditEntry } from '../../../src/shared/audit/auditEntry'
import { readLines, temporaryDataDir, writeLines, writeLog } from './auditLogFixture'

let dataDir: string

beforeEach(async () => {
  dataDir = await temporaryDataDir()
})

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true })
})

/** The entry with its hash recomputed, as a forger who knows the format would write it. */
function rehashed(entry: AuditEntry): AuditEntry {
  const fields: Omit<AuditEntry, 'hash'> & { hash?: string } = { ...entry }
  delete fields.hash
  return { ...fields, hash: hashAuditEntry(fields) }
}

function edited(line: string, change: (entry: AuditEntry) => AuditEntry): string {
  return JSON.stringify(change(JSON.parse(line) as AuditEntry))
}

describe('verifyAuditLog', () => {
  it('finds a chain written by AuditLog intact, with its head', async () => {
    const { log, entries } = await writeLog(dataDir, 5)
    const last = entries.at(-1)
    expect(await verifyAuditLog(log.file)).toEqual({
      intact: true,
      entries: 5,
      head: { seq: 5, hash: last?.hash },
    })
    expect(await verifyAuditLog(log.file, { seq: 5, hash: last?.hash ?? '' })).toMatchObject({
      intact: true,
    })
  })

  it.each([
    [
      'details',
      (entry: AuditEntry) => ({ ...entry, details: { ...entry.details, status: 'ignored' } }),
    ],
    [
      'actor',
      (entry: AuditEntry) => ({ ...entry, actor: { ...entry.actor, name: 'Someone Else' } }),
    ],
    ['time', (entry: AuditEntry) => ({ ...entry, at: entry.at.replace('09:', '08:') })],
  ])('names an entry whose %s was changed', async (_field, change) => {
    const { log } = await writeLog(dataDir, 5)
    const lines = await readLines(log.file)
    lines[3] = edited(lines[3] ?? '', change)
    await writeLines(log.file, lines)
    expect(await verifyAuditLog(log.file)).toEqual({
      intact: false,
      entries: 3,
      firstBadLine: 4,
      firstBadSeq: 4,
      reason: 'entry 4 was changed: its hash does not match its contents',
    })
  })

  it('names the next entry when a changed entry was given a fresh hash', async () => {
    const { log } = await writeLog(dataDir, 5)
    const lines = await readLines(log.file)
    lines[1] = edited(lines[1] ?? '', (entry) => rehashed({ ...entry, details: {} }))
    await writeLines(log.file, lines)
    expect(await verifyAuditLog(log.file)).toMatchObject({
      intact: false,
      firstBadLine: 3,
      firstBadSeq: 3,
      reason: "entry 3's previous hash does not match entry 2",
    })
  })

  it('names the entry after one that was deleted', async () => {
    const { log } = await writeLog(dataDir, 5)
    const lines = await readLines(log.file)
    lines.splice(2, 1)
    await writeLines(log.file, lines)
    expect(await verifyAuditLog(log.file)).toEqual({
      intact: false,
      entries: 2,
      firstBadLine: 3,
      firstBadSeq: 4,
      reason: 'entry 4 does not follow entry 2: sequence 3 is missing',
    })
  })

  it('notices the first entries deleted', async () => {
    const { log } = await writeLog(dataDir, 5)
    const lines = await readLines(log.file)
    await writeLines(log.file, lines.slice(2))
    expect(await verifyAuditLog(log.file)).toMatchObject({
      intact: false,
      firstBadLine: 1,
      firstBadSeq: 3,
      reason: 'the log starts at entry 3: sequences 1 to 2 are missing',
    })
  })

  it('names both lines when a forged entry was inserted in the chain', async () => {
    const { log, entries } = await writeLog(dataDir, 5)
    const lines = await readLines(log.file)
    const second = entries[1]
    if (!second) throw new Error('the log has no second entry')
    const forged = rehashed({
      ...second,
      seq: 3,
      action: 'sign-off.added',
      previousHash: second.hash,
    })
    lines.splice(2, 0, JSON.stringify(forged))
    await writeLines(log.file, lines)
    expect(await verifyAuditLog(log.file)).toEqual({
      intact: false,
      entries: 3,
      firstBadLine: 4,
      firstBadSeq: 3,
      reason: 'lines 3 and 4 both hold entry 3: one of them was inserted',
    })
  })

  it('names an inserted entry that does not carry a valid hash', async () => {
    const { log } = await writeLog(dataDir, 4)
    const lines = await readLines(log.file)
    lines.splice(
      1,
      0,
      edited(lines[0] ?? '', (entry) => ({ ...entry, seq: 2 })),
    )
    await writeLines(log.file, lines)
    expect(await verifyAuditLog(log.file)).toMatchObject({
      intact: false,
      firstBadLine: 2,
      firstBadSeq: 2,
      reason: 'entry 2 was changed: its hash does not match its contents',
    })
  })

  it('names two entries that swapped places', async () => {
    const { log } = await writeLog(dataDir, 5)
    const lines = await readLines(log.file)
    ;[lines[2], lines[3]] = [lines[3] ?? '', lines[2] ?? '']
    await writeLines(log.file, lines)
    expect(await verifyAuditLog(log.file)).toEqual({
      intact: false,
      entries: 2,
      firstBadLine: 3,
      firstBadSeq: 4,
      reason: 'entry 4 comes before entry 3 (line 4): entries were reordered',
    })
  })

  it('names the last line when the file was cut mid-entry', async () => {
    const { log } = await writeLog(dataDir, 5)
    const bytes = await fs.readFile(log.file)
    await fs.writeFile(log.file, bytes.subarray(0, bytes.length - 40))
    expect(await verifyAuditLog(log.file)).toEqual({
      intact: false,
      entries: 4,
      firstBadLine: 5,
      firstBadSeq: null,
      reason: 'line 5 is not a complete entry (the file ends mid-entry)',
    })
  })

  it('detects whole entries cut from the end only against the head the review records', async () => {
    const { log, entries } = await writeLog(dataDir, 5)
    const lines = await readLines(log.file)
    await writeLines(log.file, lines.slice(0, 3))
    expect(await verifyAuditLog(log.file)).toMatchObject({ intact: true, entries: 3 })
    expect(await verifyAuditLog(log.file, { seq: 5, hash: entries[4]?.hash ?? '' })).toEqual({
      intact: false,
      entries: 3,
      firstBadLine: 4,
      firstBadSeq: 4,
      reason:
        'the log ends at entry 3 but the review records entry 5: entries were removed from the end',
    })
  })

  it('accepts a log that goes on past the recorded head, as after restoring a review backup', async () => {
    const { log, entries } = await writeLog(dataDir, 5)
    expect(await verifyAuditLog(log.file, { seq: 3, hash: entries[2]?.hash ?? '' })).toEqual({
      intact: true,
      entries: 5,
      head: { seq: 5, hash: entries[4]?.hash },
    })
  })

  it('detects a whole log rewritten with fresh hashes through the recorded head', async () => {
    const { log, entries } = await writeLog(dataDir, 5)
    const lines = await readLines(log.file)
    let previousHash = entries[0]?.previousHash ?? ''
    const rewritten = lines.map((line, index) =>
      edited(line, (entry) => {
        const forged = rehashed({
          ...entry,
          details: index === 1 ? { flagId: 'flag-2', status: 'ignored' } : entry.details,
          previousHash,
        })
        previousHash = forged.hash
        return forged
      }),
    )
    await writeLines(log.file, rewritten)
    expect(await verifyAuditLog(log.file)).toMatchObject({ intact: true, entries: 5 })
    expect(await verifyAuditLog(log.file, { seq: 4, hash: entries[3]?.hash ?? '' })).toEqual({
      intact: false,
      entries: 3,
      firstBadLine: 4,
      firstBadSeq: 4,
      reason: 'entry 4 is not the one the review records (its hash differs): the log was rewritten',
    })
  })

  it('treats a missing log as empty unless the review records a head', async () => {
    const file = path.join(dataDir, 'audit', 'missing.jsonl')
    expect(await verifyAuditLog(file)).toEqual({ intact: true, entries: 0, head: null })
    expect(await verifyAuditLog(file, { seq: 2, hash: 'a'.repeat(64) })).toEqual({
      intact: false,
      entries: 0,
      firstBadLine: 1,
      firstBadSeq: 1,
      reason: 'the log file is missing but the review records entry 2',
    })
  })

  describe('refuses bytes Copydesk does not write, even where the hashes still match', () => {
    it('Windows line endings', async () => {
      const { log } = await writeLog(dataDir, 3)
      const lines = await readLines(log.file)
      await fs.writeFile(log.file, lines.map((line) => `${line}\r\n`).join(''))
      expect(await verifyAuditLog(log.file)).toMatchObject({
        intact: false,
        firstBadLine: 1,
        reason:
          'line 1 ends with a carriage return (a Windows line ending): the file was rewritten',
      })
    })

    it('a blank line at the end', async () => {
      const { log } = await writeLog(dataDir, 3)
      await fs.appendFile(log.file, '\n')
      expect(await verifyAuditLog(log.file)).toMatchObject({
        intact: false,
        entries: 3,
        firstBadLine: 4,
        reason: 'line 4 is blank: the file was edited',
      })
    })

    it('an entry laid out with spaces', async () => {
      const { log } = await writeLog(dataDir, 3)
      const lines = await readLines(log.file)
      lines[1] = JSON.stringify(JSON.parse(lines[1] ?? ''), null, 1).replaceAll('\n', '')
      await writeLines(log.file, lines)
      expect(await verifyAuditLog(log.file)).toMatchObject({
        intact: false,
        firstBadLine: 2,
        firstBadSeq: 2,
        reason: 'entry 2 was reformatted: line 2 is not written the way Copydesk writes entries',
      })
    })
  })

  it('names a line that is not JSON', async () => {
    const { log } = await writeLog(dataDir, 3)
    const lines = await readLines(log.file)
    lines[1] = 'not an entry'
    await writeLines(log.file, lines)
    expect(await verifyAuditLog(log.file)).toMatchObject({
      intact: false,
      firstBadLine: 2,
      firstBadSeq: null,
      reason: 'line 2 is not an entry: it is not valid JSON',
    })
  })
})
