import type { FlagFields } from '../checkFlag'
import { quote, type Rule } from '../ruleContext'
import { claimRuleId } from '../ruleIds'
import { classifyClaim } from './classifyClaim'

/**
 * One flag per sentence that makes a checkable claim: "Needs a source — <cue>" as a warning, or
 * "Source given — verify (<kind>)" as info when the sentence names its source.
 */
export const claimRule: Rule = (context) => {
  const flags: FlagFields[] = []
  for (const sentence of context.sentences) {
    if (context.masked.some((range) => sentence.start < range.end && range.start < sentence.end)) {
      continue
    }
    const classification = classifyClaim(sentence.text)
    const [cue] = classification.cues
    if (!classification.isClaim || cue === undefined) continue
    const cueList = classification.cues.map((fired) => `${fired.label} (${quote(fired.evidence)})`)
    const source = classification.source
    flags.push({
      kind: 'claim',
      ruleId: claimRuleId(cue.id),
      severity: source === null ? 'warning' : 'info',
      start: sentence.start,
      end: sentence.end,
      actual: sentence.text,
      message:
        source === null
          ? `Needs a source — ${cue.label} (${quote(cue.evidence)})`
          : `Source given — verify (${source.kind})`,
      suggestions: [],
      // The message already names the first cue; the note adds what it does not say.
      note:
        source === null
          ? cueList.length > 1
            ? `Also: ${cueList.slice(1).join('; ')}`
            : ''
          : `Cues: ${cueList.join('; ')}. Source: ${quote(source.text)}`,
    })
  }
  return flags
}
