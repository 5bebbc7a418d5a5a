export interface SourceEvidence {
  kind: 'link' | 'DOI' | 'PMID' | 'citation' | 'journal' | 'named source'
  text: string
}

// Each pattern runs only when the sentence holds one of its literal parts (a cheap test).
const SOURCE_PATTERNS: {
  kind: SourceEvidence['kind']
  pattern: RegExp
  mayMatch: (sentence: string) => boolean
}[] = [
  {
    kind: 'DOI',
    mayMatch: (sentence) => sentence.includes('10.'),
    pattern: /\b(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/[^\s,;]+/iu,
  },
  {
    kind: 'PMID',
    mayMatch: (sentence) => sentence.includes('PMID'),
    pattern: /\bPMID:?\s*\d{5,9}\b/u,
  },
  {
    kind: 'link',
    mayMatch: (sentence) => {
      const lower = sentence.toLowerCase()
      return (
        lower.includes('http') ||
        lower.includes('www.') ||
        ['.gov', '.org', '.edu', '.com', '.int'].some((domain) => lower.includes(domain))
      )
    },
    pattern: /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:gov|org|edu|com|int)(?:\/\S*)?\b/iu,
  },
  {
    kind: 'citation',
    mayMatch: (sentence) => sentence.includes('('),
    pattern:
      /\((?:see\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:et\s+al\.?|and|&)(?:\s+\p{Lu}[\p{L}'’-]+)?)?,?\s+(?:19|20)\d\d[a-z]?(?:[;,][^)]*)?\)/u,
  },
  {
    kind: 'journal',
    mayMatch: () => true,
    pattern:
      /\b(?:published|appeared|reported)\s+(?:\p{L}+\s+)?(?:in|by)\s+(?:the\s+)?(?:journal\s+)?(?:\p{Lu}[\p{L}&-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}&-]*)*/u,
  },
  {
    kind: 'named source',
    mayMatch: () => true,
    pattern:
      /\baccording\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*)|\b(?:said|says|told|wrote|explained|added|noted|stated|argued)\s+(?:Dr\.?\s+|Prof\.?\s+)?\p{Lu}[\p{L}’'-]+|\b(?:Dr\.?|Prof\.?|\p{Lu}[\p{L}’'-]+)\s+(?:\p{Lu}[\p{L}’'-]+\s+)?(?:said|says|told|wrote|explained|added|noted|stated|argued)\b/u,
  },
]

/** "https://example.org/study)." → "https://example.org/study": the sentence's punctuation is not part of a link. */
function withoutTrailingPunctuation(text: string): string {
  return text.replace(/[).,;:!?”’"']+$/u, '')
}

/** The first thing in a sentence that names its source, or null. */
export function findSource(sentence: string): SourceEvidence | null {
  for (const { kind, pattern, mayMatch } of SOURCE_PATTERNS) {
    if (!mayMatch(sentence)) continue
    const match = pattern.exec(sentence)
    if (match !== null) return { kind, text: withoutTrailingPunctuation(match[0]) }
  }
  return null
}
