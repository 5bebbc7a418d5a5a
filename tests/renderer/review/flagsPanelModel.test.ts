import { describe, expect, it } from 'vitest'
import type { FlagInDocument } from '../../../src/renderer/checks/flagDecoration'
import {
  groupPanelFlags,
  isRestorable,
  panelFlags,
  orphanClosingStatuses,
  panelReviewers,
  type PanelFilters,
} from '../../../src/renderer/review/flagsPanelModel'
import { anchorAt } from '../../../src/shared/anchoring/anchorAt'
import type { ReviewFlag } from '../../../src/shared/review/reviewSchema'
import { flagOn } from '../support/checkFlags'

const TEXT = 'A new study reveals that walking helps. Its a simple habit.'
const ALL: PanelFilters = { kind: 'all', status: 'all', reviewer: 'all' }

function checkFlag(quote: string, kind: 'typo' | 'claim', ruleId: string): FlagInDocument {
  const flag = flagOn(TEXT, quote, { ruleId })
  return { flag: { ...flag, kind }, from: 1 + flag.start, to: 1 + flag.end }
}

function storedFlag(quote: string, overrides: Partial<ReviewFlag> = {}): ReviewFlag {
  const start = TEXT.indexOf(quote)
  return {
    id: `stored-${quote}`,
    kind: 'claim',
    origin: 'manual',
    ruleId: 'manual/needs-source',
    severity: 'warning',
    message: 'Needs a source (flagged by a reviewer)',
    expected: [],
    status: 'needs-source',
    statusReason: null,
    anchor: anchorAt(TEXT, start, start + quote.length),
    orphaned: false,
    createdAt: '2026-11-25T10:00:00.000Z',
    createdBy: { id: 'r1', name: 'Dana Reyes, MD' },
    sources: [],
    notes: [],
    history: [],
    ...overrides,
  }
}

describe('the flags panel model', () => {
  const claim = checkFlag('A new study reveals', 'claim', 'claim/research-reporting')
  const typo = checkFlag('Its', 'typo', 'grammar/confusable/its-its')

  it('lists automatic flags with the first status of their kind', () => {
    const rows = panelFlags([claim, typo], [], new Map())
    expect(rows.map((row) => [row.kind, row.status, row.quote, row.reviewer])).toEqual([
      ['claim', 'needs-source', 'A new study reveals', null],
      ['typo', 'open', 'Its', null],
    ])
  })

  it('lists a stored flag once, in place of the automatic flag it was kept from', () => {
    const kept = storedFlag('A new study reveals', {
      origin: 'check',
      ruleId: 'claim/research-reporting',
      status: 'source-attached',
    })
    const rows = panelFlags(
      [claim, typo],
      [kept],
      new Map([[kept.id, { from: claim.from, to: claim.to }]]),
    )
    expect(rows.filter((row) => row.quote === 'A new study reveals')).toEqual([
      expect.objectContaining({ status: 'source-attached', reviewer: 'Dana Reyes, MD' }),
    ])
  })

  it('groups by kind and status in the order statuses move, with orphans last', () => {
    const verified = storedFlag('walking helps', { id: 'v', status: 'verified' })
    const orphan = storedFlag('simple habit', { id: 'o', orphaned: true })
    const rows = panelFlags(
      [claim, typo],
      [verified, orphan],
      new Map([['v', { from: 26, to: 39 }]]),
    )
    expect(groupPanelFlags(rows, ALL).map((group) => [group.label, group.flags.length])).toEqual([
      ['Claims · Needs source', 1],
      ['Claims · Verified', 1],
      ['Typos · Open', 1],
      ['Orphaned', 1],
    ])
  })

  it('filters by kind, by open or closed status, and by reviewer', () => {
    const verified = storedFlag('walking helps', { id: 'v', status: 'verified' })
    const rows = panelFlags([claim, typo], [verified], new Map([['v', { from: 26, to: 39 }]]))
    const labels = (filters: PanelFilters) =>
      groupPanelFlags(rows, filters).map((group) => group.label)
    expect(labels({ ...ALL, kind: 'typo' })).toEqual(['Typos · Open'])
    expect(labels({ ...ALL, status: 'open' })).toEqual(['Claims · Needs source', 'Typos · Open'])
    expect(labels({ ...ALL, status: 'closed' })).toEqual(['Claims · Verified'])
    expect(labels({ ...ALL, reviewer: 'Dana Reyes, MD' })).toEqual(['Claims · Verified'])
    expect(panelReviewers(rows)).toEqual(['Dana Reyes, MD'])
  })

  it('lists the automatic flags the reviewer dismissed under "Dismissed", each restorable', () => {
    const ignoredTypo = storedFlag('Its', {
      id: 'i',
      kind: 'typo',
      origin: 'check',
      ruleId: 'grammar/confusable/its-its',
      status: 'ignored',
      statusReason: 'House style',
    })
    const fixedByHand = storedFlag('walking helps', { id: 'm', kind: 'typo', status: 'ignored' })
    const rows = panelFlags(
      [claim],
      [ignoredTypo, fixedByHand],
      new Map([
        ['i', { from: 40, to: 43 }],
        ['m', { from: 26, to: 39 }],
      ]),
    )
    const dismissed = groupPanelFlags(rows, { ...ALL, status: 'dismissed' })
    expect(dismissed.map((group) => group.label)).toEqual(['Typos · Ignored'])
    expect(dismissed[0]?.flags.map((flag) => [flag.quote, isRestorable(flag)])).toEqual([
      ['walking helps', false],
      ['Its', true],
    ])
  })

  it('treats a stored flag with no place in the editor as an orphan that cannot be jumped to', () => {
    const rows = panelFlags([], [storedFlag('walking helps')], new Map())
    expect(rows[0]).toMatchObject({ orphaned: true, from: null, to: null })
  })

  it('closes an orphan with the closed statuses its kind allows, verified only once a source is attached', () => {
    expect(orphanClosingStatuses(storedFlag('walking helps'))).toEqual(['not-a-claim'])
    const source = {
      id: 's1',
      url: 'https://example.org/study',
      doi: null,
      pmid: null,
      citation: '',
      quote: '',
      note: '',
      addedAt: '2026-11-25T10:00:00.000Z',
      addedBy: { id: 'r1', name: 'Dana Reyes, MD' },
    }
    expect(
      orphanClosingStatuses(
        storedFlag('walking helps', { status: 'source-attached', sources: [source] }),
      ),
    ).toEqual(['verified', 'not-a-claim'])
    expect(orphanClosingStatuses(storedFlag('Its', { kind: 'typo', status: 'open' }))).toEqual([
      'fixed',
      'ignored',
    ])
    expect(orphanClosingStatuses(storedFlag('Its', { kind: 'comment', status: 'open' }))).toEqual([
      'resolved',
    ])
  })
})
