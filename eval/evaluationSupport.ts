import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const FIXTURES = path.join(__dirname, 'fixtures')

export interface ProseFile {
  name: string
  blocks: string[]
}

/**
 * The clean, edited prose fixtures, each split into blocks at blank lines: American spelling in
 * `clean-prose/`, British spelling in `clean-prose-gb/`.
 */
export function readCleanProse(spelling: 'us' | 'gb' = 'us'): ProseFile[] {
  const directory = path.join(FIXTURES, spelling === 'us' ? 'clean-prose' : 'clean-prose-gb')
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      blocks: readFileSync(path.join(directory, name), 'utf8')
        .split(/\n\s*\n/)
        .map((block) => block.trim())
        .filter((block) => block !== ''),
    }))
}

export interface LabelledSentence {
  isClaim: boolean
  split: 'dev' | 'test'
  sentence: string
}

export function readClaimSentences(): LabelledSentence[] {
  return readFileSync(path.join(FIXTURES, 'claims.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [label, split, sentence] = line.split('\t')
      return {
        isClaim: label === 'claim',
        split: split === 'test' ? 'test' : 'dev',
        sentence: sentence ?? '',
      }
    })
}

/** A debate-style set of `label<TAB>sentence` lines, e.g. `claims-debate.tsv`; [] if it is absent. */
export function readDebateClaimSentences(file = 'claims-debate.tsv'): LabelledSentence[] {
  const location = path.join(FIXTURES, file)
  if (!existsSync(location)) return []
  return readFileSync(location, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [label, sentence] = line.split('\t')
      return { isClaim: label === 'claim', split: 'test', sentence: sentence ?? '' }
    })
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}
