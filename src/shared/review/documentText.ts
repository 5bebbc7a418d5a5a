import type { DocumentNode } from './reviewSchema'

const BLOCK_SEPARATOR = '\n\n'

/** The text of each textblock (paragraph, heading, …) in document order. */
export function documentTextBlocks(root: DocumentNode): string[] {
  const blocks: string[] = []
  const visit = (node: DocumentNode): void => {
    const children = node.content ?? []
    const isTextblock =
      children.length > 0 &&
      children.every((child) => child.type === 'text' || child.type === 'hardBreak')
    if (isTextblock) {
      blocks.push(
        children.map((child) => (child.type === 'hardBreak' ? '\n' : (child.text ?? ''))).join(''),
      )
      return
    }
    children.forEach(visit)
  }
  visit(root)
  return blocks
}

/** Plain text of a document: blocks joined by a blank line. */
export function documentPlainText(root: DocumentNode): string {
  return documentTextBlocks(root).join(BLOCK_SEPARATOR)
}

/** The text that content hashes are computed over: NFC, whitespace runs collapsed, trimmed. */
export function normalisedDocumentText(root: DocumentNode): string {
  return documentTextBlocks(root)
    .map((block) => block.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .join(BLOCK_SEPARATOR)
}
