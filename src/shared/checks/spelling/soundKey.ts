import { doubleMetaphone } from 'double-metaphone'

/**
 * How a word sounds, for finding suggestions by sound in the manner of Aspell's "soundslike":
 * the primary Double Metaphone key ("necessary" and "nesesery" both give "NSSR"). Empty for
 * anything but plain letters. The compiled dictionaries store this key for every word, so the
 * compiler and the suggester must use this one function.
 */
export function soundKey(word: string): string {
  return /^[A-Za-z]+$/.test(word) ? doubleMetaphone(word.toLowerCase())[0] : ''
}
