import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  REVIEWER_PROFILES_FILE,
  ReviewerProfileStore,
} from '../../../src/node/profiles/reviewerProfileStore'
import { actorOf } from '../../../src/shared/review/reviewerSchema'

describe('ReviewerProfileStore', () => {
  let dataDir: string

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'copydesk-profiles-'))
  })

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  it('starts with nobody reviewing', async () => {
    const store = await ReviewerProfileStore.open(dataDir)
    expect(store.reviewers).toEqual([])
    expect(store.active).toBeNull()
  })

  it('keeps a new reviewer in the data folder and makes them the active one', async () => {
    const store = await ReviewerProfileStore.open(dataDir)
    const created = await store.create({
      name: 'Dana Reyes',
      role: 'medical-reviewer',
      credentials: 'MD',
    })
    const reopened = await ReviewerProfileStore.open(dataDir)
    expect(reopened.active).toEqual(created)
    expect(actorOf(created)).toEqual({ id: created.id, name: 'Dana Reyes, MD' })
  })

  it('keeps only a salted scrypt hash of a passphrase, which checks across a reopen', async () => {
    const store = await ReviewerProfileStore.open(dataDir)
    const created = await store.create({
      name: 'Dana Reyes',
      role: 'medical-reviewer',
      credentials: 'MD',
    })
    expect(created.hasPassphrase).toBe(false)
    expect(await store.checkPassphrase(created.id, 'anything at all')).toBe('not-set')
    await store.setPassphrase(created.id, 'slate-river-0412', null)

    const reopened = await ReviewerProfileStore.open(dataDir)
    expect(reopened.active).toMatchObject({ hasPassphrase: true })
    expect(reopened.active).not.toHaveProperty('passphrase')
    expect(await reopened.checkPassphrase(created.id, 'slate-river-0412')).toBe('match')
    expect(await reopened.checkPassphrase(created.id, 'slate-river-0413')).toBe('mismatch')
    const file = JSON.parse(await readFile(path.join(dataDir, REVIEWER_PROFILES_FILE), 'utf8')) as {
      reviewers: { passphrase: { algorithm: string; salt: string; hash: string } }[]
    }
    expect(file.reviewers[0]?.passphrase).toMatchObject({ algorithm: 'scrypt' })
    expect(JSON.stringify(file)).not.toContain('slate-river-0412')
  })

  it('gives two reviewers with the same passphrase different salts and hashes', async () => {
    const store = await ReviewerProfileStore.open(dataDir)
    const first = await store.create({
      name: 'Dana Reyes',
      role: 'medical-reviewer',
      credentials: '',
    })
    const second = await store.create({
      name: 'Lee Park',
      role: 'medical-reviewer',
      credentials: '',
    })
    await store.setPassphrase(first.id, 'shared-passphrase', null)
    await store.setPassphrase(second.id, 'shared-passphrase', null)
    const file = JSON.parse(await readFile(path.join(dataDir, REVIEWER_PROFILES_FILE), 'utf8')) as {
      reviewers: { passphrase: { salt: string; hash: string } }[]
    }
    const [a, b] = file.reviewers.map((reviewer) => reviewer.passphrase)
    expect(a?.salt).not.toBe(b?.salt)
    expect(a?.hash).not.toBe(b?.hash)
  })

  it('switches the active reviewer and refuses an unknown one', async () => {
    const store = await ReviewerProfileStore.open(dataDir)
    const first = await store.create({
      name: 'Sam Ortiz',
      role: 'associate-editor',
      credentials: '',
    })
    await store.create({ name: 'Dana Reyes', role: 'medical-reviewer', credentials: 'MD' })
    await store.setActive(first.id)
    expect((await ReviewerProfileStore.open(dataDir)).active?.name).toBe('Sam Ortiz')
    await expect(store.setActive('00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      'There is no reviewer profile with id 00000000-0000-4000-8000-000000000000.',
    )
  })

  it('loses no reviewer when several are added at once', async () => {
    const store = await ReviewerProfileStore.open(dataDir)
    await Promise.all(
      ['A', 'B', 'C', 'D', 'E'].map((name) =>
        store.create({ name, role: 'editor', credentials: '' }),
      ),
    )
    const reopened = await ReviewerProfileStore.open(dataDir)
    expect(reopened.reviewers.map((reviewer) => reviewer.name).sort()).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
    ])
  })

  it('sets a damaged profiles file aside and starts without profiles instead of failing', async () => {
    await writeFile(
      path.join(dataDir, REVIEWER_PROFILES_FILE),
      '{"schemaVersion": 1, "reviewers": 7',
    )
    const store = await ReviewerProfileStore.open(dataDir)
    expect(store.reviewers).toEqual([])
    expect(store.problems).toEqual([
      expect.objectContaining({
        file: REVIEWER_PROFILES_FILE,
        reason: expect.stringMatching(/^it is not valid JSON/),
      }),
    ])
    expect(await readdir(path.join(dataDir, 'set-aside'))).toHaveLength(1)
  })

  it('sets aside a profiles file from a newer Copydesk, saying so', async () => {
    await writeFile(
      path.join(dataDir, REVIEWER_PROFILES_FILE),
      JSON.stringify({ schemaVersion: 9, reviewers: [], activeReviewerId: null }),
    )
    const store = await ReviewerProfileStore.open(dataDir)
    expect(store.problems[0]?.reason).toMatch(/^it was written by a newer version of Copydesk/)
    const setAside = await readdir(path.join(dataDir, 'set-aside'))
    expect(
      JSON.parse(await readFile(path.join(dataDir, 'set-aside', setAside[0] ?? ''), 'utf8')),
    ).toMatchObject({
      schemaVersion: 9,
    })
  })
})
