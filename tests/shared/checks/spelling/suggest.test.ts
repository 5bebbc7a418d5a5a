import { describe, expect, it } from 'vitest'
import { editCost } from '../../../../src/shared/checks/spelling/editCost'
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
})
