import { describe, expect, it } from 'vitest'
import { boundedEditDistance } from '../../../../src/shared/checks/spelling/boundedEditDistance'

describe('bounded edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(boundedEditDistance('recieve', 'receive', 3)).toBe(1)
    expect(boundedEditDistance('hospitl', 'hospital', 3)).toBe(1)
    expect(boundedEditDistance('hospitall', 'hospital', 3)).toBe(1)
    expect(boundedEditDistance('necessery', 'necessary', 3)).toBe(1)
    expect(boundedEditDistance('seperetely', 'separately', 3)).toBe(2)
    expect(boundedEditDistance('same', 'same', 3)).toBe(0)
  })

  it('answers max + 1 for anything further than max', () => {
    expect(boundedEditDistance('nesesery', 'necessary', 2)).toBe(3)
    expect(boundedEditDistance('nesesery', 'necessary', 3)).toBe(3)
    expect(boundedEditDistance('cat', 'elephant', 2)).toBe(3)
    expect(boundedEditDistance('abcdef', 'uvwxyz', 1)).toBe(2)
  })
})
