import { diffArrays, diffWordsWithSpace } from 'diff'
import { BLOCK_SEPARATOR, documentText } from '../text/documentText'
import type { KeptVersion } from './reviewSchema'

/** A run of words inside a changed sentence: unchanged, or only in one of the two versions. */
export interface WordPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

export interface VersionDiffSegment {
  kind: 'same' | 'added' | 'removed'
  /** Sentences as written, paragraph breaks as `BLOCK_SEPARATOR`. */
  text: string
  /** How many sentences the segment holds (paragraph breaks are not counted). */
  sentences: number
  /** A long unchanged run away from any change, which a view may show folded. */
  collapsible: boolean
  /**
   * For a removed segment followed directly by an added one (a rewritten passage): the words of
   * this side, with the words the other side does not have marked.
   */
  words?: WordPart[]
}

export interface VersionDiff {
  segments: VersionDiffSegment[]
  addedSentences: number
  removedSentences: number
}

type Comparable = Pick<KeptVersion, 'metadata' | 'content'>

/** Unchanged sentences shown on each side of a change before the rest is folded. */
const CONTEXT_SENTENCES = 2
/** Rewritten passages longer than this (in characters) are not diffed word by word. */
const MAX_WORD_DIFF_LENGTH = 4_000

/** The text a reader compares: the title, then the body in the one text model. */
export function versionText(version: Comparable): string {
  const body = documentText(version.content).text
  const title = version.metadata.title.trim()
  return title === '' ? body : `${title}${BLOCK_SEPARATOR}${body}`
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * Sentences and paragraph breaks. A paragraph always ends a sentence, so a heading without a
 * full stop is not joined to the paragraph after it.
 */
function sentenceTokens(text: string): string[] {
  const tokens: string[] = []
  text.split(BLOCK_SEPARATOR).forEach((block, index) => {
    if (index > 0) tokens.push(BLOCK_SEPARATOR)
    for (const { segment } of sentenceSegmenter.segment(block)) tokens.push(segment)
  })
  return tokens
}

function countSentences(tokens: readonly string[]): number {
  return tokens.filter((token) => token !== BLOCK_SEPARATOR && token.trim() !== '').length
}

/** The same sentence, whether or not another one follows it on the same line. */
function sameSentence(a: string, b: string): boolean {
  return a.trim() === b.trim()
}

function segment(kind: VersionDiffSegment['kind'], tokens: string[]): VersionDiffSegment {
  return { kind, text: tokens.join(''), sentences: countSentences(tokens), collapsible: false }
}

/** Splits an unchanged run so that only its part away from the changes is collapsible. */
function foldUnchanged(
  tokens: string[],
  changeBefore: boolean,
  changeAfter: boolean,
): VersionDiffSegment[] {
  const sentenceIndexes = tokens.flatMap((token, index) =>
    token === BLOCK_SEPARATOR || token.trim() === '' ? [] : [index],
  )
  const keepBefore = changeBefore ? CONTEXT_SENTENCES : 0
  const keepAfter = changeAfter ? CONTEXT_SENTENCES : 0
  // Folding must hide more than it costs to say it is hidden.
  if (sentenceIndexes.length <= keepBefore + keepAfter + 1) return [segment('same', tokens)]
  const foldStart = keepBefore === 0 ? 0 : (sentenceIndexes[keepBefore] ?? tokens.length)
  const foldEnd =
    keepAfter === 0
      ? tokens.length
      : (sentenceIndexes[sentenceIndexes.length - keepAfter] ?? tokens.length)
  return [
    segment('same', tokens.slice(0, foldStart)),
    { ...segment('same', tokens.slice(foldStart, foldEnd)), collapsible: true },
    segment('same', tokens.slice(foldEnd)),
  ].filter((part) => part.text !== '')
}

function addWordParts(removed: VersionDiffSegment, added: VersionDiffSegment): void {
  if (removed.text.length + added.text.length > MAX_WORD_DIFF_LENGTH) return
  const changes = diffWordsWithSpace(removed.text, added.text)
  const side = (hidden: 'added' | 'removed', shown: 'added' | 'removed'): WordPart[] => {
    const parts: WordPart[] = []
    for (const change of changes) {
      if (change[hidden]) continue
      const kind = change[shown] ? shown : 'same'
      const last = parts.at(-1)
      if (last?.kind === kind) last.text += change.value
      else parts.push({ kind, text: change.value })
    }
    return parts
  }
  removed.words = side('added', 'removed')
  added.words = side('removed', 'added')
}

/** What changed, sentence by sentence, from `older` to `newer`. */
export function diffTexts(older: string, newer: string): VersionDiff {
  const changes = diffArrays(sentenceTokens(older), sentenceTokens(newer), {
    comparator: sameSentence,
  })
  const segments: VersionDiffSegment[] = []
  changes.forEach((change, index) => {
    if (change.added || change.removed) {
      segments.push(segment(change.added ? 'added' : 'removed', change.value))
      return
    }
    segments.push(...foldUnchanged(change.value, index > 0, index < changes.length - 1))
  })
  segments.forEach((current, index) => {
    const next = segments[index + 1]
    if (current.kind === 'removed' && next?.kind === 'added') addWordParts(current, next)
  })
  const total = (kind: 'added' | 'removed') =>
    segments.filter((part) => part.kind === kind).reduce((sum, part) => sum + part.sentences, 0)
  return { segments, addedSentences: total('added'), removedSentences: total('removed') }
}

/** What changed, sentence by sentence, between two kept versions of a draft. */
export function diffVersions(older: Comparable, newer: Comparable): VersionDiff {
  return diffTexts(versionText(older), versionText(newer))
}
