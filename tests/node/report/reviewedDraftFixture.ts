import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { importDraftBytes } from '../../../src/node/import/importDraft'
import { openReviewCommands } from '../../../src/node/review/openReviewCommands'
import { ReviewStore } from '../../../src/node/store/reviewStore'
import type { Actor, Review } from '../../../src/shared/review/reviewSchema'
import { documentText } from '../../../src/shared/text/documentText'

export const EDITOR: Actor = { id: 'editor-1', name: 'Riley Moss' }
export const DOCTOR: Actor = { id: 'doctor-1', name: 'Dr Noor Haddad, MD' }

/** Text that would run, link or compute if any format let it through. */
export const HOSTILE = {
  script: '<script>alert("pwned")</script>',
  handler: '<img src=x onerror="alert(1)">',
  link: '[tap here](javascript:alert(2))',
  anchor: '<a href="javascript:alert(3)">win</a>',
  formula: '=HYPERLINK("http://evil.example","open me")',
  plusFormula: '+SUM(1,2)',
  atFormula: '@cmd',
  minusFormula: '-2+3',
} as const

const DRAFT = [
  `Harbour Clinic Opens — ${HOSTILE.script}`,
  '',
  'A new study shows that “cold-water swimming” cuts winter colds by 40 percent.',
  '',
  `The clinic’s director said recieve ${HOSTILE.handler} and ${HOSTILE.link} plus ${HOSTILE.anchor}.`,
  '',
  `Doctors agree ${HOSTILE.formula} is safe for everyone.`,
  '',
  `Its open daily ${HOSTILE.plusFormula} ${HOSTILE.atFormula} ${HOSTILE.minusFormula} from nine.`,
].join('\n')

export interface ReviewedDraft {
  dataDir: string
  store: ReviewStore
  review: Review
  cleanUp: () => Promise<void>
}

function rangeOf(text: string, quote: string) {
  const start = text.indexOf(quote)
  if (start === -1) throw new Error(`“${quote}” is not in the text`)
  return { start, end: start + quote.length, exact: quote }
}

/**
 * A review worked on through the real commands and audit log: a verified claim with a source,
 * an open claim, a claim dismissed with a reason, a fixed and an open typo, a medical question
 * and a comment. The draft carries script tags, event handlers, javascript: links and
 * spreadsheet formulas.
 */
export async function createReviewedDraft(): Promise<ReviewedDraft> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'copydesk-report-'))
  const store = await ReviewStore.open(dataDir)
  const commands = openReviewCommands(store)
  const draft = await importDraftBytes('harbour-clinic.txt', Buffer.from(DRAFT))
  let review = await commands.createFromImport(EDITOR, draft, null)
  const text = documentText(review.content).text
  const reviewId = review.id

  const verified = await commands.createFlag(EDITOR, {
    reviewId,
    kind: 'claim',
    range: rangeOf(text, 'cuts winter colds by 40 percent'),
  })
  await commands.attachSource(EDITOR, {
    reviewId,
    flagId: verified.id,
    source: {
      url: 'https://example.org/cold-water-trial',
      doi: null,
      pmid: null,
      citation: 'Lind et al., Journal of Cold Research, 2025',
      quote: '',
      note: '',
    },
  })
  await commands.setFlagStatus(DOCTOR, { reviewId, flagId: verified.id, status: 'verified' })
  await commands.createFlag(EDITOR, {
    reviewId,
    kind: 'claim',
    range: rangeOf(text, `${HOSTILE.formula} is safe for everyone`),
  })
  await commands.dismissCheckFlag(EDITOR, {
    reviewId,
    range: rangeOf(text, 'A new study shows'),
    kind: 'claim',
    ruleId: 'claim/research-reporting',
    severity: 'warning',
    message: 'Needs a source — research reporting',
    expected: [],
    reason: `${HOSTILE.minusFormula} covered by the verified claim ${HOSTILE.script}`,
  })
  const fixed = await commands.keepCheckFlag(EDITOR, {
    reviewId,
    range: rangeOf(text, 'recieve'),
    kind: 'typo',
    ruleId: 'spelling/misspelling',
    severity: 'error',
    message: '“recieve” is a common misspelling of “receive”',
    expected: ['receive'],
  })
  await commands.setFlagStatus(EDITOR, { reviewId, flagId: fixed.id, status: 'fixed' })
  await commands.createFlag(EDITOR, { reviewId, kind: 'typo', range: rangeOf(text, 'Its') })
  await commands.createFlag(EDITOR, {
    reviewId,
    kind: 'medical',
    range: rangeOf(text, HOSTILE.handler),
    note: 'Is this dosage right?',
  })
  await commands.createFlag(EDITOR, {
    reviewId,
    kind: 'comment',
    range: rangeOf(text, `${HOSTILE.plusFormula} ${HOSTILE.atFormula} ${HOSTILE.minusFormula}`),
  })
  review = await store.getReview(reviewId)
  return {
    dataDir,
    store,
    review,
    cleanUp: async () => {
      await store.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
