import type { ReviewMetadata } from '../../review/reviewSchema'

/**
 * The names the draft's own details give (author, image credit: "Tomas Lindqvist | Stockfolio"),
 * which the spelling check of that review knows as words. Only capitalised words count: a
 * credit's "via" or "for" stays an ordinary word.
 */
export function metadataKnownWords(
  metadata: Pick<ReviewMetadata, 'author' | 'imageCredit'>,
): string[] {
  const words = new Set<string>()
  for (const field of [metadata.author, metadata.imageCredit]) {
    for (const word of field.split(/[^\p{L}\p{M}'’-]+/u)) {
      const trimmed = word.replace(/^['’-]+|['’-]+$/gu, '')
      if (/^\p{Lu}/u.test(trimmed) && trimmed.length > 1) words.add(trimmed)
    }
  }
  return [...words]
}
