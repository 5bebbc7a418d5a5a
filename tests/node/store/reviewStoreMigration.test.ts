import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ReviewStore } from '../../../src/node/store/reviewStore'
import { REVIEW_SCHEMA_VERSION } from '../../../src/shared/review/reviewSchema'
import { buildReview } from './reviewFixture'

const V1_FIXTURE = path.join(__dirname, '../../shared/review/migrations/fixtures/review-v1.json')
const V1_ID = '5d0c7a52-3f7e-4b8e-9a55-2c1f0e6a9b10'

let dataDir: string
const openStores: ReviewStore[] = []

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'copydesk-migration-'))
  await fs.mkdir(path.join(dataDir, 'reviews'))
})

afterEach(async () => {
  await Promise.all(openStores.splice(0).map((store) => store.close()))
  await fs.rm(dataDir, { recursive: true, force: true })
})

async function openStore(): Promise<ReviewStore> {
  const store = await ReviewStore.open(dataDir)
  openStores.push(store)
  return store
}

function reviewFile(id: string): string {
  return path.join(dataDir, 'reviews', `${id}.json`)
}

function nestedBlockquotes(depth: number): unknown {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }
  for (let level = 0; level < depth; level++) node = { type: 'blockquote', content: [node] }
  return { type: 'doc', content: [node] }
}

describe('ReviewStore and older or newer files', () => {
  it('upgrades a version 1 review on open, keeping the original in pre-migration/', async () => {
    const original = await fs.readFile(V1_FIXTURE, 'utf8')
    await fs.writeFile(reviewFile(V1_ID), original)
    const store = await openStore()

    const review = await store.getReview(V1_ID)
    expect(review.schemaVersion).toBe(REVIEW_SCHEMA_VERSION)
    expect(store.problems).toEqual([])
    const onDisk = JSON.parse(await fs.readFile(reviewFile(V1_ID), 'utf8'))
    expect(onDisk.schemaVersion).toBe(REVIEW_SCHEMA_VERSION)
    expect(await fs.readFile(path.join(dataDir, 'pre-migration', `${V1_ID}.v1.json`), 'utf8')).toBe(
      original,
    )
  })

  it('sets a review from a newer Copydesk aside with a message that says so, not that it is damaged', async () => {
    const future = { ...buildReview(), schemaVersion: REVIEW_SCHEMA_VERSION + 1 }
    await fs.writeFile(reviewFile(future.id), JSON.stringify(future))
    const store = await openStore()

    expect(store.listReviews()).toEqual([])
    expect(store.problems).toEqual([
      expect.objectContaining({
        file: `reviews/${future.id}.json`,
        reason: `it was written by a newer version of Copydesk (review format ${REVIEW_SCHEMA_VERSION + 1}; this version reads up to ${REVIEW_SCHEMA_VERSION}). Update Copydesk to open it`,
      }),
    ])
  })

  it('sets aside a review nested too deeply to validate and still opens the others', async () => {
    const deep = { ...buildReview(), content: nestedBlockquotes(2_000) }
    const healthy = buildReview()
    await fs.writeFile(reviewFile(deep.id), JSON.stringify(deep))
    await fs.writeFile(reviewFile(healthy.id), JSON.stringify(healthy))
    const store = await openStore()

    expect(store.listReviews().map((summary) => summary.id)).toEqual([healthy.id])
    expect(store.problems).toEqual([
      expect.objectContaining({
        file: `reviews/${deep.id}.json`,
        reason: 'it nests more than 200 levels deep',
      }),
    ])
  })
})
