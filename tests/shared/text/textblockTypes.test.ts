import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { draftSchemaExtensions } from '../../../src/shared/editor/editorExtensions'
import { TEXTBLOCK_TYPES } from '../../../src/shared/text/documentText'

describe('TEXTBLOCK_TYPES', () => {
  it('are exactly the textblock node types of the editor schema', () => {
    const schema = getSchema(draftSchemaExtensions())
    const textblocks = Object.values(schema.nodes)
      .filter((type) => type.isTextblock)
      .map((type) => type.name)
    expect([...TEXTBLOCK_TYPES].sort()).toEqual(textblocks.sort())
  })
})
