import type { FlagFields } from './checkFlag'
import type { SpellChecker } from './spelling/createSpellChecker'
import type { Token, TokenizedText } from './tokenize'

/** What every rule sees: the block's text, its tokens and sentences, and the spell checker. */
export interface RuleContext extends TokenizedText {
  text: string
  spellChecker: SpellChecker
  /** Word tokens only, in order (URLs, numbers and e-mail addresses left out). */
  words: Token[]
  /** Character ranges that other rules must leave alone (page furniture lines). */
  masked: readonly { start: number; end: number }[]
  /** Whether spelling suggestions may take the slow, thorough path (see `SuggestOptions`). */
  thoroughSuggestions?: boolean
}

export type Rule = (context: RuleContext) => FlagFields[]

/** Whether there is only white space between two tokens (no punctuation, no line break). */
export function onlySpaceBetween(text: string, first: Token, second: Token): boolean {
  return /^[ \t\u00a0]+$/.test(text.slice(first.end, second.start))
}

export function quote(text: string): string {
  return `“${text}”`
}
