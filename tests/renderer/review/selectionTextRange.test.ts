import { describe, expect, it } from 'vitest'
import {
  EMPTY_SELECTION_PROBLEM,
  selectionTextRange,
} from '../../../src/renderer/review/selectionTextRange'
import { documentText } from '../../../src/shared/text/documentText'
import { draftOf } from '../support/draftDocument'

const FIRST = 'Walking helps.'
const SECOND = 'A new study says so.'
const doc = draftOf(FIRST, SECOND)
/** The position of a character of the second paragraph: doc start, first block, its close. */
const secondStart = 1 + FIRST.length + 2

describe('selectionTextRange', () => {
  it('gives the text-model range and words of a selection inside a paragraph', () => {
    const from = secondStart + 'A '.length
    const result = selectionTextRange(doc, from, from + 'new study'.length)
    const text = documentText(doc.toJSON()).text
    expect(result).toEqual({
      ok: true,
      range: {
        start: text.indexOf('new study'),
        end: text.indexOf('new study') + 9,
        exact: 'new study',
      },
    })
  })

  it('leaves out the spaces at the edges of a selection', () => {
    const from = secondStart + 'A'.length
    const result = selectionTextRange(doc, from, from + ' new '.length)
    expect(result.ok && result.range.exact).toBe('new')
  })

  it('accepts a selection across paragraphs, with the separator in its words', () => {
    const result = selectionTextRange(doc, 1 + 'Walking '.length, secondStart + 'A new'.length)
    expect(result.ok && result.range.exact).toBe('helps.\n\nA new')
  })

  it('takes a selection of the whole document from the first to the last word', () => {
    const result = selectionTextRange(doc, 0, doc.content.size)
    expect(result.ok && result.range.exact).toBe(`${FIRST}\n\n${SECOND}`)
  })

  it('refuses an empty selection, or one of spaces only, asking for words', () => {
    expect(selectionTextRange(doc, 3, 3)).toEqual({ ok: false, problem: EMPTY_SELECTION_PROBLEM })
    const space = 1 + 'Walking'.length
    expect(selectionTextRange(doc, space, space + 1)).toEqual({
      ok: false,
      problem: EMPTY_SELECTION_PROBLEM,
    })
  })
})
