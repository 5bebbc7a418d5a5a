import path from 'node:path'
import { z } from 'zod'
import { houseDictionaryFormat } from '../../shared/checks/spelling/houseDictionary'
import { DurableJsonFile } from '../store/durableJsonFile'

export const HOUSE_DICTIONARY_FILE = 'house-dictionary.json'
export const HOUSE_DICTIONARY_EXPORT_NAME = 'copydesk-house-dictionary.txt'

const houseDictionaryFileSchema = z.object({
  schemaVersion: z.literal(1),
  words: z.array(z.string().min(1).max(100).regex(/^\S+$/)),
})
type HouseDictionaryFile = z.infer<typeof houseDictionaryFileSchema>

function sortWords(words: Iterable<string>): string[] {
  return [...words].sort((a, b) => a.localeCompare(b, 'en'))
}

/**
 * The team's house dictionary: words the spell check accepts, kept in
 * `<dataDir>/house-dictionary.json`. Words are unique ignoring case; the first spelling added
 * is kept.
 */
export class HouseDictionaryStore {
  private readonly file: DurableJsonFile<HouseDictionaryFile>
  private readonly wordsByLowerCase: Map<string, string>

  private constructor(file: DurableJsonFile<HouseDictionaryFile>, words: readonly string[]) {
    this.file = file
    this.wordsByLowerCase = new Map(words.map((word) => [word.toLowerCase(), word]))
  }

  static async open(dataDir: string): Promise<HouseDictionaryStore> {
    const file = new DurableJsonFile(path.join(dataDir, HOUSE_DICTIONARY_FILE), {
      schema: houseDictionaryFileSchema,
      formatName: 'the house dictionary format',
    })
    const stored = await file.read()
    return new HouseDictionaryStore(file, stored?.words ?? [])
  }

  words(): string[] {
    return sortWords(this.wordsByLowerCase.values())
  }

  /** Adds one word; returns the number of words afterwards. */
  async add(word: string): Promise<number> {
    return (await this.merge([word.trim().normalize('NFC')])).total
  }

  /** Merges a shared house dictionary file (one word per line, `#` comments). */
  async importText(text: string): Promise<{ added: number; total: number }> {
    return this.merge(houseDictionaryFormat.parse(text))
  }

  exportText(): string {
    return houseDictionaryFormat.serialize(this.wordsByLowerCase.values())
  }

  flush(): Promise<void> {
    return this.file.flush()
  }

  private async merge(words: readonly string[]): Promise<{ added: number; total: number }> {
    const next = new Map(this.wordsByLowerCase)
    for (const word of words) {
      if (word === '' || /\s/.test(word) || word.length > 100) continue
      const key = word.toLowerCase()
      if (!next.has(key)) next.set(key, word)
    }
    const added = next.size - this.wordsByLowerCase.size
    if (added > 0) {
      // Written first, so a failed write leaves the dictionary as it was.
      await this.file.write({ schemaVersion: 1, words: sortWords(next.values()) })
      for (const [key, word] of next) this.wordsByLowerCase.set(key, word)
    }
    return { added, total: this.wordsByLowerCase.size }
  }
}
