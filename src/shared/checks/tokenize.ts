export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'handle'

export interface Token {
  kind: TokenKind
  text: string
  start: number
  end: number
  /** Index of the sentence the token is in. */
  sentence: number
  /** Whether the token is the first word of its sentence (quotes and brackets skipped). */
  sentenceStart: boolean
}

export interface Sentence {
  text: string
  start: number
  end: number
}

export interface TokenizedText {
  tokens: Token[]
  sentences: Sentence[]
}

const URL_EMAIL_HANDLE = [
  // URLs: with a scheme, or www., or a bare domain with a path.
  String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’]|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|co|uk|int)(?:\/[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’])?\b)`,
  String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`,
  String.raw`(?<handle>[@#][\p{L}\p{N}_]+)`,
]
const NUMBER_AND_WORD = [
  // Numbers with their units or suffixes: 5mg, 1990s, 22nd, 3.5%, 10,000, 24/7, 10.1001/jama.
  String.raw`(?<number>[$£€]?\p{N}+(?:[,.:/–-]\p{N}+)*(?:[\p{L}%µ°]+\p{N}*)*)`,
  // Words with inner apostrophes: don’t, women’s, O’Brien.
  String.raw`(?<word>\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*)`,
]
const TOKEN_PATTERN = new RegExp([...URL_EMAIL_HANDLE, ...NUMBER_AND_WORD].join('|'), 'gu')
// Most blocks hold no URL, e-mail address or handle: a shorter pattern tokenises them faster.
const PLAIN_TOKEN_PATTERN = new RegExp(NUMBER_AND_WORD.join('|'), 'gu')
const MAY_HOLD_URL = /[@#]|:\/\/|www\.|\.(?:com|org|net|gov|edu|io|co|uk|int)\b/u

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'sr',
  'jr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'no',
  'fig',
  'figs',
  'vol',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'gov',
  'sen',
  'rep',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'rev',
  'hon',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'al',
  'ph.d',
  'm.d',
  'a.m',
  'p.m',
  'u.n',
  'e.u',
])

const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])|\n+/gu

function isAbbreviationBefore(text: string, periodIndex: number): boolean {
  if (text[periodIndex] !== '.') return false
  const before = text.slice(Math.max(0, periodIndex - 12), periodIndex)
  const match = /([\p{L}.]+)$/u.exec(before)
  if (match === null) return false
  const word = (match[1] ?? '').toLowerCase()
  // A single capital letter before a period is an initial: "J. Smith".
  if (word.length === 1) return /\p{Lu}/u.test(match[1] ?? '')
  return ABBREVIATIONS.has(word)
}

function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  const push = (end: number): void => {
    let from = start
    while (from < end && /\s/.test(text[from] ?? '')) from += 1
    let to = end
    while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1
    if (to > from) sentences.push({ text: text.slice(from, to), start: from, end: to })
  }
  for (const match of text.matchAll(SENTENCE_END)) {
    const index = match.index ?? 0
    if (match[0][0] !== '\n' && isAbbreviationBefore(text, index)) continue
    const end = index + match[0].length
    push(end)
    start = end
  }
  push(text.length)
  return sentences
}

/** Words, numbers, URLs and e-mail addresses with their offsets, and the sentences they are in. */
export function tokenize(text: string): TokenizedText {
  const sentences = splitSentences(text)
  const tokens: Token[] = []
  let sentenceIndex = 0
  let lastSentenceSeen = -1
  for (const match of text.matchAll(
    MAY_HOLD_URL.test(text) ? TOKEN_PATTERN : PLAIN_TOKEN_PATTERN,
  )) {
    const start = match.index ?? 0
    const groups = match.groups ?? {}
    const kind: TokenKind =
      groups.url !== undefined
        ? 'url'
        : groups.email !== undefined
          ? 'email'
          : groups.handle !== undefined
            ? 'handle'
            : groups.number !== undefined
              ? 'number'
              : 'word'
    while (sentenceIndex < sentences.length - 1 && start >= (sentences[sentenceIndex]?.end ?? 0)) {
      sentenceIndex += 1
    }
    const sentenceStart = lastSentenceSeen !== sentenceIndex
    lastSentenceSeen = sentenceIndex
    tokens.push({
      kind,
      text: match[0],
      start,
      end: start + match[0].length,
      sentence: sentenceIndex,
      sentenceStart,
    })
  }
  return { tokens, sentences }
}
