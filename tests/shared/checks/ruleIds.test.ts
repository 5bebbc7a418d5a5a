import { describe, expect, it } from 'vitest'
import { checkBlocks } from '../../../src/shared/checks/checkDocument'
import {
  currentRuleId,
  RULE_IDS,
  RULE_NAMESPACES,
  ruleNamespace,
} from '../../../src/shared/checks/ruleIds'
import { spellCheckerForTests } from './spellCheckerForTests'

const DRAFT = [
  'Nurses Say Wards Are Full',
  'A new survey shows that 40% of nurses plan to leave within a year.',
  'Advertisement',
  'Its a simple habit: the the hospitl will recieve an large grant and hire less nurses.',
  'We met Priya at the clinic in Britian.',
]

function flagsOfDraft() {
  return checkBlocks(DRAFT, { spellChecker: spellCheckerForTests() }).flatMap(
    (block) => block.flags,
  )
}

describe('rule ids', () => {
  it('all sit in one of the rule namespaces, for every kind of check', () => {
    const flags = flagsOfDraft()
    expect(new Set(flags.map((flag) => ruleNamespace(flag.ruleId)))).toEqual(
      new Set(RULE_NAMESPACES),
    )
  })

  it('put the spelling rules under spelling/ and the grammar rules under grammar/', () => {
    const idsByText = new Map(flagsOfDraft().map((flag) => [flag.actual.trim(), flag.ruleId]))
    expect(Object.fromEntries(idsByText)).toMatchObject({
      hospitl: RULE_IDS.unknownWord,
      recieve: RULE_IDS.commonMisspelling,
      Priya: RULE_IDS.possibleName,
      Britian: RULE_IDS.properNounSlip,
      the: RULE_IDS.repeatedWord,
      an: RULE_IDS.article,
      less: RULE_IDS.lessFewer,
      Its: 'grammar/confusable/its-its',
      Advertisement: 'furniture/advertisement-label',
    })
    for (const id of Object.values(RULE_IDS)) expect(ruleNamespace(id)).not.toBeNull()
  })

  it('have no namespace when they lack the slash or name an unknown family', () => {
    expect(ruleNamespace('spelling')).toBeNull()
    expect(ruleNamespace('style/passive')).toBeNull()
    expect(ruleNamespace('grammar/confusable/its-its')).toBe('grammar')
  })

  it('map the ids stored before the namespaces to the ids the rules write now', () => {
    expect(currentRuleId('spelling')).toBe(RULE_IDS.unknownWord)
    expect(currentRuleId('common-misspelling')).toBe(RULE_IDS.commonMisspelling)
    expect(currentRuleId('article')).toBe(RULE_IDS.article)
    expect(currentRuleId('repeated-word')).toBe(RULE_IDS.repeatedWord)
    expect(currentRuleId('less-fewer')).toBe(RULE_IDS.lessFewer)
    expect(currentRuleId('confusable/its-its')).toBe('grammar/confusable/its-its')
    for (const id of ['spelling/name', 'claim/research', 'furniture/reading-list']) {
      expect(currentRuleId(id)).toBe(id)
    }
  })
})
