import type { CheckFlag } from '../checkFlag'
import { RULE_IDS } from '../ruleIds'

/** Flags that say a word is missing from the dictionary, which adding it would settle. */
const MISSING_WORD_RULES: ReadonlySet<string> = new Set([
  RULE_IDS.unknownWord,
  RULE_IDS.possibleName,
  RULE_IDS.properNounSlip,
])

/**
 * Whether to offer "Add to dictionary" for a flag: yes for words the dictionary lacks
 * (unknown words, names, proper-noun slips); no for known misspellings, grammar, claims and
 * page furniture.
 */
export function canAddToDictionary(flag: Pick<CheckFlag, 'ruleId'>): boolean {
  return MISSING_WORD_RULES.has(flag.ruleId)
}
