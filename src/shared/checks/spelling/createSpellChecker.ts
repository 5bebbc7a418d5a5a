import type { CheckLanguage } from '../checkLanguage'
import { COMMON_MISSPELLINGS } from '../grammar/commonMisspellings'
import { closedCompoundParts } from './closedCompound'
import type { CompiledDictionary } from './compiledDictionary'
import { createDictionaryLookup } from './dictionaryLookup'
import {
  createSuggester,
  type SuggestOptions,
  type Suggester,
  type SuggestionRanking,
} from './suggest'
import { createSuggestionVocabulary } from './suggestionVocabulary'

export type { SuggestOptions } from './suggest'

export interface SpellingResources {
  language: CheckLanguage
  /** The Hunspell dictionary compiled at build time, with its frequency list and sound keys. */
  dictionary: CompiledDictionary
  /**
   * Optional medical vocabulary, one term per line (@cspell/dict-medicalterms), or a function
   * that reads it: it is then read only when a word is not in the dictionary.
   */
  medicalWords?: string | (() => string | undefined)
  houseWords?: readonly string[]
  /** Words known for one review only, e.g. the names in its metadata. */
  reviewWords?: readonly string[]
  ranking?: SuggestionRanking
}

export interface SpellChecker {
  readonly language: CheckLanguage
  readonly hasMedicalVocabulary: boolean
  /** Whether a word is spelled correctly (Hunspell dictionary, house words or medical terms). */
  isCorrect(word: string): boolean
  /**
   * Up to `limit` suggestions, the most likely intended word first. Bounded by default (a few
   * milliseconds at most, for checks while typing); `{ thorough: true }` may take 250 ms.
   */
  suggest(word: string, limit?: number, options?: SuggestOptions): string[]
  /**
   * For an unknown capitalised word: the proper noun or frequent word it is one cheap slip away
   * from ("Britian" → "Britain"), or null when it is far from any (probably a name).
   */
  closeSlipOf?(word: string): string | null
  /**
   * For an unknown word: its two parts when it is two frequent words (or a joining prefix and a
   * frequent word) written as one and no frequent word is two edits away ("counterterrorism"),
   * or null.
   */
  closedCompound?(word: string): [string, string] | null
  addHouseWord(word: string): void
  removeHouseWord(word: string): void
  houseWords(): string[]
  /** Replaces the words known for the review being checked (see `metadataKnownWords`). */
  setReviewWords(words: readonly string[]): void
}

function normaliseApostrophes(word: string): string {
  return word.includes('’') ? word.replace(/’/g, "'") : word
}

function parseMedicalWords(text: string): Set<string> {
  const medical = new Set<string>()
  for (const line of text.split('\n')) {
    const term = line.trim()
    if (term !== '' && !term.startsWith('#') && !/\s/.test(term)) medical.add(term.toLowerCase())
  }
  return medical
}

/**
 * A spell checker built from a compiled dictionary (no file access), so the same code runs in
 * Node and in a browser Web Worker. Results are cached per word.
 */
export function createSpellChecker(resources: SpellingResources): SpellChecker {
  const dictionary = createDictionaryLookup(resources.dictionary)
  let medicalSet: Set<string> | null = null
  const medicalWords = (): Set<string> => {
    if (medicalSet === null) {
      const source = resources.medicalWords
      medicalSet = parseMedicalWords((typeof source === 'function' ? source() : source) ?? '')
    }
    return medicalSet
  }
  const house = new Map<string, string>()
  for (const word of resources.houseWords ?? []) house.set(word.toLowerCase(), word)
  const review = new Map<string, string>()
  for (const word of resources.reviewWords ?? []) review.set(word.toLowerCase(), word)
  const cache = new Map<string, boolean>()
  const suggestionCache = new Map<string, string[]>()
  const slipCache = new Map<string, string | null>()

  const inHunspell = (word: string): boolean => {
    if (dictionary.isWord(word)) return true
    const withoutPossessive = word.replace(/'s$|s'$/, (ending) => (ending === "s'" ? 's' : ''))
    return (
      withoutPossessive !== word && withoutPossessive !== '' && dictionary.isWord(withoutPossessive)
    )
  }
  const isCorrect = (raw: string): boolean => {
    const word = normaliseApostrophes(raw)
    const cached = cache.get(word)
    if (cached !== undefined) return cached
    const lower = word.toLowerCase()
    const bare = lower.replace(/'s$/, '')
    const unaccented = word.normalize('NFD').replace(/\p{M}/gu, '')
    const result =
      inHunspell(word) ||
      (unaccented !== word && inHunspell(unaccented)) ||
      house.has(lower) ||
      house.has(bare) ||
      review.has(lower) ||
      review.has(bare) ||
      ((medicalWords().has(lower) || medicalWords().has(bare)) && isTrustedMedicalTerm(lower))
    cache.set(word, result)
    return result
  }
  const knownForSuggestions = new Map<string, string | null>()
  const knownForm = (lower: string): string | null => {
    let known = knownForSuggestions.get(lower)
    if (known === undefined) {
      const capitalised = (lower[0] ?? '').toUpperCase() + lower.slice(1)
      known =
        house.get(lower) ??
        review.get(lower) ??
        (dictionary.isWord(lower) ? lower : dictionary.isWord(capitalised) ? capitalised : null)
      knownForSuggestions.set(lower, known)
    }
    return known
  }
  let suggester: Suggester | null = null
  const getSuggester = (): Suggester =>
    (suggester ??= createSuggester({
      knownForm,
      vocabulary: createSuggestionVocabulary(
        dictionary.forms,
        resources.dictionary.soundKeys.split('\n'),
        (form) => !dictionary.isUnsuggestable(form),
      ),
      wordsByFrequency: resources.dictionary.wordsByFrequency.split('\n'),
      ranking: resources.ranking,
    }))
  // The medical list is large and contains some common misspellings ("concensus"): a term that
  // is a known misspelling, or one small slip away from a frequent word, is not trusted.
  const isTrustedMedicalTerm = (lower: string): boolean =>
    !COMMON_MISSPELLINGS.has(lower) && !getSuggester().isNearFrequentWord(lower)

  const forgetResults = (): void => {
    cache.clear()
    suggestionCache.clear()
    slipCache.clear()
    knownForSuggestions.clear()
  }

  return {
    language: resources.language,
    get hasMedicalVocabulary() {
      return medicalWords().size > 0
    },
    isCorrect,
    suggest(word, limit = 5, options = {}) {
      const key = `${options.thorough === true ? 't' : 'b'}${limit}\u0000${word}`
      let suggestions = suggestionCache.get(key)
      if (suggestions === undefined) {
        suggestions = getSuggester().suggest(word, limit, options)
        suggestionCache.set(key, suggestions)
      }
      return [...suggestions]
    },
    closeSlipOf(word) {
      let slip = slipCache.get(word)
      if (slip === undefined) {
        slip = getSuggester().closeSlipOf(word)
        slipCache.set(word, slip)
      }
      return slip
    },
    closedCompound(word) {
      const lower = word.toLowerCase()
      const suggestions = getSuggester()
      // A slip of a frequent word is a typo even when its letters split into two words
      // ("thoughout" is not "though" + "out" but "throughout" missing an r).
      if (suggestions.hasFrequentWordWithin(lower, 2)) return null
      return closedCompoundParts(
        lower,
        (part) => suggestions.isFrequentWord(part) && dictionary.isWord(part),
      )
    },
    addHouseWord(word) {
      house.set(word.toLowerCase(), word)
      cache.clear()
      suggestionCache.clear()
      slipCache.clear()
      knownForSuggestions.clear()
    },
    removeHouseWord(word) {
      house.delete(word.toLowerCase())
      cache.clear()
      suggestionCache.clear()
      slipCache.clear()
      knownForSuggestions.clear()
    },
    houseWords: () => [...house.values()].sort((a, b) => a.localeCompare(b, 'en')),
    setReviewWords(words) {
      review.clear()
      for (const word of words) review.set(word.toLowerCase(), word)
      forgetResults()
    },
  }
}
