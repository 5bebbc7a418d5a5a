import { CALENDAR_DATE_PATTERN } from './parseCalendarDate'

/** Labels that introduce an article's dates ("Updated", "First published on"). */
export const DATE_LABEL =
  '(?:last\\s+updated|updated|first\\s+published|published|posted|modified|last\\s+reviewed|reviewed)'

const MAX_DATELINE_LENGTH = 160
const DATELINE = new RegExp(
  `^(?:${DATE_LABEL}\\b[^\\d\\p{L}]*(?:on\\b\\s*)?)?(?:${CALENDAR_DATE_PATTERN})`,
  'iu',
)

/**
 * Whether a line is the article's dateline: a date, or a date label followed by a date
 * ("Updated January 4, 2024", "Published: 4 January 2024 · 5 min read").
 */
export function isDateline(line: string): boolean {
  const normalised = line.trim().replace(/\s+/g, ' ')
  return normalised.length <= MAX_DATELINE_LENGTH && DATELINE.test(normalised)
}
