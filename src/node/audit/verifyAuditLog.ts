import { readFile } from 'node:fs/promises'
import { GENESIS_PREVIOUS_HASH, auditEntrySchema } from '../../shared/audit/auditEntry'
import type { AuditHead } from '../../shared/audit/auditHead'
import type { AuditVerification } from '../../shared/audit/auditVerification'
import { errorCode } from '../store/durableJsonFile'
import { hashAuditEntry } from './hashAuditEntry'

export type { AuditVerification } from '../../shared/audit/auditVerification'

type Broken = Extract<AuditVerification, { intact: false }>

interface GoodEntry {
  seq: number
  hash: string
  line: number
}

/**
 * Checks a review's audit log line by line: each line is one complete entry in the form
 * Copydesk writes, its hash matches its contents, its sequence number follows the one before,
 * and its previousHash is that entry's hash. `expectedHead` is the head the review file
 * records; only it reveals whole entries cut from the end. A log that goes on past the
 * recorded head is intact (a review restored from its backup records an older head),
 * provided the entry at that sequence number has the recorded hash.
 */
export async function verifyAuditLog(
  file: string,
  expectedHead: AuditHead | null = null,
): Promise<AuditVerification> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
    if (expectedHead === null) return { intact: true, entries: 0, head: null }
    return {
      intact: false,
      entries: 0,
      firstBadLine: 1,
      firstBadSeq: 1,
      reason: `the log file is missing but the review records entry ${expectedHead.seq}`,
    }
  }
  const text = bytes.toString('utf8')
  const lines = text === '' ? [] : text.split('\n')
  const endsWithNewline = lines.at(-1) === ''
  if (endsWithNewline) lines.pop()

  let previous: GoodEntry | null = null
  let verified = 0
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1
    const isTorn = !endsWithNewline && index === lines.length - 1
    const broken = (reason: string, seq: number | null): Broken => ({
      intact: false,
      entries: verified,
      firstBadLine: lineNumber,
      firstBadSeq: seq,
      reason,
    })
    if (isTorn) {
      return broken(`line ${lineNumber} is not a complete entry (the file ends mid-entry)`, null)
    }
    const checked = checkLine(line, lineNumber, previous, lines)
    if ('reason' in checked) return broken(checked.reason, checked.seq)
    if (expectedHead?.seq === checked.seq && expectedHead.hash !== checked.hash) {
      return broken(
        `entry ${checked.seq} is not the one the review records (its hash differs): the log was rewritten`,
        checked.seq,
      )
    }
    previous = checked
    verified += 1
  }

  const lastSeq = previous?.seq ?? 0
  if (expectedHead !== null && lastSeq < expectedHead.seq) {
    return {
      intact: false,
      entries: verified,
      firstBadLine: lines.length + 1,
      firstBadSeq: lastSeq + 1,
      reason:
        previous === null
          ? `the log is empty but the review records entry ${expectedHead.seq}: its entries were removed`
          : `the log ends at entry ${lastSeq} but the review records entry ${expectedHead.seq}: entries were removed from the end`,
    }
  }
  return {
    intact: true,
    entries: verified,
    head: previous === null ? null : { seq: previous.seq, hash: previous.hash },
  }
}

/** The entry a line holds if it follows `previous` correctly, else why not. */
function checkLine(
  line: string,
  lineNumber: number,
  previous: GoodEntry | null,
  lines: readonly string[],
): GoodEntry | { reason: string; seq: number | null } {
  if (line === '') return { reason: `line ${lineNumber} is blank: the file was edited`, seq: null }
  if (line.endsWith('\r')) {
    return {
      reason: `line ${lineNumber} ends with a carriage return (a Windows line ending): the file was rewritten`,
      seq: null,
    }
  }
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch {
    return { reason: `line ${lineNumber} is not an entry: it is not valid JSON`, seq: null }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { reason: `line ${lineNumber} is not an entry: it is not a JSON object`, seq: null }
  }
  const { hash, ...fieldsWithoutHash } = json as Record<string, unknown>
  const claimedSeq = claimedSequence(json)
  const name = claimedSeq === null ? `line ${lineNumber}` : `entry ${claimedSeq}`
  if (typeof hash !== 'string') {
    return { reason: `${name} has no hash`, seq: claimedSeq }
  }
  if (hashAuditEntry(fieldsWithoutHash) !== hash) {
    return { reason: `${name} was changed: its hash does not match its contents`, seq: claimedSeq }
  }
  if (JSON.stringify(json) !== line) {
    return {
      reason: `${name} was reformatted: line ${lineNumber} is not written the way Copydesk writes entries`,
      seq: claimedSeq,
    }
  }
  const parsed = auditEntrySchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
    return {
      reason: `${name} is not in the audit entry format (${field}${issue?.message ?? 'unknown problem'})`,
      seq: claimedSeq,
    }
  }
  const entry = parsed.data
  const expectedSeq = (previous?.seq ?? 0) + 1
  if (entry.seq > expectedSeq) {
    const laterLine = lines.findIndex(
      (candidate, index) => index >= lineNumber && claimedSequenceOfLine(candidate) === expectedSeq,
    )
    if (laterLine !== -1) {
      return {
        reason: `entry ${entry.seq} comes before entry ${expectedSeq} (line ${laterLine + 1}): entries were reordered`,
        seq: entry.seq,
      }
    }
    const missing = describeMissing(expectedSeq, entry.seq - 1)
    return {
      reason:
        previous === null
          ? `the log starts at entry ${entry.seq}: ${missing}`
          : `entry ${entry.seq} does not follow entry ${previous.seq}: ${missing}`,
      seq: entry.seq,
    }
  }
  if (previous !== null && entry.seq < expectedSeq) {
    return {
      reason:
        entry.seq === previous.seq
          ? `lines ${previous.line} and ${lineNumber} both hold entry ${entry.seq}: one of them was inserted`
          : `entry ${entry.seq} comes after entry ${previous.seq}: entries were reordered or inserted`,
      seq: entry.seq,
    }
  }
  const expectedPreviousHash = previous?.hash ?? GENESIS_PREVIOUS_HASH
  if (entry.previousHash !== expectedPreviousHash) {
    return {
      reason:
        previous === null
          ? `entry 1's previous hash is not the start-of-log value (64 zeros)`
          : `entry ${entry.seq}'s previous hash does not match entry ${previous.seq}`,
      seq: entry.seq,
    }
  }
  return { seq: entry.seq, hash: entry.hash, line: lineNumber }
}

function claimedSequence(json: object): number | null {
  const seq = (json as { seq?: unknown }).seq
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 ? seq : null
}

function claimedSequenceOfLine(line: string): number | null {
  try {
    const json: unknown = JSON.parse(line)
    return typeof json === 'object' && json !== null ? claimedSequence(json) : null
  } catch {
    return null
  }
}

function describeMissing(first: number, last: number): string {
  return first === last
    ? `sequence ${first} is missing`
    : `sequences ${first} to ${last} are missing`
}
