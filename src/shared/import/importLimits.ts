const MEBIBYTE = 1024 * 1024

/** The largest draft file Copydesk opens, in bytes. */
export const MAX_IMPORT_BYTES = 20 * MEBIBYTE

/** How large a Word document may be once unpacked: text, styles and the images it carries. */
export const MAX_DOCX_UNPACKED_BYTES = 200 * MEBIBYTE

/** The limit as messages write it. */
export const IMPORT_SIZE_LIMIT = `${MAX_IMPORT_BYTES / MEBIBYTE} MB`

/** What the importer and the API say about a file over the limit. */
export const FILE_TOO_LARGE = `the file is larger than ${IMPORT_SIZE_LIMIT}`

/** What the importer says about a Word document that unpacks to more (or uses ZIP64 sizes). */
export const DOCX_TOO_LARGE_UNPACKED = `the Word document unpacks to more than ${MAX_DOCX_UNPACKED_BYTES / MEBIBYTE} MB`

/** What the importer and the API say about a paste over the limit. */
export const PASTE_TOO_LARGE = `the pasted text is larger than ${IMPORT_SIZE_LIMIT}`

/** Base64 of a file of `byteLength` bytes: 4 characters for every 3 bytes begun, padding included. */
export function base64Length(byteLength: number): number {
  return Math.ceil(byteLength / 3) * 4
}

/** The longest base64 text the API takes for a file: a file of the largest allowed size. */
export const MAX_IMPORT_BASE64_LENGTH = base64Length(MAX_IMPORT_BYTES)

/**
 * A paste (its HTML and its plain text together, in UTF-16 code units) may be as long as the
 * largest file is in bytes: the same limit, whichever way the draft arrives.
 */
export const MAX_PASTE_CHARACTERS = MAX_IMPORT_BYTES

export function isPasteWithinLimit(html: string, text: string): boolean {
  return html.length + text.length <= MAX_PASTE_CHARACTERS
}
