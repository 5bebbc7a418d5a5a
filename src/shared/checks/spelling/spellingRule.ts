import type { FlagFields } from '../checkFlag'
import { COMMON_MISSPELLINGS } from '../grammar/commonMisspellings'
import { quote, type Rule } from '../ruleContext'
import { RULE_IDS } from '../ruleIds'
import type { Token } from '../tokenize'

const MAX_SUGGESTIONS = 5
/**
 * Longer than the longest dictionary word (45 letters): not looked up, and no suggestions
 * computed, whose cost grows with the word's length (a 50,000-letter "word" ran out of memory).
 */
const MAX_CHECKED_WORD_LENGTH = 45

function isAcronym(word: string): boolean {
  return word.length > 1 && /^[\p{Lu}\p{N}'’]+s?$/u.test(word) && /\p{Lu}{2}/u.test(word)
}

// Prefixes written with a hyphen that the dictionaries lack as words: "pre-operative".
const HYPHENATED_PREFIXES = new Set(
  'pre post non anti co re mid semi multi inter intra sub ex self micro macro pseudo neo proto ultra bi tri'.split(
    ' ',
  ),
)

/**
 * The second part of a hyphenated compound that is a word with -s, -d or -ed added
 * ("4-year-olds", "big-hearted"): these forms exist only inside compounds.
 */
function isAcceptedHyphenTail(
  text: string,
  token: Token,
  isWord: (word: string) => boolean,
): boolean {
  if (text[token.start - 1] !== '-' || !/\p{L}/u.test(text[token.start - 2] ?? '')) return false
  const lower = token.text.toLowerCase()
  return [/s$/, /ed$/, /d$/].some((ending) => {
    const stem = lower.replace(ending, '')
    return stem !== lower && stem.length > 2 && isWord(stem)
  })
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

function hasInnerCapital(word: string): boolean {
  return /.\p{Lu}/u.test(word) && !isAcronym(word)
}

/**
 * Unknown words. Capitalised words mid-sentence, words like "TikTok" and capitalised words
 * followed by another capitalised word are probably names: at most `info`. Acronyms, URLs,
 * e-mail addresses, numbers and units are never flagged.
 */
export const spellingRule: Rule = (context) => {
  const flags: FlagFields[] = []
  const checker = context.spellChecker
  const words = context.words
  words.forEach((token: Token, index) => {
    const word = token.text
    if (word.length < 2 || isAcronym(word)) return
    if (word.length > MAX_CHECKED_WORD_LENGTH) {
      flags.push({
        kind: 'typo',
        ruleId: RULE_IDS.unknownWord,
        severity: 'error',
        start: token.start,
        end: token.end,
        actual: word,
        message: `${quote(word.slice(0, MAX_CHECKED_WORD_LENGTH))}… is too long to be a word`,
        suggestions: [],
      })
      return
    }
    if (checker.isCorrect(word)) return
    if (
      context.text[token.end] === '-' &&
      /\p{L}/u.test(context.text[token.end + 1] ?? '') &&
      HYPHENATED_PREFIXES.has(word.toLowerCase())
    ) {
      return
    }
    if (isAcceptedHyphenTail(context.text, token, (part) => checker.isCorrect(part))) return
    const lower = word.toLowerCase()
    const curated = COMMON_MISSPELLINGS.get(lower.replace(/’/g, "'"))
    const capitalised = isCapitalised(word)
    if (capitalised && curated === undefined) {
      if (checker.isCorrect(lower)) return
      const next = words[index + 1]
      const nextIsName =
        next !== undefined &&
        isCapitalised(next.text) &&
        /^[ \t]+$/.test(context.text.slice(token.end, next.start))
      const previous = words[index - 1]
      const previousIsName =
        previous !== undefined &&
        !token.sentenceStart &&
        isCapitalised(previous.text) &&
        /^[ \t]+$/.test(context.text.slice(previous.end, token.start))
      const looksLikeName =
        !token.sentenceStart || nextIsName || previousIsName || hasInnerCapital(word)
      // A capitalised word one cheap slip from a proper noun or a frequent word is a misspelling
      // of it ("Britian", "Amercia"), not a name.
      const slip = looksLikeName ? (checker.closeSlipOf?.(word) ?? null) : null
      if (slip !== null) {
        flags.push({
          kind: 'typo',
          ruleId: RULE_IDS.properNounSlip,
          severity: 'error',
          start: token.start,
          end: token.end,
          actual: word,
          message: `${quote(word)} is not in the ${checker.language} dictionary — did you mean ${quote(slip)}?`,
          suggestions: [
            slip,
            ...checker
              .suggest(word, MAX_SUGGESTIONS, { thorough: context.thoroughSuggestions === true })
              .filter((suggestion) => suggestion !== slip),
          ].slice(0, MAX_SUGGESTIONS),
        })
        return
      }
      if (looksLikeName) {
        flags.push({
          kind: 'typo',
          ruleId: RULE_IDS.possibleName,
          severity: 'info',
          start: token.start,
          end: token.end,
          actual: word,
          message: `${quote(word)} is not in the ${checker.language} dictionary — a name? Add it to the house dictionary if it is right`,
          suggestions: [],
        })
        return
      }
    }
    const compound = curated === undefined ? (checker.closedCompound?.(word) ?? null) : null
    if (compound !== null) {
      flags.push({
        kind: 'typo',
        ruleId: RULE_IDS.closedCompound,
        severity: 'info',
        start: token.start,
        end: token.end,
        actual: word,
        message: `${quote(word)} is not in the ${checker.language} dictionary, but ${quote(compound[0])} and ${quote(compound[1])} are — a closed compound? Add it to the house dictionary if it is right`,
        suggestions: [`${compound[0]} ${compound[1]}`],
      })
      return
    }
    if (curated !== undefined) {
      const suggestion = capitalised ? (curated[0] ?? '').toUpperCase() + curated.slice(1) : curated
      flags.push({
        kind: 'typo',
        ruleId: RULE_IDS.commonMisspelling,
        severity: 'error',
        start: token.start,
        end: token.end,
        actual: word,
        message: `${quote(word)} is a common misspelling of ${quote(suggestion)}`,
        suggestions: [suggestion],
      })
      return
    }
    flags.push({
      kind: 'typo',
      ruleId: RULE_IDS.unknownWord,
      severity: 'error',
      start: token.start,
      end: token.end,
      actual: word,
      message: `${quote(word)} is not in the ${checker.language} dictionary`,
      suggestions: checker.suggest(word, MAX_SUGGESTIONS, {
        thorough: context.thoroughSuggestions === true,
      }),
    })
  })
  return flags
}
