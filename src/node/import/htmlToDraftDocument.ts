import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { Parser } from 'htmlparser2'
import { draftSchemaExtensions } from '../../shared/editor/editorExtensions'
import { isAllowedLinkUrl } from '../../shared/editor/linkPolicy'
import { sanitizeDraftDocument } from '../../shared/editor/sanitizeDraftDocument'
import type { DocumentNode } from '../../shared/review/reviewSchema'
import { BLOCK_SEPARATOR } from '../../shared/text/documentText'
import { DraftLimitError } from '../../shared/validation/draftLimitError'
import { DRAFT_LIMITS } from '../../shared/validation/draftLimits'

type ContainerType = 'doc' | 'blockquote' | 'bulletList' | 'orderedList' | 'listItem'
type Mark = NonNullable<DocumentNode['marks']>[number]

const CONTAINER_TAGS: Readonly<Record<string, ContainerType>> = {
  blockquote: 'blockquote',
  ul: 'bulletList',
  ol: 'orderedList',
  li: 'listItem',
}
const HEADING_LEVELS: Readonly<Record<string, number>> = {
  h1: 1,
  h2: 2,
  h3: 3,
  h4: 4,
  h5: 4,
  h6: 4,
}
const MARK_TAGS: Readonly<Record<string, string>> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  s: 'strike',
  a: 'link',
}
/** Removed together with everything inside them: their text is code, styling or page chrome. */
const NON_TEXT_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'textarea',
  'select',
  'svg',
  'math',
])
/** Not kept, but their text is a block of its own rather than run into the text around it. */
const BLOCK_BOUNDARY_TAGS = new Set([
  'address',
  'article',
  'aside',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'main',
  'nav',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
])
const HTML_WHITESPACE = /[ \t\r\n\f]+/g
const TRAILING_WHITESPACE = /[ \t\r\n\f]+$/

interface Container {
  type: ContainerType
  content: DocumentNode[]
  /** Opened to hold something the HTML put where the schema does not allow it. */
  implicit: boolean
}

interface Textblock {
  node: DocumentNode & { content: DocumentNode[] }
  implicit: boolean
  length: number
}

/** What an open element did, so its end tag undoes exactly that. */
type OpenElement =
  | { kind: 'container'; container: Container }
  | { kind: 'textblock'; textblock: Textblock }
  | { kind: 'mark'; mark: Mark }
  | { kind: 'non-text' }
  | { kind: 'boundary' }
  | { kind: 'other' }

let draftSchema: Schema | undefined

/**
 * Builds a draft document from HTML in one pass over the parser's events: only text structure,
 * emphasis and links the link policy allows are kept, every other tag is unwrapped and code,
 * styles and page chrome are dropped with their text. Whitespace is read as ProseMirror's DOM
 * parser reads it. Nothing recurses over the input, time and memory are linear in it, and the
 * draft limits are checked as the document grows: a DraftLimitError ends the conversion as soon
 * as one is passed.
 */
export function htmlToDraftDocument(html: string): DocumentNode {
  const builder = new DraftDocumentBuilder()
  const parser = new Parser(
    {
      onopentag: (name, attributes) => builder.open(name, attributes),
      onclosetag: (name) => builder.close(name),
      ontext: (text) => builder.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  const json = builder.finish()
  draftSchema ??= getSchema(draftSchemaExtensions())
  // The schema merges neighbouring text runs that share marks and puts marks in its order.
  const document = draftSchema.nodeFromJSON(json)
  document.check()
  return sanitizeDraftDocument(document.toJSON() as DocumentNode)
}

class DraftDocumentBuilder {
  private readonly containers: Container[] = [{ type: 'doc', content: [], implicit: false }]
  private readonly elements: { name: string; element: OpenElement }[] = []
  private readonly marks: Mark[] = []
  private activeMarks: Mark[] | null = null
  private textblock: Textblock | null = null
  private nonTextDepth = 0
  private paragraphs = 0
  private characters = 0
  private nodes = 1

  open(name: string, attributes: Record<string, string>): void {
    if (this.elements.length >= DRAFT_LIMITS.markupDepth) throw new DraftLimitError('markupDepth')
    this.elements.push({ name, element: this.openElement(name, attributes) })
  }

  close(name: string): void {
    let position = this.elements.length - 1
    while (position >= 0 && this.elements[position]?.name !== name) position -= 1
    if (position === -1) return
    while (this.elements.length > position) {
      const open = this.elements.pop()
      if (open) this.closeElement(open.element)
    }
  }

  text(raw: string): void {
    if (this.nonTextDepth > 0) return
    let text = raw.replace(HTML_WHITESPACE, ' ')
    if (this.textblock === null) {
      if (text === ' ' || text === '') return
      this.openImplicitParagraph()
    }
    const textblock = this.currentTextblock()
    const before = textblock.node.content.at(-1)
    const startsAfterSpace =
      before === undefined || before.type !== 'text' || (before.text ?? '').endsWith(' ')
    if (startsAfterSpace && text.startsWith(' ')) text = text.slice(1)
    if (text === '') return
    const node: DocumentNode = { type: 'text', text }
    if (this.marks.length > 0) {
      this.activeMarks ??= activeMarks(this.marks)
      node.marks = this.activeMarks
    }
    this.addInline(node, text.length)
  }

  finish(): DocumentNode {
    for (let open = this.elements.pop(); open !== undefined; open = this.elements.pop()) {
      this.closeElement(open.element)
    }
    this.endTextblock()
    while (this.containers.length > 1) this.closeContainer()
    const root = this.containers[0] as Container
    return { type: 'doc', content: root.content.length > 0 ? root.content : [emptyParagraph()] }
  }

  private openElement(name: string, attributes: Record<string, string>): OpenElement {
    if (NON_TEXT_TAGS.has(name)) {
      this.nonTextDepth += 1
      return { kind: 'non-text' }
    }
    if (this.nonTextDepth > 0) return { kind: 'other' }
    const containerType = CONTAINER_TAGS[name]
    if (containerType !== undefined) {
      return { kind: 'container', container: this.openContainer(containerType, false) }
    }
    if (name === 'p' || HEADING_LEVELS[name] !== undefined) {
      const node: Textblock['node'] =
        name === 'p'
          ? { type: 'paragraph', content: [] }
          : { type: 'heading', attrs: { level: HEADING_LEVELS[name] }, content: [] }
      return { kind: 'textblock', textblock: this.openTextblock(node, false) }
    }
    if (name === 'br') {
      if (this.textblock === null) this.openImplicitParagraph()
      this.addInline({ type: 'hardBreak' }, 1)
      return { kind: 'other' }
    }
    const markType = MARK_TAGS[name]
    if (markType !== undefined) {
      if (markType !== 'link') {
        const mark = { type: markType }
        this.marks.push(mark)
        this.activeMarks = null
        return { kind: 'mark', mark }
      }
      const href = attributes.href
      if (href !== undefined && isAllowedLinkUrl(href)) {
        const mark = { type: 'link', attrs: { href } }
        this.marks.push(mark)
        this.activeMarks = null
        return { kind: 'mark', mark }
      }
      return { kind: 'other' }
    }
    if (BLOCK_BOUNDARY_TAGS.has(name)) {
      this.endImplicitTextblock()
      return { kind: 'boundary' }
    }
    return { kind: 'other' }
  }

  private closeElement(element: OpenElement): void {
    switch (element.kind) {
      case 'non-text':
        this.nonTextDepth -= 1
        return
      case 'container': {
        if (!this.containers.includes(element.container)) return
        this.endTextblock()
        while (this.containers.at(-1) !== element.container) this.closeContainer()
        this.closeContainer()
        return
      }
      case 'textblock':
        if (this.textblock === element.textblock) this.endTextblock()
        return
      case 'mark': {
        const position = this.marks.lastIndexOf(element.mark)
        if (position !== -1) this.marks.splice(position, 1)
        this.activeMarks = null
        return
      }
      case 'boundary':
        this.endImplicitTextblock()
        return
      case 'other':
        return
    }
  }

  /** Makes room for `child` in the innermost container, as ProseMirror's parser would. */
  private prepareContainerFor(child: ContainerType | 'textblock'): void {
    let parent = this.containers.at(-1) as Container
    // An implicit list holds only list items; an implicit list item ends at the next item.
    while (
      parent.implicit &&
      ((isList(parent.type) && child !== 'listItem') ||
        (parent.type === 'listItem' && child === 'listItem'))
    ) {
      this.closeContainer()
      parent = this.containers.at(-1) as Container
    }
    if (child === 'listItem' && !isList(parent.type)) this.openContainer('bulletList', true)
    else if (child !== 'listItem' && isList(parent.type)) this.openContainer('listItem', true)
  }

  private openContainer(type: ContainerType, implicit: boolean): Container {
    this.endTextblock()
    this.prepareContainerFor(type)
    const container: Container = { type, content: [], implicit }
    this.containers.push(container)
    // The document, this container and what it holds down to a text run must fit the depth limit.
    if (this.containers.length + 2 > DRAFT_LIMITS.depth) throw new DraftLimitError('depth')
    this.countNode()
    return container
  }

  private closeContainer(): void {
    const container = this.containers.pop()
    const parent = this.containers.at(-1)
    if (container === undefined || parent === undefined) return
    const content = container.content
    if (container.type === 'listItem' && content[0]?.type !== 'paragraph') {
      content.unshift(emptyParagraph())
    } else if (content.length === 0) {
      content.push(
        isList(container.type)
          ? { type: 'listItem', content: [emptyParagraph()] }
          : emptyParagraph(),
      )
    }
    parent.content.push({ type: container.type, content })
  }

  private openTextblock(node: Textblock['node'], implicit: boolean): Textblock {
    this.endTextblock()
    this.prepareContainerFor('textblock')
    const textblock: Textblock = { node, implicit, length: 0 }
    this.paragraphs += 1
    if (this.paragraphs > DRAFT_LIMITS.paragraphs) throw new DraftLimitError('paragraphs')
    if (this.paragraphs > 1) this.addCharacters(BLOCK_SEPARATOR.length)
    this.countNode()
    this.textblock = textblock
    return textblock
  }

  private openImplicitParagraph(): void {
    this.openTextblock({ type: 'paragraph', content: [] }, true)
  }

  private currentTextblock(): Textblock {
    if (this.textblock === null) throw new Error('no textblock is open')
    return this.textblock
  }

  private addInline(node: DocumentNode, length: number): void {
    const textblock = this.currentTextblock()
    textblock.length += length
    if (textblock.length > DRAFT_LIMITS.paragraphCharacters) {
      throw new DraftLimitError('paragraphCharacters')
    }
    this.addCharacters(length)
    const before = textblock.node.content.at(-1)
    if (node.type === 'text' && before?.type === 'text' && sameMarks(before, node)) {
      before.text = (before.text ?? '') + (node.text ?? '')
      return
    }
    this.countNode()
    textblock.node.content.push(node)
  }

  private addCharacters(count: number): void {
    this.characters += count
    if (this.characters > DRAFT_LIMITS.characters) throw new DraftLimitError('characters')
  }

  private countNode(): void {
    this.nodes += 1
    if (this.nodes > DRAFT_LIMITS.nodes) throw new DraftLimitError('nodes')
  }

  private endImplicitTextblock(): void {
    if (this.textblock?.implicit === true) this.endTextblock()
  }

  private endTextblock(): void {
    const textblock = this.textblock
    if (textblock === null) return
    this.textblock = null
    const content = textblock.node.content
    const last = content.at(-1)
    if (last?.type === 'text' && last.text !== undefined) {
      const trimmed = last.text.replace(TRAILING_WHITESPACE, '')
      if (trimmed === '') content.pop()
      else last.text = trimmed
    }
    const { node } = textblock
    const finished: DocumentNode = { type: node.type }
    if (node.attrs !== undefined) finished.attrs = node.attrs
    if (content.length > 0) finished.content = content
    ;(this.containers.at(-1) as Container).content.push(finished)
  }
}

function isList(type: ContainerType): boolean {
  return type === 'bulletList' || type === 'orderedList'
}

function sameMarks(first: DocumentNode, second: DocumentNode): boolean {
  return (
    first.marks === second.marks ||
    JSON.stringify(first.marks ?? []) === JSON.stringify(second.marks ?? [])
  )
}

function emptyParagraph(): DocumentNode {
  return { type: 'paragraph' }
}

/** One mark per type, the innermost winning (a link inside a link points where the inner one does). */
function activeMarks(open: readonly Mark[]): Mark[] {
  const byType = new Map<string, Mark>()
  for (const mark of open) byType.set(mark.type, mark)
  return [...byType.values()]
}
