import { writeSync } from 'node:fs'
import { ReviewStore } from '../../../src/node/store/reviewStore'

/**
 * Saves one review over and over, as fast as the store allows, and prints `ack N` once save N
 * is acknowledged (its promise resolved). The crash-loop test kills it at random moments.
 */
async function saveForever(dataDir: string, reviewId: string): Promise<void> {
  const store = await ReviewStore.open(dataDir)
  let save = Number((await store.getReview(reviewId)).metadata.title.replace(/^Save /, '')) || 0
  for (;;) {
    save += 1
    const title = `Save ${save}`
    await store.updateReview(reviewId, (current) => ({
      ...current,
      metadata: { ...current.metadata, title },
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: `${title}. `.repeat(200) }] },
        ],
      },
    }))
    writeSync(1, `ack ${save}\n`)
  }
}

const [dataDir, reviewId] = process.argv.slice(2)
if (dataDir === undefined || reviewId === undefined) throw new Error('usage: DATA_DIR REVIEW_ID')
void saveForever(dataDir, reviewId)
