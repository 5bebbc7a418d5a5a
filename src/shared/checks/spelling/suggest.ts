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

export interface Suggester {
  suggest(word: string, limit?: number): string[]
  /** Whether a frequent dictionary word is within a small weighted edit of `word`. */
  isNearFrequentWord(word: string): boolean
}

// A word that looks like a slip of one of the 20,000 most frequent words is probably that slip.
const FREQUENT_RANK = 20_000
const NEAR_COST = 0.8

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

  const candidatesFor = (lower: string): Set<string> => {
    const candidates = new Set<string>()
    const addKnown = (word: string): void => {
      const form = input.knownForm(word)
      if (form !== null) candidates.add(form)
    }
    for (const edit of editsOne(lower)) if (edit.length > 0) addKnown(edit)
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
    return candidates
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
      for (const candidate of candidatesFor(lower)) {
        const candidateLower = candidate.toLowerCase()
        if (candidateLower === lower || candidate.includes(' ')) continue
        if ((logFrequency.get(candidateLower) ?? -1) < frequentFloor) continue
        if (editCost(lower, candidateLower, ranking.weights) <= NEAR_COST) return true
      }
      return false
    },
    suggest(word: string, limit = 5): string[] {
      const lower = word.toLowerCase().replace(/’/g, "'")
      const curated = COMMON_MISSPELLINGS.get(lower)
      const candidates = candidatesFor(lower)
      candidates.delete(lower)
      const phonetic = doubleMetaphone(lower)
      const rank = (forms: Iterable<string>): { candidate: string; value: number }[] =>
        [...forms]
          .map((candidate) => ({ candidate, value: score(lower, phonetic, candidate) }))
          .sort((a, b) => a.value - b.value || a.candidate.localeCompare(b.candidate))
      let scored = rank(candidates)
      const best = scored[0]?.value ?? Number.POSITIVE_INFINITY
      if (best > ranking.fallbackThreshold && curated === undefined && input.fallback) {
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
