import path from 'node:path'
import { z } from 'zod'
import { houseDictionaryFormat } from '../../shared/checks/spelling/houseDictionary'
import {
  HOUSE_WORD_RULE,
  isHouseWord,
  normalizeHouseWord,
} from '../../shared/checks/spelling/houseWord'
import type { StoreProblem } from '../../shared/api/channels'
import { DurableJsonFile } from '../../node/store/durableJsonFile'
import { moveFileAside } from '../../node/store/moveFileAside'
import { StoreFileError } from '../../node/store/storeFileError'

export const HOUSE_DICTIONARY_FILE = 'house-dictionary.json'
export const HOUSE_DICTIONARY_EXPORT_NAME = 'copydesk-house-dictionary.txt'

const houseDictionaryFileSchema = z.object({
  schemaVersion: z.literal(1),
  words: z.array(z.string().refine(isHouseWord, HOUSE_WORD_RULE)),
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
  /** The change running now; the next one starts when it settles. */
  private changes: Promise<unknown> = Promise.resolve()

  /** A damaged dictionary file found at open, set aside so the app can start without it. */
  readonly problems: StoreProblem[]

  private constructor(
    file: DurableJsonFile<HouseDictionaryFile>,
    words: readonly string[],
    problems: StoreProblem[],
  ) {
    this.file = file
    this.wordsByLowerCase = new Map(words.map((word) => [word.toLowerCase(), word]))
    this.problems = problems
  }

  static async open(
    dataDir: string,
    now: () => Date = () => new Date(),
  ): Promise<HouseDictionaryStore> {
    const file = new DurableJsonFile(path.join(dataDir, HOUSE_DICTIONARY_FILE), {
      schema: houseDictionaryFileSchema,
      formatName: 'the house dictionary format',
    })
    try {
      const stored = await file.read()
      return new HouseDictionaryStore(file, stored?.words ?? [], [])
    } catch (error) {
      if (!(error instanceof StoreFileError)) throw error
      const setAsideAs = await moveFileAside(dataDir, file.file, now())
      const problem = {
        file: HOUSE_DICTIONARY_FILE,
        reason: error.reason,
        setAsideAs,
        backupAvailable: false,
      }
      return new HouseDictionaryStore(file, [], [problem])
    }
  }

  words(): string[] {
    return sortWords(this.wordsByLowerCase.values())
  }

  /** Adds one word; returns the number of words afterwards. */
  async add(word: string): Promise<number> {
    return (await this.exclusively(() => this.merge([word]))).total
  }

  /** Removes a word (any case); returns the number of words afterwards. */
  async remove(word: string): Promise<number> {
    return this.exclusively(async () => {
      const key = normalizeHouseWord(word)?.toLowerCase()
      if (key === undefined || !this.wordsByLowerCase.has(key)) return this.wordsByLowerCase.size
      const next = new Map(this.wordsByLowerCase)
      next.delete(key)
      // Written first, so a failed write leaves the dictionary as it was.
      await this.file.write({ schemaVersion: 1, words: sortWords(next.values()) })
      this.wordsByLowerCase.delete(key)
      return this.wordsByLowerCase.size
    })
  }

  /** Merges a shared house dictionary file (one word per line, `#` comments). */
  async importText(text: string): Promise<{ added: number; total: number }> {
    const words = houseDictionaryFormat.parse(text)
    return this.exclusively(() => this.merge(words))
  }

  exportText(): string {
    return houseDictionaryFormat.serialize(this.wordsByLowerCase.values())
  }

  async flush(): Promise<void> {
    await this.changes
    await this.file.flush()
  }

  /**
   * Runs one read-modify-write change at a time, so each starts from the words the previous
   * one wrote; otherwise two changes built from the same words would each write the file
   * without the other's word.
   */
  private exclusively<Result>(change: () => Promise<Result>): Promise<Result> {
    const run = this.changes.then(change)
    this.changes = run.catch(() => undefined)
    return run
  }

  private async merge(words: readonly string[]): Promise<{ added: number; total: number }> {
    const next = new Map(this.wordsByLowerCase)
    for (const raw of words) {
      const word = normalizeHouseWord(raw)
      if (word === null) continue
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
