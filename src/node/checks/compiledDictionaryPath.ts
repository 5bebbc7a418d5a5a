import { existsSync } from 'node:fs'
import path from 'node:path'
import type { CheckLanguage } from '../../shared/checks/checkLanguage'

/** The git-ignored folder `npm run compile:dictionaries` writes to, at the project's root. */
export const COMPILED_DICTIONARY_FOLDER = path.join('generated', 'dictionaries')

/**
 * `generated/dictionaries/<language>.json` under the project's root: the nearest folder above
 * this file with a package.json (the source tree, the built `out/main` and the packaged app all
 * sit below it).
 */
export function compiledDictionaryPath(language: CheckLanguage, from = __dirname): string {
  let directory = from
  while (!existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory)
    if (parent === directory) break
    directory = parent
  }
  return path.join(directory, COMPILED_DICTIONARY_FOLDER, `${language}.json`)
}
