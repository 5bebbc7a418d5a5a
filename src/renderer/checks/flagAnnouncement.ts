const QUOTE_LENGTH = 60

/** A flag's words on one line, shortened with an ellipsis. */
export function shortFlagQuote(quote: string): string {
  const oneLine = quote.replace(/\s+/g, ' ').trim()
  return oneLine.length > QUOTE_LENGTH ? `${oneLine.slice(0, QUOTE_LENGTH - 1)}…` : oneLine
}

export interface AnnouncedFlag {
  /** The kind's name, e.g. "Claim". */
  label: string
  message: string
  quote: string
}

/**
 * What a screen reader says when F8 (or the card shortcut) lands on a flag, e.g.
 * "Claim: Needs a source — “A new study shows…”, 3 of 12". `place` is left out when the flag is
 * not one of a counted list.
 */
export function flagAnnouncement(
  flag: AnnouncedFlag,
  place?: { position: number; total: number },
): string {
  const where = place ? `, ${place.position} of ${place.total}` : ''
  return `${flag.label}: ${flag.message} — “${shortFlagQuote(flag.quote)}”${where}`
}
