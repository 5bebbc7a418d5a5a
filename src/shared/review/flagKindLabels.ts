import type { ReviewFlagKind } from './reviewSchema'

/** One flag's kind as the cards, the announcements and the accessible descriptions name it. */
export const FLAG_KIND_LABELS: Readonly<Record<ReviewFlagKind, string>> = {
  claim: 'Claim',
  typo: 'Typo',
  furniture: 'Page furniture',
  medical: 'Medical question',
  comment: 'Comment',
}
