import type { ReviewSummary } from '../../shared/review/reviewSchema'

export type LibrarySort = 'last-change' | 'title' | 'status'

export const LIBRARY_SORT_LABELS: Readonly<Record<LibrarySort, string>> = {
  'last-change': 'Last change',
  title: 'Title',
  status: 'Open flags',
}

/** The order each sort puts the list in, for the column header's aria-sort. */
export const LIBRARY_SORT_DIRECTIONS: Readonly<Record<LibrarySort, 'ascending' | 'descending'>> = {
  'last-change': 'descending',
  title: 'ascending',
  status: 'descending',
}

const UNTITLED = 'Untitled draft'

export function displayTitle(summary: Pick<ReviewSummary, 'title'>): string {
  return summary.title.trim() || UNTITLED
}

/** Lower case without accents, so "jose" finds "José" and "OKAFOR" finds "Okafor". */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

const COMPARE: Record<LibrarySort, (left: ReviewSummary, right: ReviewSummary) => number> = {
  'last-change': (left, right) => right.updatedAt.localeCompare(left.updatedAt),
  title: (left, right) => titleCollator.compare(displayTitle(left), displayTitle(right)),
  status: (left, right) => (right.openFlagCount ?? 0) - (left.openFlagCount ?? 0),
}

/**
 * The reviews the library shows: those whose title or author contains every word of the
 * query, in the chosen order (ties by last change, newest first).
 */
export function listLibrary(
  summaries: readonly ReviewSummary[],
  query: string,
  sort: LibrarySort,
): ReviewSummary[] {
  const words = searchable(query).split(/\s+/).filter(Boolean)
  const matching =
    words.length === 0
      ? [...summaries]
      : summaries.filter((summary) => {
          const haystack = searchable(`${summary.title} ${summary.author}`)
          return words.every((word) => haystack.includes(word))
        })
  const byLastChange = COMPARE['last-change']
  return matching.sort((left, right) => COMPARE[sort](left, right) || byLastChange(left, right))
}
