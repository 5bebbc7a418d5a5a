import { useEffect } from 'react'
import { metadataKnownWords } from '../../shared/checks/spelling/metadataKnownWords'
import type { ReviewMetadata } from '../../shared/review/reviewSchema'
import type { CheckService } from './checkService'

/** Typing a name in the author field re-checks the draft once the typing pauses, not per key. */
const REVIEW_WORDS_DELAY_MS = 400

/** Keeps the spelling check knowing the names in this review's metadata. */
export function useReviewWords(
  checkService: CheckService,
  metadata: Pick<ReviewMetadata, 'author' | 'imageCredit'>,
): void {
  const { author, imageCredit } = metadata
  useEffect(() => {
    const timer = window.setTimeout(
      () => checkService.setReviewWords(metadataKnownWords({ author, imageCredit })),
      REVIEW_WORDS_DELAY_MS,
    )
    return () => window.clearTimeout(timer)
  }, [checkService, author, imageCredit])
}
