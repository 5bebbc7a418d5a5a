import { doubleMetaphone } from 'double-metaphone'
import { COMMON_MISSPELLINGS } from '../grammar/commonMisspellings'
import { DEFAULT_EDIT_COST_WEIGHTS, editCost, type EditCostWeights } from './editCost'
import type { SuggestionVocabulary } from './suggestionVocabulary'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz'

export interface SuggestionRanking {
  weights: EditCostWeights
  /** How much one step of log10(word frequency) is worth against one unit of edit cost. */
  frequencyWeight: number
  /** Bonus when the candidate sounds like the misspelling (double metaphone). */
  phoneticBonus: number
  /** Bonus when the candidate keeps the first letter (people rarely get the first letter wrong). */
  firstLetterBonus: number
  /** Added when the candidate is two words ("a lot" for "alot"). */
  splitPenalty: number
}

export const DEFAULT_RANKING: SuggestionRanking = {
  weights: DEFAULT_EDIT_COST_WEIGHTS,
  frequencyWeight: 0.35,
  phoneticBonus: 0.45,
  firstLetterBonus: 0.3,
  splitPenalty: 1.5,
}

export interface SuggesterInput {
  /** The dictionary form of a lower-case word ("america" → "America"), or null when unknown. */
  knownForm: (word: string) => string | null
  /** Every dictionary form, searched for candidates two edits away or sounding alike. */
  vocabulary: SuggestionVocabulary
  /** Words, most frequent first. */
  wordsByFrequency: readonly string[]
  ranking?: SuggestionRanking
}

export interface SuggestOptions {
  /**
   * Bounded (the default, for checks while typing) searches one and two edits away; thorough
   * (the suggestion menu, the CLI and the evaluation) also searches by sound further away.
   */
  thorough?: boolean
}

export interface Suggester {
  suggest(word: string, limit?: number, options?: SuggestOptions): string[]
  /** Whether a frequent dictionary word is within a small weighted edit of `word`. */
  isNearFrequentWord(word: string): boolean
  /** Whether a lower-case word is among the 20,000 most frequent. */
  isFrequentWord(word: string): boolean
  /** Whether one of the 20,000 most frequent words is within `maxDistance` plain edits. */
  hasFrequentWordWithin(word: string, maxDistance: number): boolean
  /**
   * A proper noun from the dictionary ("Britain") or a frequent word that is one cheap slip away
   * from `word` (swapped, doubled or dropped double letter, vowel for vowel, neighbouring key),
   * or null. Names far from every such word ("Kappes") give null.
   */
  closeSlipOf(word: string): string | null
}

// Two edits leave too little of a shorter word: "cat" is two edits from a hundred words.
const TWO_EDIT_MIN_LENGTH = 5
const SOUND_MIN_LENGTH = 5
// A word that looks like a slip of one of the 20,000 most frequent words is probably that slip.
const FREQUENT_RANK = 20_000
const NEAR_COST = 0.8
// One cheap slip: two letters swapped (0.6) or a letter doubled or undoubled (0.35). Never a
// substitution, insertion or deletion: many real names are one of those away from a word
// ("Wyndi" and "Wendi", "Kappes" and "kappas").
const SLIP_COST = 0.6
const SLIP_MIN_LENGTH = 5
const SLIP_WEIGHTS: EditCostWeights = {
  ...DEFAULT_EDIT_COST_WEIGHTS,
  adjacentKey: 1,
  vowelForVowel: 1,
  other: 1,
}

function deletions(word: string): string[] {
  const result: string[] = []
  for (let index = 0; index < word.length; index += 1) {
    result.push(word.slice(0, index) + word.slice(index + 1))
  }
  return result
}

function editsOne(word: string): string[] {
  const result = deletions(word)
  for (let index = 0; index < word.length - 1; index += 1) {
    result.push(word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2))
  }
  for (let index = 0; index <= word.length; index += 1) {
    const head = word.slice(0, index)
    const tail = word.slice(index)
    for (const letter of ALPHABET) {
      result.push(head + letter + tail)
      if (index < word.length) result.push(head + letter + tail.slice(1))
    }
  }
  return result
}

/** The word with one doubled letter undoubled, or one letter doubled. */
function doublingEdits(word: string): string[] {
  const result: string[] = []
  for (let index = 0; index < word.length; index += 1) {
    const letter = word[index] ?? ''
    if (letter === word[index + 1]) result.push(word.slice(0, index) + word.slice(index + 1))
    result.push(word.slice(0, index) + letter + word.slice(index))
  }
  return result
}

function matchCase(template: string, word: string): string {
  if (template.length > 1 && template === template.toUpperCase()) return word.toUpperCase()
  const first = template[0] ?? ''
  if (first !== first.toLowerCase()) return (word[0] ?? '').toUpperCase() + word.slice(1)
  return word
}

/**
 * Ranked spelling suggestions: candidates are every dictionary word one edit away, every
 * dictionary word two edits away for words of five letters or more (two substitutions
 * included), and in the thorough search words that sound alike further away; they are ranked by
 * weighted edit cost, word frequency, sound and first letter. The curated list of common
 * misspellings goes first.
 */
export function createSuggester(input: SuggesterInput): Suggester {
  const ranking = input.ranking ?? DEFAULT_RANKING
  const logFrequency = new Map<string, number>()
  const total = input.wordsByFrequency.length
  input.wordsByFrequency.forEach((word, rank) => {
    // Zipf's law: frequency ~ 1/rank, so log frequency falls with log rank.
    if (!logFrequency.has(word)) logFrequency.set(word, Math.log10(total / (rank + 1)))
  })
  const oneEditCandidates = (lower: string): Set<string> => {
    const candidates = new Set<string>()
    for (const edit of editsOne(lower)) {
      const form = edit.length > 0 ? input.knownForm(edit) : null
      if (form !== null) candidates.add(form)
    }
    candidates.delete(lower)
    return candidates
  }

  /** Candidates, and whether any dictionary word is one edit away. */
  const candidatesFor = (
    lower: string,
    thorough: boolean,
  ): { candidates: Set<string>; oneEditAway: boolean } => {
    const candidates = oneEditCandidates(lower)
    const oneEditAway = candidates.size > 0
    if (lower.length >= TWO_EDIT_MIN_LENGTH) {
      for (const form of input.vocabulary.withinEdits(lower, 2)) candidates.add(form)
    }
    if (thorough && lower.length >= SOUND_MIN_LENGTH) {
      const reach = Math.max(3, Math.floor(lower.length / 3))
      for (const form of input.vocabulary.soundingLike(lower, reach)) candidates.add(form)
    }
    // Two words run together: "alot", "infact".
    for (let split = 1; split < lower.length; split += 1) {
      const head = lower.slice(0, split)
      const tail = lower.slice(split)
      if (
        (head.length > 1 || head === 'a') &&
        tail.length > 1 &&
        logFrequency.has(head) &&
        logFrequency.has(tail)
      ) {
        if (input.knownForm(head) === head && input.knownForm(tail) === tail) {
          candidates.add(`${head} ${tail}`)
        }
      }
    }
    candidates.delete(lower)
    return { candidates, oneEditAway }
  }

  const score = (lower: string, phonetic: string[], form: string): number => {
    const candidate = form.toLowerCase()
    const isSplit = candidate.includes(' ')
    const frequency = isSplit
      ? Math.min(...candidate.split(' ').map((part) => logFrequency.get(part) ?? 0)) - 1
      : (logFrequency.get(candidate) ?? 0)
    let value =
      editCost(lower, candidate.replace(' ', ''), ranking.weights) +
      (isSplit ? ranking.splitPenalty : 0) -
      ranking.frequencyWeight * frequency
    const [primary, secondary] = doubleMetaphone(candidate)
    if (primary === phonetic[0] || secondary === phonetic[1] || primary === phonetic[1]) {
      value -= ranking.phoneticBonus
    }
    if (candidate[0] === lower[0]) value -= ranking.firstLetterBonus
    return value
  }

  const frequentFloor = Math.log10(total / FREQUENT_RANK)
  return {
    isFrequentWord: (word) => (logFrequency.get(word) ?? -1) >= frequentFloor,
    hasFrequentWordWithin: (word, maxDistance) =>
      input.vocabulary
        .withinEdits(word.toLowerCase(), maxDistance)
        .some((form) => (logFrequency.get(form.toLowerCase()) ?? -1) >= frequentFloor),
    isNearFrequentWord(word: string): boolean {
      const lower = word.toLowerCase()
      // Within NEAR_COST: one cheap edit, or two doubled or undoubled letters.
      const near = oneEditCandidates(lower)
      for (const once of doublingEdits(lower)) {
        for (const twice of doublingEdits(once)) {
          const form = input.knownForm(twice)
          if (form !== null) near.add(form)
        }
      }
      for (const candidate of near) {
        const candidateLower = candidate.toLowerCase()
        if (candidateLower === lower || candidate.includes(' ')) continue
        if ((logFrequency.get(candidateLower) ?? -1) < frequentFloor) continue
        if (editCost(lower, candidateLower, ranking.weights) <= NEAR_COST) return true
      }
      return false
    },
    closeSlipOf(word: string): string | null {
      const lower = word.toLowerCase()
      if (lower.length < SLIP_MIN_LENGTH) return null
      let best: { form: string; cost: number; frequency: number } | null = null
      for (const edit of editsOne(lower)) {
        const form = edit === lower ? null : input.knownForm(edit)
        if (form === null || form.includes(' ')) continue
        const frequency = logFrequency.get(edit) ?? -1
        const isProperNoun = form !== edit
        if (!isProperNoun && frequency < frequentFloor) continue
        // Names often differ from a word in the first or last letter ("Priya", "Mateo") or by a
        // neighbouring key; misspellings of proper nouns rarely do.
        if (edit[0] !== lower[0] || edit[edit.length - 1] !== lower[lower.length - 1]) continue
        const cost = editCost(lower, edit, SLIP_WEIGHTS)
        if (cost > SLIP_COST) continue
        if (
          best === null ||
          cost < best.cost ||
          (cost === best.cost && frequency > best.frequency)
        ) {
          best = { form, cost, frequency }
        }
      }
      return best === null ? null : matchCase(word, best.form)
    },
    suggest(word: string, limit = 5, options: SuggestOptions = {}): string[] {
      const lower = word.toLowerCase().replace(/’/g, "'")
      const curated = COMMON_MISSPELLINGS.get(lower)
      const { candidates } = candidatesFor(lower, options.thorough === true)
      const phonetic = doubleMetaphone(lower)
      const scored = [...candidates]
        .map((candidate) => ({ candidate, value: score(lower, phonetic, candidate) }))
        .sort((a, b) => a.value - b.value || a.candidate.localeCompare(b.candidate))
      const ranked = scored.map((entry) => entry.candidate)
      const ordered =
        curated === undefined ? ranked : [curated, ...ranked.filter((c) => c !== curated)]
      return ordered.slice(0, limit).map((candidate) => matchCase(word, candidate))
    },
  }
}
