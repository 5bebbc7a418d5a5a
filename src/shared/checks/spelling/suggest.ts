import { doubleMetaphone } from 'double-metaphone'
import { COMMON_MISSPELLINGS } from '../grammar/commonMisspellings'
import { DEFAULT_EDIT_COST_WEIGHTS, editCost, type EditCostWeights } from './editCost'

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
  /** Below this score the fast candidates are good enough and the slow fallback is skipped. */
  fallbackThreshold: number
}

export const DEFAULT_RANKING: SuggestionRanking = {
  weights: DEFAULT_EDIT_COST_WEIGHTS,
  frequencyWeight: 0.35,
  phoneticBonus: 0.45,
  firstLetterBonus: 0.3,
  splitPenalty: 0.8,
  fallbackThreshold: 1.2,
}

export interface SuggesterInput {
  /** The dictionary form of a lower-case word ("america" → "America"), or null when unknown. */
  knownForm: (word: string) => string | null
  /** Slow but thorough candidates, used only when the fast search finds nothing good. */
  fallback?: (word: string) => string[]
  /** Words, most frequent first. */
  wordsByFrequency: readonly string[]
  ranking?: SuggestionRanking
}

export interface SuggestOptions {
  /**
   * Bounded (the default, for checks while typing): the slow fallback (nspell's search two edits
   * away, 50–250 ms for some words) runs only when a dictionary word is one edit away, where it
   * answers in a few milliseconds. Thorough: the fallback runs whenever the fast candidates are
   * weak (for the suggestion menu, the CLI and the evaluation).
   */
  thorough?: boolean
}

export interface Suggester {
  suggest(word: string, limit?: number, options?: SuggestOptions): string[]
  /** Whether a frequent dictionary word is within a small weighted edit of `word`. */
  isNearFrequentWord(word: string): boolean
  /**
   * A proper noun from the dictionary ("Britain") or a frequent word that is one cheap slip away
   * from `word` (swapped, doubled or dropped double letter, vowel for vowel, neighbouring key),
   * or null. Names far from every such word ("Kappes") give null.
   */
  closeSlipOf(word: string): string | null
}

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

function matchCase(template: string, word: string): string {
  if (template.length > 1 && template === template.toUpperCase()) return word.toUpperCase()
  const first = template[0] ?? ''
  if (first !== first.toLowerCase()) return (word[0] ?? '').toUpperCase() + word.slice(1)
  return word
}

/**
 * Ranked spelling suggestions without nspell.suggest (which takes ~10 ms a word): candidates
 * are every dictionary word one edit away, plus frequent words two edits away found through an
 * index of single deletions (symmetric delete); they are ranked by weighted edit cost, word
 * frequency, sound and first letter. The curated list of common misspellings goes first.
 */
export function createSuggester(input: SuggesterInput): Suggester {
  const ranking = input.ranking ?? DEFAULT_RANKING
  const logFrequency = new Map<string, number>()
  const total = input.wordsByFrequency.length
  input.wordsByFrequency.forEach((word, rank) => {
    // Zipf's law: frequency ~ 1/rank, so log frequency falls with log rank.
    if (!logFrequency.has(word)) logFrequency.set(word, Math.log10(total / (rank + 1)))
  })
  let deletionIndex: Map<string, string[]> | null = null
  const buildIndex = (): Map<string, string[]> => {
    const index = new Map<string, string[]>()
    const add = (key: string, word: string): void => {
      const list = index.get(key)
      if (list === undefined) index.set(key, [word])
      else if (list[list.length - 1] !== word) list.push(word)
    }
    for (const word of logFrequency.keys()) {
      if (word.length < 3) continue
      add(word, word)
      for (const deleted of deletions(word)) add(deleted, word)
    }
    return index
  }

  /** Candidates, and whether any dictionary word is one edit away. */
  const candidatesFor = (lower: string): { candidates: Set<string>; oneEditAway: boolean } => {
    const candidates = new Set<string>()
    const addKnown = (word: string): void => {
      const form = input.knownForm(word)
      if (form !== null) candidates.add(form)
    }
    for (const edit of editsOne(lower)) if (edit.length > 0) addKnown(edit)
    candidates.delete(lower)
    const oneEditAway = candidates.size > 0
    deletionIndex ??= buildIndex()
    const index = deletionIndex
    const probes = new Set<string>([lower, ...deletions(lower)])
    if (lower.length > 4)
      for (const once of deletions(lower)) for (const twice of deletions(once)) probes.add(twice)
    for (const probe of probes) {
      for (const word of index.get(probe) ?? []) addKnown(word)
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
    isNearFrequentWord(word: string): boolean {
      const lower = word.toLowerCase()
      for (const candidate of candidatesFor(lower).candidates) {
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
      const { candidates, oneEditAway } = candidatesFor(lower)
      candidates.delete(lower)
      const phonetic = doubleMetaphone(lower)
      const rank = (forms: Iterable<string>): { candidate: string; value: number }[] =>
        [...forms]
          .map((candidate) => ({ candidate, value: score(lower, phonetic, candidate) }))
          .sort((a, b) => a.value - b.value || a.candidate.localeCompare(b.candidate))
      let scored = rank(candidates)
      const best = scored[0]?.value ?? Number.POSITIVE_INFINITY
      const fallbackAllowed = options.thorough === true || oneEditAway
      if (
        best > ranking.fallbackThreshold &&
        curated === undefined &&
        input.fallback &&
        fallbackAllowed
      ) {
        for (const extra of input.fallback(word)) candidates.add(extra)
        scored = rank(candidates)
      }
      const ranked = scored.map((entry) => entry.candidate)
      const ordered =
        curated === undefined ? ranked : [curated, ...ranked.filter((c) => c !== curated)]
      return ordered.slice(0, limit).map((candidate) => matchCase(word, candidate))
    },
  }
}
