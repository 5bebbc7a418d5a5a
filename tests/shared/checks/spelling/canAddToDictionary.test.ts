import { describe, expect, it } from 'vitest'
import { checkBlock } from '../../../../src/shared/checks/checkDocument'
import { ruleNamespace } from '../../../../src/shared/checks/ruleIds'
import { canAddToDictionary } from '../../../../src/shared/checks/spelling/canAddToDictionary'
import { spellCheckerForTests } from '../spellCheckerForTests'

function flagFor(text: string, actual: string) {
  const flags = checkBlock(text, { spellChecker: spellCheckerForTests() })
  const flag = flags.find((candidate) => candidate.actual.trim() === actual)
  if (flag === undefined) throw new Error(`no flag for “${actual}” in “${text}”`)
  return flag
}

const CLAIM = 'A new survey shows that 40% of nurses plan to leave.'

describe('canAddToDictionary', () => {
  it('offers Add to dictionary for an ordinary unknown lowercase word', () => {
    const flag = flagFor('The ward ordered a new glucomter today.', 'glucomter')
    expect(ruleNamespace(flag.ruleId)).toBe('spelling')
    expect(canAddToDictionary(flag)).toBe(true)
  })

  it('offers it for names and for capitalised words one slip from a proper noun', () => {
    expect(canAddToDictionary(flagFor('We met Priya at the clinic.', 'Priya'))).toBe(true)
    expect(canAddToDictionary(flagFor('Exports from Britian rose.', 'Britian'))).toBe(true)
  })

  it('does not offer it for known misspellings, grammar, claims or page furniture', () => {
    const flags = [
      flagFor('Patients will recieve a letter.', 'recieve'),
      flagFor('She is an nurse.', 'an'),
      flagFor('It rained on the the roof.', 'the'),
      flagFor(CLAIM, CLAIM),
      flagFor('Advertisement', 'Advertisement'),
    ]
    for (const flag of flags) expect(canAddToDictionary(flag)).toBe(false)
  })
})
