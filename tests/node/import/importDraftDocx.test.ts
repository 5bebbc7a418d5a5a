import { Worker } from 'node:worker_threads'
import path from 'node:path'
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { importDraftBytes, type ImportOptions } from '../../../src/node/import/importDraft'
import { importFailure } from './importFailure'

// Under vitest the worker runs the TypeScript source; `--import tsx` does not load .ts worker
// entries on Node 20, `--require tsx/cjs` does.
const WORKER_OPTIONS: ImportOptions = {
  docxWorkerFile: path.resolve(__dirname, '../../../src/node/import/docxWorker.ts'),
  docxWorkerExecArgv: ['--require', 'tsx/cjs'],
}

async function wordDocument(paragraphs: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(
    await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })),
  )
}

function text(value: string, marks?: object[]): object {
  return marks === undefined ? { type: 'text', text: value } : { type: 'text', marks, text: value }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('importDraftBytes with Word documents', () => {
  it('converts headings, emphasis and links, and reads the metadata', async () => {
    const bytes = await wordDocument([
      new Paragraph({
        text: 'Evening Walks May Help You Fall Asleep Faster',
        heading: HeadingLevel.HEADING_1,
      }),
      new Paragraph('By Dana Whitfield, Associate Editor'),
      new Paragraph('Published 3 March 2025'),
      new Paragraph('Photograph by Lena Marsh'),
      new Paragraph({
        children: [
          new TextRun('Walkers fell asleep '),
          new TextRun({ text: 'sooner', bold: true }),
          new TextRun(', says a '),
          new ExternalHyperlink({
            link: 'https://example.org/trial',
            children: [new TextRun('trial report')],
          }),
          new TextRun('.'),
        ],
      }),
    ])
    const draft = await importDraftBytes('walking.docx', bytes, WORKER_OPTIONS)
    expect({ format: draft.format, fileName: draft.fileName, metadata: draft.metadata }).toEqual({
      format: 'docx',
      fileName: 'walking.docx',
      metadata: {
        title: 'Evening Walks May Help You Fall Asleep Faster',
        author: 'Dana Whitfield',
        authorRole: 'Associate Editor',
        publishedDate: '2025-03-03',
        updatedDate: null,
        imageCredit: 'Lena Marsh',
      },
    })
    expect(draft.content).toEqual({
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 1 },
          content: [text('Evening Walks May Help You Fall Asleep Faster')],
        },
        { type: 'paragraph', content: [text('By Dana Whitfield, Associate Editor')] },
        { type: 'paragraph', content: [text('Published 3 March 2025')] },
        { type: 'paragraph', content: [text('Photograph by Lena Marsh')] },
        {
          type: 'paragraph',
          content: [
            text('Walkers fell asleep '),
            text('sooner', [{ type: 'bold' }]),
            text(', says a '),
            text('trial report', [
              {
                type: 'link',
                attrs: {
                  href: 'https://example.org/trial',
                  target: null,
                  rel: 'noopener noreferrer nofollow',
                  class: null,
                  title: null,
                },
              },
            ]),
            text('.'),
          ],
        },
      ],
    })
  })

  it('rejects a Word document without text', async () => {
    const bytes = await wordDocument([new Paragraph(''), new Paragraph('   ')])
    expect(await importFailure(importDraftBytes('blank.docx', bytes, WORKER_OPTIONS))).toEqual({
      fileName: 'blank.docx',
      reason: 'the document has no text',
      message: 'Could not open “blank.docx”: the document has no text.',
    })
  })

  it('rejects a corrupt ZIP that only starts like one', async () => {
    const bytes = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new TextEncoder().encode('not really a zip'),
    ])
    expect(await importFailure(importDraftBytes('corrupt.docx', bytes, WORKER_OPTIONS))).toEqual({
      fileName: 'corrupt.docx',
      reason: 'the file is not a readable Word document',
      message: 'Could not open “corrupt.docx”: the file is not a readable Word document.',
    })
  })

  it('rejects a ZIP archive that is not a Word document', async () => {
    const { default: JSZip } = await import('jszip')
    const archive = new JSZip()
    archive.file('notes.txt', 'Just a zipped note.')
    const bytes = await archive.generateAsync({ type: 'uint8array' })
    const failure = await importFailure(importDraftBytes('zipped.docx', bytes, WORKER_OPTIONS))
    expect(failure.reason).toBe('the file is not a readable Word document')
  })

  it('terminates the worker and explains the timeout when reading takes too long', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate')
    const bytes = await wordDocument([new Paragraph('Some text')])
    const failure = await importFailure(
      importDraftBytes('slow.docx', bytes, { ...WORKER_OPTIONS, docxTimeoutMs: 1 }),
    )
    expect(failure).toEqual({
      fileName: 'slow.docx',
      reason: 'reading the Word document took longer than 1 ms',
      message: 'Could not open “slow.docx”: reading the Word document took longer than 1 ms.',
    })
    expect(terminate).toHaveBeenCalledTimes(1)
  })

  it('leaves the caller’s bytes intact after handing a copy to the worker', async () => {
    const bytes = await wordDocument([new Paragraph('Some text for the worker')])
    const before = Array.from(bytes)
    await importDraftBytes('intact.docx', bytes, WORKER_OPTIONS)
    expect(Array.from(bytes)).toEqual(before)
  })
})
