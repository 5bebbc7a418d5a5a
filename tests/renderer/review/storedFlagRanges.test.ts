import { getSchema } from '@tiptap/core'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { anchorAt } from '../../../src/shared/anchoring/anchorAt'
import { draftSchemaExtensions } from '../../../src/shared/editor/editorExtensions'
import type { ReviewFlag } from '../../../src/shared/review/reviewSchema'
import { documentText } from '../../../src/shared/text/documentText'
import {
  addStoredFlags,
  reportedAnchors,
  setStoredFlags,
  storedFlagAt,
  storedFlagPositions,
  StoredFlagRanges,
  updateStoredFlags,
} from '../../../src/renderer/review/storedFlagRanges'

const schema = getSchema([...draftSchemaExtensions(), StoredFlagRanges])
const plugins = StoredFlagRanges.config.addProseMirrorPlugins?.call({} as never) ?? []

const CONTENT = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Walks' }] },
    { type: 'paragraph' },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'A new study reveals that walking helps.' }],
    },
  ],
}

function flagOn(quote: string): ReviewFlag {
  const text = documentText(CONTENT).text
  const start = text.indexOf(quote)
  return {
    id: `flag-${quote}`,
    kind: 'claim',
    origin: 'manual',
    ruleId: 'manual/needs-source',
    severity: 'warning',
    message: 'Needs a source',
    expected: [],
    status: 'needs-source',
    statusReason: null,
    anchor: anchorAt(text, start, start + quote.length),
    orphaned: false,
    createdAt: '2026-11-25T10:00:00.000Z',
    createdBy: { id: 'r', name: 'R' },
    sources: [],
    notes: [],
    history: [],
  }
}

function stateWith(flags: ReviewFlag[]): EditorState {
  const state = EditorState.create({ doc: ProseMirrorNode.fromJSON(schema, CONTENT), plugins })
  return state.apply(setStoredFlags(state.tr, flags))
}

describe('stored flag ranges in the editor', () => {
  it('reports each stored flag where its anchor says, after an empty paragraph too', () => {
    const flag = flagOn('new study reveals')
    expect(reportedAnchors(stateWith([flag]))).toEqual([
      {
        flagId: flag.id,
        start: flag.anchor.start,
        end: flag.anchor.end,
        exact: 'new study reveals',
      },
    ])
  })

  it('follows the flagged words when text is typed before them', () => {
    const flag = flagOn('new study reveals')
    let state = stateWith([flag])
    state = state.apply(state.tr.insertText('Update: ', 1))
    const reported = reportedAnchors(state)
    const text = documentText(state.doc.toJSON()).text
    expect(reported[0]?.exact).toBe('new study reveals')
    expect(text.slice(reported[0]?.start, reported[0]?.end)).toBe('new study reveals')
    expect(reported[0]?.start).toBe(flag.anchor.start + 'Update: '.length)
  })

  it('keeps text typed at the edge of a flag outside it', () => {
    const flag = flagOn('walking')
    let state = stateWith([flag])
    const end = reportedAnchors(state)[0]?.end
    const position = state.doc.content.size - ' helps.'.length - 1
    state = state.apply(state.tr.insertText(' briskly', position))
    expect(reportedAnchors(state)[0]).toMatchObject({ exact: 'walking', end })
  })

  it('reports nothing for a flag whose words were deleted, and nothing for an orphan', () => {
    const deleted = flagOn('walking')
    const orphan = { ...flagOn('study'), orphaned: true }
    let state = stateWith([deleted, orphan])
    const text = state.doc.textContent
    const from = state.doc.content.size - 1 - (text.length - text.indexOf('walking'))
    state = state.apply(state.tr.delete(from, from + 'walking'.length))
    expect(reportedAnchors(state)).toEqual([])
  })

  it('finds the drawn flag at a position, and takes a new status without moving the flag', () => {
    const flag = flagOn('walking')
    let state = stateWith([])
    state = state.apply(addStoredFlags(state.tr, [flag]))
    state = state.apply(state.tr.insertText('Update: ', 1))
    const inside = reportedAnchors(state)[0]
    expect(inside?.exact).toBe('walking')
    expect(storedFlagAt(state, 3)).toBeNull()
    const position = state.doc.content.size - ' helps.'.length - 2
    expect(storedFlagAt(state, position)?.flag.id).toBe(flag.id)
    // The returned flag's anchor is from the last save; the editor's place for it wins.
    state = state.apply(updateStoredFlags(state.tr, [{ ...flag, status: 'verified' }]))
    expect(storedFlagAt(state, position)?.flag.status).toBe('verified')
    expect(reportedAnchors(state)[0]).toEqual(inside)
  })

  it('finds the flag around a selection of its words, and none for a selection wider than it', () => {
    const flag = flagOn('walking')
    let state = stateWith([])
    state = state.apply(addStoredFlags(state.tr, [flag]))
    const end = state.doc.content.size - ' helps.'.length - 1
    const start = end - 'walking'.length
    expect(storedFlagAt(state, start, end)?.flag.id).toBe(flag.id)
    expect(storedFlagAt(state, start - 1, end)).toBeNull()
  })

  it('draws each flag exactly where its range is after typing at its edges, inside it and deleting', () => {
    const flag = flagOn('walking')
    let state = stateWith([])
    state = state.apply(addStoredFlags(state.tr, [flag]))
    const drawnAndPlaced = () => {
      const place = storedFlagPositions(state).get(flag.id)
      const drawn = place ? storedFlagAt(state, place.from, place.to) : null
      return { place, drawn: drawn && { from: drawn.from, to: drawn.to } }
    }
    const start = () => storedFlagPositions(state).get(flag.id)?.from ?? -1
    const end = () => storedFlagPositions(state).get(flag.id)?.to ?? -1
    state = state.apply(state.tr.insertText('brisk ', start()))
    state = state.apply(state.tr.insertText('!', end()))
    state = state.apply(state.tr.insertText('-', start() + 4))
    state = state.apply(state.tr.delete(start(), start() + 2))
    const { place, drawn } = drawnAndPlaced()
    expect(place && state.doc.textBetween(place.from, place.to)).toBe('lk-ing')
    expect(drawn).toEqual(place)
  })
})
