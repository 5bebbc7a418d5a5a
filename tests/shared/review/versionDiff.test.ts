import { describe, expect, it } from 'vitest'
import type { DocumentNode, ReviewMetadata } from '../../../src/shared/review/reviewSchema'
import { diffTexts, diffVersions, versionText } from '../../../src/shared/review/versionDiff'

const metadata = (title: string): ReviewMetadata => ({
  title,
  author: '',
  authorRole: '',
  publishedDate: null,
  updatedDate: null,
  imageCredit: '',
})

function doc(...paragraphs: string[]): DocumentNode {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({
      type: 'paragraph',
      content: text === '' ? [] : [{ type: 'text', text }],
    })),
  }
}

const kinds = (text: string, other: string) =>
  diffTexts(text, other).segments.map(({ kind, text: segmentText }) => [kind, segmentText])

describe('versionText', () => {
  it('puts the title above the body, separated like a paragraph', () => {
    expect(versionText({ metadata: metadata('Harbour swims'), content: doc('One.', 'Two.') })).toBe(
      'Harbour swims\n\nOne.\n\nTwo.',
    )
  })

  it('leaves out an empty title', () => {
    expect(versionText({ metadata: metadata('  '), content: doc('Only the body.') })).toBe(
      'Only the body.',
    )
  })
})

describe('diffTexts', () => {
  it('marks a deleted sentence as removed and keeps its neighbours unchanged', () => {
    expect(
      kinds(
        'The pier opens at six. Lifeguards arrive at nine. Swimmers should check the tide.',
        'The pier opens at six. Swimmers should check the tide.',
      ),
    ).toEqual([
      ['same', 'The pier opens at six. '],
      ['removed', 'Lifeguards arrive at nine. '],
      ['same', 'Swimmers should check the tide.'],
    ])
  })

  it('marks a new paragraph as added, with its paragraph break', () => {
    const result = diffTexts('First point.', 'First point.\n\nA second point.')
    expect(result.segments.map((part) => part.kind)).toEqual(['same', 'added'])
    expect(result.segments[1]?.text).toBe('\n\nA second point.')
    expect(result.addedSentences).toBe(1)
    expect(result.removedSentences).toBe(0)
  })

  it('does not join a heading without a full stop to the paragraph after it', () => {
    const result = diffTexts('Heading\n\nBody sentence.', 'Heading\n\nA different body.')
    expect(result.segments[0]).toMatchObject({ kind: 'same', text: 'Heading\n\n' })
    expect(result.removedSentences).toBe(1)
    expect(result.addedSentences).toBe(1)
  })

  it('treats the last sentence of a paragraph as unchanged when a sentence is added after it', () => {
    const result = diffTexts('Keep this one.', 'Keep this one. Add this one.')
    expect(result.segments.map((part) => part.kind)).toEqual(['same', 'added'])
    expect(result.removedSentences).toBe(0)
  })

  it('marks the words that differ inside a rewritten sentence', () => {
    const result = diffTexts('Walks help you sleep.', 'Short walks help you sleep sooner.')
    const [removed, added] = result.segments
    expect(removed?.kind).toBe('removed')
    expect(added?.kind).toBe('added')
    expect(removed?.words?.map((part) => part.text).join('')).toBe('Walks help you sleep.')
    expect(added?.words?.map((part) => part.text).join('')).toBe(
      'Short walks help you sleep sooner.',
    )
    const addedWords = added?.words?.filter((part) => part.kind === 'added')
    const addedText = addedWords?.map((part) => part.text).join(' ') ?? ''
    expect(addedText).toContain('Short')
    expect(addedText).toContain('sooner')
    expect(addedText).not.toContain('help you sleep')
    expect(removed?.words?.some((part) => part.kind === 'added')).toBe(false)
    expect(added?.words?.some((part) => part.kind === 'removed')).toBe(false)
  })

  it('folds a long unchanged run but keeps two sentences of context next to each change', () => {
    const unchanged = Array.from({ length: 8 }, (_, index) => `Sentence ${index + 1}.`).join(' ')
    const result = diffTexts(`${unchanged} Old ending.`, `${unchanged} New ending.`)
    const [folded, context] = result.segments
    expect(folded).toMatchObject({ kind: 'same', collapsible: true, sentences: 6 })
    expect(context).toMatchObject({
      kind: 'same',
      collapsible: false,
      text: 'Sentence 7. Sentence 8. ',
    })
    expect(result.segments.slice(2).map((part) => part.kind)).toEqual(['removed', 'added'])
  })

  it('does not fold a run between two changes that is only a little longer than its context', () => {
    const result = diffTexts(
      'Old. One. Two. Three. Four. Five.',
      'New. One. Two. Three. Four. Five. Six.',
    )
    expect(result.segments.some((part) => part.collapsible)).toBe(false)
  })

  it('folds all of two identical texts and counts no changes', () => {
    const text = 'One. Two. Three. Four.'
    const result = diffTexts(text, text)
    expect(result.segments).toEqual([{ kind: 'same', text, sentences: 4, collapsible: true }])
    expect(result.addedSentences + result.removedSentences).toBe(0)
  })
})

describe('diffVersions', () => {
  it('compares the title and body of two versions', () => {
    const older = { metadata: metadata('Old title'), content: doc('Same body.') }
    const newer = { metadata: metadata('New title'), content: doc('Same body.') }
    const result = diffVersions(older, newer)
    expect(result.segments.map((part) => [part.kind, part.text])).toEqual([
      ['removed', 'Old title'],
      ['added', 'New title'],
      ['same', '\n\nSame body.'],
    ])
  })
})
