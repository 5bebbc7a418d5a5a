import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { generateJSON } from '@tiptap/html/server'
import MarkdownIt from 'markdown-it'
import { draftSchemaExtensions } from '../../shared/editor/editorExtensions'
import {
  draftFileFormat,
  DRAFT_FILE_EXTENSIONS_DESCRIPTION,
  fileExtension,
  type DraftFileFormat,
} from '../../shared/import/draftFileFormats'
import { extractMetadata } from '../../shared/import/extractMetadata'
import { headlineOf } from '../../shared/import/headlineOf'
import { documentText } from '../../shared/text/documentText'
import {
  FILE_TOO_LARGE,
  isPasteWithinLimit,
  MAX_IMPORT_BYTES,
  PASTE_TOO_LARGE,
} from '../../shared/import/importLimits'
import type { DocumentNode, ReviewMetadata, SourceFormat } from '../../shared/review/reviewSchema'
import { convertDocxInWorker } from './convertDocxInWorker'
import { decodeDraftText } from './decodeDraftText'
import { ImportError } from './ImportError'
import { plainTextToHtml } from './plainTextToHtml'
import { readHtmlMetadataHints, type HtmlMetadataHints } from './readHtmlMetadataHints'
import { sanitizeDraftHtml } from './sanitizeDraftHtml'

export { ImportError } from './ImportError'

export interface ImportedDraft {
  format: SourceFormat
  fileName: string
  /** SHA-256 (hex) of the imported bytes; for a paste, of the UTF-8 of html + text. */
  sha256: string
  metadata: ReviewMetadata
  /** TipTap JSON document in the draft schema. */
  content: DocumentNode
}

export interface ImportOptions {
  /** How long mammoth may take on a Word document; default 30 s. */
  docxTimeoutMs?: number
  /** Worker script that converts Word documents; default `docxWorker.js` next to the main bundle. */
  docxWorkerFile?: string
  docxWorkerExecArgv?: string[]
}

const DEFAULT_DOCX_TIMEOUT_MS = 30_000
const PASTE_FILE_NAME = 'Pasted text'
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

const NO_HINTS: HtmlMetadataHints = {
  title: '',
  author: '',
  publishedDate: null,
  updatedDate: null,
}

function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function formatOf(fileName: string): DraftFileFormat {
  const format = draftFileFormat(fileName)
  if (format !== null) return format
  const extension = fileExtension(fileName)
  const named = extension === '' ? 'file type (no extension)' : `file type ${extension}`
  throw new ImportError(
    fileName,
    `unsupported ${named} (Copydesk opens ${DRAFT_FILE_EXTENSIONS_DESCRIPTION})`,
  )
}

/**
 * The article's own headline wins over the page's head (a <title> often carries the site's
 * name); otherwise hints from the head win over what the text suggests.
 */
function mergeMetadata(
  fromText: ReviewMetadata,
  hints: HtmlMetadataHints,
  headline: string,
): ReviewMetadata {
  const author = hints.author || fromText.author
  const sameAuthor = author.toLowerCase() === fromText.author.toLowerCase()
  return {
    title: headline || hints.title || fromText.title,
    author,
    authorRole: sameAuthor ? fromText.authorRole : '',
    publishedDate: hints.publishedDate ?? fromText.publishedDate,
    updatedDate: hints.updatedDate ?? fromText.updatedDate,
    imageCredit: fromText.imageCredit,
  }
}

function draftFromHtml(
  fileName: string,
  format: SourceFormat,
  sha256: string,
  html: string,
  hints: HtmlMetadataHints,
): ImportedDraft {
  const content = generateJSON(sanitizeDraftHtml(html), draftSchemaExtensions()) as DocumentNode
  const blocks = documentText(content).blocks.map(({ text }) => text)
  if (!blocks.some((block) => block.trim() !== '')) {
    throw new ImportError(fileName, 'the document has no text')
  }
  return {
    format,
    fileName,
    sha256,
    metadata: mergeMetadata(extractMetadata(blocks), hints, headlineOf(content)),
    content,
  }
}

function startsWithZipMagic(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte)
}

/** Imports a draft from its bytes; the extension of `fileName` decides the format. */
export async function importDraftBytes(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportedDraft> {
  const format = formatOf(fileName)
  if (bytes.byteLength === 0) throw new ImportError(fileName, 'the file is empty')
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportError(fileName, FILE_TOO_LARGE)
  }
  const sha256 = sha256Hex(bytes)

  if (format === 'docx') {
    if (!startsWithZipMagic(bytes))
      throw new ImportError(fileName, 'the file is not a Word document')
    const { html } = await convertDocxInWorker(fileName, bytes, {
      timeoutMs: options.docxTimeoutMs ?? DEFAULT_DOCX_TIMEOUT_MS,
      workerFile: options.docxWorkerFile,
      execArgv: options.docxWorkerExecArgv,
    })
    return draftFromHtml(fileName, format, sha256, html, NO_HINTS)
  }

  const text = decodeDraftText(fileName, bytes)
  if (text.trim() === '') throw new ImportError(fileName, 'the file is empty')
  switch (format) {
    case 'html':
      return draftFromHtml(fileName, format, sha256, text, readHtmlMetadataHints(text))
    case 'md': {
      const markdown = new MarkdownIt({ html: false, linkify: false })
      return draftFromHtml(fileName, format, sha256, markdown.render(text), NO_HINTS)
    }
    case 'txt':
      return draftFromHtml(fileName, format, sha256, plainTextToHtml(text), NO_HINTS)
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'the file could not be found'
    case 'EACCES':
    case 'EPERM':
      return 'the file could not be read: permission denied'
    case 'EISDIR':
      return 'it is a folder, not a file'
    default:
      return `the file could not be read${code ? ` (${code})` : ''}`
  }
}

/** Imports a draft file from disk; size and kind are checked before anything is read. */
export async function importDraftFromPath(
  filePath: string,
  options: ImportOptions = {},
): Promise<ImportedDraft> {
  const fileName = path.basename(filePath)
  let bytes: Uint8Array
  try {
    const stats = await stat(filePath)
    if (stats.isDirectory()) throw new ImportError(fileName, 'it is a folder, not a file')
    if (!stats.isFile()) throw new ImportError(fileName, 'it is not a regular file')
    if (stats.size > MAX_IMPORT_BYTES) {
      throw new ImportError(fileName, FILE_TOO_LARGE)
    }
    formatOf(fileName)
    bytes = await readFile(filePath)
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw new ImportError(fileName, describeReadError(error))
  }
  return importDraftBytes(fileName, bytes, options)
}

/** Imports clipboard content: its HTML when there is any, otherwise its plain text. */
export async function importPastedContent(html: string, text: string): Promise<ImportedDraft> {
  if (!isPasteWithinLimit(html, text)) throw new ImportError(PASTE_FILE_NAME, PASTE_TOO_LARGE)
  const sha256 = sha256Hex(html + text)
  if (html.trim() !== '') {
    return draftFromHtml(PASTE_FILE_NAME, 'paste', sha256, html, readHtmlMetadataHints(html))
  }
  if (text.trim() !== '') {
    return draftFromHtml(PASTE_FILE_NAME, 'paste', sha256, plainTextToHtml(text), NO_HINTS)
  }
  throw new ImportError(PASTE_FILE_NAME, 'there is nothing to paste')
}
