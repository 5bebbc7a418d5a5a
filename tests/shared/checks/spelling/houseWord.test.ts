import { describe, expect, it } from 'vitest'
import { channels } from '../../../../src/shared/api/channels'
import { houseDictionaryFormat } from '../../../../src/shared/checks/spelling/houseDictionary'
import {
  HOUSE_WORD_RULE,
  MAX_HOUSE_WORD_LENGTH,
  normalizeHouseWord,
} from '../../../../src/shared/checks/spelling/houseWord'

const decomposed = 'Bjo\u0308rk'
const CANDIDATES = [
  'Okafor',
  '  Lindqvist\t',
  decomposed,
  'C#',
  'e-mail',
  'x'.repeat(MAX_HOUSE_WORD_LENGTH),
  'x'.repeat(MAX_HOUSE_WORD_LENGTH + 1),
  '',
  '   ',
  'two words',
  'tab\tinside',
]

describe('the house-word rule', () => {
  it('trims a word and writes it in NFC', () => {
    expect(normalizeHouseWord('  Lindqvist\t')).toBe('Lindqvist')
    expect(normalizeHouseWord(decomposed)).toBe('Björk')
  })

  it('refuses empty words, words with spaces and words over the length limit', () => {
    for (const word of ['', '   ', 'two words', 'tab\tinside', 'x'.repeat(101)]) {
      expect(normalizeHouseWord(word)).toBeNull()
    }
  })

  it('is the rule the addHouseWord and removeHouseWord channels validate with', () => {
    for (const channel of [channels.addHouseWord, channels.removeHouseWord]) {
      for (const word of CANDIDATES) {
        const result = channel.input.safeParse({ word })
        expect(result.success).toBe(normalizeHouseWord(word) !== null)
        if (!result.success) expect(result.error.issues[0]?.message).toBe(HOUSE_WORD_RULE)
      }
    }
  })

  it('lets every word the API accepts survive an export and an import of the dictionary file', () => {
    const accepted = CANDIDATES.map(normalizeHouseWord).filter((word) => word !== null)
    expect(accepted).toContain('C#')
    expect(houseDictionaryFormat.parse(houseDictionaryFormat.serialize(accepted))).toEqual(
      [...accepted].sort((a, b) => a.localeCompare(b, 'en')),
    )
  })

  it('reads the same rule from a dictionary file, with # comments after a space', () => {
    expect(
      houseDictionaryFormat.parse(
        `# desk words\nC# # the language\n  Lindqvist \n${decomposed}\nnot one word\n${'x'.repeat(101)}\n`,
      ),
    ).toEqual(['C#', 'Lindqvist', 'Björk'])
  })
})
