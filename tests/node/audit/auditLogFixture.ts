import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { AuditLog } from '../../../src/node/audit/auditLog'
import type { AuditEntry } from '../../../src/shared/audit/auditEntry'

export const EDITOR = { id: 'profile-ada', name: 'Ada Editor' }
export const REVIEWER = { id: 'profile-max', name: 'Dr Max Reviewer' }

export async function temporaryDataDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'copydesk-audit-'))
}

/** A clock that moves on one second per reading, from a fixed start. */
export function steppingClock(start = '2026-11-25T09:15:02.123Z'): () => Date {
  let next = Date.parse(start)
  return () => {
    const now = new Date(next)
    next += 1000
    return now
  }
}

/** Writes a log of `count` entries for a new review and returns the log and its entries. */
export async function writeLog(
  dataDir: string,
  count: number,
): Promise<{ log: AuditLog; entries: AuditEntry[]; reviewId: string }> {
  const reviewId = randomUUID()
  const log = AuditLog.forReview(dataDir, reviewId, { now: steppingClock() })
  const entries: AuditEntry[] = []
  for (let index = 1; index <= count; index++) {
    entries.push(
      await log.append({
        actor: index % 2 === 0 ? REVIEWER : EDITOR,
        action: index === 1 ? 'review.created' : 'flag.status-changed',
        details: { flagId: `flag-${index}`, status: index % 3 === 0 ? 'resolved' : 'accepted' },
      }),
    )
  }
  return { log, entries, reviewId }
}

export async function readLines(file: string): Promise<string[]> {
  const text = await fs.readFile(file, 'utf8')
  return text.split('\n').slice(0, -1)
}

export async function writeLines(file: string, lines: readonly string[]): Promise<void> {
  await fs.writeFile(file, lines.map((line) => `${line}\n`).join(''))
}
