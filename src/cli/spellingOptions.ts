import { readFileSync } from 'node:fs'
import { loadSpellingResources } from '../node/checks/loadCheckResources'
import {
  CHECK_LANGUAGES,
  DEFAULT_CHECK_LANGUAGE,
  isCheckLanguage,
  type CheckLanguage,
} from '../shared/checks/checkLanguage'
import { createSpellChecker, type SpellChecker } from '../shared/checks/spelling/createSpellChecker'
import { houseDictionaryFormat } from '../shared/checks/spelling/houseDictionary'
import type { ParsedCommandLine } from './parseCommandLine'
import { UsageError } from './usageError'

/** The options that choose how spelling is checked: --lang and --house-dictionary. */
export const SPELLING_OPTIONS = ['--lang', '--house-dictionary'] as const
export const SPELLING_USAGE = `[--lang ${CHECK_LANGUAGES.join('|')}] [--house-dictionary FILE]`

export interface SpellingOptions {
  language: CheckLanguage
  houseDictionary: string | null
}

export function parseSpellingOptions(parsed: ParsedCommandLine): SpellingOptions {
  const language = parsed.options.get('--lang') ?? DEFAULT_CHECK_LANGUAGE
  if (!isCheckLanguage(language))
    throw new UsageError(`--lang must be ${CHECK_LANGUAGES.join(' or ')}, not “${language}”`)
  return { language, houseDictionary: parsed.options.get('--house-dictionary') ?? null }
}

/** The spell checker the options ask for; throws when the house dictionary cannot be read. */
export function spellCheckerFor({ language, houseDictionary }: SpellingOptions): SpellChecker {
  const houseWords =
    houseDictionary === null
      ? []
      : houseDictionaryFormat.parse(readFileSync(houseDictionary, 'utf8'))
  return createSpellChecker(loadSpellingResources({ language, houseWords }))
}
