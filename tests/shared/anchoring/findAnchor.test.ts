import { describe, expect, it } from 'vitest'
import { anchorAt } from '../../../src/shared/anchoring/anchorAt'
import { findAnchor } from '../../../src/shared/anchoring/findAnchor'

const TEXT = 'Walking helps. Walking after meals helps most.\n\nWalking daily is enough.'

describe('findAnchor', () => {
  it('finds the quote where it was', () => {
    const anchor = anchorAt(TEXT, 15, 22)
    expect(findAnchor(TEXT, anchor)).toEqual({ start: 15, end: 22 })
  })

  it('finds the same occurrence of a repeated quote after text was inserted before it', () => {
    const anchor = anchorAt(TEXT, 15, 22)
    const edited = `New intro. ${TEXT}`
    expect(findAnchor(edited, anchor)).toEqual({ start: 26, end: 33 })
  })

  it('prefers the occurrence whose surrounding text matches over the nearest one', () => {
    const anchor = anchorAt(TEXT, 48, 55)
    const reordered = 'Walking daily is enough.\n\nWalking helps. Walking after meals helps most.'
    expect(findAnchor(reordered, anchor)).toEqual({ start: 0, end: 7 })
  })

  it('returns null when the quote is gone', () => {
    const anchor = anchorAt(TEXT, 23, 34)
    expect(findAnchor(TEXT.replace('after meals', 'at noon'), anchor)).toBeNull()
  })

  it('returns null for an empty quote', () => {
    expect(findAnchor(TEXT, anchorAt(TEXT, 3, 3))).toBeNull()
  })
})
