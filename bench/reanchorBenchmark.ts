/**
 * Re-anchoring speed: 1,000 stored flags on a 10,000-word draft, then a revised draft with
 * edits spread through it (some sentences changed a little, some deleted, paragraphs
 * inserted), as when a new version is imported or a long editing session is saved.
 */
import type { ReanchorSummary } from '../src/shared/anchoring/reanchorFlags'
import { anchorAt } from '../src/shared/anchoring/anchorAt'
import { reanchorFlags } from '../src/shared/anchoring/reanchorFlags'
import type { ReviewFlag } from '../src/shared/review/reviewSchema'

const FLAG_COUNT = 1000
const TARGET_WORDS = 10_000
const ACTOR = { id: 'bench', name: 'Bench Reviewer' }
const AT = '2026-01-01T00:00:00.000Z'
const CHANGE_EVERY = 9
const DELETE_EVERY = 23
const INSERT_EVERY_PARAGRAPHS = 12
/** Small edits a writer makes to a sentence: a word changed, one added, a typo fixed. */
const WORD_SWAPS: readonly [RegExp, string][] = [
  [/\bdescribed\b/, 'outlined'],
  [/\bthe\b/, 'this'],
  [/ (at|in|on|during|before) /, ' really $1 '],
  [/\ba\b/, 'one'],
  [/\b(\w+)ed\b/, '$1s'],
  [/\.$/, ', they said.'],
]

export interface ReanchorBenchmarkDraft {
  flags: ReviewFlag[]
  revised: string
  words: number
  changedSentences: number
  deletedSentences: number
  insertedParagraphs: number
}

const SUBJECTS = [
  'The clinic nurse',
  'A local pharmacist',
  'Our health reporter',
  'The school doctor',
  'A retired surgeon',
  'The ward manager',
  'A young physiotherapist',
  'The council officer',
  'A visiting dietitian',
  'The night porter',
  'An exhausted midwife',
  'The hospital chaplain',
  'A trainee paramedic',
  'The practice receptionist',
  'A community volunteer',
  'The senior radiographer',
]
const VERBS = [
  'described',
  'questioned',
  'praised',
  'explained',
  'doubted',
  'measured',
  'recorded',
  'reviewed',
  'defended',
  'compared',
  'summarised',
  'challenged',
  'welcomed',
  'observed',
  'mentioned',
  'criticised',
]
const OBJECTS = [
  'the new appointment system',
  'a rise in winter admissions',
  'the waiting times for scans',
  'a shortage of flu vaccines',
  'the cost of parking permits',
  'an outbreak of stomach bugs',
  'the closing of the night pharmacy',
  'a trial of walking groups',
  'the number of missed visits',
  'a plan for weekend clinics',
  'the rules on hospital visitors',
  'a fall in blood donations',
  'the state of the old lifts',
  'a campaign about sun cream',
  'the menu in the staff canteen',
  'a leaflet on sleep problems',
]
const PLACES = [
  'at a packed public meeting',
  'in a letter to the board',
  'during a radio phone-in',
  'on the ward round',
  'in the local newspaper',
  'at the annual open day',
  'in a short video',
  'during the night shift',
  'at a union gathering',
  'in an online forum',
  'before the school assembly',
  'in the quarterly report',
  'at the market stall',
  'during an inspection',
  'in a staff survey',
  'at the charity dinner',
]
const TIMES = [
  'last Monday',
  'early in March',
  'over the summer',
  'two weeks ago',
  'on Friday evening',
  'in late autumn',
  'after the holidays',
  'this spring',
  'in January',
  'at the weekend',
  'a month later',
  'the year before',
  'on a rainy Tuesday',
  'before Easter',
  'in mid-July',
  'at dawn',
]

/** Small deterministic PRNG (mulberry32), so every run builds the same draft and edits. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A 10,000-word draft of six-sentence paragraphs whose sentences are made from five random
 * parts. The keystroke benchmark's draft (`generateLongDraft`) repeats a few sentences word for
 * word: there every changed or deleted quote would be found exactly in one of its copies, and
 * the search for a changed quote would never run.
 */
function distinctParagraphs(): string[][] {
  const next = random(20_261_125)
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)] ?? ''
  const paragraphs: string[][] = []
  let words = 0
  while (words < TARGET_WORDS) {
    const sentences = Array.from(
      { length: 6 },
      () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(PLACES)} ${pick(TIMES)}.`,
    )
    paragraphs.push(sentences)
    words += sentences.join(' ').split(/\s+/).length
  }
  return paragraphs
}

function flagOn(text: string, start: number, end: number, index: number): ReviewFlag {
  const claim = end - start > 18
  return {
    id: `flag-${index}`,
    kind: claim ? 'claim' : 'typo',
    origin: 'check',
    ruleId: 'bench/flag',
    severity: 'warning',
    message: 'Benchmark flag',
    expected: [],
    status: claim ? 'needs-source' : 'open',
    statusReason: null,
    anchor: anchorAt(text, start, end),
    orphaned: false,
    createdAt: AT,
    createdBy: ACTOR,
    sources: [],
    notes: [],
    history: [],
  }
}

export function buildReanchorBenchmark(): ReanchorBenchmarkDraft {
  const paragraphs = distinctParagraphs()
  const text = paragraphs.map((sentences) => sentences.join(' ')).join('\n\n')

  const flags: ReviewFlag[] = []
  const revisedParagraphs: string[] = []
  let offset = 0
  let sentenceIndex = 0
  let changedSentences = 0
  let deletedSentences = 0
  let insertedParagraphs = 0
  paragraphs.forEach((sentences, paragraphIndex) => {
    if (paragraphIndex > 0 && paragraphIndex % INSERT_EVERY_PARAGRAPHS === 0) {
      insertedParagraphs += 1
      revisedParagraphs.push(
        `An editor added paragraph ${insertedParagraphs} here, with new material from an interview.`,
      )
    }
    const revisedSentences: string[] = []
    sentences.forEach((sentence, index) => {
      // Every sentence is a claim and has a typo flag on a few words in it.
      if (flags.length < FLAG_COUNT)
        flags.push(flagOn(text, offset, offset + sentence.length, flags.length))
      if (flags.length < FLAG_COUNT) {
        const start = offset + Math.floor(sentence.length / 3)
        flags.push(flagOn(text, start, start + 18, flags.length))
      }
      if (sentenceIndex % DELETE_EVERY === 5) {
        deletedSentences += 1
      } else if (sentenceIndex % CHANGE_EVERY === 2) {
        const [pattern, replacement] = WORD_SWAPS[sentenceIndex % WORD_SWAPS.length] ?? [/^/, '']
        const changed = pattern.test(sentence)
          ? sentence.replace(pattern, replacement)
          : `Indeed, ${sentence}`
        changedSentences += 1
        revisedSentences.push(changed)
      } else {
        revisedSentences.push(sentence)
      }
      offset += sentence.length + (index < sentences.length - 1 ? 1 : 2)
      sentenceIndex += 1
    })
    revisedParagraphs.push(revisedSentences.join(' '))
  })
  return {
    flags,
    revised: revisedParagraphs.join('\n\n'),
    words: text.split(/\s+/).length,
    changedSentences,
    deletedSentences,
    insertedParagraphs,
  }
}

export function reanchorAll(draft: ReanchorBenchmarkDraft): ReanchorSummary {
  return reanchorFlags(draft.flags, draft.revised, [], AT, ACTOR).summary
}
