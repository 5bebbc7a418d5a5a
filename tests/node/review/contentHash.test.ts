import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentHash } from '../../../src/node/review/contentHash'
import type { DocumentNode, ReviewMetadata } from '../../../src/shared/review/reviewSchema'
import { contentHashInput } from '../../../src/shared/text/contentHashInput'

const METADATA: ReviewMetadata = {
  title: 'Café walks and sleep',
  author: 'Ada Writer',
  authorRole: 'Health reporter',
  publishedDate: '2025-03-01',
  updatedDate: null,
  imageCredit: '',
}

function draft(text: string, href = 'https://example.org/study'): DocumentNode {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text },
          { type: 'text', text: 'the study', marks: [{ type: 'link', attrs: { href } }] },
        ],
      },
    ],
  }
}

describe('contentHash', () => {
  it('is the SHA-256 hex digest of the UTF-8 bytes of the content hash input', () => {
    const content = draft('Naïve walkers read ')
    const expected = createHash('sha256')
      .update(Buffer.from(contentHashInput(METADATA, content), 'utf8'))
      .digest('hex')
    expect(contentHash(METADATA, content)).toBe(expected)
    expect(contentHash(METADATA, content)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is the same for a whitespace-only change', () => {
    expect(contentHash(METADATA, draft('Walkers  read\u00a0 '))).toBe(
      contentHash(METADATA, draft('Walkers read ')),
    )
  })

  it('changes with a changed link target', () => {
    expect(contentHash(METADATA, draft('Walkers read ', 'https://example.org/other'))).not.toBe(
      contentHash(METADATA, draft('Walkers read ')),
    )
  })

  it('changes with a changed title', () => {
    expect(
      contentHash({ ...METADATA, title: 'Café walks and naps' }, draft('Walkers read ')),
    ).not.toBe(contentHash(METADATA, draft('Walkers read ')))
  })
})
