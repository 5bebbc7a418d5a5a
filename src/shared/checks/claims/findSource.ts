export interface SourceEvidence {
  kind: 'link' | 'DOI' | 'PMID' | 'citation' | 'journal' | 'named source'
  text: string
}

const SOURCE_PATTERNS: { kind: SourceEvidence['kind']; pattern: RegExp }[] = [
  { kind: 'DOI', pattern: /\b(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/[^\s,;]+/iu },
  { kind: 'PMID', pattern: /\bPMID:?\s*\d{5,9}\b/u },
  {
    kind: 'link',
    pattern: /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:gov|org|edu|com|int)(?:\/\S*)?\b/iu,
  },
  {
    kind: 'citation',
    pattern:
      /\((?:see\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:et\s+al\.?|and|&)(?:\s+\p{Lu}[\p{L}'’-]+)?)?,?\s+(?:19|20)\d\d[a-z]?(?:[;,][^)]*)?\)/u,
  },
  {
    kind: 'journal',
    pattern:
      /\b(?:published|appeared|reported)\s+(?:\p{L}+\s+)?(?:in|by)\s+(?:the\s+)?(?:journal\s+)?(?:\p{Lu}[\p{L}&-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}&-]*)*/u,
  },
  {
    kind: 'named source',
    pattern:
      /\baccording\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*)|\b(?:said|says|told|wrote|explained|added|noted|stated|argued)\s+(?:Dr\.?\s+|Prof\.?\s+)?\p{Lu}[\p{L}’'-]+|\b(?:Dr\.?|Prof\.?|\p{Lu}[\p{L}’'-]+)\s+(?:\p{Lu}[\p{L}’'-]+\s+)?(?:said|says|told|wrote|explained|added|noted|stated|argued)\b/u,
  },
]

/** The first thing in a sentence that names its source, or null. */
export function findSource(sentence: string): SourceEvidence | null {
  for (const { kind, pattern } of SOURCE_PATTERNS) {
    const match = pattern.exec(sentence)
    if (match !== null) return { kind, text: match[0] }
  }
  return null
}
