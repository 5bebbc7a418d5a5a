/**
 * Speed of the claim checks (issue 12, claims across domains), printed apart from the spelling
 * figures: the classifier per sentence on every labelled claim sentence (most of them have cues,
 * so every pattern runs), and over the sentences of the 10,000-word draft `runBenchmarks.ts`
 * builds. The claims have no budget of their own: they are part of the full check's ≤ 100 ms.
 */
import { classifyClaim } from '../src/shared/checks/claims/classifyClaim'
import { tokenize } from '../src/shared/checks/tokenize'
import { CLAIM_SETS } from '../eval/claimSets'

const WARM_UP_RUNS = 5
const MEASURED_RUNS = 15

function medianTime(action: () => void): number {
  for (let run = 0; run < WARM_UP_RUNS; run += 1) action()
  const times = Array.from({ length: MEASURED_RUNS }, () => {
    const start = performance.now()
    action()
    return performance.now() - start
  }).sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? 0
}

function classifyAll(sentences: readonly string[]): void {
  for (const sentence of sentences) classifyClaim(sentence)
}

/** Prints the claim figures; `fullCheckMs` is the full check's warm time on the same draft. */
export function runClaimsBenchmark(draft: {
  blocks: readonly string[]
  words: number
  fullCheckMs: number
}): void {
  const labelled = CLAIM_SETS.flatMap((set) => set.read()).map((sentence) => sentence.sentence)
  const draftSentences = draft.blocks.flatMap((block) =>
    tokenize(block).sentences.map((sentence) => sentence.text),
  )
  const labelledMs = medianTime(() => classifyAll(labelled))
  const draftMs = medianTime(() => classifyAll(draftSentences))
  console.log('\n== Claims (classifier speed) ==')
  console.log(
    `classify a labelled claim sentence (${labelled.length} sentences): ${((labelledMs * 1000) / labelled.length).toFixed(1)} µs each`,
  )
  console.log(
    `classify the ${draftSentences.length} sentences of the ${draft.words}-word draft, warm: ${draftMs.toFixed(1)} ms = ${((draftMs / draft.fullCheckMs) * 100).toFixed(0)}% of the full check (target for the full check ≤ 100 ms, above)`,
  )
}
