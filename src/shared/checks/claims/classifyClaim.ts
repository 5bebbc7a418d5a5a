import { CLAIM_CUES, UNATTRIBUTED_QUOTE_CUE, type ClaimCueId } from './claimCues'
import { findSource, type SourceEvidence } from './findSource'

export interface FiredCue {
  id: ClaimCueId
  label: string
  /** The words that fired the cue. */
  evidence: string
}

export interface ClaimClassification {
  isClaim: boolean
  cues: FiredCue[]
  source: SourceEvidence | null
}

const QUESTION = /\?["'”’)]*\s*$/u
const OPINION =
  /^(?:i|we)\s+(?:think|believe|feel|felt|hope|love|loved|hate|wish|want|wanted|(?:am|was|were|are)(?!\s+(?:the|one|among|first|last|only|\d))|really|just|can['’]t\s+wait|personally)\b|\b(?:in\s+my\s+(?:opinion|view)|i\s+(?:think|believe|feel|felt|hope|suspect|guess|worry|fear|love)|we\s+(?:think|believe|feel|hope)|i['’]m\s+(?:so|very|really|not|proud|glad|happy|sad|worried|thrilled|delighted|grateful)|it\s+(?:feels|seems)\s+to\s+me|how\s+(?:lovely|wonderful|sad|awful)|what\s+a\s+(?:joy|shame|relief|pity)|frankly|honestly)\b/iu
const ADVICE =
  /^(?:talk|speak|ask|consider|try|make|remember|don['’]t|do|keep|join|register|sign|visit|click|learn|read|call|contact|follow|share|subscribe|check|take|avoid|get|be|see|find|please|let['’]s|aim|choose|drink|eat|sleep|rest|stay|wash|book|bring|think|if\s+you)\b|\b(?:you\s+(?:may|might|could|should)\s+(?:want|wish|like|consider|try|need)|it\s+(?:may|might|could)\s+be\s+(?:worth|wise|helpful|a\s+good\s+idea)|it['’]s\s+(?:worth|a\s+good\s+idea)|talk\s+to\s+your|speak\s+(?:to|with)\s+your|ask\s+your)\b/iu
const ANNOUNCEMENT =
  /\b(?:will\s+(?:open|host|hold|launch|begin|start|be\s+held|take\s+place|return|close|reopen|run(?!\s+(?:out|dry|short))|feature|announce)|is\s+(?:pleased|delighted|excited|proud)\s+to|are\s+(?:pleased|delighted|excited|proud)\s+to|join\s+us|tickets|registration|sign\s+up|is\s+now\s+open|are\s+now\s+open|applications?\s+(?:are|is)\s+(?:open|due))\b/iu
// A promise, plan or duty in the first person is not a checkable fact: "we will never give up",
// "I'm going to cut the corporate rate to 15 percent", "our plan would double the credit".
const PROMISE =
  /^(?:(?:and|but|so|look|folks|well|now|listen|again|today|together|tonight|first|second|third|finally|instead)[,\s]+){0,2}(?:(?:i|we|my\s+(?:plan|administration|budget|proposal|government)|our\s+(?:plan|administration|budget|proposal|government|party|campaign|country|nation|economy))\s+(?:will|would|shall|can|could|must|should|cannot|won['’]t|(?:need|have|want|intend|plan|promise|pledge|ought)\s+to|(?:am|are)\s+going\s+to)|(?:i|we)['’](?:ll|d|re\s+going\s+to|m\s+going\s+to))(?!\s+(?:tell|say|remind|point|repeat|admit|note)\b)\b|^if\s+(?:i|we)\b|\b(?:if|when|once)\s+(?:i|we)(?:\s+(?:am|are)|['’](?:m|re))\s+(?:elected|president|in\s+office)\b/iu
// What the speaker did or saw in person is a story, not a record: "I've knocked on thousands of
// doors", "I have met hundreds of families".
const EXPERIENCE =
  /^(?:(?:and|but|so|look|folks|well|now|listen)[,\s]+){0,2}(?:i|i['’]ve|i\s+have|i\s+had)\s+(?:\p{L}+ly\s+|also\s+|personally\s+)?(?:knocked|met|talked|spoken|heard|visited|travel+ed|seen|shaken|listened|sat\s+down|walked|driven|been\s+to)\b/iu
// A forecast or guidance in the first person cannot be checked yet: "we expect revenue to grow".
const FORECAST =
  /^(?:(?:and|but|so|now|again|finally|overall)[,\s]+){0,2}(?:(?:i|we)\s+(?:now\s+|still\s+|continue\s+to\s+|currently\s+)?(?:expect|anticipate|forecast|project|are\s+(?:targeting|guiding|forecasting|projecting|expecting))|(?:our|the)\s+(?:[\p{L}-]+\s+)?(?:guidance|outlook|forecast))\b/iu
// A hedge does not make a figure less checkable ("I think the deficit was nine hundred billion"),
// so it is set aside; "I believe in", "I think so" and "I think it's" stay opinions.
const HEDGE =
  /\b(?:(?:i|we)\s+(?:really\s+|honestly\s+|do\s+)?(?:think|believe|reckon|suspect|guess)(?:\s+that)?(?!\s+(?:in|so|not|it['’]s|this\s+is|that['’]s)\b)|if\s+i['’]m\s+not\s+mistaken|if\s+i\s+(?:recall|remember)\s+(?:correctly|right)|i['’]m\s+(?:told|pretty\s+sure|fairly\s+sure)|as\s+far\s+as\s+i\s+know|my\s+understanding\s+is(?:\s+that)?)\b[,\s]*/giu
// What follows a hedge is a view or a prediction when it is modal: "I think we can win".
const MODAL =
  /\b(?:will|would|could|should|can|might|may|must|shall|ought|going\s+to|needs?\s+to|ha(?:ve|s)\s+to)\b|['’](?:ll|d)\b/iu
// Quoted words: “…” or "…" with at least three words inside.
const QUOTE = /[“"]([^”"]*\s[^”"]*\s[^”"]*)[”"]/u
const ATTRIBUTION =
  /\b(?:said|says|say|told|tells|according\s+to|wrote|writes|added|adds|explained|explains|noted|notes|stated|states|asked|tweeted|posted|argued|argues|claimed|claims|insisted|recalled|admitted|replied|warned|warns|declared|announced|remarked)\b/iu

// Determiners and adjectives shown with the cue: "a new study reveals", not "study reveals".
const LEADING_WORDS =
  /(?:\b(?:a|an|the|one|another|this|their|our|new|recent|latest|large|small|national|government|official|federal)\s+){1,3}$/iu

// Cues that on their own are enough; the others only count in a plain declarative sentence.
const STRONG_CUES = new Set<ClaimCueId>(['research', 'statistic', 'trend', 'record'])
// Cues that still count behind a hedge: figures, records and what exists, not judgements.
const HEDGE_PROOF_CUES = new Set<ClaimCueId>([...STRONG_CUES, 'existence'])

/*
 * Speed: a case-insensitive Unicode regular expression is slow to scan (about 1 µs a sentence
 * for each of the ~30 cue patterns). Every pattern is written in lower case, so they are
 * compiled once more without the `i` flag and run on the lower-cased sentence; one alternation
 * of all of them tells first whether any cue can fire at all (most sentences have none).
 */
interface CompiledCue {
  id: ClaimCueId
  label: string
  /** Whether the pattern makes a claim on its own, or only supports another cue. */
  folded: { pattern: RegExp; alone: boolean }[]
  original: { pattern: RegExp; alone: boolean }[]
  /** Matches the lower-cased sentence whenever one of the cue's own patterns can. */
  gate: RegExp
}
const COMPILED: readonly CompiledCue[] = CLAIM_CUES.map((cue) => {
  const original = [
    ...cue.patterns.map((pattern) => ({ pattern, alone: true })),
    ...(cue.supporting ?? []).map((pattern) => ({ pattern, alone: false })),
  ]
  return {
    id: cue.id,
    label: cue.label,
    folded: original.map(({ pattern, alone }) => ({
      pattern: new RegExp(pattern.source, 'u'),
      alone,
    })),
    original,
    gate: combinedPattern(cue.patterns),
  }
})

/** The top-level alternatives of a pattern's source: "a|(b|c)|[|]" → ["a", "(b|c)", "[|]"]. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = []
  let depth = 0
  let inClass = false
  let from = 0
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index]
    if (character === '\\') index += 1
    else if (inClass) inClass = character !== ']'
    else if (character === '[') inClass = true
    else if (character === '(') depth += 1
    else if (character === ')') depth -= 1
    else if (character === '|' && depth === 0) {
      alternatives.push(source.slice(from, index))
      from = index + 1
    }
  }
  alternatives.push(source.slice(from))
  return alternatives
}

/**
 * One pattern that matches whenever any of the given patterns does (it may match a little more):
 * leading look-behinds are dropped and the word boundary most alternatives start with is tested
 * once.
 */
function combinedPattern(patterns: readonly RegExp[]): RegExp {
  const atWordStart: string[] = []
  const elsewhere: string[] = []
  for (const pattern of patterns) {
    for (const alternative of topLevelAlternatives(pattern.source)) {
      const bare = alternative.replace(/^\(\?<!(?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)/u, '')
      if (bare.startsWith(String.raw`\b`)) atWordStart.push(`(?:${bare.slice(2)})`)
      else elsewhere.push(`(?:${bare})`)
    }
  }
  return new RegExp([String.raw`\b(?:${atWordStart.join('|')})`, ...elsewhere].join('|'), 'u')
}

/**
 * V8 does not fully compile a very large regular expression: all the cue patterns in one came to
 * 23,000 characters and ran about 20 times slower than the same patterns in pieces of 8,000, so
 * the pre-check is split into pieces of at most this size.
 */
const MAX_GATE_SOURCE = 8_000

/** Patterns in runs whose sources add up to at most `MAX_GATE_SOURCE` characters each. */
function inPiecesOfBoundedSize(patterns: readonly RegExp[]): RegExp[][] {
  const pieces: RegExp[][] = [[]]
  let size = 0
  for (const pattern of patterns) {
    const piece = pieces[pieces.length - 1] ?? []
    if (piece.length > 0 && size + pattern.source.length > MAX_GATE_SOURCE) {
      pieces.push([pattern])
      size = pattern.source.length
    } else {
      piece.push(pattern)
      size += pattern.source.length
    }
  }
  return pieces
}

const ANY_CUE_GATES = inPiecesOfBoundedSize(CLAIM_CUES.flatMap((cue) => cue.patterns)).map(
  combinedPattern,
)

/**
 * Whether any cue can fire at all in a lower-cased sentence (most sentences have none).
 * Supporting patterns are left out: they never make a claim without some other cue.
 */
export function mayHaveCue(lowerCased: string): boolean {
  return ANY_CUE_GATES.some((gate) => gate.test(lowerCased))
}
const fold = (pattern: RegExp): RegExp => new RegExp(pattern.source, 'u')
const OPINION_FOLDED = fold(OPINION)
const ADVICE_FOLDED = fold(ADVICE)
const ANNOUNCEMENT_FOLDED = fold(ANNOUNCEMENT)
const PROMISE_FOLDED = fold(PROMISE)
const FORECAST_FOLDED = fold(FORECAST)
const EXPERIENCE_FOLDED = fold(EXPERIENCE)
const ATTRIBUTION_FOLDED = fold(ATTRIBUTION)

/** Whether a sentence makes a checkable claim, which cues fired, and whether it names a source. */
export function classifyClaim(sentence: string): ClaimClassification {
  const text = sentence.trim()
  const source = findSource(text)
  if (text === '' || QUESTION.test(text)) return { isClaim: false, cues: [], source }
  const lower = text.toLowerCase()
  // Lower-casing keeps offsets unless the text has a letter such as "İ"; then use the originals.
  const folded = lower.length === text.length
  const subject = folded ? lower : text
  const cues: (FiredCue & { alone: boolean })[] = []
  if (!folded || mayHaveCue(lower)) {
    for (const cue of COMPILED) {
      // One scan for the cue's own patterns; if it fails, only its supporting patterns can match.
      const open = !folded || cue.gate.test(lower)
      for (const { pattern, alone } of folded ? cue.folded : cue.original) {
        if (alone && !open) continue
        const match = pattern.exec(subject)
        if (match !== null) {
          const lead =
            LEADING_WORDS.exec(text.slice(Math.max(0, match.index - 80), match.index))?.[0] ?? ''
          const evidence = text.slice(match.index, match.index + match[0].length)
          cues.push({ id: cue.id, label: cue.label, evidence: (lead + evidence).trim(), alone })
          break
        }
      }
    }
  }
  const quote = QUOTE.exec(text)
  if (quote !== null && !(folded ? ATTRIBUTION_FOLDED : ATTRIBUTION).test(subject)) {
    cues.push({ ...UNATTRIBUTED_QUOTE_CUE, evidence: quote[0], alone: true })
  }
  if (cues.length === 0) return { isClaim: false, cues: [], source }
  const unhedged = subject.replace(HEDGE, '').trim()
  const isHedged = unhedged.length !== subject.trim().length
  const isOpinion =
    (folded ? OPINION_FOLDED : OPINION).test(unhedged) ||
    (isHedged && MODAL.test(unhedged)) ||
    (folded ? EXPERIENCE_FOLDED : EXPERIENCE).test(unhedged)
  const isAdvice = (folded ? ADVICE_FOLDED : ADVICE).test(unhedged)
  const isAnnouncement = (folded ? ANNOUNCEMENT_FOLDED : ANNOUNCEMENT).test(unhedged)
  const isPromise =
    (folded ? PROMISE_FOLDED : PROMISE).test(unhedged) ||
    (folded ? FORECAST_FOLDED : FORECAST).test(unhedged)
  const counted = cues.filter((cue) => {
    if (isOpinion || isAnnouncement || isPromise) return cue.id === 'research'
    if (isHedged) return HEDGE_PROOF_CUES.has(cue.id)
    if (isAdvice) return STRONG_CUES.has(cue.id)
    return true
  })
  const isClaim = counted.some((cue) => cue.alone)
  // "The agency says…" names its own source: the reviewer verifies it rather than finds one.
  const institution = counted.find((cue) => cue.id === 'attribution')
  return {
    isClaim,
    cues: isClaim ? counted.map(({ id, label, evidence }) => ({ id, label, evidence })) : [],
    source:
      source ??
      (isClaim && institution ? { kind: 'named source', text: institution.evidence } : null),
  }
}
