import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { CheckLanguage } from '../../shared/checks/checkLanguage'
import type { SpellingResources } from '../../shared/checks/spelling/createSpellChecker'
import { loadCompiledDictionary } from './loadCompiledDictionary'

const requireFromHere = createRequire(__filename)

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

/**
 * What `createSpellChecker` needs, for the CLI, the evaluation and the tests: the compiled
 * dictionary (one read; see `loadCompiledDictionary`) and, read only when a word is not in the
 * dictionary, the optional medical vocabulary.
 */
export function loadSpellingResources(options: LoadOptions): SpellingResources {
  return {
    language: options.language,
    dictionary: loadCompiledDictionary(options.language),
    medicalWords: options.medical === false ? undefined : () => loadMedicalVocabulary()?.words,
    houseWords: options.houseWords,
  }
}
