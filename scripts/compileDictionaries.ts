/**
 * Compiles the Hunspell dictionaries into `generated/dictionaries/<language>.json`, the form the
 * checks load at start-up (see src/shared/checks/spelling/compiledDictionary.ts). Run by
 * `npm run build` (prebuild) and `npm run compile:dictionaries`; skips a language whose file is
 * already fresh.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CHECK_LANGUAGES } from '../src/shared/checks/checkLanguage'
import type { CompiledDictionary } from '../src/shared/checks/spelling/compiledDictionary'
import { compileDictionary } from '../src/node/checks/compileDictionary'
import { compiledDictionaryPath } from '../src/node/checks/compiledDictionaryPath'
import { isCompiledDictionaryFresh } from '../src/node/checks/loadCompiledDictionary'

function isFresh(file: string): boolean {
  try {
    return isCompiledDictionaryFresh(JSON.parse(readFileSync(file, 'utf8')) as CompiledDictionary)
  } catch {
    return false
  }
}

for (const language of CHECK_LANGUAGES) {
  const file = compiledDictionaryPath(language, __dirname)
  if (!process.argv.includes('--force') && isFresh(file)) continue
  const start = performance.now()
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(compileDictionary(language)))
  console.log(
    `compiled ${language} → ${path.relative(process.cwd(), file)} in ${(performance.now() - start).toFixed(0)} ms`,
  )
}
