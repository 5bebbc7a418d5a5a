/**
 * Claim precision, recall and F1 on every labelled claim set, with the figures from before the
 * issue 12 changes beside them. Errors are listed for the sets the rules are tuned on; for the
 * held-out sets only with --verbose, so that nobody tunes on them by accident.
 */
import { classifyClaim } from '../src/shared/checks/claims/classifyClaim'
import { CLAIM_SETS, type ClaimCounts } from './claimSets'
import { percent, type LabelledSentence } from './evaluationSupport'

export interface ClaimScore {
  precision: number
  recall: number
  f1: number
}

export function scoreCounts(counts: ClaimCounts): ClaimScore {
  const precision = counts.truePositives / Math.max(1, counts.truePositives + counts.falsePositives)
  const recall = counts.truePositives / Math.max(1, counts.truePositives + counts.falseNegatives)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

export function countClaims(sentences: readonly LabelledSentence[]): {
  counts: ClaimCounts
  errors: string[]
} {
  const counts: ClaimCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }
  const errors: string[] = []
  for (const { isClaim, sentence } of sentences) {
    const result = classifyClaim(sentence)
    if (result.isClaim && isClaim) counts.truePositives += 1
    if (result.isClaim && !isClaim) {
      counts.falsePositives += 1
      errors.push(`false claim (${result.cues.map((cue) => cue.label).join(', ')}): ${sentence}`)
    }
    if (!result.isClaim && isClaim) {
      counts.falseNegatives += 1
      errors.push(`missed claim: ${sentence}`)
    }
  }
  return { counts, errors }
}

const describe = (score: ClaimScore): string =>
  `P ${percent(score.precision)} R ${percent(score.recall)} F1 ${score.f1.toFixed(3)}`

export function evaluateClaims(verbose: boolean): void {
  console.log('\n== Claims (before = the rules before issue 12, at commit bbb687e) ==')
  for (const set of CLAIM_SETS) {
    const sentences = set.read()
    if (sentences.length === 0) continue
    const { counts, errors } = countClaims(sentences)
    const now = scoreCounts(counts)
    const before = scoreCounts(set.before)
    const claims = sentences.filter((sentence) => sentence.isClaim).length
    const f1Met = now.f1 >= set.f1Target
    const precisionMet = !set.keepPrecision || now.precision >= before.precision
    console.log(
      `${set.name.padEnd(36)} n=${sentences.length} (${claims} claims)  now ${describe(now)}  before ${describe(before)}`,
    )
    console.log(
      `${''.padEnd(36)} target F1 ≥ ${set.f1Target.toFixed(2)} ${f1Met ? 'met' : 'MISSED'}${set.keepPrecision ? `; precision not below before ${precisionMet ? 'met' : 'MISSED'}` : ''}`,
    )
    if (set.tunedOn || verbose) for (const error of errors) console.log(`  ${error}`)
  }
}

// `npx tsx eval/claimEvaluation.ts [--verbose]`: the claim figures alone, without the spelling ones.
if (require.main === module) evaluateClaims(process.argv.includes('--verbose'))
