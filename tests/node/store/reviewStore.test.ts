import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ReviewNotFoundError } from '../../../src/node/store/reviewNotFoundError'
import type { ReviewStoreOptions } from '../../../src/node/store/reviewStore'
import { ReviewStore } from '../../../src/node/store/reviewStore'
import type { LibraryIndex, Review } from '../../../src/shared/review/reviewSchema'
import { buildReview, sha256Of } from './reviewFixture'

let dataDir: string
const openStores: ReviewStore[] = []

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'copydesk-store-'))
})

afterEach(async () => {
  await Promise.all(openStores.splice(0).map((store) => store.close()))
  await fs.rm(dataDir, { recursive: true, force: true })
})

async function openStore(options?: ReviewStoreOptions): Promise<ReviewStore> {
  const store = await ReviewStore.open(dataDir, options)
  openStores.push(store)
  return store
}

async function reopenStore(store: ReviewStore): Promise<ReviewStore> {
  await store.close()
  return openStore()
}

async function readIndex(): Promise<LibraryIndex> {
  return JSON.parse(await fs.readFile(path.join(dataDir, 'index.json'), 'utf8')) as LibraryIndex
}

function retitled(review: Review, title: string, updatedAt: string): Review {
  return { ...review, updatedAt, metadata: { ...review.metadata, title } }
}

describe('ReviewStore', () => {
  it('creates the reviews folder and an empty index in a new data folder', async () => {
    const store = await openStore()
    expect((await fs.stat(path.join(dataDir, 'reviews'))).isDirectory()).toBe(true)
    expect(await readIndex()).toEqual({
      schemaVersion: 1,
      reviews: [],
      lastOpenedReviewId: null,
      recentFiles: [],
    })
    expect(store.listReviews()).toEqual([])
    expect(store.problems).toEqual([])
  })

  it('gives back an equal review after the store is reopened from disk', async () => {
    const review = buildReview()
    let store = await openStore()
    await store.createReview(review)
    store = await reopenStore(store)
    expect(await store.getReview(review.id)).toEqual(review)
    expect(store.listReviews()).toEqual([
      {
        id: review.id,
        title: 'Vitamin D and winter',
        author: 'Ada Writer',
        sourceName: 'draft.docx',
        updatedAt: review.updatedAt,
        status: 'draft',
        openFlagCount: 0,
      },
    ])
  })

  it('refuses to create a second review with the same id', async () => {
    const store = await openStore()
    const review = buildReview()
    await store.createReview(review)
    await expect(store.createReview(review)).rejects.toThrow(/already exists/)
  })

  it('refuses to create an invalid review', async () => {
    const store = await openStore()
    const review = { ...buildReview(), contentHash: 'not a hash' }
    await expect(store.createReview(review)).rejects.toThrow(/contentHash/)
    expect(store.listReviews()).toEqual([])
  })

  it('updates a review and its summary in the index', async () => {
    const review = buildReview()
    let store = await openStore()
    await store.createReview(review)
    const updated = await store.updateReview(review.id, (current) =>
      retitled(current, 'Vitamin D, revisited', '2025-03-02T10:00:00.000Z'),
    )
    expect(updated.metadata.title).toBe('Vitamin D, revisited')
    expect(store.listReviews()[0]).toMatchObject({
      title: 'Vitamin D, revisited',
      updatedAt: '2025-03-02T10:00:00.000Z',
    })
    expect((await readIndex()).reviews[0]?.title).toBe('Vitamin D, revisited')
    store = await reopenStore(store)
    expect(await store.getReview(review.id)).toEqual(updated)
  })

  it('does not save an update whose result is invalid', async () => {
    const review = buildReview()
    const store = await openStore()
    await store.createReview(review)
    await expect(
      store.updateReview(review.id, (current) => ({ ...current, updatedAt: 'yesterday' })),
    ).rejects.toThrow(/updatedAt/)
    expect(await store.getReview(review.id)).toEqual(review)
  })

  it('does not save an update that changes the id', async () => {
    const review = buildReview()
    const store = await openStore()
    await store.createReview(review)
    await expect(
      store.updateReview(review.id, (current) => ({ ...current, id: buildReview().id })),
    ).rejects.toThrow(/changed the id/)
  })

  it('lists reviews with the most recently updated first', async () => {
    const store = await openStore()
    const older = buildReview({ updatedAt: '2025-01-01T00:00:00.000Z' })
    const newest = buildReview({ updatedAt: '2025-03-01T12:00:00+02:00' })
    const middle = buildReview({ updatedAt: '2025-02-01T00:00:00.000Z' })
    for (const review of [older, newest, middle]) await store.createReview(review)
    expect(store.listReviews().map((summary) => summary.id)).toEqual([
      newest.id,
      middle.id,
      older.id,
    ])
  })

  it('throws ReviewNotFoundError for an unknown id', async () => {
    const store = await openStore()
    const id = buildReview().id
    await expect(store.getReview(id)).rejects.toThrow(ReviewNotFoundError)
    await expect(store.getReview(id)).rejects.toThrow(`There is no review with id ${id}`)
    await expect(store.updateReview(id, (current) => current)).rejects.toThrow(ReviewNotFoundError)
    await expect(store.deleteReview(id)).rejects.toThrow(ReviewNotFoundError)
  })

  it('deletes a review with its backup, index entry, recent files and last opened mark', async () => {
    const kept = buildReview()
    const deleted = buildReview()
    let store = await openStore()
    await store.createReview(kept)
    await store.createReview(deleted)
    await store.updateReview(deleted.id, (current) =>
      retitled(current, 'Second', '2025-03-02T00:00:00.000Z'),
    )
    await store.addRecentFile('/drafts/kept.docx', kept.id)
    await store.addRecentFile('/drafts/deleted.docx', deleted.id)
    await store.setLastOpenedReview(deleted.id)

    await store.deleteReview(deleted.id)

    expect(await fs.readdir(path.join(dataDir, 'reviews'))).toEqual([`${kept.id}.json`])
    expect(store.listReviews().map((summary) => summary.id)).toEqual([kept.id])
    expect(store.recentFiles.map((recent) => recent.path)).toEqual(['/drafts/kept.docx'])
    expect(store.lastOpenedReviewId).toBeNull()
    await expect(store.getReview(deleted.id)).rejects.toThrow(ReviewNotFoundError)
    store = await reopenStore(store)
    expect(store.listReviews().map((summary) => summary.id)).toEqual([kept.id])
    expect(store.recentFiles.map((recent) => recent.path)).toEqual(['/drafts/kept.docx'])
  })

  it('keeps the last opened mark when another review is deleted', async () => {
    const opened = buildReview()
    const other = buildReview()
    const store = await openStore()
    await store.createReview(opened)
    await store.createReview(other)
    await store.setLastOpenedReview(opened.id)
    await store.deleteReview(other.id)
    expect(store.lastOpenedReviewId).toBe(opened.id)
  })

  it('remembers the last opened review across restarts and can clear it', async () => {
    const review = buildReview()
    let store = await openStore()
    await store.createReview(review)
    expect(store.lastOpenedReviewId).toBeNull()
    await store.setLastOpenedReview(review.id)
    store = await reopenStore(store)
    expect(store.lastOpenedReviewId).toBe(review.id)
    await store.setLastOpenedReview(null)
    store = await reopenStore(store)
    expect(store.lastOpenedReviewId).toBeNull()
  })

  it('refuses to mark an unknown review as last opened', async () => {
    const store = await openStore()
    await expect(store.setLastOpenedReview(buildReview().id)).rejects.toThrow(ReviewNotFoundError)
  })

  it('keeps recent files newest first, unique by path and at most ten', async () => {
    let clock = new Date('2025-03-01T00:00:00.000Z')
    const now = () => clock
    const review = buildReview()
    let store = await openStore({ now })
    await store.createReview(review)
    for (let number = 1; number <= 12; number++) {
      await store.addRecentFile(`/drafts/draft-${number}.docx`, review.id)
    }
    clock = new Date('2025-03-01T12:00:00.000Z')
    await store.addRecentFile('/drafts/draft-5.docx', review.id)

    const expectedPaths = [5, 12, 11, 10, 9, 8, 7, 6, 4, 3].map(
      (number) => `/drafts/draft-${number}.docx`,
    )
    expect(store.recentFiles.map((recent) => recent.path)).toEqual(expectedPaths)
    expect(store.recentFiles[0]).toEqual({
      path: '/drafts/draft-5.docx',
      reviewId: review.id,
      openedAt: '2025-03-01T12:00:00.000Z',
    })
    store = await reopenStore(store)
    expect(store.recentFiles.map((recent) => recent.path)).toEqual(expectedPaths)
  })

  it('refuses a recent file for an unknown review', async () => {
    const store = await openStore()
    await expect(store.addRecentFile('/drafts/a.docx', buildReview().id)).rejects.toThrow(
      ReviewNotFoundError,
    )
  })

  it('lands every one of ten parallel updates to the same review', async () => {
    const review = buildReview()
    const [firstVersion] = review.versions
    if (!firstVersion) throw new Error('the fixture review has a first version')
    let store = await openStore()
    await store.createReview(review)
    const savedAt = Array.from(
      { length: 10 },
      (_, number) => `2025-03-02T00:00:${String(number).padStart(2, '0')}.000Z`,
    )
    await Promise.all(
      savedAt.map((time) =>
        store.updateReview(review.id, (current) => ({
          ...current,
          updatedAt: time,
          versions: [
            ...current.versions,
            {
              ...firstVersion,
              number: current.versions.length + 1,
              contentHash: sha256Of(time),
              createdAt: time,
            },
          ],
        })),
      ),
    )
    store = await reopenStore(store)
    const saved = await store.getReview(review.id)
    expect(saved.versions.map((version) => version.createdAt)).toEqual([
      review.createdAt,
      ...savedAt,
    ])
    expect(store.listReviews()[0]?.updatedAt).toBe(savedAt[9])
  })

  it('waits in flush until every started write is on disk', async () => {
    const review = buildReview()
    const store = await openStore()
    await store.createReview(review)
    const reviewPath = path.join(dataDir, 'reviews', `${review.id}.json`)
    const updates = ['First', 'Second', 'Third'].map((title, number) =>
      store.updateReview(review.id, (current) =>
        retitled(current, title, `2025-03-0${number + 2}T00:00:00.000Z`),
      ),
    )
    void store.addRecentFile('/drafts/a.docx', review.id)
    await store.flush()
    const onDisk = JSON.parse(await fs.readFile(reviewPath, 'utf8')) as Review
    expect(onDisk.metadata.title).toBe('Third')
    const index = await readIndex()
    expect(index.reviews[0]?.title).toBe('Third')
    expect(index.recentFiles.map((recent) => recent.path)).toEqual(['/drafts/a.docx'])
    await Promise.all(updates)
  })

  it('refuses to work after it has been closed', async () => {
    const store = await ReviewStore.open(dataDir)
    await store.close()
    await expect(store.createReview(buildReview())).rejects.toThrow(/closed/)
  })
})
