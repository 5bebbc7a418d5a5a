import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
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
  DOCX_TOO_LARGE_UNPACKED,
  FILE_TOO_LARGE,
  isPasteWithinLimit,
  MAX_DOCX_UNPACKED_BYTES,
  MAX_IMPORT_BYTES,
  PASTE_TOO_LARGE,
} from '../../shared/import/importLimits'
import type { DocumentNode, ReviewMetadata, SourceFormat } from '../../shared/review/reviewSchema'
import { DraftLimitError } from '../../shared/validation/draftLimitError'
import { DRAFT_LIMITS } from '../../shared/validation/draftLimits'
import { exceededDraftLimit } from '../../shared/validation/exceededDraftLimit'
import { convertDocxInWorker } from './convertDocxInWorker'
import { decodeDraftText } from './decodeDraftText'
import { ImportError } from './ImportError'
import { htmlToDraftDocument } from './htmlToDraftDocument'
import { plainTextToDocument } from './plainTextToDocument'
import { zipUnpackedSize } from './zipUnpackedSize'
import { readHtmlMetadataHints, type HtmlMetadataHints } from './readHtmlMetadataHints'

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
  /** How long mammoth may take on a Word document; default 8 s. */
  docxTimeoutMs?: number
  /** Worker script that converts Word documents; default `docxWorker.js` next to the main bundle. */
  docxWorkerFile?: string
  docxWorkerExecArgv?: string[]
}

/**
 * A Word document within the draft limits converts in a second or two; one that takes longer
 * is stopped before the 10 s every import must answer in.
 */
const DEFAULT_DOCX_TIMEOUT_MS = 8_000
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

/** Builds the document, turning a draft limit passed on the way into an ImportError. */
function convert(fileName: string, build: () => DocumentNode): DocumentNode {
  let content: DocumentNode
  try {
    content = build()
  } catch (error) {
    if (error instanceof DraftLimitError) throw new ImportError(fileName, error.message)
    throw error
  }
  // The converters count as they go; this is the same measure the store and the API apply.
  const limit = exceededDraftLimit(content)
  if (limit !== null) throw new ImportError(fileName, new DraftLimitError(limit).message)
  return content
}

function draftFromContent(
  fileName: string,
  format: SourceFormat,
  sha256: string,
  content: DocumentNode,
  hints: HtmlMetadataHints,
): ImportedDraft {
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

/**
 * `hintsFromHead`: the HTML is a page whose head may name its title, author and dates. They are
 * read after the conversion, which refuses markup nested deeper than the parser handles quickly.
 */
function draftFromHtml(
  fileName: string,
  format: SourceFormat,
  sha256: string,
  html: string,
  { hintsFromHead }: { hintsFromHead: boolean },
): ImportedDraft {
  const content = convert(fileName, () => htmlToDraftDocument(html))
  const hints = hintsFromHead ? readHtmlMetadataHints(html) : NO_HINTS
  return draftFromContent(fileName, format, sha256, content, hints)
}

function draftFromPlainText(
  fileName: string,
  format: SourceFormat,
  sha256: string,
  text: string,
): ImportedDraft {
  const content = convert(fileName, () => plainTextToDocument(text))
  return draftFromContent(fileName, format, sha256, content, NO_HINTS)
}

/** Markdown's parser slows down on long runs of markup, so its input is bounded before it runs. */
function markdownToHtml(fileName: string, markdown: string): string {
  if (markdown.length > DRAFT_LIMITS.markdownCharacters) {
    throw new ImportError(fileName, new DraftLimitError('markdownCharacters').message)
  }
  let lines = 1
  for (
    let index = markdown.indexOf('\n');
    index !== -1;
    index = markdown.indexOf('\n', index + 1)
  ) {
    lines += 1
  }
  if (lines > DRAFT_LIMITS.markdownLines) {
    throw new ImportError(fileName, new DraftLimitError('markdownLines').message)
  }
  return new MarkdownIt({ html: false, linkify: false }).render(markdown)
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
    const unpackedSize = zipUnpackedSize(bytes)
    if (unpackedSize === null) {
      throw new ImportError(fileName, 'the file is not a readable Word document')
    }
    if (unpackedSize > MAX_DOCX_UNPACKED_BYTES) {
      throw new ImportError(fileName, DOCX_TOO_LARGE_UNPACKED)
    }
    const { html } = await convertDocxInWorker(fileName, bytes, {
      timeoutMs: options.docxTimeoutMs ?? DEFAULT_DOCX_TIMEOUT_MS,
      workerFile: options.docxWorkerFile,
      execArgv: options.docxWorkerExecArgv,
    })
    return draftFromHtml(fileName, format, sha256, html, { hintsFromHead: false })
  }

  const text = decodeDraftText(fileName, bytes)
  if (text.trim() === '') throw new ImportError(fileName, 'the file is empty')
  switch (format) {
    case 'html':
      return draftFromHtml(fileName, format, sha256, text, { hintsFromHead: true })
    case 'md':
      return draftFromHtml(fileName, format, sha256, markdownToHtml(fileName, text), {
        hintsFromHead: false,
      })
    case 'txt':
      return draftFromPlainText(fileName, format, sha256, text)
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
    return draftFromHtml(PASTE_FILE_NAME, 'paste', sha256, html, { hintsFromHead: true })
  }
  if (text.trim() !== '') {
    return draftFromPlainText(PASTE_FILE_NAME, 'paste', sha256, text)
  }
  throw new ImportError(PASTE_FILE_NAME, 'there is nothing to paste')
}
