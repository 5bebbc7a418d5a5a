const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

const MONTH_NAME =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?'

/** ISO date (optionally with a time, which is ignored), "January 4, 2024" or "4 January 2024". */
export const CALENDAR_DATE_PATTERN =
  `\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?` +
  `|(?:${MONTH_NAME})\\.?\\s+\\d{1,2}${ORDINAL_SUFFIX},?\\s+\\d{4}` +
  `|\\d{1,2}${ORDINAL_SUFFIX}\\s+(?:${MONTH_NAME})\\.?,?\\s+\\d{4}`

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/
const MONTH_FIRST = new RegExp(
  `^(${MONTH_NAME})\\.?\\s+(\\d{1,2})${ORDINAL_SUFFIX},?\\s+(\\d{4})$`,
  'i',
)
const DAY_FIRST = new RegExp(
  `^(\\d{1,2})${ORDINAL_SUFFIX}\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})$`,
  'i',
)

function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] ?? 0
}

/** `YYYY-MM-DD`, or null when the parts do not name a real calendar day. */
function formatCalendarDate(year: number, month: number, day: number): string | null {
  // Date.UTC keeps the local timezone out of it; the round trip rejects "February 30".
  const date = new Date(Date.UTC(year, month - 1, day))
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null
  }
  return date.toISOString().slice(0, 10)
}

/**
 * A written date as `YYYY-MM-DD`, or null. For ISO timestamps the written calendar day is
 * kept as is rather than converted to another timezone.
 */
export function parseCalendarDate(text: string): string | null {
  const trimmed = text.trim().replace(/[.,;]$/, '')
  const iso = ISO_DATE.exec(trimmed)
  if (iso !== null) return formatCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const monthFirst = MONTH_FIRST.exec(trimmed)
  if (monthFirst !== null) {
    return formatCalendarDate(
      Number(monthFirst[3]),
      monthNumber(monthFirst[1] ?? ''),
      Number(monthFirst[2]),
    )
  }
  const dayFirst = DAY_FIRST.exec(trimmed)
  if (dayFirst !== null) {
    return formatCalendarDate(
      Number(dayFirst[3]),
      monthNumber(dayFirst[2] ?? ''),
      Number(dayFirst[1]),
    )
  }
  return null
}
