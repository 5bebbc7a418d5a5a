import type { DocumentText } from '../text/documentText'
import { documentOffset } from '../text/documentText'
import { checkBlocks } from './checkDocument'
import { shiftFlag, type CheckFlag } from './checkFlag'
import type { SpellChecker } from './spelling/createSpellChecker'

/** Every automatic check on a whole document; offsets point into its joined text. */
export function checkDocumentText(
  draftText: DocumentText,
  spellChecker: SpellChecker,
): CheckFlag[] {
  const blocks = draftText.blocks.map((block) => block.text)
  const flags: CheckFlag[] = []
  for (const { blockIndex, flags: blockFlags } of checkBlocks(blocks, {
    spellChecker,
    thoroughSuggestions: true,
  })) {
    const blockStart = documentOffset(draftText, blockIndex, 0)
    flags.push(...blockFlags.map((flag) => shiftFlag(flag, blockStart)))
  }
  return flags
}
