import { describe, expect, it } from 'vitest'
import { anchorAt } from '../../../src/shared/anchoring/anchorAt'
import { findAnchor } from '../../../src/shared/anchoring/findAnchor'

const FIRST = 'A new study reveals that walking after meals lowers blood sugar.'
const SECOND = 'The trial followed 40 adults for twelve weeks in two clinics.'
const THIRD = 'Most of them kept the habit after the study ended, the authors say.'
const TEXT = [FIRST, SECOND, THIRD].join('\n\n')

function anchorOn(text: string, quote: string) {
  const start = text.indexOf(quote)
  if (start === -1) throw new Error(`“${quote}” is not in the text`)
  return anchorAt(text, start, start + quote.length)
}

function quoteAt(text: string, range: { start: number; end: number } | null): string | null {
  return range === null ? null : text.slice(range.start, range.end)
}

describe('findAnchor with a changed quote', () => {
  it('finds a quote in which a word was replaced, covering the new word', () => {
    const anchor = anchorOn(TEXT, 'A new study reveals')
    const edited = TEXT.replace('reveals', 'suggests')
    expect(quoteAt(edited, findAnchor(edited, anchor))).toBe('A new study suggests')
  })

  it('finds a quote in which a typo was fixed or a letter typed', () => {
    const anchor = anchorOn(TEXT, 'followed 40 adults for twelve weeks')
    const typed = TEXT.replace('twelve weeks', 'twelve full weeks')
    expect(quoteAt(typed, findAnchor(typed, anchor))).toBe(
      'followed 40 adults for twelve full weeks',
    )
    const misspelt = TEXT.replace('followed', 'folowed')
    expect(quoteAt(misspelt, findAnchor(misspelt, anchor))).toBe(
      'folowed 40 adults for twelve weeks',
    )
  })

  it('finds an unchanged quote after text was typed right before and after it', () => {
    const anchor = anchorOn(TEXT, 'lowers blood sugar')
    const edited = TEXT.replace(
      'meals lowers blood sugar.',
      'meals quickly lowers blood sugar, a lot.',
    )
    expect(quoteAt(edited, findAnchor(edited, anchor))).toBe('lowers blood sugar')
  })

  it('finds nothing when the quote’s text was deleted', () => {
    const anchor = anchorOn(TEXT, SECOND)
    const deleted = [FIRST, THIRD].join('\n\n')
    expect(findAnchor(deleted, anchor)).toBeNull()
  })

  it('finds nothing when the sentence was rewritten', () => {
    const anchor = anchorOn(TEXT, FIRST)
    const rewritten = TEXT.replace(
      FIRST,
      'Researchers now think a stroll may help people with diabetes.',
    )
    expect(findAnchor(rewritten, anchor)).toBeNull()
  })

  it('follows a moved paragraph whose quote also changed a little', () => {
    const anchor = anchorOn(TEXT, 'kept the habit after the study ended')
    const moved = [THIRD.replace('kept the habit', 'kept up the habit'), FIRST, SECOND].join('\n\n')
    expect(quoteAt(moved, findAnchor(moved, anchor))).toBe(
      'kept up the habit after the study ended',
    )
    expect(findAnchor(moved, anchor)?.start).toBeLessThan(FIRST.length)
  })

  it('of two similar sentences, picks the one whose surroundings match', () => {
    const repeated = `${FIRST}\n\nIn short: a new study reveals that walking helps.\n\n${SECOND}`
    const anchor = anchorOn(repeated, 'a new study reveals that walking helps')
    const edited = repeated.replace(
      'a new study reveals that walking helps',
      'a new study shows that walking helps',
    )
    const range = findAnchor(edited, anchor)
    expect(quoteAt(edited, range)).toBe('a new study shows that walking helps')
    expect(range?.start).toBe(edited.indexOf('a new study shows'))
  })

  it('prefers a changed quote near where it was expected over a look-alike far away', () => {
    const filler = 'Nothing in this paragraph is about walking or about any study at all. '.repeat(
      40,
    )
    const text = `${FIRST}\n\n${filler}\n\n${FIRST}`
    const second = text.lastIndexOf(FIRST)
    const anchor = anchorAt(text, second, second + FIRST.length)
    const edited = `${FIRST.replace('reveals', 'hints')}\n\n${filler}\n\n${FIRST.replace('reveals', 'shows')}`
    const range = findAnchor(edited, { ...anchor, prefix: '', suffix: '' })
    expect(quoteAt(edited, range)).toBe(FIRST.replace('reveals', 'shows'))
  })
})
