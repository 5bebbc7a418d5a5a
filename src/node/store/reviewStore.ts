import * as nodeFileSystem from 'node:fs/promises'
import path from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import type { StoreProblem } from '../../shared/api/channels'
import type {
  LibraryIndex,
  RecentFile,
  Review,
  ReviewSummary,
} from '../../shared/review/reviewSchema'
import {
  REVIEW_SCHEMA_VERSION,
  libraryIndexSchema,
  reviewSchema,
} from '../../shared/review/reviewSchema'
import type { DurableFileSystem } from './durableJsonFile'
import { DurableJsonFile, TEMPORARY_SUFFIX, errorCode } from './durableJsonFile'
import { ReviewNotFoundError } from './reviewNotFoundError'
import { StoreFileError } from './storeFileError'
import { StoreLockedError } from './storeLockedError'
import { moveFileAside } from './moveFileAside'

export interface ReviewStoreOptions {
  now?: () => Date
  /** Replaces node:fs/promises for the data files' reads and writes (tests simulate crashes with it). */
  fileSystem?: DurableFileSystem
}

const INDEX_FILE = 'index.json'
const REVIEWS_FOLDER = 'reviews'
const LOCK_FILE = '.lock'
const MAX_RECENT_FILES = 10
const STALE_TEMPORARY_FILE_AGE_MS = 60_000
const REVIEW_FILE_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i

function emptyIndex(): LibraryIndex {
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    reviews: [],
    lastOpenedReviewId: null,
    recentFiles: [],
  }
}

function summarise(review: Review): ReviewSummary {
  return {
    id: review.id,
    title: review.metadata.title,
    author: review.metadata.author,
    sourceName: review.source.name,
    updatedAt: review.updatedAt,
  }
}

/**
 * The library on disk: one JSON file per review plus an index of summaries, recent files and
 * the last opened review. The review files are the truth; the index is rebuilt from them when
 * it is damaged. Files that cannot be used are moved to `set-aside/`, never overwritten.
 */
export class ReviewStore {
  readonly dataDir: string

  private readonly now: () => Date
  private readonly fileSystem: DurableFileSystem | undefined
  private readonly files = new Map<string, DurableJsonFile<unknown>>()
  private readonly index: Low<LibraryIndex>
  private readonly reviewQueues = new Map<string, Promise<unknown>>()
  private readonly pending = new Set<Promise<unknown>>()
  private problemList: StoreProblem[] = []
  private closed = false

  private constructor(dataDir: string, options: ReviewStoreOptions) {
    this.dataDir = dataDir
    this.now = options.now ?? (() => new Date())
    this.fileSystem = options.fileSystem
    this.index = new Low(this.indexFile(), emptyIndex())
  }

  static async open(dataDir: string, options: ReviewStoreOptions = {}): Promise<ReviewStore> {
    const resolvedDir = path.resolve(dataDir)
    await nodeFileSystem.mkdir(path.join(resolvedDir, REVIEWS_FOLDER), { recursive: true })
    await acquireLock(resolvedDir)
    const store = new ReviewStore(resolvedDir, options)
    try {
      await store.load()
    } catch (error) {
      await releaseLock(resolvedDir)
      throw error
    }
    return store
  }

  get problems(): StoreProblem[] {
    return this.problemList.map((problem) => ({ ...problem }))
  }

  listReviews(): ReviewSummary[] {
    return this.index.data.reviews
      .map((summary) => ({ ...summary }))
      .sort((first, second) => Date.parse(second.updatedAt) - Date.parse(first.updatedAt))
  }

  async getReview(id: string): Promise<Review> {
    return this.track(this.exclusively(id, () => this.readReview(id)))
  }

  async createReview(review: Review): Promise<Review> {
    this.assertOpen()
    const created = validateReview(review, `Review ${String(review.id)} was not created`)
    return this.track(
      this.exclusively(created.id, async () => {
        if (this.findSummary(created.id)) {
          throw new Error(`A review with id ${created.id} already exists.`)
        }
        await this.writeReview(created)
        this.index.data.reviews.push(summarise(created))
        await this.index.write()
        return created
      }),
    )
  }

  async updateReview(id: string, change: (current: Review) => Review): Promise<Review> {
    return this.track(
      this.exclusively(id, async () => {
        const current = await this.readReview(id)
        const updated = validateReview(
          change(structuredClone(current)),
          `The change to review ${id} was not saved`,
        )
        if (updated.id !== id) {
          throw new Error(`The change to review ${id} was not saved because it changed the id.`)
        }
        await this.writeReview(updated)
        this.replaceSummary(summarise(updated))
        await this.index.write()
        return updated
      }),
    )
  }

  async deleteReview(id: string): Promise<void> {
    return this.track(
      this.exclusively(id, async () => {
        if (!this.findSummary(id)) throw new ReviewNotFoundError(id)
        await this.reviewFile(id).remove()
        const data = this.index.data
        data.reviews = data.reviews.filter((summary) => summary.id !== id)
        data.recentFiles = data.recentFiles.filter((recent) => recent.reviewId !== id)
        if (data.lastOpenedReviewId === id) data.lastOpenedReviewId = null
        await this.index.write()
      }),
    )
  }

  get lastOpenedReviewId(): string | null {
    return this.index.data.lastOpenedReviewId
  }

  async setLastOpenedReview(id: string | null): Promise<void> {
    this.assertOpen()
    if (id !== null && !this.findSummary(id)) throw new ReviewNotFoundError(id)
    this.index.data.lastOpenedReviewId = id
    return this.track(this.index.write())
  }

  get recentFiles(): RecentFile[] {
    return this.index.data.recentFiles.map((recent) => ({ ...recent }))
  }

  async addRecentFile(filePath: string, reviewId: string): Promise<void> {
    this.assertOpen()
    if (!this.findSummary(reviewId)) throw new ReviewNotFoundError(reviewId)
    const data = this.index.data
    const entry: RecentFile = { path: filePath, reviewId, openedAt: this.now().toISOString() }
    data.recentFiles = [
      entry,
      ...data.recentFiles.filter((recent) => recent.path !== filePath),
    ].slice(0, MAX_RECENT_FILES)
    return this.track(this.index.write())
  }

  /** Puts back the last good version of a file listed in `problems`. Returns the review, or null for the index. */
  async restoreBackup(file: string): Promise<Review | null> {
    this.assertOpen()
    const relativeFile = file.replaceAll('\\', '/')
    const problem = this.problemList.find((candidate) => candidate.file === relativeFile)
    if (!problem) {
      throw new Error(`There is no problem with ${relativeFile} to restore a backup for.`)
    }
    if (relativeFile === INDEX_FILE) return this.track(this.restoreIndexBackup())
    const id = reviewIdFromFile(relativeFile)
    if (id === null) throw new Error(`${relativeFile} is not a review file.`)
    return this.track(
      this.exclusively(id, async () => {
        if (this.findSummary(id)) {
          throw new Error(`Review ${id} exists again, so its old backup was not restored.`)
        }
        const backup = await this.restoreReviewBackup(this.reviewFile(id), id)
        this.removeProblem(relativeFile)
        this.index.data.reviews.push(summarise(backup))
        await this.index.write()
        return backup
      }),
    )
  }

  async flush(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.allSettled([...this.pending])
    }
    await Promise.allSettled([...this.files.values()].map((file) => file.flush()))
  }

  /** Waits for every write, then releases the data folder for another process. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.flush()
    await releaseLock(this.dataDir)
  }

  private async load(): Promise<void> {
    await this.removeStaleTemporaryFiles(this.dataDir)
    await this.removeStaleTemporaryFiles(path.join(this.dataDir, REVIEWS_FOLDER))

    let indexIsUsable = true
    let indexExists = true
    const defaults = this.index.data
    try {
      await this.index.read()
      indexExists = this.index.data !== defaults
    } catch (error) {
      if (!(error instanceof StoreFileError)) throw error
      indexIsUsable = false
      await this.setAside(INDEX_FILE, this.indexFile(), error.reason)
    }

    const summaries: ReviewSummary[] = []
    const entries = await nodeFileSystem.readdir(path.join(this.dataDir, REVIEWS_FOLDER), {
      withFileTypes: true,
    })
    for (const entry of entries) {
      if (!entry.isFile() || !REVIEW_FILE_NAME.test(entry.name)) continue
      const id = entry.name.slice(0, -'.json'.length)
      const review = await this.loadReviewAtOpen(id)
      if (review) summaries.push(summarise(review))
    }

    const loaded = indexIsUsable ? this.index.data : emptyIndex()
    const knownIds = new Set(summaries.map((summary) => summary.id))
    const reconciled: LibraryIndex = {
      schemaVersion: REVIEW_SCHEMA_VERSION,
      reviews: summaries,
      lastOpenedReviewId:
        loaded.lastOpenedReviewId !== null && knownIds.has(loaded.lastOpenedReviewId)
          ? loaded.lastOpenedReviewId
          : null,
      recentFiles: loaded.recentFiles.filter((recent) => knownIds.has(recent.reviewId)),
    }
    const changed = !indexIsUsable || !indexExists || !sameIndex(loaded, reconciled)
    this.index.data = reconciled
    if (changed) await this.index.write()
  }

  private async loadReviewAtOpen(id: string): Promise<Review | null> {
    const file = this.reviewFile(id)
    const relativeFile = `${REVIEWS_FOLDER}/${id}.json`
    try {
      const review = await file.read()
      if (review === null) return null
      if (review.id !== id) {
        await this.setAside(relativeFile, file, `its id ${review.id} does not match its file name`)
        return null
      }
      return review
    } catch (error) {
      if (!(error instanceof StoreFileError)) throw error
      await this.setAside(relativeFile, file, error.reason)
      return null
    }
  }

  /** Reads a review from disk; a file that has become unusable since opening is set aside. */
  private async readReview(id: string): Promise<Review> {
    this.assertOpen()
    if (!this.findSummary(id)) throw new ReviewNotFoundError(id)
    const file = this.reviewFile(id)
    const relativeFile = `${REVIEWS_FOLDER}/${id}.json`
    let review: Review | null
    try {
      review = await file.read()
    } catch (error) {
      if (!(error instanceof StoreFileError)) throw error
      await this.setAside(relativeFile, file, error.reason)
      await this.forgetReview(id)
      throw new StoreFileError(relativeFile, error.reason)
    }
    if (review === null) {
      await this.forgetReview(id)
      throw new ReviewNotFoundError(id)
    }
    if (review.id !== id) {
      const reason = `its id ${review.id} does not match its file name`
      await this.setAside(relativeFile, file, reason)
      await this.forgetReview(id)
      throw new StoreFileError(relativeFile, reason)
    }
    return review
  }

  private async writeReview(review: Review): Promise<void> {
    const database = new Low(this.reviewFile(review.id), review)
    await database.write()
  }

  private async forgetReview(id: string): Promise<void> {
    this.index.data.reviews = this.index.data.reviews.filter((summary) => summary.id !== id)
    await this.index.write()
  }

  private async restoreIndexBackup(): Promise<null> {
    const restored = await this.indexFile().restoreBackup()
    const data = this.index.data
    const knownIds = new Set(data.reviews.map((summary) => summary.id))
    // The review files stay the truth for summaries; the backup brings back history and recents.
    data.recentFiles = restored.recentFiles.filter((recent) => knownIds.has(recent.reviewId))
    data.lastOpenedReviewId =
      restored.lastOpenedReviewId !== null && knownIds.has(restored.lastOpenedReviewId)
        ? restored.lastOpenedReviewId
        : data.lastOpenedReviewId
    this.removeProblem(INDEX_FILE)
    await this.index.write()
    return null
  }

  private async restoreReviewBackup(file: DurableJsonFile<Review>, id: string): Promise<Review> {
    const backup = await file.readBackup()
    if (backup === null) throw new Error(`There is no backup of review ${id} to restore.`)
    if (backup.id !== id) {
      throw new StoreFileError(file.backupFile, `its id ${backup.id} does not match its file name`)
    }
    return file.restoreBackup()
  }

  /** Moves an unusable file into set-aside/ and records the problem. */
  private async setAside(
    relativeFile: string,
    file: DurableJsonFile<unknown>,
    reason: string,
  ): Promise<void> {
    const setAsideAs = await moveFileAside(this.dataDir, file.file, this.now())

    const backupAvailable = await this.backupIsUsable(relativeFile, file)
    file.preserveBackup = backupAvailable
    this.removeProblem(relativeFile)
    this.problemList.push({
      file: relativeFile,
      reason,
      setAsideAs,
      backupAvailable,
    })
  }

  private async backupIsUsable(
    relativeFile: string,
    file: DurableJsonFile<unknown>,
  ): Promise<boolean> {
    try {
      const backup = await file.readBackup()
      if (backup === null) return false
      const id = reviewIdFromFile(relativeFile)
      return id === null || (backup as Review).id === id
    } catch (error) {
      if (error instanceof StoreFileError) return false
      throw error
    }
  }

  private removeProblem(relativeFile: string): void {
    this.problemList = this.problemList.filter((problem) => problem.file !== relativeFile)
  }

  private async removeStaleTemporaryFiles(folder: string): Promise<void> {
    const entries = await nodeFileSystem.readdir(folder, { withFileTypes: true })
    const cutoff = this.now().getTime() - STALE_TEMPORARY_FILE_AGE_MS
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith(TEMPORARY_SUFFIX)) continue
      const file = path.join(folder, entry.name)
      const stats = await nodeFileSystem.stat(file)
      if (stats.mtimeMs < cutoff) await nodeFileSystem.rm(file, { force: true })
    }
  }

  private findSummary(id: string): ReviewSummary | undefined {
    return this.index.data.reviews.find((summary) => summary.id === id)
  }

  private replaceSummary(summary: ReviewSummary): void {
    const reviews = this.index.data.reviews
    const position = reviews.findIndex((existing) => existing.id === summary.id)
    if (position === -1) reviews.push(summary)
    else reviews[position] = summary
  }

  private indexFile(): DurableJsonFile<LibraryIndex> {
    return this.durableFile(INDEX_FILE, libraryIndexSchema, 'the library index format')
  }

  private reviewFile(id: string): DurableJsonFile<Review> {
    return this.durableFile(`${REVIEWS_FOLDER}/${id}.json`, reviewSchema, 'the review format')
  }

  /** One instance per file, so every write to that file goes through the same queue. */
  private durableFile<T>(
    relativeFile: string,
    schema: z.ZodType<T>,
    formatName: string,
  ): DurableJsonFile<T> {
    let file = this.files.get(relativeFile)
    if (!file) {
      file = new DurableJsonFile<T>(path.join(this.dataDir, relativeFile), {
        schema,
        formatName,
        fileSystem: this.fileSystem,
      }) as DurableJsonFile<unknown>
      this.files.set(relativeFile, file)
    }
    return file as DurableJsonFile<T>
  }

  /** Runs read-modify-write operations on one review one at a time, so no update is lost. */
  private exclusively<Result>(id: string, task: () => Promise<Result>): Promise<Result> {
    const previous = this.reviewQueues.get(id) ?? Promise.resolve()
    const run = previous.then(task)
    const settled = run.catch(() => undefined)
    this.reviewQueues.set(id, settled)
    void settled.then(() => {
      if (this.reviewQueues.get(id) === settled) this.reviewQueues.delete(id)
    })
    return run
  }

  private track<Result>(operation: Promise<Result>): Promise<Result> {
    this.pending.add(operation)
    const forget = () => this.pending.delete(operation)
    operation.then(forget, forget)
    return operation
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`The review store for ${this.dataDir} has been closed.`)
  }
}

function validateReview(candidate: unknown, failure: string): Review {
  const result = reviewSchema.safeParse(candidate)
  if (result.success) return result.data
  const issues = result.error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
  throw new Error(`${failure} because it is not a valid review: ${issues}`, { cause: result.error })
}

function reviewIdFromFile(relativeFile: string): string | null {
  const [folder, name, ...rest] = relativeFile.split('/')
  if (folder !== REVIEWS_FOLDER || name === undefined || rest.length > 0) return null
  return REVIEW_FILE_NAME.test(name) ? name.slice(0, -'.json'.length) : null
}

function sameIndex(first: LibraryIndex, second: LibraryIndex): boolean {
  const byId = (a: ReviewSummary, b: ReviewSummary) => a.id.localeCompare(b.id)
  return (
    JSON.stringify({ ...first, reviews: [...first.reviews].sort(byId) }) ===
    JSON.stringify({ ...second, reviews: [...second.reviews].sort(byId) })
  )
}

async function acquireLock(dataDir: string): Promise<void> {
  const lockFile = path.join(dataDir, LOCK_FILE)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await nodeFileSystem.open(lockFile, 'wx')
      try {
        await handle.writeFile(String(process.pid), 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      return
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error
    }
    const owner = Number.parseInt(
      await nodeFileSystem.readFile(lockFile, 'utf8').catch(() => ''),
      10,
    )
    if (Number.isInteger(owner) && owner > 0 && processIsAlive(owner)) {
      throw new StoreLockedError(dataDir, owner)
    }
    // The lock was left behind by a process that no longer runs: take it over.
    await nodeFileSystem.rm(lockFile, { force: true })
  }
  throw new Error(`Could not take the lock on the data folder ${dataDir}.`)
}

async function releaseLock(dataDir: string): Promise<void> {
  await nodeFileSystem.rm(path.join(dataDir, LOCK_FILE), { force: true })
}

function processIsAlive(processId: number): boolean {
  try {
    process.kill(processId, 0)
    return true
  } catch (error) {
    return errorCode(error) !== 'ESRCH'
  }
}
