import { getSchema } from '@tiptap/core'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { countWords } from '../../../src/renderer/lib/wordCount'
import { draftSchemaExtensions } from '../../../src/shared/editor/editorExtensions'

const schema = getSchema(draftSchemaExtensions())

function documentOf(...paragraphs: string[]) {
  return schema.node(
    'doc',
    null,
    paragraphs.map((text) =>
      schema.node('paragraph', null, text === '' ? [] : [schema.text(text)]),
    ),
  )
}

describe('countWords', () => {
  it('counts words across blocks, keeping hyphenated words, contractions and decimals whole', () => {
    expect(
      countWords(documentOf('It’s a well-known fact.', 'Blood sugar fell 2.5 points', '')),
    ).toBe(9)
  })

  it('counts nested blocks such as list items', () => {
    const list = schema.node('bulletList', null, [
      schema.node('listItem', null, [
        schema.node('paragraph', null, [schema.text('walk after dinner')]),
      ]),
    ])
    expect(countWords(schema.node('doc', null, [list]))).toBe(3)
  })

  it('gives the new count after an edit in one block of a long document', () => {
    const state = EditorState.create({
      doc: documentOf(...Array.from({ length: 200 }, () => 'one two three')),
    })
    expect(countWords(state.doc)).toBe(600)
    const edited = state.apply(state.tr.insertText(' four five', 14))
    expect(countWords(edited.doc)).toBe(602)
  })
})
