import type { DocumentNode } from '../review/reviewSchema'
import { DRAFT_LINK_REL, isAllowedLinkUrl } from './linkPolicy'

type Attributes = Record<string, unknown>
type Mark = NonNullable<DocumentNode['marks']>[number]

const HEADING_LEVELS = [1, 2, 3, 4]
const ORDERED_LIST_TYPES = ['1', 'a', 'A', 'i', 'I']
const MAX_LIST_START = 1_000_000

function headingAttributes(attrs: Attributes): Attributes {
  return { level: HEADING_LEVELS.includes(attrs.level as number) ? attrs.level : 1 }
}

function orderedListAttributes(attrs: Attributes): Attributes {
  const start = attrs.start
  return {
    start:
      typeof start === 'number' && Number.isInteger(start) && start >= 0 && start <= MAX_LIST_START
        ? start
        : 1,
    type: ORDERED_LIST_TYPES.includes(attrs.type as string) ? attrs.type : null,
  }
}

/**
 * The attributes each node type of the draft schema may carry, rebuilt from what was sent so
 * that nothing else survives. Types not listed have no attributes.
 */
export const NODE_ATTRIBUTE_POLICY: Readonly<Record<string, (attrs: Attributes) => Attributes>> = {
  heading: headingAttributes,
  orderedList: orderedListAttributes,
}

/** The marks of the draft schema; a link keeps only an allowed href and always the same rel. */
export const MARK_ATTRIBUTE_POLICY: Readonly<
  Record<string, ((attrs: Attributes) => Attributes | null) | null>
> = {
  bold: null,
  italic: null,
  strike: null,
  underline: null,
  link: (attrs) =>
    typeof attrs.href === 'string' && isAllowedLinkUrl(attrs.href)
      ? { href: attrs.href, target: null, rel: DRAFT_LINK_REL, class: null, title: null }
      : null,
}

function sanitizeMark(mark: Mark): Mark | null {
  if (!Object.hasOwn(MARK_ATTRIBUTE_POLICY, mark.type)) return { type: mark.type }
  const policy = MARK_ATTRIBUTE_POLICY[mark.type]
  if (policy === null || policy === undefined) return { type: mark.type }
  const attrs = policy(mark.attrs ?? {})
  return attrs === null ? null : { type: mark.type, attrs }
}

/**
 * The one content sanitiser: every draft the main process accepts or reads (import, paste,
 * every command that carries content, review files on load) passes through it, so stored
 * content holds no link the link policy refuses and no attribute the schema does not define.
 * Node and mark types are left for the editor schema to accept or refuse. The tree must be
 * within the draft limits (its depth bounds the recursion).
 */
export function sanitizeDraftDocument(node: DocumentNode): DocumentNode {
  const sanitized: DocumentNode = { type: node.type }
  const attributePolicy = Object.hasOwn(NODE_ATTRIBUTE_POLICY, node.type)
    ? NODE_ATTRIBUTE_POLICY[node.type]
    : undefined
  if (attributePolicy !== undefined) sanitized.attrs = attributePolicy(node.attrs ?? {})
  if (node.content !== undefined) sanitized.content = node.content.map(sanitizeDraftDocument)
  if (node.marks !== undefined) {
    const marks = node.marks.map(sanitizeMark).filter((mark): mark is Mark => mark !== null)
    if (marks.length > 0) sanitized.marks = marks
  }
  if (node.text !== undefined) sanitized.text = node.text
  return sanitized
}
