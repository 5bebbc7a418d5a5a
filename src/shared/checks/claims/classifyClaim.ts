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
  /^(?:i|we)\s+(?:think|believe|feel|felt|hope|love|loved|hate|wish|want|wanted|am|was|were|are|really|just|can['’]t\s+wait|personally)\b|\b(?:in\s+my\s+(?:opinion|view)|i\s+(?:think|believe|feel|felt|hope|suspect|guess|worry|fear|love)|we\s+(?:think|believe|feel|hope)|i['’]m\s+(?:so|very|really|not|proud|glad|happy|sad|worried|thrilled|delighted|grateful)|it\s+(?:feels|seems)\s+to\s+me|how\s+(?:lovely|wonderful|sad|awful)|what\s+a\s+(?:joy|shame|relief|pity)|frankly|honestly)\b/iu
const ADVICE =
  /^(?:talk|speak|ask|consider|try|make|remember|don['’]t|do|keep|join|register|sign|visit|click|learn|read|call|contact|follow|share|subscribe|check|take|avoid|get|be|see|find|please|let['’]s|aim|choose|drink|eat|sleep|rest|stay|wash|book|bring|think|if\s+you)\b|\b(?:you\s+(?:may|might|could|should)\s+(?:want|wish|like|consider|try|need)|it\s+(?:may|might|could)\s+be\s+(?:worth|wise|helpful|a\s+good\s+idea)|it['’]s\s+(?:worth|a\s+good\s+idea)|talk\s+to\s+your|speak\s+(?:to|with)\s+your|ask\s+your)\b/iu
const ANNOUNCEMENT =
  /\b(?:will\s+(?:open|host|hold|launch|begin|start|be\s+held|take\s+place|return|close|reopen|run|feature|announce)|is\s+(?:pleased|delighted|excited|proud)\s+to|are\s+(?:pleased|delighted|excited|proud)\s+to|join\s+us|tickets|registration|sign\s+up|is\s+now\s+open|are\s+now\s+open|applications?\s+(?:are|is)\s+(?:open|due))\b/iu
// Quoted words: “…” or "…" with at least three words inside.
const QUOTE = /[“"]([^”"]*\s[^”"]*\s[^”"]*)[”"]/u
const ATTRIBUTION =
  /\b(?:said|says|say|told|tells|according\s+to|wrote|writes|added|adds|explained|explains|noted|notes|stated|states|asked|tweeted|posted|argued|argues|claimed|claims|insisted|recalled|admitted|replied|warned|warns|declared|announced|remarked)\b/iu

// Determiners and adjectives shown with the cue: "a new study reveals", not "study reveals".
const LEADING_WORDS =
  /(?:\b(?:a|an|the|one|another|this|their|our|new|recent|latest|large|small|national|government|official|federal)\s+){1,3}$/iu

// Cues that on their own are enough; the others only count in a plain declarative sentence.
const STRONG_CUES = new Set<ClaimCueId>(['research', 'statistic'])

/** Whether a sentence makes a checkable claim, which cues fired, and whether it names a source. */
export function classifyClaim(sentence: string): ClaimClassification {
  const text = sentence.trim()
  const source = findSource(text)
  if (text === '' || QUESTION.test(text)) return { isClaim: false, cues: [], source }
  const cues: FiredCue[] = []
  for (const cue of CLAIM_CUES) {
    for (const pattern of cue.patterns) {
      const match = pattern.exec(text)
      if (match !== null) {
        const lead = LEADING_WORDS.exec(text.slice(0, match.index))?.[0] ?? ''
        cues.push({ id: cue.id, label: cue.label, evidence: (lead + match[0]).trim() })
        break
      }
    }
  }
  const quote = QUOTE.exec(text)
  if (quote !== null && !ATTRIBUTION.test(text)) {
    cues.push({ ...UNATTRIBUTED_QUOTE_CUE, evidence: quote[0] })
  }
  const isOpinion = OPINION.test(text)
  const isAdvice = ADVICE.test(text)
  const isAnnouncement = ANNOUNCEMENT.test(text)
  const counted = cues.filter((cue) => {
    if (isOpinion) return cue.id === 'research'
    if (isAnnouncement) return cue.id === 'research'
    if (isAdvice) return STRONG_CUES.has(cue.id)
    return true
  })
  return { isClaim: counted.length > 0, cues: counted, source }
}
