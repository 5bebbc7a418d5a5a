import { boundedEditDistance } from './boundedEditDistance'
import { soundKey } from './soundKey'

// The letters of Double Metaphone keys ("0" is the "th" sound).
const SOUND_KEY_LETTERS = 'AFHJKLMNPRSTX0'

export interface SuggestionVocabulary {
  /**
   * Dictionary forms within `maxDistance` plain edits (insertions, deletions, substitutions,
   * swaps) of the lower-case misspelling: two substitutions included, which an index of single
   * deletions cannot find.
   */
  withinEdits(lower: string, maxDistance: number): string[]
  /**
   * Dictionary forms whose sound key equals the misspelling's or differs by one letter, and that
   * are within `maxDistance` edits: "nesesery" → "necessary".
   */
  soundingLike(lower: string, maxDistance: number): string[]
}

function letterMask(word: string): number {
  let mask = 0
  for (let index = 0; index < word.length; index += 1) {
    const letter = word.charCodeAt(index) - 97
    mask |= letter >= 0 && letter < 26 ? 1 << letter : 1 << 26
  }
  return mask
}

function bitCount(value: number): number {
  let count = 0
  for (let rest = value; rest !== 0; rest &= rest - 1) count += 1
  return count
}

function keysOneEditAway(key: string): Set<string> {
  const keys = new Set<string>([key])
  for (let index = 0; index <= key.length; index += 1) {
    const head = key.slice(0, index)
    if (index < key.length) keys.add(head + key.slice(index + 1))
    for (const letter of SOUND_KEY_LETTERS) {
      keys.add(head + letter + key.slice(index))
      if (index < key.length) keys.add(head + letter + key.slice(index + 1))
    }
  }
  return keys
}

/**
 * A scan over every dictionary form, grouped by length and pre-filtered by which letters a form
 * has, so that finding all forms two edits away takes a millisecond or two and needs no index
 * to be built at start-up. Built on first use.
 */
export function createSuggestionVocabulary(
  forms: readonly string[],
  soundKeys: readonly string[],
  isSuggestable: (form: string) => boolean,
): SuggestionVocabulary {
  let byLength: { lower: string[]; forms: string[]; masks: Int32Array }[] | null = null
  let bySound: Map<string, number[]> | null = null
  const lowerForms: string[] = []
  const keptForms: string[] = []

  const lengthGroups = (): NonNullable<typeof byLength> => {
    if (byLength !== null) return byLength
    const groups: { lower: string[]; forms: string[] }[] = []
    const sound = new Map<string, number[]>()
    forms.forEach((form, index) => {
      if (!isSuggestable(form) || !/^[\p{L}'-]+$/u.test(form)) return
      const lower = form.toLowerCase()
      const group = (groups[lower.length] ??= { lower: [], forms: [] })
      group.lower.push(lower)
      group.forms.push(form)
      const key = soundKeys[index] ?? ''
      if (key !== '') {
        const position = keptForms.length
        lowerForms.push(lower)
        keptForms.push(form)
        const list = sound.get(key)
        if (list === undefined) sound.set(key, [position])
        else list.push(position)
      }
    })
    bySound = sound
    byLength = Array.from(groups, (group) => ({
      lower: group?.lower ?? [],
      forms: group?.forms ?? [],
      masks: Int32Array.from(group?.lower ?? [], letterMask),
    }))
    return byLength
  }

  return {
    withinEdits(lower, maxDistance) {
      const groups = lengthGroups()
      const mask = letterMask(lower)
      const found: string[] = []
      const shortest = Math.max(1, lower.length - maxDistance)
      const longest = Math.min(groups.length - 1, lower.length + maxDistance)
      for (let length = shortest; length <= longest; length += 1) {
        const group = groups[length]
        if (group === undefined) continue
        for (let index = 0; index < group.lower.length; index += 1) {
          const candidateMask = group.masks[index] ?? 0
          // Each letter one word has and the other lacks costs at least one edit.
          if (bitCount(candidateMask & ~mask) > maxDistance) continue
          if (bitCount(mask & ~candidateMask) > maxDistance) continue
          const candidate = group.lower[index] ?? ''
          if (boundedEditDistance(lower, candidate, maxDistance) <= maxDistance) {
            found.push(group.forms[index] ?? candidate)
          }
        }
      }
      return found
    },
    soundingLike(lower, maxDistance) {
      lengthGroups()
      const key = soundKey(lower)
      if (key === '' || bySound === null) return []
      const sound = bySound
      const found: string[] = []
      for (const near of key.length >= 3 ? keysOneEditAway(key) : [key]) {
        for (const position of sound.get(near) ?? []) {
          const candidate = lowerForms[position] ?? ''
          if (boundedEditDistance(lower, candidate, maxDistance) <= maxDistance) {
            found.push(keptForms[position] ?? candidate)
          }
        }
      }
      return found
    },
  }
}
