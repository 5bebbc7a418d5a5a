import type { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { allTextblocks, textblockText } from '../../../src/renderer/checks/changedTextblocks'
import { removeFurniture } from '../../../src/renderer/checks/removeFurniture'
import { checkBlocks } from '../../../src/shared/checks/checkDocument'
import type { ReviewFlag } from '../../../src/shared/review/reviewSchema'
import { spellCheckerForTests } from '../../shared/checks/spellCheckerForTests'
import { draftState, paragraphTexts } from '../support/draftDocument'
import { dismissedFlagAt } from '../support/storedFlags'

const draft = [
  'Walking after dinner may help you sleep, a small study suggests.',
  'Share',
  'Advertisement',
  'The study followed forty adults for six weeks.\nSave article',
  'Most of them slept longer on the days they walked.',
]

/** "Ignore once" on the furniture flag with this text, as the flag card records it. */
function ignoreFurniture(state: EditorState, actual: string): ReviewFlag {
  const blocks = allTextblocks(state.doc)
  const flagged = checkBlocks(
    blocks.map(({ node }) => textblockText(node)),
    { spellChecker: spellCheckerForTests(), kinds: ['furniture'] },
  )
  for (const { blockIndex, flags } of flagged) {
    const flag = flags.find((candidate) => candidate.actual === actual)
    const start = (blocks[blockIndex]?.pos ?? 0) + 1
    const target = flag && { flag, from: start + flag.start, to: start + flag.end }
    const ignored = target && dismissedFlagAt(state.doc, target)
    if (ignored) return ignored
  }
  throw new Error(`no furniture flag on “${actual}”`)
}

function removedFrom(state: EditorState, ignored: readonly ReviewFlag[] = []) {
  const removal = removeFurniture(state, ignored)
  return removal && { texts: paragraphTexts(removal.transaction.doc), summary: removal.summary }
}

describe('removeFurniture', () => {
  it('deletes furniture blocks and furniture lines inside paragraphs in one transaction', () => {
    const removal = removedFrom(draftState(draft))
    expect(removal?.texts).toEqual([
      'Walking after dinner may help you sleep, a small study suggests.',
      'The study followed forty adults for six weeks.',
      'Most of them slept longer on the days they walked.',
    ])
    expect(removal?.summary).toBe(
      'Removed 2 blocks of page furniture (2 lines, 18 characters); also 1 line (12 characters) inside paragraphs',
    )
  })

  it('returns nothing when the draft has no furniture', () => {
    expect(removedFrom(draftState([draft[0] ?? '', draft[4] ?? '']))).toBeNull()
  })

  it('keeps a furniture block the reviewer ignored once and counts only what it removed', () => {
    const state = draftState(draft)
    const removal = removedFrom(state, [ignoreFurniture(state, 'Share')])
    expect(removal?.texts).toEqual([
      'Walking after dinner may help you sleep, a small study suggests.',
      'Share',
      'The study followed forty adults for six weeks.',
      'Most of them slept longer on the days they walked.',
    ])
    expect(removal?.summary).toBe(
      'Removed 1 block of page furniture (1 line, 13 characters); also 1 line (12 characters) inside paragraphs',
    )
  })

  it('keeps a furniture line inside a paragraph that the reviewer ignored once', () => {
    const state = draftState(draft)
    const removal = removedFrom(state, [ignoreFurniture(state, 'Save article')])
    expect(removal?.texts).toEqual([
      'Walking after dinner may help you sleep, a small study suggests.',
      'The study followed forty adults for six weeks.\nSave article',
      'Most of them slept longer on the days they walked.',
    ])
    expect(removal?.summary).toBe('Removed 2 blocks of page furniture (2 lines, 18 characters)')
  })

  it('keeps a reading list the reviewer ignored once, whose one flag covers the whole block', () => {
    const readingList =
      'Council Repaves the High Street\nBy Lee Hart\nMarket Returns in Spring\nBy Ana Cole'
    const state = draftState([draft[0] ?? '', 'Read Next', readingList])
    const removal = removedFrom(state, [ignoreFurniture(state, readingList)])
    expect(removal?.texts).toEqual([draft[0], readingList])
    expect(removal?.summary).toBe('Removed 1 block of page furniture (1 line, 9 characters)')
  })

  it('removes the other lines of a furniture block when one of its lines was ignored', () => {
    const state = draftState([draft[0] ?? '', 'Share\nAdvertisement'])
    const removal = removedFrom(state, [ignoreFurniture(state, 'Share')])
    expect(removal?.texts).toEqual([draft[0], 'Share'])
    expect(removal?.summary).toBe(
      'Removed page furniture; also 1 line (13 characters) inside paragraphs',
    )
  })

  it('returns nothing when every piece of furniture was ignored', () => {
    const state = draftState(draft)
    const ignored = ['Share', 'Advertisement', 'Save article'].map((actual) =>
      ignoreFurniture(state, actual),
    )
    expect(removedFrom(state, ignored)).toBeNull()
  })

  it('removes the furniture again once the text around an ignored line has changed', () => {
    const ignored = ignoreFurniture(draftState(draft), 'Save article')
    const edited = draftState([
      'Walking after dinner may help you sleep, a small study suggests.',
      'The trial followed forty adults for six weeks, all of them.\nSave article',
    ])
    expect(removedFrom(edited, [ignored])?.texts).toEqual([
      'Walking after dinner may help you sleep, a small study suggests.',
      'The trial followed forty adults for six weeks, all of them.',
    ])
  })

  it.each([
    ['in the middle', 'Intro line of the article.\nShare\nThe study followed forty adults.'],
    [
      'at the end',
      'Intro line of the article.\nThe study followed forty adults.\nShare\nSave article',
    ],
    [
      'at the start',
      'Share\nSave article\nIntro line of the article.\nThe study followed forty adults.',
    ],
  ])('removes furniture lines %s of a paragraph with their hard breaks only', (_where, text) => {
    expect(removedFrom(draftState([text]))?.texts).toEqual([
      'Intro line of the article.\nThe study followed forty adults.',
    ])
  })
})
