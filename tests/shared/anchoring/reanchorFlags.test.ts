import { describe, expect, it } from 'vitest'
import { anchorAt } from '../../../src/shared/anchoring/anchorAt'
import { reanchorFlags } from '../../../src/shared/anchoring/reanchorFlags'
import type { ReviewFlag } from '../../../src/shared/review/reviewSchema'

const ACTOR = { id: 'r1', name: 'Robin Test, MD' }
const AT = '2026-11-25T10:00:00.000Z'
const TEXT = 'A new study reveals that walking lowers blood sugar. Its simple.'

function flagOn(
  text: string,
  start: number,
  end: number,
  overrides: Partial<ReviewFlag> = {},
): ReviewFlag {
  return {
    id: `flag-${start}`,
    kind: 'claim',
    origin: 'check',
    ruleId: 'claim/research-reporting',
    severity: 'warning',
    message: 'Claim needs a source',
    expected: [],
    status: 'needs-source',
    statusReason: null,
    anchor: anchorAt(text, start, end),
    orphaned: false,
    createdAt: AT,
    createdBy: ACTOR,
    sources: [],
    notes: [],
    history: [],
    ...overrides,
  }
}

describe('reanchorFlags', () => {
  it('keeps a flag whose text has not moved', () => {
    const flag = flagOn(TEXT, 2, 19)
    const { flags, summary } = reanchorFlags([flag], TEXT, [], AT, ACTOR)
    expect(summary).toEqual({ kept: 1, moved: 0, orphaned: 0 })
    expect(flags[0]).toEqual(flag)
  })

  it('uses the position the editor reports when the text really is there', () => {
    const flag = flagOn(TEXT, 2, 19)
    const edited = `Update: ${TEXT}`
    const { flags, summary } = reanchorFlags(
      [flag],
      edited,
      [{ flagId: flag.id, start: 10, end: 27, exact: 'new study reveals' }],
      AT,
      ACTOR,
    )
    expect(summary).toEqual({ kept: 0, moved: 1, orphaned: 0 })
    expect(flags[0]?.anchor).toEqual(anchorAt(edited, 10, 27))
  })

  it('does not trust a reported position whose text does not match, and finds the quote instead', () => {
    const flag = flagOn(TEXT, 2, 19)
    const edited = `Update: ${TEXT}`
    const { flags } = reanchorFlags(
      [flag],
      edited,
      [{ flagId: flag.id, start: 0, end: 17, exact: 'new study reveals' }],
      AT,
      ACTOR,
    )
    expect(flags[0]?.anchor.start).toBe(10)
    expect(flags[0]?.anchor.exact).toBe('new study reveals')
  })

  it('records a changed quote in the flag history when the editor maps the flag onto new text', () => {
    const start = TEXT.indexOf('Its')
    const typo = flagOn(TEXT, start, start + 3, { kind: 'typo', status: 'open' })
    const fixed = TEXT.replace('Its', 'It’s')
    const { flags } = reanchorFlags(
      [typo],
      fixed,
      [{ flagId: typo.id, start, end: start + 4, exact: 'It’s' }],
      AT,
      ACTOR,
    )
    expect(flags[0]?.anchor.exact).toBe('It’s')
    expect(flags[0]?.history).toEqual([
      { at: AT, by: ACTOR, change: 'text changed from “Its” to “It’s”' },
    ])
  })

  it('marks a flag whose text is gone as orphaned, keeps it, and anchors it again when the text returns', () => {
    const flag = flagOn(TEXT, 2, 19)
    const without = TEXT.replace('A new study reveals that w', 'W')
    const first = reanchorFlags([flag], without, [], AT, ACTOR)
    expect(first.summary).toEqual({ kept: 0, moved: 0, orphaned: 1 })
    expect(first.flags[0]).toMatchObject({ id: flag.id, orphaned: true, anchor: flag.anchor })
    expect(first.flags[0]?.history.at(-1)?.change).toBe('orphaned: its text is gone')

    const again = reanchorFlags(first.flags, without, [], AT, ACTOR)
    expect(again.flags[0]?.history).toHaveLength(1)

    const restored = reanchorFlags(again.flags, TEXT, [], AT, ACTOR)
    expect(restored.flags[0]).toMatchObject({ orphaned: false, anchor: flag.anchor })
    expect(restored.flags[0]?.history.at(-1)?.change).toBe('anchored again: its text is back')
  })

  it('re-finds a flag whose words were edited a little in a re-imported version and records the change', () => {
    const flag = flagOn(TEXT, 0, 19)
    const revised = `Background first.\n\n${TEXT.replace('reveals', 'suggests')}`
    const { flags, summary } = reanchorFlags([flag], revised, [], AT, ACTOR)
    expect(summary).toEqual({ kept: 0, moved: 1, orphaned: 0 })
    expect(flags[0]?.anchor).toEqual(
      anchorAt(revised, revised.indexOf('A new'), revised.indexOf(' that')),
    )
    expect(flags[0]?.history).toEqual([
      {
        at: AT,
        by: ACTOR,
        change: 'text changed from “A new study reveals” to “A new study suggests”',
      },
    ])
  })

  it('orphans a flag whose sentence was rewritten in a re-imported version', () => {
    const flag = flagOn(TEXT, 0, 51)
    const revised = TEXT.replace(
      'A new study reveals that walking lowers blood sugar.',
      'Researchers think strolls could help diabetics.',
    )
    const { flags, summary } = reanchorFlags([flag], revised, [], AT, ACTOR)
    expect(summary).toEqual({ kept: 0, moved: 0, orphaned: 1 })
    expect(flags[0]?.orphaned).toBe(true)
  })

  it('looks for a changed quote where the flags before it moved to', () => {
    const sentence = 'Walking after dinner lowers blood sugar in most adults, the authors say.'
    const filler = 'This paragraph is filler about the clinic and its opening hours. '.repeat(50)
    const text = `Intro paragraph.\n\n${sentence}\n\n${filler}\n\n${sentence}`
    const firstStart = text.indexOf(sentence)
    const secondStart = text.lastIndexOf(sentence)
    const before = flagOn(text, firstStart, firstStart + 7, { id: 'before' })
    const changed = flagOn(text, secondStart + 8, secondStart + sentence.length, { id: 'changed' })
    const inserted = `${'A long new paragraph inserted at the top of the draft. '.repeat(60)}\n\n`
    // The first copy of the sentence changes as much as the second, so only the expected place
    // (the stored one moved by the inserted paragraph) tells them apart.
    const revised = `${inserted}${text
      .replace(sentence, sentence.replace('dinner lowers', 'supper lowers'))
      .replace(/Walking after dinner lowers([^]*)$/, 'Walking after supper lowers$1')}`
    const { flags } = reanchorFlags([before, changed], revised, [], AT, ACTOR)
    const lastCopy = revised.lastIndexOf('after supper')
    expect(flags[1]?.anchor.start).toBe(lastCopy)
    expect(flags[1]?.anchor.exact).toBe(sentence.slice(8).replace('dinner', 'supper'))
  })
})
