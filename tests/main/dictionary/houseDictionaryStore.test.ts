import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  HOUSE_DICTIONARY_FILE,
  HouseDictionaryStore,
} from '../../../src/main/dictionary/houseDictionaryStore'

describe('HouseDictionaryStore', () => {
  let dataDir: string

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'copydesk-house-'))
  })

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  it('starts empty when the data folder has no house dictionary', async () => {
    const store = await HouseDictionaryStore.open(dataDir)
    expect(store.words()).toEqual([])
  })

  it('keeps an added word after the store is reopened', async () => {
    const store = await HouseDictionaryStore.open(dataDir)
    expect(await store.add('Okafor')).toBe(1)
    await store.flush()
    const reopened = await HouseDictionaryStore.open(dataDir)
    expect(reopened.words()).toEqual(['Okafor'])
    const file = JSON.parse(await readFile(join(dataDir, HOUSE_DICTIONARY_FILE), 'utf8')) as unknown
    expect(file).toEqual({ schemaVersion: 1, words: ['Okafor'] })
  })

  it('removes a word whatever its case, and the removal survives a reopen', async () => {
    const store = await HouseDictionaryStore.open(dataDir)
    await store.importText('Okafor\nLindqvist\n')
    expect(await store.remove('okafor')).toBe(1)
    expect(await store.remove('Nobody')).toBe(1)
    await store.flush()
    expect((await HouseDictionaryStore.open(dataDir)).words()).toEqual(['Lindqvist'])
  })

  it('merges an imported file, skipping comments, blank lines and words it already has', async () => {
    const store = await HouseDictionaryStore.open(dataDir)
    await store.add('Okafor')
    const result = await store.importText(
      '\uFEFF# shared by the health desk\r\nokafor\r\nLindqvist\n\nStockfolio # photo agency\nLindqvist\n',
    )
    expect(result).toEqual({ added: 2, total: 3 })
    expect(store.words()).toEqual(['Lindqvist', 'Okafor', 'Stockfolio'])
  })

  it('exports one word per line, sorted, under a comment header, and reads its own export back', async () => {
    const store = await HouseDictionaryStore.open(dataDir)
    await store.importText('Stockfolio\nLindqvist\nOkafor\n')
    const text = store.exportText()
    expect(text).toBe(
      '# Copydesk house dictionary: one word per line\nLindqvist\nOkafor\nStockfolio\n',
    )
    const other = await HouseDictionaryStore.open(await mkdtemp(join(dataDir, 'other-')))
    expect(await other.importText(text)).toEqual({ added: 3, total: 3 })
  })

  it('sets a damaged file aside, reports why and starts empty instead of refusing to open', async () => {
    const damaged = JSON.stringify({ schemaVersion: 1, words: ['two words'] })
    await writeFile(join(dataDir, HOUSE_DICTIONARY_FILE), damaged)
    const store = await HouseDictionaryStore.open(
      dataDir,
      () => new Date('2026-05-01T10:00:00.000Z'),
    )
    expect(store.words()).toEqual([])
    expect(store.problems).toEqual([
      {
        file: HOUSE_DICTIONARY_FILE,
        reason:
          'it does not match the house dictionary format: words[0]: a house word is a single word without spaces, at most 100 characters long',
        setAsideAs: 'set-aside/house-dictionary.2026-05-01T10-00-00-000Z.json',
        backupAvailable: false,
      },
    ])
    expect(await readFile(join(dataDir, store.problems[0]?.setAsideAs ?? ''), 'utf8')).toBe(damaged)
  })

  it('loses no word when many adds and imports run at the same time', async () => {
    const store = await HouseDictionaryStore.open(dataDir)
    const added = Array.from({ length: 40 }, (_, index) => `Added${index}`)
    const imported = Array.from({ length: 10 }, (_, batch) =>
      Array.from({ length: 5 }, (_, index) => `Imported${batch}x${index}`),
    )
    const results = await Promise.all([
      ...added.map((word) => store.add(word)),
      ...imported.map((words) => store.importText(words.join('\n'))),
    ])
    const expected = [...added, ...imported.flat()].sort((a, b) => a.localeCompare(b, 'en'))
    expect(store.words()).toEqual(expected)
    expect(results.at(-1)).toEqual({ added: 5, total: expected.length })
    await store.flush()
    expect((await HouseDictionaryStore.open(dataDir)).words()).toEqual(expected)
  })

  it('applies a removal running alongside adds, and keeps every added word', async () => {
    const store = await HouseDictionaryStore.open(dataDir)
    await store.importText('Okafor\nLindqvist\n')
    const added = Array.from({ length: 20 }, (_, index) => `Word${index}`)
    await Promise.all([
      ...added.slice(0, 10).map((word) => store.add(word)),
      store.remove('Okafor'),
      ...added.slice(10).map((word) => store.add(word)),
    ])
    const expected = ['Lindqvist', ...added].sort((a, b) => a.localeCompare(b, 'en'))
    expect(store.words()).toEqual(expected)
    await store.flush()
    expect((await HouseDictionaryStore.open(dataDir)).words()).toEqual(expected)
  })
})
