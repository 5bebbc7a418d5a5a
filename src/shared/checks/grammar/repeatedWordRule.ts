import type { FlagFields } from '../checkFlag'
import { onlySpaceBetween, quote, type Rule } from '../ruleContext'
import { RULE_IDS } from '../ruleIds'

// Doubled words that are often right: "had had", "that that", "is is" is not among them.
const ALLOWED_REPEATS = new Set([
  'had',
  'that',
  'bye',
  'very',
  'no',
  'yes',
  'ha',
  'so',
  'knock',
  'chop',
  'tut',
  'pom',
  'dum',
  'bora',
  'can',
])

/** The same word twice in a row with only white space between: "the the". */
export const repeatedWordRule: Rule = (context) => {
  const flags: FlagFields[] = []
  const words = context.words
  for (let index = 1; index < words.length; index += 1) {
    const previous = words[index - 1]
    const current = words[index]
    if (previous === undefined || current === undefined) continue
    const lower = current.text.toLowerCase()
    if (lower !== previous.text.toLowerCase() || ALLOWED_REPEATS.has(lower)) continue
    if (!onlySpaceBetween(context.text, previous, current)) continue
    flags.push({
      kind: 'typo',
      ruleId: RULE_IDS.repeatedWord,
      severity: 'warning',
      start: previous.end,
      end: current.end,
      actual: context.text.slice(previous.end, current.end),
      message: `${quote(current.text)} is repeated`,
      suggestions: [''],
    })
  }
  return flags
}
