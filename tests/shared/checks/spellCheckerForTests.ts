import { loadSpellingResources } from '../../../src/node/checks/loadCheckResources'
import type { CheckLanguage } from '../../../src/shared/checks/checkLanguage'
import {
  createSpellChecker,
  type SpellChecker,
} from '../../../src/shared/checks/spelling/createSpellChecker'

const checkers = new Map<string, SpellChecker>()

/** One spell checker per language and test file: building one takes a few hundred ms. */
export function spellCheckerForTests(
  language: CheckLanguage = 'en-US',
  houseWords: string[] = [],
): SpellChecker {
  const key = `${language}:${houseWords.join(',')}`
  let checker = checkers.get(key)
  if (checker === undefined) {
    checker = createSpellChecker(loadSpellingResources({ language, houseWords }))
    checkers.set(key, checker)
  }
  return checker
}
