import type { FlagFields } from '../checkFlag'
import { quote, type Rule } from '../ruleContext'
import { RULE_IDS } from '../ruleIds'

// Words that stop the noun phrase after "less".
const PHRASE_BREAK = new Set(
  'than of and or but the a an to in on at for with by from as is are was were be been that which who when if because so this these those it its their his her our your my than per about over under into'.split(
    ' ',
  ),
)
// Plurals that are uncountable or usually take "less" ("less news", "less politics").
const MASS_PLURALS = new Set(
  'news politics economics physics mathematics statistics ethics athletics species series means diabetes measles mumps rabies herpes lens bus gas gps stress progress business fitness illness wellness awareness kindness sadness happiness loneliness'.split(
    ' ',
  ),
)
// After "less" these compare a quality, not an amount: "less severe symptoms" is correct.
const GRADABLE_SUFFIX =
  /(?:ful|ous|ive|ic|al|able|ible|ent|ant|ing|ed|ly|ish|less|y|ary|ory|ile|ate)$/

const GRADABLE_ADJECTIVES = new Set(
  'severe serious common rare complex extreme intense acute obvious strict rigid dense stable secure sure safe clear mature simple subtle remote diverse mild strong dramatic urgent complete accurate adequate expensive costly effective invasive aggressive frequent prone keen keen'.split(
    ' ',
  ),
)

/** "less" before a plural countable noun: "less symptoms" → "fewer symptoms". */
export const lessFewerRule: Rule = (context) => {
  const flags: FlagFields[] = []
  const words = context.words
  words.forEach((word, index) => {
    const lower = word.text.toLowerCase()
    if (lower !== 'less') return
    const previous = words[index - 1]?.text.toLowerCase()
    if (previous === 'more' || previous === 'no' || previous === 'much') return
    const first = words[index + 1]
    const firstLower = first?.text.toLowerCase() ?? ''
    if (
      first === undefined ||
      GRADABLE_ADJECTIVES.has(firstLower) ||
      (GRADABLE_SUFFIX.test(firstLower) && !/s$/.test(firstLower))
    ) {
      return
    }
    const checker = context.spellChecker
    const isCountablePlural = (text: string): boolean => {
      const noun = text.toLowerCase()
      if (!/[^s'u]s$/.test(noun) || MASS_PLURALS.has(noun) || !checker.isCorrect(noun)) return false
      const singulars = [noun.replace(/ies$/, 'y'), noun.replace(/es$/, ''), noun.replace(/s$/, '')]
      return singulars.some((singular) => checker.isCorrect(singular))
    }
    // The head is the first plural in the noun phrase: "less postpartum depression symptoms",
    // and in "less participants took part" it is "participants", not the verb after it.
    let head: typeof first | undefined
    for (let step = index + 1; step < Math.min(words.length, index + 5); step += 1) {
      const candidate = words[step]
      if (candidate === undefined) break
      if (PHRASE_BREAK.has(candidate.text.toLowerCase())) break
      const gap = context.text.slice(words[step - 1]?.end ?? 0, candidate.start)
      if (step > index + 1 && !/^[ \t-]+$/.test(gap)) break
      if (step === index + 1 && !/^\s+$/.test(context.text.slice(word.end, candidate.start))) return
      if (isCountablePlural(candidate.text)) {
        head = candidate
        break
      }
    }
    if (head === undefined) return
    const fewer = word.text[0] === 'L' ? 'Fewer' : 'fewer'
    flags.push({
      kind: 'typo',
      ruleId: RULE_IDS.lessFewer,
      severity: 'warning',
      start: word.start,
      end: word.end,
      actual: word.text,
      message: `Use ${quote('fewer')} with countable nouns: ${quote(`fewer ${head.text}`)}`,
      suggestions: [fewer],
    })
  })
  return flags
}
