import type { FlagFields } from '../checkFlag'
import { onlySpaceBetween, quote, type Rule } from '../ruleContext'
import { RULE_IDS } from '../ruleIds'

// Words spelled with a vowel that start with a consonant sound, and the reverse.
const CONSONANT_SOUND =
  /^(?:uni(?!nt|mp|nf|nh|ns|nd|nl|nv|nc|nm|nw|nq|nsp)|use|usu|usa|uti|ura|ure|uro|eu|ewe|once|one(?![rs])|ubiq|uku|ufo)/i
const VOWEL_SOUND = /^(?:hour|honest|honou?r|heir|herb(?!al|ert))/i
// Letters whose names start with a vowel sound: "an FDA", "an MRI", "an NHS", "an X-ray".
const VOWEL_SOUND_LETTERS = new Set([...'AEFHILMNORSX'])

function startsWithVowelSound(word: string): boolean | null {
  if (/^\d/.test(word)) {
    // "an 8", "an 11", "an 18", "an 80": a number read aloud starts with "eight" or "eleven".
    return /^(?:8|11(?!\d)|18(?!\d)|11[,.]?\d{3}(?!\d)|18[,.]?\d{3}(?!\d)|8\d*)/.test(word)
  }
  const isAcronym = word.length > 1 && word === word.toUpperCase() && /^\p{Lu}+$/u.test(word)
  if (isAcronym) {
    // Acronyms that are said as words ("a NATO base", "an AIDS test") are left alone.
    if (/[AEIOU]/.test(word.slice(1)) && word.length > 3) return null
    return VOWEL_SOUND_LETTERS.has(word[0] ?? '')
  }
  if (VOWEL_SOUND.test(word)) return true
  if (CONSONANT_SOUND.test(word)) return false
  return /^[aeiou]/i.test(word)
}

/** "a"/"an" must match the sound of the next word: "an notable" → "a notable". */
export const articleRule: Rule = (context) => {
  const flags: FlagFields[] = []
  const tokens = context.tokens
  for (let index = 0; index < tokens.length - 1; index += 1) {
    const article = tokens[index]
    const next = tokens[index + 1]
    if (article === undefined || next === undefined || article.kind !== 'word') continue
    const lower = article.text.toLowerCase()
    if (lower !== 'a' && lower !== 'an') continue
    if (!onlySpaceBetween(context.text, article, next) || next.kind === 'url') continue
    // "A" as a letter or grade ("vitamin A and", "Plan A") is not an article.
    if (article.text === 'A' && !article.sentenceStart) continue
    const vowelSound = startsWithVowelSound(next.text)
    if (vowelSound === null) continue
    const wanted = vowelSound ? 'an' : 'a'
    if (lower === wanted) continue
    const replacement =
      article.text[0] === 'A' ? wanted[0]?.toUpperCase() + wanted.slice(1) : wanted
    flags.push({
      kind: 'typo',
      ruleId: RULE_IDS.article,
      severity: 'warning',
      start: article.start,
      end: article.end,
      actual: article.text,
      message: `Use ${quote(replacement)} before ${quote(next.text)}`,
      suggestions: [replacement],
      note: `“a” goes before a consonant sound, “an” before a vowel sound.`,
    })
  }
  return flags
}
