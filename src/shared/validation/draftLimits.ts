/**
 * The size of a draft Copydesk works with, whichever way it arrives (file, paste, a command
 * that carries content, a review file read from disk, the command line). Every limit is far
 * beyond a real article (a long feature runs to a few hundred paragraphs and 10,000 words) and
 * low enough that importing, checking, saving and editing stay fast and small in memory.
 */
export const DRAFT_LIMITS = {
  /** Textblocks (paragraphs and headings), empty ones included. */
  paragraphs: 10_000,
  /** Characters of the draft's text (see src/shared/text/documentText). */
  characters: 1_000_000,
  /** Characters of one paragraph. */
  paragraphCharacters: 50_000,
  /** Characters of a Markdown file, whose parser slows down on long runs of markup. */
  markdownCharacters: 500_000,
  /** Lines of a Markdown file. */
  markdownLines: 50_000,
  /** Elements open inside one another in HTML (real pages nest a few dozen). */
  markupDepth: 500,
  /** Nodes of the document tree: blocks, text runs and line breaks. */
  nodes: 100_000,
  /** Levels of the document tree, the document itself included (a list in a quote is 4 deep). */
  depth: 32,
} as const

export type DraftLimit = keyof typeof DRAFT_LIMITS

const formatted = (count: number): string => count.toLocaleString('en-GB')

const DESCRIPTIONS: Record<DraftLimit, (limit: string) => string> = {
  paragraphs: (limit) => `it has more than ${limit} paragraphs (the limit is ${limit})`,
  characters: (limit) => `its text is longer than ${limit} characters (the limit is ${limit})`,
  paragraphCharacters: (limit) =>
    `it has a paragraph or line longer than ${limit} characters (the limit is ${limit})`,
  markdownCharacters: (limit) =>
    `its Markdown is longer than ${limit} characters (the limit is ${limit})`,
  markdownLines: (limit) => `it has more than ${limit} lines (the limit is ${limit})`,
  markupDepth: (limit) =>
    `its HTML nests elements more than ${limit} levels deep (the limit is ${limit})`,
  nodes: (limit) => `it has more than ${limit} blocks and text runs (the limit is ${limit})`,
  depth: (limit) => `it nests blocks more than ${limit} levels deep (the limit is ${limit})`,
}

/** Why a draft is over `limit`, in words that complete "Could not open “file”: …". */
export function describeDraftLimit(limit: DraftLimit): string {
  return DESCRIPTIONS[limit](formatted(DRAFT_LIMITS[limit]))
}
