import { describe, expect, it } from 'vitest'
import { documentContentSchema } from '../../../src/shared/review/reviewSchema'
import { DRAFT_LIMITS } from '../../../src/shared/validation/draftLimits'
import { exceededDraftLimit } from '../../../src/shared/validation/exceededDraftLimit'

function paragraph(text: string): object {
  return { type: 'paragraph', content: [{ type: 'text', text }] }
}

function nestedQuotes(levels: number): object {
  let node: object = paragraph('deep')
  for (let level = 0; level < levels; level++) node = { type: 'blockquote', content: [node] }
  return { type: 'doc', content: [node] }
}

describe('exceededDraftLimit', () => {
  it('measures 100,000 nested blockquotes without overflowing the stack', () => {
    expect(exceededDraftLimit(nestedQuotes(100_000))).toBe('depth')
  })

  it('allows the deepest tree the limit allows: doc, quotes, paragraph, text', () => {
    expect(exceededDraftLimit(nestedQuotes(DRAFT_LIMITS.depth - 3))).toBeNull()
    expect(exceededDraftLimit(nestedQuotes(DRAFT_LIMITS.depth - 2))).toBe('depth')
  })

  it('counts paragraphs, empty ones included, and the characters of the one text model', () => {
    const empties = Array.from({ length: DRAFT_LIMITS.paragraphs + 1 }, () => ({
      type: 'paragraph',
    }))
    expect(exceededDraftLimit({ type: 'doc', content: empties })).toBe('paragraphs')
    expect(exceededDraftLimit({ type: 'doc', content: empties.slice(1) })).toBeNull()

    const long = 'x'.repeat(DRAFT_LIMITS.paragraphCharacters)
    expect(exceededDraftLimit({ type: 'doc', content: [paragraph(long)] })).toBeNull()
    expect(exceededDraftLimit({ type: 'doc', content: [paragraph(long + 'x')] })).toBe(
      'paragraphCharacters',
    )
    const count = DRAFT_LIMITS.characters / (long.length + 2) + 1
    const many = Array.from({ length: count }, () => paragraph(long))
    expect(exceededDraftLimit({ type: 'doc', content: many })).toBe('characters')
  })

  it('counts line breaks and text runs as nodes', () => {
    const breaks = Array.from({ length: DRAFT_LIMITS.nodes }, () => ({ type: 'hardBreak' }))
    const content = [{ type: 'paragraph', content: breaks.slice(0, 40_000) }]
    expect(exceededDraftLimit({ type: 'doc', content })).toBeNull()
    const tooMany = Array.from({ length: 3 }, () => ({
      type: 'paragraph',
      content: breaks.slice(0, 40_000),
    }))
    expect(exceededDraftLimit({ type: 'doc', content: tooMany })).toBe('nodes')
  })
})

describe('documentContentSchema', () => {
  it('refuses a tree over a limit with the limit’s message before the recursive schema sees it', () => {
    const result = documentContentSchema.safeParse(nestedQuotes(100_000))
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      `it nests blocks more than ${DRAFT_LIMITS.depth} levels deep (the limit is ${DRAFT_LIMITS.depth})`,
    ])
  })

  it('sanitises what it accepts: refused links and unknown attributes are gone', () => {
    const parsed = documentContentSchema.parse({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { onclick: 'steal()', style: 'x' },
          content: [
            {
              type: 'text',
              text: 'click',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', target: '_blank' } }],
            },
          ],
        },
      ],
    })
    expect(parsed).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click' }] }],
    })
  })
})
