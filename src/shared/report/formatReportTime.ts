const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * An ISO timestamp as a reader sees it, in the wall-clock time it was recorded in:
 * `2026-11-25T10:15:02.123+01:00` → `25 Nov 2026, 10:15 (UTC+01:00)`. It never converts to
 * the reader's zone, so a report reads the same wherever it is rendered.
 */
export function formatReportTime(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})[^Z+-]*(Z|[+-]\d{2}:\d{2})$/.exec(iso)
  if (match === null) return iso
  const [, year, month, day, hours, minutes, zone] = match
  const zoneLabel = zone === 'Z' || zone === '+00:00' ? 'UTC' : `UTC${zone}`
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}, ${hours}:${minutes} (${zoneLabel})`
}

/** A calendar date `YYYY-MM-DD` as `25 Nov 2026`. */
export function formatReportDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (match === null) return date
  const [, year, month, day] = match
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`
}
