import { createFlag, type CheckFlag, type FlagFields, type FlagKind } from './checkFlag'
import { claimRule } from './claims/claimRule'
import { findFurniture, type FurnitureLine } from './furniture/findFurniture'
import { furnitureFlags } from './furniture/furnitureFlags'
import { articleRule } from './grammar/articleRule'
import { confusablesRule } from './grammar/confusablesRule'
import { lessFewerRule } from './grammar/lessFewerRule'
import { repeatedWordRule } from './grammar/repeatedWordRule'
import type { Rule, RuleContext } from './ruleContext'
import type { SpellChecker } from './spelling/createSpellChecker'
import { spellingRule } from './spelling/spellingRule'
import { tokenize } from './tokenize'

export interface CheckOptions {
  spellChecker: SpellChecker
  /** Flags the editor chose to ignore once, by id. */
  ignoredFlagIds?: ReadonlySet<string>
  /** Which kinds of check to run; all by default. */
  kinds?: readonly FlagKind[]
  /**
   * Furniture lines of this block (from `findFurniture` over the whole document, which sees
   * neighbouring blocks). When absent, the block is classified on its own.
   */
  furnitureLines?: readonly Pick<FurnitureLine, 'start' | 'end' | 'text' | 'reason'>[]
  /** Whether the whole block is furniture (also from `findFurniture`). */
  isFurnitureBlock?: boolean
  /**
   * Spelling suggestions by the thorough search, which can take 250 ms for one word. Off by
   * default: while typing, suggestions are bounded to a few milliseconds (the editor's path);
   * the CLI and the evaluation turn it on.
   */
  thoroughSuggestions?: boolean
}

export interface BlockFlags {
  blockIndex: number
  flags: CheckFlag[]
}

const TYPO_RULES: readonly Rule[] = [
  spellingRule,
  articleRule,
  repeatedWordRule,
  lessFewerRule,
  confusablesRule,
]

/**
 * Checks one block (paragraph or heading) and returns flags with offsets inside the block.
 * Pure and deterministic: a Web Worker can re-check only the blocks that changed.
 */
export function checkBlock(text: string, options: CheckOptions): CheckFlag[] {
  const kinds = new Set<FlagKind>(options.kinds ?? ['typo', 'claim', 'furniture'])
  let furnitureLines = options.furnitureLines
  let isWholeBlock = options.isFurnitureBlock ?? false
  if (furnitureLines === undefined) {
    const report = findFurniture([text])
    furnitureLines = report.lines
    isWholeBlock = report.wholeBlocks.length > 0
  }
  const masked = isWholeBlock ? [{ start: 0, end: text.length }] : furnitureLines
  const fields: FlagFields[] = []
  if (kinds.has('furniture')) fields.push(...furnitureFlags(text, furnitureLines, isWholeBlock))
  if (!isWholeBlock && (kinds.has('typo') || kinds.has('claim'))) {
    const tokenized = tokenize(text)
    const outside = (start: number, end: number): boolean =>
      !masked.some((range) => start < range.end && range.start < end)
    const context: RuleContext = {
      ...tokenized,
      text,
      spellChecker: options.spellChecker,
      words: tokenized.tokens.filter(
        (token) => token.kind === 'word' && outside(token.start, token.end),
      ),
      masked,
      thoroughSuggestions: options.thoroughSuggestions ?? false,
    }
    if (kinds.has('typo')) {
      for (const rule of TYPO_RULES) {
        for (const flag of rule(context)) if (outside(flag.start, flag.end)) fields.push(flag)
      }
    }
    if (kinds.has('claim')) fields.push(...claimRule(context))
  }
  const ignored = options.ignoredFlagIds
  return fields
    .map(createFlag)
    .filter((flag) => ignored === undefined || !ignored.has(flag.id))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
}

/** Checks every block; furniture is found over the whole document first (it spans blocks). */
export function checkBlocks(blocks: readonly string[], options: CheckOptions): BlockFlags[] {
  const furniture = findFurniture(blocks)
  const whole = new Set(furniture.wholeBlocks)
  return blocks.map((text, blockIndex) => ({
    blockIndex,
    flags: checkBlock(text, {
      ...options,
      furnitureLines: furniture.lines.filter((line) => line.blockIndex === blockIndex),
      isFurnitureBlock: whole.has(blockIndex),
    }),
  }))
}
