import { importDraftFromPath, type ImportedDraft } from '../node/import/importDraft'
import type { CheckFlag } from '../shared/checks/checkFlag'
import { checkDocumentText } from '../shared/checks/checkDocumentText'
import { findFurniture } from '../shared/checks/furniture/findFurniture'
import type { SpellChecker } from '../shared/checks/spelling/createSpellChecker'
import { metadataKnownWords } from '../shared/checks/spelling/metadataKnownWords'
import { countWords } from '../shared/text/countWords'
import { documentText } from '../shared/text/documentText'

export interface CheckedDraft {
  draft: ImportedDraft
  /** The draft's text in the one text model; flag offsets point into it. */
  text: string
  words: number
  flags: CheckFlag[]
  furnitureSummary: string
}

/** Imports a draft file and runs every automatic check on it, as `copydesk check` does. */
export async function checkDraftFile(
  file: string,
  spellChecker: SpellChecker,
): Promise<CheckedDraft> {
  const draft = await importDraftFromPath(file)
  // The author's and other names in the metadata are known words for this draft only.
  spellChecker.setReviewWords(metadataKnownWords(draft.metadata))
  const draftText = documentText(draft.content)
  const blocks = draftText.blocks.map((block) => block.text)
  const flags = checkDocumentText(draftText, spellChecker)
  return {
    draft,
    text: draftText.text,
    words: countWords(draftText.text),
    flags,
    furnitureSummary: findFurniture(blocks).summary,
  }
}

/** Whether any flag of a kind named in --fail-on was found. Info flags are notes, not failures. */
export function hasFailingFlag(flags: readonly CheckFlag[], failOn: readonly string[]): boolean {
  return flags.some((flag) => flag.severity !== 'info' && failOn.includes(flag.kind))
}
