import * as fs from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { invokeChannel } from '../../src/main/api/invokeChannel'
import type { Review, ReviewFlag } from '../../src/shared/review/reviewSchema'
import { documentText } from '../../src/shared/text/documentText'
import type { TestWorkspace } from '../main/support/testWorkspace'
import { base64, openTestWorkspace } from '../main/support/testWorkspace'
import { runCliForTest } from './runCliForTest'

const PASSPHRASE = 'heron-at-dusk-1138'

async function call<Value>(workspace: TestWorkspace, name: string, input: unknown): Promise<Value> {
  const result = await invokeChannel(name, input, workspace.context)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as Value
}

let workspace: TestWorkspace
let review: Review

/** A review signed off over an open claim after a failed attempt, by a reviewer who changed passphrase. */
beforeEach(async () => {
  workspace = await openTestWorkspace()
  await call(workspace, 'setReviewerPassphrase', { passphrase: 'first-passphrase' })
  await call(workspace, 'setReviewerPassphrase', {
    passphrase: PASSPHRASE,
    currentPassphrase: 'first-passphrase',
  })
  review = await call<Review>(workspace, 'importFile', {
    fileName: 'tides.txt',
    dataBase64: base64('Tide Pools\n\nCold water cuts recovery time by half.'),
  })
  const quote = 'cuts recovery time by half'
  const start = documentText(review.content).text.indexOf(quote)
  await call<ReviewFlag>(workspace, 'createFlag', {
    reviewId: review.id,
    kind: 'claim',
    range: { start, end: start + quote.length, exact: quote },
  })
  const signOff = {
    reviewId: review.id,
    meaning: 'approved',
    note: '',
    contentHash: review.contentHash,
    overrideReason: 'Hedged in the next edit.',
  }
  await invokeChannel('signOff', { ...signOff, passphrase: 'wrong-passphrase' }, workspace.context)
  await call(workspace, 'signOff', { ...signOff, passphrase: PASSPHRASE })
  await workspace.context.store.flush()
  // Five deliberately slow passphrase hashes: more than the default hook timeout on a busy machine.
}, 60_000)

afterEach(async () => {
  await workspace.close()
})

describe('copydesk audit verify with sign-offs', () => {
  it('finds intact a review trail holding a refused attempt and an override', async () => {
    const result = await runCliForTest([
      'audit',
      'verify',
      review.id,
      '--data-dir',
      workspace.dataDir,
    ])
    expect(result.stdout).toMatch(/: intact, 4 entries, head [0-9a-f]{64}\n$/)
    expect(result.code).toBe(0)
  })

  it('verifies the reviewer log of passphrase changes, and finds an edited entry', async () => {
    const argv = ['audit', 'verify', 'reviewers', '--data-dir', workspace.dataDir]
    expect(await runCliForTest(argv)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('intact, 2 entries'),
    })

    const logFile = path.join(workspace.dataDir, 'audit', 'reviewers.jsonl')
    const log = await fs.readFile(logFile, 'utf8')
    await fs.writeFile(logFile, log.replace('passphrase-changed', 'passphrase-set'))
    expect(await runCliForTest(argv)).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('Audit trail of reviewer profiles: broken at entry 2'),
    })
  })
})
