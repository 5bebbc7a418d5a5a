function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

function paragraph(lines: string[]): string {
  return `<p>${lines.map(escapeHtml).join('<br>')}</p>`
}

/**
 * Plain text as paragraphs. The rule:
 * - When the text has blank lines, a blank line separates paragraphs, and the single line
 *   breaks inside a paragraph are kept as line breaks (not joined with spaces: in text copied
 *   from a web page every line is a separate thing — a button label, a byline, a date).
 * - When the text has no blank lines at all, every non-empty line is its own paragraph.
 */
export function plainTextToHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n')
  const hasBlankLines = lines.some((line) => line.trim() === '')
  if (!hasBlankLines) return lines.map((line) => paragraph([line.trim()])).join('')
  const paragraphs: string[][] = [[]]
  for (const line of lines) {
    const current = paragraphs[paragraphs.length - 1] ?? []
    if (line.trim() === '') {
      if (current.length > 0) paragraphs.push([])
    } else {
      current.push(line.trim())
    }
  }
  return paragraphs
    .filter((paragraphLines) => paragraphLines.length > 0)
    .map(paragraph)
    .join('')
}
