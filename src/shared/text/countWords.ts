import { tokenize } from '../checks/tokenize'

/** Words as the checks see them (the same count the CLI and reports give). */
export function countWords(text: string): number {
  return tokenize(text).tokens.filter((token) => token.kind === 'word').length
}
