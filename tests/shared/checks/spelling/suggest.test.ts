import { describe, expect, it } from 'vitest'
import { editCost } from '../../../../src/shared/checks/spelling/editCost'
import { createSuggester } from '../../../../src/shared/checks/spelling/suggest'
import { spellCheckerForTests } from '../spellCheckerForTests'

describe('suggestions', () => {
  it('put the intended word first for typical slips', () => {
    const checker = spellCheckerForTests()
    expect(checker.suggest('acommodate')[0]).toBe('accommodate')
    expect(checker.suggest('seperate')[0]).toBe('separate')
    expect(checker.suggest('goverment')[0]).toBe('government')
    expect(checker.suggest('becasue')[0]).toBe('because')
  })

  it('keep the capital letter of the misspelling', () => {
    expect(spellCheckerForTests().suggest('Hospitl')[0]).toBe('Hospital')
  })

  it('split two words that were run together', () => {
    expect(spellCheckerForTests().suggest('alot')).toContain('a lot')
  })

  it('count doubled letters and swapped letters as cheaper than other edits', () => {
    expect(editCost('acommodate', 'accommodate')).toBeLessThan(
      editCost('acommodate', 'accommodates'),
    )
    expect(editCost('teh', 'the')).toBeLessThan(editCost('teh', 'tea'))
  })

  it('runs the slow fallback while typing only when a word is one edit away', () => {
    const known = new Set(['hospital', 'ward', 'wards'])
    const fallbackCalls: string[] = []
    const suggester = createSuggester({
      knownForm: (word) => (known.has(word) ? word : null),
      fallback: (word) => {
        fallbackCalls.push(word)
        return ['warden']
      },
      wordsByFrequency: ['ward', 'hospital'],
    })
    // Nothing one edit away: nspell would search two edits away (up to 250 ms), so the bounded
    // search leaves it out and the thorough search does not.
    expect(suggester.suggest('qzxvbnm')).toEqual([])
    expect(fallbackCalls).toEqual([])
    expect(suggester.suggest('qzxvbnm', 5, { thorough: true })).toEqual(['warden'])
    expect(fallbackCalls).toEqual(['qzxvbnm'])
  })

  it('caches bounded and thorough suggestions separately', () => {
    const checker = spellCheckerForTests()
    expect(checker.suggest('hospitl', 5, { thorough: true })[0]).toBe('hospital')
    expect(checker.suggest('hospitl')[0]).toBe('hospital')
  })
})
