import { getSchema } from '@tiptap/core'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import {
  changedRanges,
  textblocksInRanges,
  textblockText,
} from '../../../src/renderer/checks/changedTextblocks'
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

function changedTexts(
  state: EditorState,
  transaction: ReturnType<EditorState['tr']['insertText']>,
) {
  return textblocksInRanges(transaction.doc, changedRanges(transaction)).map(({ node }) =>
    textblockText(node),
  )
}

describe('changed textblocks', () => {
  const state = EditorState.create({ doc: documentOf('First block.', 'Second block.', 'Third.') })
  // Positions: paragraph 1 is 0..14, paragraph 2 starts at 14, its text at 15.

  it('finds only the block that typing changed', () => {
    const transaction = state.tr.insertText('X', 16)
    expect(changedTexts(state, transaction)).toEqual(['SXecond block.'])
  })

  it('finds both blocks when a deletion joins them', () => {
    const transaction = state.tr.delete(12, 16)
    expect(changedTexts(state, transaction)).toEqual(['First blockecond block.'])
  })

  it('maps ranges of earlier steps through later steps of the same transaction', () => {
    const transaction = state.tr.insertText('A', 1).insertText('B', 31)
    expect(changedTexts(state, transaction)).toEqual(['AFirst block.', 'BThird.'])
  })

  it('reads a hard break as a newline, one character wide like its node', () => {
    const paragraph = schema.node('paragraph', null, [
      schema.text('Line one'),
      schema.node('hardBreak'),
      schema.text('Line two'),
    ])
    expect(textblockText(paragraph)).toBe('Line one\nLine two')
    expect(textblockText(paragraph).length).toBe(paragraph.content.size)
  })
})
