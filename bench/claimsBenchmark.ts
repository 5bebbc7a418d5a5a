/**
 * Speed of the claim checks (issue 12, claims across domains), printed apart from the spelling
 * figures: the classifier per sentence on every labelled claim sentence (most of them have cues,
 * so every pattern runs), and over the sentences of the 10,000-word draft `runBenchmarks.ts`
 * builds. The claims have no budget of their own: they are part of the full check's ≤ 100 ms.
 * Both the best and the median run are printed: on a busy machine the median mostly measures
 * the other processes.
 */
import { classifyClaim } from '../src/shared/checks/claims/classifyClaim'
import { tokenize } from '../src/shared/checks/tokenize'
import { CLAIM_SETS } from '../eval/claimSets'

const WARM_UP_RUNS = 5
const MEASURED_RUNS = 25

function timeRuns(action: () => void): { best: number; median: number } {
  for (let run = 0; run < WARM_UP_RUNS; run += 1) action()
  const times = Array.from({ length: MEASURED_RUNS }, () => {
    const start = performance.now()
    action()
    return performance.now() - start
  }).sort((a, b) => a - b)
  return { best: times[0] ?? 0, median: times[Math.floor(times.length / 2)] ?? 0 }
}

function classifyAll(sentences: readonly string[]): void {
  for (const sentence of sentences) classifyClaim(sentence)
}

export function runClaimsBenchmark(draft: { blocks: readonly string[]; words: number }): void {
  const labelled = CLAIM_SETS.flatMap((set) => set.read()).map((sentence) => sentence.sentence)
  const draftSentences = draft.blocks.flatMap((block) =>
    tokenize(block).sentences.map((sentence) => sentence.text),
  )
  const perSentence = (ms: number, count: number): string =>
    `${((ms * 1000) / count).toFixed(1)} µs`
  const labelledTimes = timeRuns(() => classifyAll(labelled))
  const draftTimes = timeRuns(() => classifyAll(draftSentences))
  console.log('\n== Claims (classifier speed) ==')
  console.log(
    `classify a labelled claim sentence (${labelled.length} sentences): best ${perSentence(labelledTimes.best, labelled.length)}, median ${perSentence(labelledTimes.median, labelled.length)} each`,
  )
  console.log(
    `classify the ${draftSentences.length} sentences of the ${draft.words}-word draft: best ${draftTimes.best.toFixed(1)} ms, median ${draftTimes.median.toFixed(1)} ms (part of the full check above)`,
  )
}
