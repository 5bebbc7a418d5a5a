import { describe, expect, it } from 'vitest'
import { acceptedSuggestionRange } from '../../../src/renderer/checks/acceptedSuggestionRange'
import { draftOf } from '../support/draftDocument'

/** The document position of a text offset in the second paragraph of `draftOf(first, second)`. */
function positionInSecond(first: string, offset: number): number {
  // Paragraph 1 opens at 0, its text starts at 1; paragraph 2's text starts after its close.
  return first.length + 2 + 1 + offset
}

describe('acceptedSuggestionRange', () => {
  it('is the replacement, counted in the text model across paragraphs', () => {
    const first = 'A heading line'
    const doc = draftOf(first, 'It’s a simple habit.')
    expect(acceptedSuggestionRange(doc, positionInSecond(first, 0), 'It’s')).toEqual({
      start: first.length + 2,
      end: first.length + 2 + 4,
      exact: 'It’s',
    })
  })

  it('is null when the replacement is not where it was put', () => {
    const doc = draftOf('Its a simple habit.')
    expect(acceptedSuggestionRange(doc, 1, 'It’s')).toBeNull()
  })

  it('is the word before the gap when the suggestion deleted a repeated word', () => {
    // "the the walk" became "the walk": the gap is after the first "the ".
    const doc = draftOf('Take the walk daily.')
    expect(acceptedSuggestionRange(doc, 1 + 'Take the '.length, '')).toEqual({
      start: 5,
      end: 8,
      exact: 'the',
    })
  })

  it('is the word after the gap when the deletion was at the start of a paragraph', () => {
    const doc = draftOf('Walking helps.')
    expect(acceptedSuggestionRange(doc, 1, '')).toEqual({ start: 0, end: 7, exact: 'Walking' })
  })
})
