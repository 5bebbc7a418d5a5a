/**
 * The public sets of real misspellings the evaluation scores suggestions on. Split decided
 * before any ranking change of issue 12 (and never changed since): the Wikipedia list is halved
 * by a hash of the misspelling into a TUNE half, the only one ranking may be tuned on, and a
 * REPORT half; the codespell-derived list is a second, different source that is only reported.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const requireFromHere = createRequire(__filename)

export interface MisspellingPair {
  misspelling: string
  intended: string
}

export interface MisspellingSet {
  name: string
  pairs: MisspellingPair[]
}

/** FNV-1a, 32 bits: a stable hash, so the halves never change between runs or machines. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

function isSingleWordPair(misspelling: string, intended: string): boolean {
  return !/[\s,]/.test(intended) && !/[\s,]/.test(misspelling) && misspelling !== intended
}

function wikipediaPairs(): MisspellingPair[] {
  const list = requireFromHere('misspellings/dict/dictionary.json') as Record<string, string>
  return Object.entries(list)
    .filter(([misspelling, intended]) => isSingleWordPair(misspelling, intended))
    .map(([misspelling, intended]) => ({ misspelling, intended }))
}

/** Wikipedia's list of common misspellings (`misspellings`, GPL), one half of it. */
export function wikipediaMisspellings(half: 'tune' | 'report'): MisspellingSet {
  return {
    name: `Wikipedia list, ${half} half`,
    pairs: wikipediaPairs().filter(
      (pair) => (stableHash(pair.misspelling) % 2 === 0) === (half === 'tune'),
    ),
  }
}

const CODESPELL_SAMPLE_EVERY = 12

/**
 * A second, different source: the misspellings cspell ships (`@cspell/dict-en-common-misspellings`,
 * CC BY-SA 4.0, built largely from codespell's list of typos found in real code and prose), less
 * every misspelling that is also in the Wikipedia list, with one intended word, every 12th pair
 * in the list's order.
 */
export function codespellMisspellings(): MisspellingSet {
  // The package exports only its cspell settings, which sit beside the dict folder.
  const directory = path.dirname(requireFromHere.resolve('@cspell/dict-en-common-misspellings'))
  const file = JSON.parse(readFileSync(path.join(directory, 'dict', 'dict-en.json'), 'utf8')) as {
    dictionaryDefinitions: { suggestWords?: string[]; flagWords?: string[] }[]
  }
  const wikipedia = new Set(wikipediaPairs().map((pair) => pair.misspelling.toLowerCase()))
  const pairs: MisspellingPair[] = []
  for (const definition of file.dictionaryDefinitions) {
    for (const entry of [...(definition.flagWords ?? []), ...(definition.suggestWords ?? [])]) {
      const [misspelling = '', intended = ''] = entry.split('->').map((part) => part.trim())
      if (!isSingleWordPair(misspelling, intended) || !/^[a-z]+$/.test(misspelling)) continue
      if (wikipedia.has(misspelling)) continue
      pairs.push({ misspelling, intended })
    }
  }
  return {
    name: 'codespell list (cspell), not in the Wikipedia list',
    pairs: pairs.filter((_, index) => index % CODESPELL_SAMPLE_EVERY === 0),
  }
}
