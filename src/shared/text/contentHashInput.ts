import canonicalize from 'canonicalize'
import type { DocumentNode, ReviewMetadata } from '../review/reviewSchema'
import { documentText, inlineLeafText } from './documentText'

/**
 * What a reviewer approves, as the input of the content hash (docs/content-hash.md): the
 * metadata and, per block with text, its type, its words and its links. Formatting (bold,
 * italic, …), list and quote nesting, and whitespace are left out, so a sign-off survives a
 * whitespace-only edit but not a changed word, headline, byline, date or link target.
 *
 * Any change to what goes in, or how it is normalised, must bump the version of
 * CONTENT_HASH_FORMAT: hashes of different formats must never be compared as equal content.
 */
export const CONTENT_HASH_FORMAT = 'copydesk-content/1'

export interface HashedLink {
  text: string
  href: string
}

export interface HashedBlock {
  type: string
  /** Only for headings: 1 to 4. */
  level?: number
  text: string
  links: HashedLink[]
}

export interface ContentHashFields {
  format: typeof CONTENT_HASH_FORMAT
  metadata: ReviewMetadata
  blocks: HashedBlock[]
}

/** Unicode NFC; every run of whitespace (spaces, tabs, line breaks, no-break spaces) one space; trimmed. */
export function normaliseApprovedText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

function linkHref(node: DocumentNode): string | null {
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href
  return typeof href === 'string' ? href.trim() : null
}

/** Runs of inline nodes under the same link target, each with its text. */
function linksOf(textblock: DocumentNode): HashedLink[] {
  const links: HashedLink[] = []
  let open: HashedLink | null = null
  for (const child of textblock.content ?? []) {
    const href = linkHref(child)
    if (href === null) {
      open = null
      continue
    }
    const text = child.type === 'text' ? (child.text ?? '') : inlineLeafText(child.type)
    if (open !== null && open.href === href) {
      open.text += text
    } else {
      open = { text, href }
      links.push(open)
    }
  }
  return links.map((link) => ({ text: normaliseApprovedText(link.text), href: link.href }))
}

function hashedBlock(node: DocumentNode, text: string): HashedBlock {
  const level = node.type === 'heading' ? node.attrs?.level : undefined
  return {
    type: node.type,
    ...(typeof level === 'number' ? { level } : {}),
    text,
    links: linksOf(node),
  }
}

/** The fields the content hash covers, normalised. */
export function contentHashFields(
  metadata: ReviewMetadata,
  content: DocumentNode,
): ContentHashFields {
  return {
    format: CONTENT_HASH_FORMAT,
    metadata: {
      title: normaliseApprovedText(metadata.title),
      author: normaliseApprovedText(metadata.author),
      authorRole: normaliseApprovedText(metadata.authorRole),
      publishedDate: metadata.publishedDate,
      updatedDate: metadata.updatedDate,
      imageCredit: normaliseApprovedText(metadata.imageCredit),
    },
    blocks: documentText(content).blocks.flatMap((block) => {
      const text = normaliseApprovedText(block.text)
      return text === '' ? [] : [hashedBlock(block.node, text)]
    }),
  }
}

/** The canonical serialisation (RFC 8785 JSON) that the content hash is the SHA-256 of. */
export function contentHashInput(metadata: ReviewMetadata, content: DocumentNode): string {
  const serialised = canonicalize(contentHashFields(metadata, content))
  if (serialised === undefined) throw new Error('the content hash input could not be serialised')
  return serialised
}
