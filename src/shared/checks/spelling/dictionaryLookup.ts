import type { CompiledDictionary } from './compiledDictionary'

export interface DictionaryLookup {
  /** Whether nspell would accept the word: the same casing rules, flags and compound rules. */
  isWord(word: string): boolean
  /** The dictionary's forms, one per entry, in the compiled order. */
  readonly forms: readonly string[]
  /** Forms never to suggest (NOSUGGEST, ONLYINCOMPOUND and FORBIDDENWORD). */
  isUnsuggestable(form: string): boolean
}

function lineSet(lines: string): Set<string> {
  return new Set(lines === '' ? [] : lines.split('\n'))
}

/**
 * Looks words up in a compiled dictionary the way nspell's `correct` does (its `form` and
 * `exact`): the word as written, then in sentence case if it is all capitals, then in lower
 * case, unless the dictionary keeps that form's case or forbids it.
 */
export function createDictionaryLookup(compiled: CompiledDictionary): DictionaryLookup {
  const forms = compiled.words === '' ? [] : compiled.words.split('\n')
  const words = new Set(forms)
  const onlyInCompound = lineSet(compiled.onlyInCompound)
  const keepCase = lineSet(compiled.keepCase)
  const forbidden = lineSet(compiled.forbidden)
  const noSuggest = lineSet(compiled.noSuggest)
  const compoundRules = compiled.compoundRules.map((rule) => new RegExp(rule.source, rule.flags))
  const conversions = compiled.inputConversions.map(
    ({ source, replacement }) => [new RegExp(source, 'g'), replacement] as const,
  )

  const exact = (value: string): boolean => {
    if (words.has(value)) return !onlyInCompound.has(value)
    return value.length >= compiled.compoundMin && compoundRules.some((rule) => rule.test(value))
  }
  const isIgnoredCase = (value: string): boolean => keepCase.has(value) || forbidden.has(value)

  return {
    forms,
    isUnsuggestable: (form) =>
      noSuggest.has(form) || onlyInCompound.has(form) || forbidden.has(form),
    isWord(word) {
      let normal = word.trim()
      if (normal === '') return false
      for (const [pattern, replacement] of conversions)
        normal = normal.replace(pattern, replacement)
      if (exact(normal)) return !forbidden.has(normal)
      if (normal.toUpperCase() === normal) {
        const sentenceCase = normal.charAt(0) + normal.slice(1).toLowerCase()
        if (isIgnoredCase(sentenceCase)) return false
        if (exact(sentenceCase)) return true
      }
      const lower = normal.toLowerCase()
      if (lower !== normal) {
        if (isIgnoredCase(lower)) return false
        if (exact(lower)) return true
      }
      return false
    },
  }
}
