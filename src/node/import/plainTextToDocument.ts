import type { DocumentNode } from '../../shared/review/reviewSchema'
import { BLOCK_SEPARATOR } from '../../shared/text/documentText'
import { DraftLimitError } from '../../shared/validation/draftLimitError'
import { DRAFT_LIMITS } from '../../shared/validation/draftLimits'

const WRAP_COLUMN_MIN = 55
const WRAP_COLUMN_MAX = 80
const SEPARATOR_LINE = /^[ \t]*$/
const SENTENCE_END = /[.!?:]["”’)]?$/
/** Runs of whitespace inside a line read as one space, as they would in HTML. */
const INNER_WHITESPACE = /[ \t\f]+/g

/**
 * A chunk reads as prose wrapped by hand (an e-mail, a text editor at 72 columns) when all
 * its lines but the last run close to one wrap column. Text copied from a web page never
 * looks like that: its lines are a headline, a button label, a byline, a whole paragraph.
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index] as string
    if (line.length < WRAP_COLUMN_MIN || line.length > WRAP_COLUMN_MAX || SENTENCE_END.test(line)) {
      return false
    }
  }
  return true
}

/**
 * Plain text as a draft document. Blank lines separate chunks. Inside a chunk, hand-wrapped
 * prose is joined back into one paragraph; otherwise every line is a paragraph of its own,
 * because in text copied from a web page every line is a separate thing. One pass over the
 * lines, with the draft limits checked as paragraphs are made.
 */
export function plainTextToDocument(rawText: string): DocumentNode {
  const text = rawText.replace(/\r\n?/g, '\n')
  const paragraphs: DocumentNode[] = []
  let characters = 0
  const addParagraph = (paragraph: string): void => {
    if (paragraph.length > DRAFT_LIMITS.paragraphCharacters) {
      throw new DraftLimitError('paragraphCharacters')
    }
    if (paragraphs.length === DRAFT_LIMITS.paragraphs) throw new DraftLimitError('paragraphs')
    characters += paragraph.length + (paragraphs.length > 0 ? BLOCK_SEPARATOR.length : 0)
    if (characters > DRAFT_LIMITS.characters) throw new DraftLimitError('characters')
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })
  }
  let chunk: string[] = []
  const endChunk = (): void => {
    if (isHardWrapped(chunk)) addParagraph(chunk.join(' '))
    else chunk.forEach(addParagraph)
    chunk = []
  }
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, lineEnd)
    lineStart = lineEnd + 1
    if (SEPARATOR_LINE.test(line)) {
      endChunk()
      continue
    }
    const trimmed = line.trim().replace(INNER_WHITESPACE, ' ')
    if (trimmed !== '') chunk.push(trimmed)
    if (chunk.length > DRAFT_LIMITS.paragraphs) throw new DraftLimitError('paragraphs')
  }
  endChunk()
  return { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] }
}
