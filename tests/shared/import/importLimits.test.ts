import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { channels } from '../../../src/shared/api/channels'
import {
  base64Length,
  FILE_TOO_LARGE,
  MAX_IMPORT_BASE64_LENGTH,
  MAX_IMPORT_BYTES,
  MAX_PASTE_CHARACTERS,
  PASTE_TOO_LARGE,
} from '../../../src/shared/import/importLimits'

function problems(result: { success: boolean; error?: z.ZodError }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? []
}

describe('the import size limits', () => {
  it('computes base64 lengths the way base64 encoders write them', () => {
    for (const size of [0, 1, 2, 3, 4, 5, 6, 1000, 1001]) {
      expect(base64Length(size)).toBe(Buffer.alloc(size).toString('base64').length)
    }
    expect(MAX_IMPORT_BASE64_LENGTH).toBe(base64Length(MAX_IMPORT_BYTES))
  })

  it('lets the importFile channel take a full-size file and nothing longer', () => {
    const input = channels.importFile.input
    const fullSize = 'A'.repeat(MAX_IMPORT_BASE64_LENGTH)
    expect(input.safeParse({ fileName: 'draft.txt', dataBase64: fullSize }).success).toBe(true)
    const oneGroupMore = input.safeParse({ fileName: 'draft.txt', dataBase64: `${fullSize}AAAA` })
    expect(problems(oneGroupMore)).toEqual([FILE_TOO_LARGE])
  })

  it('lets the importPastedContent channel take HTML and text up to the limit together', () => {
    const input = channels.importPastedContent.input
    const half = MAX_PASTE_CHARACTERS / 2
    const atLimit = { html: 'h'.repeat(half), text: 't'.repeat(half) }
    expect(input.safeParse(atLimit).success).toBe(true)
    const overLimit = { html: atLimit.html, text: `${atLimit.text}t` }
    expect(problems(input.safeParse(overLimit))).toEqual([PASTE_TOO_LARGE])
  })
})
