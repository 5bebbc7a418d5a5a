import * as nodeFileSystem from 'node:fs/promises'
import path from 'node:path'
import type { AuditActor, AuditEntry } from '../../shared/audit/auditEntry'
import {
  GENESIS_PREVIOUS_HASH,
  auditActionSchema,
  auditActorSchema,
  auditDetailsSchema,
  auditEntrySchema,
} from '../../shared/audit/auditEntry'
import type { AuditHead } from '../../shared/audit/auditHead'
import { formatLocalTimestamp } from '../../shared/audit/formatLocalTimestamp'
import { errorCode } from '../store/durableJsonFile'
import { syncDirectory } from '../store/syncDirectory'
import { AuditLogError } from './auditLogError'
import { auditLogPath, reviewerAuditLogPath } from './auditLogPath'
import { hashAuditEntry } from './hashAuditEntry'
import { readExactly } from './readExactly'
import { readLogTail } from './readLogTail'
import { setTornTailAside } from './setTornTailAside'

export interface AuditLogOptions {
  now?: () => Date
  /** Called with the set-aside path (relative to the data folder) when a torn last line is moved away. */
  onTornLineSetAside?: (setAsideAs: string) => void
}

export interface AuditAppend {
  actor: AuditActor
  /** A dotted name such as `review.created`. */
  action: string
  /** Any JSON object; it is stored as JSON.stringify would write it. */
  details: Record<string, unknown>
}

/** What the file held when it was last read or written, so the next append need not read it again. */
interface KnownState {
  size: number
  /** Bytes up to and including the last newline; less than `size` when the last line is torn. */
  completeLength: number
  head: AuditHead | null
}

/** One queue per log file, shared by every AuditLog of this process, so appends never interleave. */
const queues = new Map<string, Promise<unknown>>()

/**
 * A review's append-only, hash-chained audit log, `<dataDir>/audit/<reviewId>.jsonl`
 * (docs/audit-log.md). Each append writes exactly one line and fsyncs it before resolving.
 * Existing lines are never rewritten. Only the holder of the data folder's lock appends.
 */
export class AuditLog {
  readonly file: string

  private readonly dataDir: string
  private readonly now: () => Date
  private readonly onTornLineSetAside: (setAsideAs: string) => void
  private known: KnownState | null = null

  private constructor(dataDir: string, file: string, options: AuditLogOptions) {
    this.dataDir = dataDir
    this.file = file
    this.now = options.now ?? (() => new Date())
    this.onTornLineSetAside = options.onTornLineSetAside ?? (() => undefined)
  }

  static forReview(dataDir: string, reviewId: string, options: AuditLogOptions = {}): AuditLog {
    return new AuditLog(path.resolve(dataDir), auditLogPath(dataDir, reviewId), options)
  }

  /** The data folder's log of reviewer profile changes (passphrases set and changed). */
  static forReviewerProfiles(dataDir: string, options: AuditLogOptions = {}): AuditLog {
    return new AuditLog(path.resolve(dataDir), reviewerAuditLogPath(dataDir), options)
  }

  /** Appends one entry after the log's current head and resolves once it is on disk. */
  append(input: AuditAppend): Promise<AuditEntry> {
    let fields: Pick<AuditEntry, 'actor' | 'action' | 'details'>
    try {
      fields = validateAppend(input)
    } catch (error) {
      return Promise.reject(error as Error)
    }
    return this.exclusively(() => this.appendNow(fields))
  }

  /** The last complete entry's sequence number and hash, or null for an empty or missing log. */
  head(): Promise<AuditHead | null> {
    return this.exclusively(async () => {
      let handle: nodeFileSystem.FileHandle
      try {
        handle = await nodeFileSystem.open(this.file, 'r')
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null
        throw new AuditLogError(this.file, `it could not be opened (${describe(error)})`)
      }
      try {
        const { size } = await handle.stat()
        return (await this.currentState(handle, size)).head
      } finally {
        await handle.close()
      }
    })
  }

  private async appendNow(
    fields: Pick<AuditEntry, 'actor' | 'action' | 'details'>,
  ): Promise<AuditEntry> {
    const folder = path.dirname(this.file)
    await createFolderDurably(folder)
    const { handle, created } = await openForAppend(this.file)
    let entry: AuditEntry
    try {
      const { size } = await handle.stat()
      const state = await this.currentState(handle, size)
      if (state.completeLength < size) await this.setTornLineAside(handle, state)
      const completeLength = state.completeLength
      const unhashed = {
        seq: (state.head?.seq ?? 0) + 1,
        at: formatLocalTimestamp(this.now()),
        actor: fields.actor,
        action: fields.action,
        details: fields.details,
        previousHash: state.head?.hash ?? GENESIS_PREVIOUS_HASH,
      }
      entry = auditEntrySchema.parse({ ...unhashed, hash: hashAuditEntry(unhashed) })
      const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8')
      // Until the line is durable the file's state is unknown; read it afresh next time.
      this.known = null
      await writeExactly(handle, line, completeLength)
      await handle.sync()
      const newSize = completeLength + line.length
      this.known = {
        size: newSize,
        completeLength: newSize,
        head: { seq: entry.seq, hash: entry.hash },
      }
    } finally {
      await handle.close()
    }
    if (created) await syncDirectory(folder)
    return entry
  }

  /** The head from the cache while the file still has the size this log left it at; else from disk. */
  private async currentState(handle: nodeFileSystem.FileHandle, size: number): Promise<KnownState> {
    if (this.known?.size === size) return this.known
    const tail = await readLogTail(handle, size)
    const head = tail.lastCompleteLine === null ? null : this.parseLastEntry(tail.lastCompleteLine)
    this.known = { size, completeLength: tail.completeLength, head }
    return this.known
  }

  private parseLastEntry(line: string): AuditHead {
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      throw new AuditLogError(this.file, 'its last line is not an entry (it is not JSON)')
    }
    const result = auditEntrySchema.safeParse(json)
    if (!result.success) {
      const issue = result.error.issues[0]
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
      throw new AuditLogError(
        this.file,
        `its last line is not an entry (${where}${issue?.message ?? 'unknown format'})`,
      )
    }
    return { seq: result.data.seq, hash: result.data.hash }
  }

  /**
   * A last line without its newline is an append that never finished, so it was never
   * acknowledged: its bytes go to set-aside/ and the file is cut back to the last newline.
   */
  private async setTornLineAside(
    handle: nodeFileSystem.FileHandle,
    state: KnownState,
  ): Promise<void> {
    const torn = Buffer.alloc(state.size - state.completeLength)
    await readExactly(handle, torn, state.completeLength)
    const setAsideAs = await setTornTailAside(this.dataDir, this.file, torn, this.now())
    this.known = null
    await handle.truncate(state.completeLength)
    await handle.sync()
    this.onTornLineSetAside(setAsideAs)
  }

  private exclusively<Result>(task: () => Promise<Result>): Promise<Result> {
    const previous = queues.get(this.file) ?? Promise.resolve()
    const run = previous.then(task)
    const settled = run.catch(() => undefined)
    queues.set(this.file, settled)
    void settled.then(() => {
      if (queues.get(this.file) === settled) queues.delete(this.file)
    })
    return run
  }
}

function validateAppend(input: AuditAppend): Pick<AuditEntry, 'actor' | 'action' | 'details'> {
  const actor = auditActorSchema.safeParse(input.actor)
  if (!actor.success) throw new Error(`An audit entry needs an actor with an id and a name.`)
  const action = auditActionSchema.safeParse(input.action)
  if (!action.success) {
    throw new Error(`“${String(input.action)}” is not an audit action (a dotted name).`)
  }
  // Hash exactly what the line will hold, so the hash covers what a reader parses back.
  let asWritten: unknown
  try {
    asWritten = JSON.parse(JSON.stringify(input.details ?? null))
  } catch {
    asWritten = undefined
  }
  const details = auditDetailsSchema.safeParse(asWritten)
  if (!details.success) throw new Error('The details of an audit entry must be a JSON object.')
  return { actor: actor.data, action: action.data, details: details.data }
}

/** Creates a folder and its missing parents, and syncs each new folder's entry in its parent. */
async function createFolderDurably(folder: string): Promise<void> {
  const firstCreated = await nodeFileSystem.mkdir(folder, { recursive: true })
  if (firstCreated === undefined) return
  for (let created = folder; ; created = path.dirname(created)) {
    await syncDirectory(path.dirname(created))
    if (created === firstCreated || path.dirname(created) === created) return
  }
}

async function openForAppend(
  file: string,
): Promise<{ handle: nodeFileSystem.FileHandle; created: boolean }> {
  try {
    return { handle: await nodeFileSystem.open(file, 'r+'), created: false }
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      throw new AuditLogError(file, `it could not be opened (${describe(error)})`)
    }
  }
  return { handle: await nodeFileSystem.open(file, 'wx+'), created: true }
}

async function writeExactly(
  handle: nodeFileSystem.FileHandle,
  bytes: Buffer,
  position: number,
): Promise<void> {
  let written = 0
  while (written < bytes.length) {
    const result = await handle.write(bytes, written, bytes.length - written, position + written)
    written += result.bytesWritten
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
