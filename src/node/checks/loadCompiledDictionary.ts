import { readFileSync, statSync } from 'node:fs'
import type { CheckLanguage } from '../../shared/checks/checkLanguage'
import {
  COMPILED_DICTIONARY_FORMAT,
  type CompiledDictionary,
} from '../../shared/checks/spelling/compiledDictionary'
import { compileDictionary, hunspellSource } from './compileDictionary'
import { compiledDictionaryPath } from './compiledDictionaryPath'

const loaded = new Map<CheckLanguage, CompiledDictionary>()

/** Whether a compiled file was made by this compiler from the Hunspell files installed now. */
export function isCompiledDictionaryFresh(compiled: CompiledDictionary): boolean {
  const source = hunspellSource(compiled.language)
  return (
    compiled.format === COMPILED_DICTIONARY_FORMAT &&
    compiled.source.packageName === source.packageName &&
    compiled.source.version === source.version &&
    compiled.source.affBytes === statSync(source.affPath).size &&
    compiled.source.dicBytes === statSync(source.dicPath).size
  )
}

function readCompiled(language: CheckLanguage): CompiledDictionary | null {
  try {
    const compiled = JSON.parse(
      readFileSync(compiledDictionaryPath(language), 'utf8'),
    ) as CompiledDictionary
    return compiled.language === language && isCompiledDictionaryFresh(compiled) ? compiled : null
  } catch {
    return null
  }
}

/**
 * The language's compiled dictionary: from `generated/dictionaries` when the build made it from
 * the installed Hunspell files, otherwise compiled now from those files (about a second), so a
 * fresh checkout or an upgraded dictionary package still checks correctly, only slower.
 */
export function loadCompiledDictionary(language: CheckLanguage): CompiledDictionary {
  let compiled = loaded.get(language)
  if (compiled === undefined) {
    compiled = readCompiled(language) ?? compileDictionary(language)
    loaded.set(language, compiled)
  }
  return compiled
}
