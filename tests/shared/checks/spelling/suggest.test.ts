import { describe, expect, it } from 'vitest'
import { editCost } from '../../../../src/shared/checks/spelling/editCost'
import { soundKey } from '../../../../src/shared/checks/spelling/soundKey'
import { createSuggester } from '../../../../src/shared/checks/spelling/suggest'
import { createSuggestionVocabulary } from '../../../../src/shared/checks/spelling/suggestionVocabulary'
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

  it('finds words two substitutions away, and words that sound alike only when thorough', () => {
    const forms = ['separately', 'necessary', 'seven']
    const suggester = createSuggester({
      knownForm: (word) => (forms.includes(word) ? word : null),
      vocabulary: createSuggestionVocabulary(forms, forms.map(soundKey), () => true),
      wordsByFrequency: [],
    })
    expect(suggester.suggest('seperetely')).toEqual(['separately'])
    expect(suggester.suggest('nesesery')).toEqual([])
    expect(suggester.suggest('nesesery', 5, { thorough: true })).toEqual(['necessary'])
  })

  it('caches bounded and thorough suggestions separately', () => {
    const checker = spellCheckerForTests()
    expect(checker.suggest('hospitl', 5, { thorough: true })[0]).toBe('hospital')
    expect(checker.suggest('hospitl')[0]).toBe('hospital')
  })
})
