import { describe, expect, it } from 'vitest'
import {
  sourcesFromOtherClaims,
  sourceTitle,
} from '../../../src/renderer/review/sourcesFromOtherClaims'
import { anchorAt } from '../../../src/shared/anchoring/anchorAt'
import type { ClaimSource, ReviewFlag } from '../../../src/shared/review/reviewSchema'

const TEXT = 'Coffee drinkers sleep less. Tea drinkers sleep more. Most people nap.'

function source(id: string, fields: Partial<ClaimSource> = {}): ClaimSource {
  return {
    id,
    url: null,
    doi: null,
    pmid: null,
    citation: '',
    quote: '',
    note: '',
    addedAt: '2026-11-25T10:00:00.000Z',
    addedBy: { id: 'r1', name: 'Jo Lindqvist' },
    ...fields,
  }
}

function claim(id: string, quote: string, overrides: Partial<ReviewFlag> = {}): ReviewFlag {
  const start = TEXT.indexOf(quote)
  return {
    id,
    kind: 'claim',
    origin: 'manual',
    ruleId: 'manual/needs-source',
    severity: 'warning',
    message: 'Needs a source',
    expected: [],
    status: 'needs-source',
    statusReason: null,
    anchor: anchorAt(TEXT, start, start + quote.length),
    orphaned: false,
    createdAt: '2026-11-25T10:00:00.000Z',
    createdBy: { id: 'r1', name: 'Jo Lindqvist' },
    sources: [],
    notes: [],
    history: [],
    ...overrides,
  }
}

describe('sourceTitle', () => {
  it('names a source by its DOI first, then its PMID, its web address, its citation', () => {
    const everything = source('s', {
      doi: '10.1000/sleep.1',
      pmid: '123',
      url: 'https://example.org/a',
      citation: 'Lee 2020',
    })
    expect(sourceTitle(everything)).toBe('DOI 10.1000/sleep.1')
    expect(sourceTitle({ ...everything, doi: null })).toBe('PMID 123')
    expect(sourceTitle({ ...everything, doi: null, pmid: null })).toBe('https://example.org/a')
    expect(sourceTitle({ ...everything, doi: null, pmid: null, url: null })).toBe('Lee 2020')
  })
})

describe('sourcesFromOtherClaims', () => {
  it('offers the sources of the other claims, saying which claim each supports', () => {
    const flags = [
      claim('coffee', 'Coffee drinkers sleep less.'),
      claim('tea', 'Tea drinkers sleep more.', {
        sources: [source('s1', { pmid: '4455' })],
      }),
    ]
    expect(sourcesFromOtherClaims(flags, 'coffee')).toEqual([
      { flagId: 'tea', sourceId: 's1', label: 'PMID 4455 (on “Tea drinkers sleep more.”)' },
    ])
  })

  it('leaves out the claim’s own sources, sources it already shares and identical ones', () => {
    const shared = source('shared', { doi: '10.1000/x' })
    const flags = [
      claim('coffee', 'Coffee drinkers sleep less.', {
        sources: [shared, source('own', { url: 'https://example.org/study' })],
      }),
      claim('tea', 'Tea drinkers sleep more.', {
        sources: [shared, source('copy', { url: 'https://example.org/study' })],
      }),
    ]
    expect(sourcesFromOtherClaims(flags, 'coffee')).toEqual([])
  })

  it('offers a source shared by two other claims once', () => {
    const shared = source('shared', { citation: 'Sleep Survey 2024' })
    const flags = [
      claim('coffee', 'Coffee drinkers sleep less.'),
      claim('tea', 'Tea drinkers sleep more.', { sources: [shared] }),
      claim('nap', 'Most people nap.', { sources: [shared] }),
    ]
    expect(sourcesFromOtherClaims(flags, 'coffee').map((offered) => offered.sourceId)).toEqual([
      'shared',
    ])
  })

  it('ignores flags that are not claims and claims whose words are gone', () => {
    const flags = [
      claim('coffee', 'Coffee drinkers sleep less.'),
      claim('comment', 'Tea drinkers sleep more.', {
        kind: 'comment',
        sources: [source('a', { citation: 'A' })],
      }),
      claim('nap', 'Most people nap.', {
        orphaned: true,
        sources: [source('b', { citation: 'B' })],
      }),
    ]
    expect(sourcesFromOtherClaims(flags, 'coffee')).toEqual([])
  })

  it('shortens a long claim in the label', () => {
    const long = 'Coffee drinkers sleep less. Tea drinkers sleep more. Most people nap.'
    const flags = [
      claim('coffee', 'Coffee drinkers sleep less.'),
      claim('all', long, { sources: [source('s', { citation: 'C' })] }),
    ]
    const [offered] = sourcesFromOtherClaims(flags, 'coffee')
    expect(offered?.label).toBe(`C (on “${long.slice(0, 39)}…”)`)
  })
})
