const MINUTE_MS = 60_000

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/**
 * Formats an instant as local time with its UTC offset, e.g. `2026-11-25T10:15:02.123+01:00`,
 * so a reader sees the wall-clock time the reviewer saw. `offsetMinutes` is east of UTC
 * (+60 for CET); by default the machine's offset at that instant.
 */
export function formatLocalTimestamp(
  instant: Date,
  offsetMinutes: number = -instant.getTimezoneOffset(),
): string {
  const local = new Date(instant.getTime() + offsetMinutes * MINUTE_MS)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const absoluteOffset = Math.abs(offsetMinutes)
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `.${pad(local.getUTCMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(absoluteOffset / 60))}:${pad(absoluteOffset % 60)}`
  )
}
