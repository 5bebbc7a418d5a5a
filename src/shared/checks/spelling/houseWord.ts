export const MAX_HOUSE_WORD_LENGTH = 100

/** The house-word rule, as messages state it. */
export const HOUSE_WORD_RULE = `a house word is a single word without spaces, at most ${MAX_HOUSE_WORD_LENGTH} characters long`

/** Whether `word`, as it stands, follows the house-word rule. */
export function isHouseWord(word: string): boolean {
  return word !== '' && word.length <= MAX_HOUSE_WORD_LENGTH && !/\s/.test(word)
}

/**
 * The house word a user typed or a dictionary file holds: trimmed and in NFC, so one word has
 * one spelling. Null when it breaks the house-word rule. The API, the dictionary file format
 * and the store all take words through this.
 */
export function normalizeHouseWord(raw: string): string | null {
  const word = raw.trim().normalize('NFC')
  return isHouseWord(word) ? word : null
}
