import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../src/shared/checks/tokenize'

describe('tokenize', () => {
  it('keeps URLs, e-mail addresses and numbers with units as single tokens', () => {
    const { tokens } = tokenize(
      'See https://example.org/a-b.html or write to desk@example.com about 5mg and 3.5%.',
    )
    expect(
      tokens.filter((token) => token.kind !== 'word').map((token) => [token.kind, token.text]),
    ).toEqual([
      ['url', 'https://example.org/a-b.html'],
      ['email', 'desk@example.com'],
      ['number', '5mg'],
      ['number', '3.5%'],
    ])
  })

  it('does not end a sentence after Dr., e.g. or U.S.', () => {
    const { sentences } = tokenize(
      'Dr. Lee works in the U.S. capital, e.g. on Mondays. She likes it.',
    )
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Dr. Lee works in the U.S. capital, e.g. on Mondays.',
      'She likes it.',
    ])
  })

  it('gives offsets that point at the token in the text', () => {
    const text = 'One line\nAnother line'
    const { tokens, sentences } = tokenize(text)
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(sentences).toHaveLength(2)
    expect(tokens.filter((token) => token.sentenceStart).map((token) => token.text)).toEqual([
      'One',
      'Another',
    ])
  })
})
