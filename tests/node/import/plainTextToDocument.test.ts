import { describe, expect, it } from 'vitest'
import { plainTextToDocument } from '../../../src/node/import/plainTextToDocument'
import { documentText } from '../../../src/shared/text/documentText'
import { DraftLimitError } from '../../../src/shared/validation/draftLimitError'
import { DRAFT_LIMITS } from '../../../src/shared/validation/draftLimits'

function paragraphs(text: string): string[] {
  return documentText(plainTextToDocument(text)).blocks.map((block) => block.text)
}

function limitPassed(text: string): string | null {
  try {
    plainTextToDocument(text)
    return null
  } catch (error) {
    return error instanceof DraftLimitError ? error.limit : String(error)
  }
}

describe('plainTextToDocument', () => {
  it('makes every line a paragraph when the text has no blank lines', () => {
    expect(paragraphs('First line\nSecond line\r\nThird line\rFourth line\n')).toEqual([
      'First line',
      'Second line',
      'Third line',
      'Fourth line',
    ])
  })

  it('makes every line of a web copy its own paragraph, blank lines or not', () => {
    expect(paragraphs('\nTitle\n\nsave article\nBy Dana Whitfield\n  \n\nBody text.\n')).toEqual([
      'Title',
      'save article',
      'By Dana Whitfield',
      'Body text.',
    ])
  })

  it('joins prose wrapped by hand at a fixed column back into one paragraph', () => {
    const wrapped = [
      'Walking after dinner is one of the cheapest habits a person can',
      'pick up, and the people in the trial seemed to enjoy it as well,',
      'which matters.',
      '',
      'Second paragraph.',
    ].join('\n')
    expect(paragraphs(wrapped)).toEqual([
      'Walking after dinner is one of the cheapest habits a person can pick up, and the people in the trial seemed to enjoy it as well, which matters.',
      'Second paragraph.',
    ])
  })

  it('keeps markup as text and reads runs of spaces and tabs as one space', () => {
    expect(paragraphs('<script>alert("x")</script>  \t & more')).toEqual([
      '<script>alert("x")</script> & more',
    ])
  })

  it('stops at the first paragraph over the paragraph limit, however many lines follow', () => {
    const lines = Array.from({ length: 500_000 }, (_, index) => `line ${index}`).join('\n')
    const started = performance.now()
    expect(limitPassed(lines)).toBe('paragraphs')
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('accepts exactly the paragraph limit', () => {
    const lines = Array.from({ length: DRAFT_LIMITS.paragraphs }, (_, index) => `p${index}`)
    expect(paragraphs(lines.join('\n'))).toHaveLength(DRAFT_LIMITS.paragraphs)
  })

  it('refuses a line longer than the paragraph limit and a text longer than the draft limit', () => {
    expect(limitPassed('-'.repeat(DRAFT_LIMITS.paragraphCharacters + 1))).toBe(
      'paragraphCharacters',
    )
    expect(limitPassed('-'.repeat(DRAFT_LIMITS.paragraphCharacters))).toBeNull()
    const line = 'w'.repeat(DRAFT_LIMITS.paragraphCharacters - 2)
    const lines = Array.from(
      { length: Math.ceil(DRAFT_LIMITS.characters / line.length) + 1 },
      () => line,
    )
    expect(limitPassed(lines.join('\n\n'))).toBe('characters')
  })
})
