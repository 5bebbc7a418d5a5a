import type { ReportFlagKind, ReviewReport } from './reviewReportSchema'

export interface TextSegment {
  text: string
  /** The kind of the flag on this stretch of text; null for unflagged text. */
  kind: ReportFlagKind | null
}

/**
 * The annotated text as paragraphs of plain and flagged stretches. Where flags overlap, the
 * first one (in text order) wins the overlap, so each character is drawn once.
 */
export function annotatedParagraphs(
  annotated: NonNullable<ReviewReport['annotatedText']>,
): TextSegment[][] {
  const { text } = annotated
  const highlights = [...annotated.highlights].sort((first, second) => first.start - second.start)
  const segments: TextSegment[] = []
  let position = 0
  for (const highlight of highlights) {
    const start = Math.max(highlight.start, position)
    const end = Math.min(highlight.end, text.length)
    if (end <= start) continue
    if (start > position) segments.push({ text: text.slice(position, start), kind: null })
    segments.push({ text: text.slice(start, end), kind: highlight.kind })
    position = end
  }
  if (position < text.length) segments.push({ text: text.slice(position), kind: null })

  const paragraphs: TextSegment[][] = [[]]
  for (const segment of segments) {
    const pieces = segment.text.split('\n\n')
    pieces.forEach((piece, index) => {
      if (index > 0) paragraphs.push([])
      if (piece !== '') paragraphs.at(-1)?.push({ text: piece, kind: segment.kind })
    })
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0)
}
