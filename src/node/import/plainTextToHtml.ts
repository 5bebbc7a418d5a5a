function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

const WRAP_COLUMN_MIN = 55
const WRAP_COLUMN_MAX = 80

/**
 * A chunk reads as prose wrapped by hand (an e-mail, a text editor at 72 columns) when all
 * its lines but the last run close to one wrap column. Text copied from a web page never
 * looks like that: its lines are a headline, a button label, a byline, a whole paragraph.
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false
  const wrappedLines = lines.slice(0, -1)
  return wrappedLines.every(
    (line) =>
      line.length >= WRAP_COLUMN_MIN &&
      line.length <= WRAP_COLUMN_MAX &&
      !/[.!?:]["”’)]?$/.test(line),
  )
}

/**
 * Plain text as paragraphs. Blank lines separate paragraphs. Inside a chunk, hand-wrapped
 * prose is joined back into one paragraph; otherwise every line is a paragraph of its own,
 * because in text copied from a web page every line is a separate thing.
 */
export function plainTextToHtml(text: string): string {
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0)
  return chunks
    .flatMap((lines) => (isHardWrapped(lines) ? [lines.join(' ')] : lines))
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('')
}
