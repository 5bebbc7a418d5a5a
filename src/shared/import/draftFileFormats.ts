import type { SourceFormat } from '../review/reviewSchema'

export type DraftFileFormat = Exclude<SourceFormat, 'paste' | 'sample'>

/**
 * The draft files Copydesk opens, by extension (lower case, with the dot): the importer, the
 * native Open dialog's filter and the renderer's file input all read this table.
 */
export const DRAFT_FILE_FORMATS = {
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
} as const satisfies Record<string, DraftFileFormat>

export const DRAFT_FILE_EXTENSIONS = Object.keys(DRAFT_FILE_FORMATS) as readonly string[]

/** For an `<input type="file" accept>`: ".docx,.html,…". */
export const DRAFT_FILE_ACCEPT = DRAFT_FILE_EXTENSIONS.join(',')

/** What people call each format. */
const DRAFT_FORMAT_NAMES: Record<DraftFileFormat, string> = {
  docx: 'Word',
  html: 'HTML',
  md: 'Markdown',
  txt: 'plain text',
}

function listInWords(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`
}

/** For messages: ".docx, .html, .htm, .md, .markdown and .txt". */
export const DRAFT_FILE_EXTENSIONS_DESCRIPTION = listInWords(DRAFT_FILE_EXTENSIONS, 'and')

/** For prompts: "Word, HTML, Markdown or plain text". */
export const DRAFT_FORMATS_IN_WORDS = listInWords(Object.values(DRAFT_FORMAT_NAMES), 'or')

/** The extension of a file name or path, lower case with the dot; '' for none or a dot file. */
export function fileExtension(fileName: string): string {
  const baseName = fileName.slice(
    Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1,
  )
  const dot = baseName.lastIndexOf('.')
  return dot <= 0 ? '' : baseName.slice(dot).toLowerCase()
}

/** The draft format a file name's extension stands for, or null when Copydesk does not open it. */
export function draftFileFormat(fileName: string): DraftFileFormat | null {
  const extension = fileExtension(fileName)
  return Object.hasOwn(DRAFT_FILE_FORMATS, extension)
    ? DRAFT_FILE_FORMATS[extension as keyof typeof DRAFT_FILE_FORMATS]
    : null
}
