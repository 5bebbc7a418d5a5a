import { normalizeHouseWord } from './houseWord'

/** `#` starts a comment at the start of a line or after a space, so "C#" stays one word. */
const COMMENT = /(^|\s)#.*$/

/**
 * The house dictionary file: plain UTF-8 text, one word per line, `#` starts a comment.
 * Teams share it by copying the file; importing merges, exporting writes it sorted.
 */
export const houseDictionaryFormat = {
  parse(text: string): string[] {
    const words = new Set<string>()
    for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
      const word = normalizeHouseWord(line.replace(COMMENT, ''))
      if (word !== null) words.add(word)
    }
    return [...words]
  },
  serialize(words: Iterable<string>): string {
    const sorted = [...new Set(words)].sort((a, b) => a.localeCompare(b, 'en'))
    return `# Copydesk house dictionary: one word per line\n${sorted.join('\n')}\n`
  },
}
