import type { ClaimSource, ReviewFlag } from '../../shared/review/reviewSchema'

/** A source attached to another claim of the review, offered for reuse. */
export interface ReusableSource {
  flagId: string
  sourceId: string
  /** What the reviewer picks by: the source's identifier and the claim it supports. */
  label: string
}

const LABEL_QUOTE_LENGTH = 40

/** A source's shortest identifying text: its DOI, PMID, web address or citation. */
export function sourceTitle(
  source: Pick<ClaimSource, 'url' | 'doi' | 'pmid' | 'citation'>,
): string {
  if (source.doi) return `DOI ${source.doi}`
  if (source.pmid) return `PMID ${source.pmid}`
  if (source.url) return source.url
  return source.citation
}

function shortened(text: string): string {
  return text.length > LABEL_QUOTE_LENGTH ? `${text.slice(0, LABEL_QUOTE_LENGTH - 1)}…` : text
}

/**
 * The sources attached to the review's other claims, once per source (a source already on this
 * claim — shared or with the same identifier — is left out).
 */
export function sourcesFromOtherClaims(
  flags: readonly ReviewFlag[],
  claimId: string,
): ReusableSource[] {
  const claim = flags.find((flag) => flag.id === claimId)
  const taken = new Set([
    ...(claim?.sources.map((source) => source.id) ?? []),
    ...(claim?.sources.map(sourceTitle) ?? []),
  ])
  const offered: ReusableSource[] = []
  for (const flag of flags) {
    if (flag.id === claimId || flag.kind !== 'claim' || flag.orphaned) continue
    for (const source of flag.sources) {
      const title = sourceTitle(source)
      if (taken.has(source.id) || taken.has(title)) continue
      taken.add(source.id)
      taken.add(title)
      offered.push({
        flagId: flag.id,
        sourceId: source.id,
        label: `${title} (on “${shortened(flag.anchor.exact)}”)`,
      })
    }
  }
  return offered
}
