import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DurableFileSystem } from '../../../src/node/store/durableJsonFile'
import type { ReviewStoreOptions } from '../../../src/node/store/reviewStore'
import { ReviewStore } from '../../../src/node/store/reviewStore'
import { StoreFileError } from '../../../src/node/store/storeFileError'
import type { LibraryIndex, Review } from '../../../src/shared/review/reviewSchema'
import { buildReview } from './reviewFixture'

const OPENED_AT = new Date('2025-03-05T08:30:00.000Z')
const SET_ASIDE_STAMP = '2025-03-05T08-30-00-000Z'

let dataDir: string
const openStores: ReviewStore[] = []

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'copydesk-recovery-'))
})

afterEach(async () => {
  await Promise.all(openStores.splice(0).map((store) => store.close()))
  await fs.rm(dataDir, { recursive: true, force: true })
})

async function openStore(options: ReviewStoreOptions = {}): Promise<ReviewStore> {
  const store = await ReviewStore.open(dataDir, { now: () => OPENED_AT, ...options })
  openStores.push(store)
  return store
}

async function closeStore(store: ReviewStore): Promise<void> {
  openStores.splice(openStores.indexOf(store), 1)
  await store.close()
}

function reviewPath(id: string): string {
  return path.join(dataDir, 'reviews', `${id}.json`)
}

async function readText(relativeFile: string): Promise<string> {
  return fs.readFile(path.join(dataDir, relativeFile), 'utf8')
}

async function storeWith(...reviews: Review[]): Promise<void> {
  const store = await openStore()
  for (const review of reviews) await store.createReview(review)
  await closeStore(store)
}

function retitled(review: Review, title: string): Review {
  return { ...review, metadata: { ...review.metadata, title } }
}

describe('ReviewStore recovery', () => {
  it('sets a corrupt review file aside with its original bytes and still loads the others', async () => {
    const corrupt = buildReview()
    const healthy = buildReview()
    await storeWith(corrupt, healthy)
    const brokenBytes = '{"schemaVersion": 1, "id": "'
    await fs.writeFile(reviewPath(corrupt.id), brokenBytes)

    const store = await openStore()

    expect(store.problems).toEqual([
      {
        file: `reviews/${corrupt.id}.json`,
        reason: expect.stringMatching(/^it is not valid JSON \(.+\)$/) as unknown,
        setAsideAs: `set-aside/${corrupt.id}.${SET_ASIDE_STAMP}.json`,
        backupAvailable: false,
      },
    ])
    expect(await readText(`set-aside/${corrupt.id}.${SET_ASIDE_STAMP}.json`)).toBe(brokenBytes)
    await expect(fs.access(reviewPath(corrupt.id))).rejects.toThrow()
    expect(store.listReviews().map((summary) => summary.id)).toEqual([healthy.id])
    expect(await store.getReview(healthy.id)).toEqual(healthy)
    const index = JSON.parse(await readText('index.json')) as LibraryIndex
    expect(index.reviews.map((summary) => summary.id)).toEqual([healthy.id])
  })

  it('sets aside a review file that does not match the schema and names the field', async () => {
    const review = buildReview()
    await storeWith(review)
    const invalid = JSON.stringify({ ...review, metadata: { ...review.metadata, title: 42 } })
    await fs.writeFile(reviewPath(review.id), invalid)

    const store = await openStore()

    expect(store.problems).toHaveLength(1)
    expect(store.problems[0]?.reason).toBe(
      'it does not match the review format: metadata.title: expected string, received number',
    )
    expect(await readText(store.problems[0]?.setAsideAs ?? '')).toBe(invalid)
    expect(store.listReviews()).toEqual([])
  })

  it('sets aside a review file whose name does not match its id', async () => {
    const review = buildReview()
    const otherId = buildReview().id
    await fs.mkdir(path.join(dataDir, 'reviews'), { recursive: true })
    await fs.writeFile(reviewPath(otherId), JSON.stringify(review))

    const store = await openStore()

    expect(store.problems).toEqual([
      expect.objectContaining({
        file: `reviews/${otherId}.json`,
        reason: `its id ${review.id} does not match its file name`,
      }),
    ])
    expect(store.listReviews()).toEqual([])
  })

  it('keeps both files when two problems are set aside in the same millisecond', async () => {
    const review = buildReview()
    await storeWith(review)
    await fs.writeFile(reviewPath(review.id), 'first broken version')
    await closeStore(await openStore())
    await fs.writeFile(reviewPath(review.id), 'second broken version')

    const store = await openStore()

    const setAside = store.problems[0]?.setAsideAs ?? ''
    expect(setAside).toBe(`set-aside/${review.id}.${SET_ASIDE_STAMP}-2.json`)
    expect(await readText(setAside)).toBe('second broken version')
    expect(await readText(`set-aside/${review.id}.${SET_ASIDE_STAMP}.json`)).toBe(
      'first broken version',
    )
  })

  it('rebuilds a corrupt index from the review files and sets the old one aside', async () => {
    const first = buildReview({ updatedAt: '2025-03-01T00:00:00.000Z' })
    const second = buildReview({ updatedAt: '2025-03-03T00:00:00.000Z' })
    await storeWith(first, second)
    await fs.writeFile(path.join(dataDir, 'index.json'), 'not json at all')

    const store = await openStore()

    expect(store.problems).toEqual([
      {
        file: 'index.json',
        reason: expect.stringMatching(/^it is not valid JSON/) as unknown,
        setAsideAs: `set-aside/index.${SET_ASIDE_STAMP}.json`,
        backupAvailable: true,
      },
    ])
    expect(await readText(`set-aside/index.${SET_ASIDE_STAMP}.json`)).toBe('not json at all')
    expect(store.listReviews()).toEqual([
      {
        id: second.id,
        title: second.metadata.title,
        author: second.metadata.author,
        sourceName: second.source.name,
        updatedAt: second.updatedAt,
        status: 'draft',
        openFlagCount: 0,
      },
      {
        id: first.id,
        title: first.metadata.title,
        author: first.metadata.author,
        sourceName: first.source.name,
        updatedAt: first.updatedAt,
        status: 'draft',
        openFlagCount: 0,
      },
    ])
    const rebuilt = JSON.parse(await readText('index.json')) as LibraryIndex
    expect(rebuilt.reviews).toHaveLength(2)
  })

  it('drops index entries whose review file is missing and adds review files it lacks', async () => {
    const missing = buildReview()
    const unlisted = buildReview()
    const store = await openStore()
    await store.createReview(missing)
    await store.addRecentFile('/drafts/missing.docx', missing.id)
    await store.setLastOpenedReview(missing.id)
    await closeStore(store)
    await fs.rm(reviewPath(missing.id))
    await fs.writeFile(reviewPath(unlisted.id), JSON.stringify(unlisted))

    const reopened = await openStore()

    expect(reopened.problems).toEqual([])
    expect(reopened.listReviews().map((summary) => summary.id)).toEqual([unlisted.id])
    expect(reopened.recentFiles).toEqual([])
    expect(reopened.lastOpenedReviewId).toBeNull()
    expect(await reopened.getReview(unlisted.id)).toEqual(unlisted)
  })

  it('ignores files in the reviews folder that are not named after a review id', async () => {
    const review = buildReview()
    await storeWith(review)
    await fs.writeFile(path.join(dataDir, 'reviews', 'notes.json'), 'not a review')
    await fs.writeFile(path.join(dataDir, 'reviews', `${review.id}.json.bak`), 'garbage')

    const store = await openStore()

    expect(store.problems).toEqual([])
    expect(store.listReviews().map((summary) => summary.id)).toEqual([review.id])
  })

  it('removes temporary files left by another process at once, and its own only when old', async () => {
    const review = buildReview()
    await storeWith(review)
    const name = (writer: number, suffix: string) =>
      path.join(dataDir, 'reviews', `${review.id}.json.${writer}.${suffix}.tmp`)
    const crashed = name(999_999, 'abc')
    const ownStale = name(process.pid, 'def')
    const ownFresh = name(process.pid, 'fed')
    for (const file of [crashed, ownStale, ownFresh]) await fs.writeFile(file, '{"partial')
    const twoMinutesEarlier = new Date(OPENED_AT.getTime() - 120_000)
    await fs.utimes(crashed, OPENED_AT, OPENED_AT)
    await fs.utimes(ownStale, twoMinutesEarlier, twoMinutesEarlier)
    await fs.utimes(ownFresh, OPENED_AT, OPENED_AT)

    await openStore()

    await expect(fs.access(crashed)).rejects.toThrow()
    await expect(fs.access(ownStale)).rejects.toThrow()
    await expect(fs.access(ownFresh)).resolves.toBeUndefined()
  })

  it('restores the last good version of a corrupt review from its backup', async () => {
    const review = buildReview()
    let store = await openStore()
    await store.createReview(review)
    await store.updateReview(review.id, (current) => retitled(current, 'Second version'))
    await closeStore(store)
    await fs.writeFile(reviewPath(review.id), '\u0000\u0000 disk garbage')

    store = await openStore()
    const problem = store.problems[0]
    expect(problem).toMatchObject({ file: `reviews/${review.id}.json`, backupAvailable: true })

    const restored = await store.restoreBackup(`reviews/${review.id}.json`)

    expect(restored).toEqual(review)
    expect(store.problems).toEqual([])
    expect(store.listReviews().map((summary) => summary.id)).toEqual([review.id])
    expect(await readText(problem?.setAsideAs ?? '')).toBe('\u0000\u0000 disk garbage')
    await closeStore(store)
    store = await openStore()
    expect(store.problems).toEqual([])
    expect(await store.getReview(review.id)).toEqual(review)
  })

  it('refuses to restore when there is no usable backup', async () => {
    const review = buildReview()
    await storeWith(review)
    await fs.writeFile(reviewPath(review.id), 'broken')

    const store = await openStore()

    expect(store.problems[0]?.backupAvailable).toBe(false)
    await expect(store.restoreBackup(`reviews/${review.id}.json`)).rejects.toThrow(/no backup/)
    await expect(store.restoreBackup('reviews/unknown.json')).rejects.toThrow(/no problem/)
  })

  it('restores the index backup even after the rebuilt index has been saved again', async () => {
    const review = buildReview()
    const store = await openStore()
    await store.createReview(review)
    await store.addRecentFile('/drafts/first.docx', review.id)
    await store.addRecentFile('/drafts/second.docx', review.id)
    await closeStore(store)
    await fs.writeFile(path.join(dataDir, 'index.json'), '{"schemaVersion": 1}')

    const reopened = await openStore()
    expect(reopened.problems[0]).toMatchObject({ file: 'index.json', backupAvailable: true })
    expect(reopened.recentFiles).toEqual([])
    await reopened.setLastOpenedReview(review.id)

    expect(await reopened.restoreBackup('index.json')).toBeNull()

    expect(reopened.problems).toEqual([])
    expect(reopened.recentFiles.map((recent) => recent.path)).toEqual(['/drafts/first.docx'])
    expect(reopened.listReviews().map((summary) => summary.id)).toEqual([review.id])
    const onDisk = JSON.parse(await readText('index.json')) as LibraryIndex
    expect(onDisk.recentFiles.map((recent) => recent.path)).toEqual(['/drafts/first.docx'])
  })

  it('sets aside a review that became corrupt after opening and reports it', async () => {
    const review = buildReview()
    const store = await openStore()
    await store.createReview(review)
    await fs.writeFile(reviewPath(review.id), 'corrupted while open')

    const error = await store.getReview(review.id).catch((reason: unknown) => reason)

    expect(error).toBeInstanceOf(StoreFileError)
    expect((error as StoreFileError).file).toBe(`reviews/${review.id}.json`)
    expect(store.problems.map((problem) => problem.file)).toEqual([`reviews/${review.id}.json`])
    expect(store.listReviews()).toEqual([])
    expect(await readText(store.problems[0]?.setAsideAs ?? '')).toBe('corrupted while open')
  })

  it('keeps the previous review when a save crashes before the rename', async () => {
    const review = buildReview()
    await storeWith(review)
    const crashingFileSystem: DurableFileSystem = {
      ...fs,
      rename: async (from, to) => {
        if (String(to) === reviewPath(review.id)) throw new Error('simulated crash')
        await fs.rename(from, to)
      },
    }
    const store = await openStore({ fileSystem: crashingFileSystem })

    await expect(
      store.updateReview(review.id, (current) => retitled(current, 'Never saved')),
    ).rejects.toThrow('simulated crash')

    expect(JSON.parse(await readText(`reviews/${review.id}.json`))).toEqual(review)
    await closeStore(store)
    const reopened = await openStore()
    expect(reopened.problems).toEqual([])
    expect(await reopened.getReview(review.id)).toEqual(review)
    expect(reopened.listReviews()[0]?.title).toBe(review.metadata.title)
  })

  it('keeps the previous review when a save crashes halfway through the temporary file', async () => {
    const review = buildReview()
    await storeWith(review)
    const crashingFileSystem: DurableFileSystem = {
      ...fs,
      open: async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args)
        if (String(args[0]).endsWith('.tmp')) {
          const writeFile = handle.writeFile.bind(handle)
          handle.writeFile = async (data) => {
            await writeFile(String(data).slice(0, 50))
            throw new Error('simulated crash')
          }
        }
        return handle
      },
      unlink: async () => undefined,
    }
    const store = await openStore({ fileSystem: crashingFileSystem })

    await expect(
      store.updateReview(review.id, (current) => retitled(current, 'Never saved')),
    ).rejects.toThrow('simulated crash')

    await closeStore(store)
    const leftovers = (await fs.readdir(path.join(dataDir, 'reviews'))).filter((name) =>
      name.endsWith('.tmp'),
    )
    expect(leftovers).toHaveLength(1)
    const reopened = await openStore()
    expect(reopened.problems).toEqual([])
    expect(await reopened.getReview(review.id)).toEqual(review)
  })
})
