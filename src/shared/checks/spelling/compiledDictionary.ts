import type { CheckLanguage } from '../checkLanguage'

/** Bumped whenever the compiler's output changes shape or meaning: older files are recompiled. */
export const COMPILED_DICTIONARY_FORMAT = 1

/**
 * A Hunspell dictionary compiled at build time (`npm run compile:dictionaries`) into a form that
 * loads with one read and no affix expansion: every word form nspell derives from the .dic and
 * .aff files, the few affix flags that change what is accepted, and the suggestion resources.
 * Lists are newline-joined strings, which JSON.parse reads far faster than arrays of strings.
 */
export interface CompiledDictionary {
  format: number
  language: CheckLanguage
  /** Where the words came from, to tell a stale file from a fresh one. */
  source: { packageName: string; version: string; affBytes: number; dicBytes: number }
  /** Every form nspell knows (its expanded word table), one a line. */
  words: string
  /** Forms that count only inside a compound (ONLYINCOMPOUND): not words on their own. */
  onlyInCompound: string
  /** Forms accepted only as written (KEEPCASE). */
  keepCase: string
  /** Forms the dictionary forbids (FORBIDDENWORD). */
  forbidden: string
  /** Forms never offered as a suggestion (NOSUGGEST): slurs, rare variants. */
  noSuggest: string
  compoundMin: number
  /** COMPOUNDRULE patterns as nspell builds them (ordinals such as "21st"). */
  compoundRules: { source: string; flags: string }[]
  /** ICONV replacements (pattern source, global flag), applied before a look-up: "’" → "'". */
  inputConversions: { source: string; replacement: string }[]
  /** Lower-case words, most frequent first (SUBTLEX-US), for ranking suggestions. */
  wordsByFrequency: string
  /** Double-metaphone key of each line of `words`, in the same order ("" where none). */
  soundKeys: string
}
