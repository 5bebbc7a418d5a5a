import type { ReviewMetadata } from '../review/reviewSchema'
import { DATE_LABEL } from './isDateline'
import { isFurnitureLine } from './isFurnitureLine'
import { CALENDAR_DATE_PATTERN, parseCalendarDate } from './parseCalendarDate'

/**
 * Bylines, dates and credits are only looked for near the top: the reading list at the end of
 * a copied page carries other articles' bylines.
 */
const HEADER_LINE_COUNT = 15
const MAX_TITLE_LENGTH = 200
const MAX_HEADER_LINE_LENGTH = 160

const LABELLED_DATE = new RegExp(
  `(?:\\b(${DATE_LABEL})\\b\\s*(?:on\\b)?\\s*:?\\s*)?(${CALENDAR_DATE_PATTERN})`,
  'gi',
)
const STARTS_WITH_DATE = new RegExp(`^(?:${DATE_LABEL}\\b|${CALENDAR_DATE_PATTERN})`, 'i')
const DATE_LABEL_ANYWHERE = new RegExp(
  `\\s*[|·•,–—-]?\\s*\\b(?:${DATE_LABEL}|${CALENDAR_DATE_PATTERN})`,
  'i',
)

const BYLINE = /^(?:written\s+by|by|author:)\s+(.+)$/i
const BYLINE_ROLE_SEPARATOR = /\s*(?:,|\||\s[-–—]\s)\s*/
const NAME_PARTICLES = new Set([
  'and',
  'da',
  'de',
  'del',
  'der',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'bin',
  'al',
])

const IMAGE_CREDIT = [
  /^(?:image|photo|picture)\s+credits?\s*:\s*(.+)$/i,
  /^(?:image|photo|photograph|picture|illustration|credits?)\s*:\s*(.+)$/i,
  /^(?:image|photo|photograph|picture|illustration)\s+by\s+(.+)$/i,
]

interface Byline {
  author: string
  authorRole: string
}

interface HeaderDates {
  publishedDate: string | null
  updatedDate: string | null
}

function looksLikePersonName(name: string): boolean {
  const words = name.split(/\s+/)
  return (
    name.length <= 80 &&
    words.length <= 8 &&
    !/\d/.test(name) &&
    /^\p{Lu}/u.test(name) &&
    words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word.toLowerCase()))
  )
}

/** "By Name, Role", "By Name | Role", "Written by Name"; a date after the byline is cut off. */
function parseByline(line: string): Byline | null {
  const match = BYLINE.exec(line)
  if (match === null) return null
  const rest = match[1] ?? ''
  const dateStart = rest.search(DATE_LABEL_ANYWHERE)
  const withoutDate = (dateStart >= 0 ? rest.slice(0, dateStart) : rest).trim()
  const [name = '', ...roleParts] = withoutDate.split(BYLINE_ROLE_SEPARATOR)
  const author = name.trim()
  if (!looksLikePersonName(author)) return null
  return { author, authorRole: roleParts.join(', ').trim().replace(/[.;]$/, '') }
}

/** Dates on a line that is a dateline ("Updated January 4, 2024") or a byline. */
function parseDates(line: string): HeaderDates {
  const dates: HeaderDates = { publishedDate: null, updatedDate: null }
  for (const match of line.matchAll(LABELLED_DATE)) {
    const label = (match[1] ?? '').toLowerCase()
    const date = parseCalendarDate(match[2] ?? '')
    if (date === null || label.includes('review')) continue
    if (label.includes('updated') || label.includes('modified')) dates.updatedDate ??= date
    else dates.publishedDate ??= date
  }
  return dates
}

function parseImageCredit(line: string): string | null {
  for (const pattern of IMAGE_CREDIT) {
    const credit = pattern.exec(line)?.[1]?.trim()
    if (credit) return credit
  }
  return null
}

function countWords(line: string): number {
  return line.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
}

/**
 * Title, byline, dates and image credit of a draft, read from its text blocks in document
 * order. Fields that cannot be found are '' (text) or null (dates).
 */
export function extractMetadata(blocks: string[]): ReviewMetadata {
  const metadata: ReviewMetadata = {
    title: '',
    author: '',
    authorRole: '',
    publishedDate: null,
    updatedDate: null,
    imageCredit: '',
  }
  // A block with line breaks (e.g. a paragraph of copied web text) is looked at line by line.
  const headerLines = blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .slice(0, HEADER_LINE_COUNT)

  const titleCandidates: string[] = []
  for (const line of headerLines) {
    if (isFurnitureLine(line)) continue
    const byline = line.length <= MAX_HEADER_LINE_LENGTH ? parseByline(line) : null
    const isDateline = line.length <= MAX_HEADER_LINE_LENGTH && STARTS_WITH_DATE.test(line)
    const credit = line.length <= MAX_HEADER_LINE_LENGTH ? parseImageCredit(line) : null
    if (byline !== null && metadata.author === '') {
      metadata.author = byline.author
      metadata.authorRole = byline.authorRole
    }
    if (byline !== null || isDateline) {
      const dates = parseDates(line)
      metadata.publishedDate ??= dates.publishedDate
      metadata.updatedDate ??= dates.updatedDate
    }
    if (credit !== null && metadata.imageCredit === '') metadata.imageCredit = credit
    if (byline === null && !isDateline && credit === null && line.length <= MAX_TITLE_LENGTH) {
      titleCandidates.push(line)
    }
  }
  // A real headline has a few words; a lone short line first is usually a section label.
  metadata.title =
    titleCandidates.find((line) => countWords(line) >= 3) ??
    titleCandidates.find((line) => countWords(line) >= 1) ??
    ''
  return metadata
}
