import { randomBytes } from 'node:crypto'
import * as nodeFileSystem from 'node:fs/promises'
import path from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import type { Migrated } from '../../shared/review/migrations/migrateToCurrent'
import { MigrationError } from '../../shared/review/migrations/migrationError'
import { describeFormatIssues } from '../../shared/validation/describeFormatIssues'
import { MAX_NESTING_DEPTH, nestsDeeperThan } from '../../shared/validation/nestingDepth'
import { StoreFileError } from './storeFileError'
import { syncDirectory } from './syncDirectory'

/** The parts of node:fs/promises a durable file uses; tests pass a faulty one to simulate crashes. */
export type DurableFileSystem = Pick<
  typeof nodeFileSystem,
  'open' | 'readFile' | 'rename' | 'link' | 'copyFile' | 'unlink'
>

export interface DurableJsonFileOptions<T> {
  schema: z.ZodType<T>
  /** Completes "it does not match …", e.g. "the review format". */
  formatName: string
  /** Brings an older file to the current format before it is validated. */
  migrate?: (raw: unknown) => Migrated
  fileSystem?: DurableFileSystem
}

export interface VersionedContent<T> {
  data: T
  /** The format version the file was written in (older when it was just upgraded). */
  fromVersion: number
}

export const BACKUP_SUFFIX = '.bak'
export const TEMPORARY_SUFFIX = '.tmp'

/**
 * A lowdb adapter for one JSON file. Reads are validated with a zod schema; writes go to a
 * temporary file that is synced and renamed over the target, so a crash at any point leaves
 * either the old or the new file, never a mix. The previous version is kept as `<file>.bak`.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly file: string
  readonly backupFile: string
  /** While true, writes leave `<file>.bak` alone, so a backup someone may still restore survives. */
  preserveBackup = false

  private readonly schema: z.ZodType<T>
  private readonly formatName: string
  private readonly migrate: ((raw: unknown) => Migrated) | undefined
  private readonly fileSystem: DurableFileSystem
  private queue: Promise<unknown> = Promise.resolve()

  constructor(file: string, options: DurableJsonFileOptions<T>) {
    this.file = file
    this.backupFile = file + BACKUP_SUFFIX
    this.schema = options.schema
    this.formatName = options.formatName
    this.migrate = options.migrate
    this.fileSystem = options.fileSystem ?? nodeFileSystem
  }

  async read(): Promise<T | null> {
    return (await this.readVersioned())?.data ?? null
  }

  /** Like `read`, and says which format version the file was in before it was upgraded. */
  async readVersioned(): Promise<VersionedContent<T> | null> {
    const text = await this.readText(this.file)
    return text === null ? null : this.parseVersioned(text, this.file)
  }

  /** The backup's content if it exists and is valid; null if there is none. Throws StoreFileError if it is unusable. */
  async readBackup(): Promise<T | null> {
    const text = await this.readText(this.backupFile)
    return text === null ? null : this.parse(text, this.backupFile)
  }

  write(data: T): Promise<void> {
    // Serialise now, so later changes to `data` cannot leak into this save.
    const text = JSON.stringify(data, null, 2) + '\n'
    return this.enqueue(() => this.replaceDurably(text, { refreshBackup: !this.preserveBackup }))
  }

  /** Puts the backup's exact bytes back in place (after validating them) and returns its content. */
  restoreBackup(): Promise<T> {
    return this.enqueue(async () => {
      const text = await this.readText(this.backupFile)
      if (text === null) throw new StoreFileError(this.backupFile, 'there is no backup')
      const data = this.parse(text, this.backupFile)
      await this.replaceDurably(text, { refreshBackup: false })
      this.preserveBackup = false
      return data
    })
  }

  /** Deletes the file and its backup. */
  remove(): Promise<void> {
    return this.enqueue(async () => {
      await this.unlinkIfPresent(this.file)
      await this.unlinkIfPresent(this.backupFile)
      await syncDirectory(path.dirname(this.file), this.fileSystem)
    })
  }

  /** Resolves when every write, restore and removal started so far has finished. */
  async flush(): Promise<void> {
    await this.queue
  }

  private enqueue<Result>(task: () => Promise<Result>): Promise<Result> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private async readText(file: string): Promise<string | null> {
    try {
      return await this.fileSystem.readFile(file, 'utf8')
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw new StoreFileError(file, `it could not be read (${errorMessage(error)})`)
    }
  }

  private parse(text: string, file: string): T {
    return this.parseVersioned(text, file).data
  }

  private parseVersioned(text: string, file: string): VersionedContent<T> {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new StoreFileError(file, `it is not valid JSON (${errorMessage(error)})`)
    }
    if (nestsDeeperThan(json, MAX_NESTING_DEPTH)) {
      throw new StoreFileError(file, `it nests more than ${MAX_NESTING_DEPTH} levels deep`)
    }
    let migrated: Migrated = { value: json, fromVersion: Number.NaN }
    try {
      if (this.migrate) migrated = this.migrate(json)
    } catch (error) {
      if (error instanceof MigrationError) {
        throw new StoreFileError(file, error.reason, {
          isFromNewerVersion: error.isFromNewerVersion,
        })
      }
      throw new StoreFileError(file, `it could not be upgraded (${errorMessage(error)})`)
    }
    const result = this.schema.safeParse(migrated.value)
    if (!result.success) {
      throw new StoreFileError(
        file,
        `it does not match ${this.formatName}: ${describeFormatIssues(result.error.issues)}`,
      )
    }
    return { data: result.data, fromVersion: migrated.fromVersion }
  }

  private async replaceDurably(text: string, options: { refreshBackup: boolean }): Promise<void> {
    const temporaryFile = `${this.file}.${process.pid}.${randomBytes(6).toString('hex')}${TEMPORARY_SUFFIX}`
    try {
      const handle = await this.fileSystem.open(temporaryFile, 'wx')
      try {
        await handle.writeFile(text, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      if (options.refreshBackup) await this.keepCurrentAsBackup()
      await this.fileSystem.rename(temporaryFile, this.file)
    } catch (error) {
      await this.unlinkIfPresent(temporaryFile).catch(() => undefined)
      throw error
    }
    await syncDirectory(path.dirname(this.file), this.fileSystem)
  }

  private async keepCurrentAsBackup(): Promise<void> {
    // Build the new backup under a temporary name and rename it, so a good backup always exists.
    const temporaryBackup = `${this.backupFile}.${process.pid}.${randomBytes(6).toString('hex')}${TEMPORARY_SUFFIX}`
    try {
      await this.fileSystem.link(this.file, temporaryBackup)
    } catch (linkError) {
      if (errorCode(linkError) === 'ENOENT') return
      try {
        await this.fileSystem.copyFile(this.file, temporaryBackup)
      } catch (copyError) {
        if (errorCode(copyError) === 'ENOENT') return
        throw copyError
      }
    }
    await this.fileSystem.rename(temporaryBackup, this.backupFile)
    // When the backup already is the current file (a crash came between the two renames of a
    // save), rename() finds two links to one file and leaves both: remove the spare one.
    await this.unlinkIfPresent(temporaryBackup)
  }

  private async unlinkIfPresent(file: string): Promise<void> {
    try {
      await this.fileSystem.unlink(file)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error
    }
  }
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
