import { readFileSync } from 'node:fs'
import nspell from 'nspell'
import { describe, expect, it } from 'vitest'
import { compileDictionary, hunspellSource } from '../../../src/node/checks/compileDictionary'
import { isCompiledDictionaryFresh } from '../../../src/node/checks/loadCompiledDictionary'
import { createDictionaryLookup } from '../../../src/shared/checks/spelling/dictionaryLookup'

describe('compiled dictionaries', () => {
  it.each(['en-US', 'en-GB'] as const)(
    'accept and reject exactly what nspell does (%s)',
    (language) => {
      const source = hunspellSource(language)
      const reference = nspell(readFileSync(source.affPath), readFileSync(source.dicPath))
      const compiled = compileDictionary(language)
      const lookup = createDictionaryLookup(compiled)
      const stems = readFileSync(source.dicPath, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split('/')[0] ?? '')
        .filter((_, index) => index % 97 === 0)
      const sample = new Set<string>([
        '21st',
        '11th',
        '1st',
        '111th',
        'abc11th',
        'it’s',
        "it's",
        'colour',
        'color',
        'NASA',
        'nasa',
        'Nasa',
        'PARIS',
        'paris',
        '',
      ])
      for (const stem of stems) {
        for (const variant of [
          stem,
          stem.toUpperCase(),
          stem.toLowerCase(),
          stem.charAt(0).toUpperCase() + stem.slice(1),
          `${stem}s`,
          `${stem}ed`,
          `${stem}ing`,
          `un${stem}`,
          stem.slice(0, -1),
          stem.replace(/[aeiou]/, 'e'),
        ]) {
          sample.add(variant)
        }
      }
      const disagreements = [...sample].filter(
        (word) => lookup.isWord(word) !== reference.correct(word),
      )
      expect(sample.size).toBeGreaterThan(3_000)
      expect(disagreements).toEqual([])
    },
    60_000,
  )

  it('are stale once the Hunspell files or the compiler format change', () => {
    const compiled = compileDictionary('en-US')
    expect(isCompiledDictionaryFresh(compiled)).toBe(true)
    expect(isCompiledDictionaryFresh({ ...compiled, format: compiled.format + 1 })).toBe(false)
    expect(
      isCompiledDictionaryFresh({
        ...compiled,
        source: { ...compiled.source, dicBytes: compiled.source.dicBytes + 1 },
      }),
    ).toBe(false)
  }, 60_000)
})
