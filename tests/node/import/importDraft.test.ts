import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ImportError,
  importDraftBytes,
  importDraftFromPath,
  importPastedContent,
} from '../../../src/node/import/importDraft'
import { documentText } from '../../../src/shared/text/documentText'
import { MAX_IMPORT_BYTES, MAX_PASTE_CHARACTERS } from '../../../src/shared/import/importLimits'
import { importFailure } from './importFailure'
import type { DocumentNode } from '../../../src/shared/review/reviewSchema'

const FIXTURES = path.resolve(__dirname, '../../fixtures/import')
const encoder = new TextEncoder()

function blockTexts(content: DocumentNode): string[] {
  return documentText(content).blocks.map(({ text }) => text)
}

function text(value: string, marks?: object[]): object {
  return marks === undefined ? { type: 'text', text: value } : { type: 'text', marks, text: value }
}
function paragraph(...content: object[]): object {
  return { type: 'paragraph', content }
}
function link(href: string): object {
  return {
    type: 'link',
    attrs: { href, target: null, rel: 'noopener noreferrer nofollow', class: null, title: null },
  }
}
function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

let temporaryDirectory = ''
beforeAll(async () => {
  temporaryDirectory = await mkdtemp(path.join(tmpdir(), 'copydesk-import-'))
})
afterAll(async () => {
  await rm(temporaryDirectory, { recursive: true, force: true })
})

describe('importDraftFromPath with supported formats', () => {
  it('imports text copied from a web page line by line, with its metadata', async () => {
    const filePath = path.join(FIXTURES, 'web-copy-walking-sleep.txt')
    const draft = await importDraftFromPath(filePath)
    expect({ ...draft, content: blockTexts(draft.content) }).toEqual({
      format: 'txt',
      fileName: 'web-copy-walking-sleep.txt',
      sha256: sha256(await readFile(filePath)),
      metadata: {
        title: 'Evening Walks May Help You Fall Asleep Faster',
        author: 'Dana Whitfield',
        authorRole: 'Associate Editor',
        publishedDate: '2025-03-03',
        updatedDate: null,
        imageCredit: 'Lena Marsh | Stockhouse',
      },
      content: [
        'ShareShareIconBookmarkAddBookmarkFilledHealth',
        'Evening Walks May Help You Fall Asleep Faster',
        'A small trial suggests that a brisk walk after dinner shortens the time it takes to fall asleep.',
        'save article',
        'profile picture of Dana Whitfield',
        'By Dana Whitfield, Associate Editor',
        'Published March 3, 2025',
        'two people walking on a path at dusk',
        'Image: Lena Marsh | Stockhouse',
        'Volunteers who walked for thirty minutes after their evening meal fell asleep sooner than on nights when they stayed on the sofa.',
        'The researchers caution that the group was small and that the walks were not at a fixed pace.',
        'save article',
        'ADVERTISEMENT',
        'Next on Your Reading List',
        'Why Naps Feel Better in Winter',
        'By Rowan Pike',
        'Published June 9, 2023',
      ],
    })
  })

  it('imports Markdown with headings, emphasis, links and lists, showing raw HTML as text', async () => {
    const draft = await importDraftFromPath(path.join(FIXTURES, 'walking-and-sleep.md'))
    expect(draft.format).toBe('md')
    expect(draft.metadata).toEqual({
      title: 'Evening Walks May Help You Fall Asleep Faster',
      author: 'Dana Whitfield',
      authorRole: '',
      publishedDate: null,
      updatedDate: '2025-03-04',
      imageCredit: '',
    })
    expect(draft.content).toEqual({
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 1 },
          content: [text('Evening Walks May Help You Fall Asleep Faster')],
        },
        paragraph(text('Written by Dana Whitfield')),
        paragraph(text('Updated on 4 March 2025')),
        paragraph(
          text('Volunteers who walked for '),
          text('thirty minutes', [{ type: 'bold' }]),
          text(' after dinner fell asleep '),
          text('sooner', [{ type: 'italic' }]),
          text(' than on other nights, according to a '),
          text('trial report', [link('https://example.org/trial')]),
          text('.'),
        ),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph(text('Walk after dinner'))] },
            { type: 'listItem', content: [paragraph(text('Keep the pace brisk'))] },
          ],
        },
        paragraph(text("<script>alert('not run')</script>")),
      ],
    })
  })

  it('imports HTML without its head, scripts, styles, iframes and event handlers, and takes metadata hints from the head', async () => {
    const draft = await importDraftFromPath(path.join(FIXTURES, 'walking-and-sleep.html'))
    expect(draft.format).toBe('html')
    expect(draft.metadata).toEqual({
      title: 'Evening Walks May Help You Fall Asleep Faster',
      author: 'Dana Whitfield',
      authorRole: 'Associate Editor',
      publishedDate: '2025-03-03',
      updatedDate: null,
      imageCredit: 'Lena Marsh',
    })
    expect(draft.content).toEqual({
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 1 },
          content: [text('Evening Walks May Help You Fall Asleep Faster')],
        },
        paragraph(text('By Dana Whitfield, Associate Editor')),
        paragraph(text('Photo: Lena Marsh')),
        paragraph(
          text('Volunteers who walked '),
          text('after dinner', [{ type: 'italic' }]),
          text(' fell asleep sooner, says a '),
          text('trial report', [link('https://example.org/trial')]),
          text('.'),
        ),
      ],
    })
  })

  it('recognises extensions case-insensitively, including .htm and .markdown', async () => {
    const formats = await Promise.all(
      ['NOTES.TXT', 'page.HTM', 'page.Html', 'notes.markdown', 'notes.MD'].map(async (fileName) => {
        const draft = await importDraftBytes(fileName, encoder.encode('Some words'))
        return draft.format
      }),
    )
    expect(formats).toEqual(['txt', 'html', 'html', 'md', 'md'])
  })
})

describe('importDraftBytes with HTML', () => {
  it('takes the title from the article headline and the rest from the head hints', async () => {
    const html =
      '<html><head><title>Tab Title | Site</title><meta name="author" content="Rowan Pike">' +
      '<meta property="article:published_time" content="2025-01-02T08:00:00Z">' +
      '<meta property="article:modified_time" content="2025-01-09"></head>' +
      '<body><h1>Body Headline Of The Story</h1><p>By Dana Whitfield, Associate Editor</p><p>Published May 5, 2024</p></body></html>'
    const draft = await importDraftBytes('story.html', encoder.encode(html))
    expect(draft.metadata).toEqual({
      title: 'Body Headline Of The Story',
      author: 'Rowan Pike',
      authorRole: '',
      publishedDate: '2025-01-02',
      updatedDate: '2025-01-09',
      imageCredit: '',
    })
  })

  it('takes the first heading as the title when the page has no level-1 heading', async () => {
    const html =
      '<html><head><title>Clinic News | Site</title></head><body><p>Menu</p>' +
      '<h2>Flu Jabs Open to Over-50s</h2><h3>What to bring</h3><p>Bring your card.</p></body></html>'
    const draft = await importDraftBytes('story.html', encoder.encode(html))
    expect(draft.metadata.title).toBe('Flu Jabs Open to Over-50s')
  })

  it('keeps the head title when the page has no heading', async () => {
    const html =
      '<html><head><title>Clinic News</title></head><body><p>Bring your card.</p></body></html>'
    const draft = await importDraftBytes('story.html', encoder.encode(html))
    expect(draft.metadata.title).toBe('Clinic News')
  })

  it('keeps only http, https and mailto links in the document', async () => {
    const html =
      '<p><a href="http://example.org/a">plain</a> <a href="https://example.org/b">secure</a> ' +
      '<a href="mailto:desk@example.org">mail</a> <a href="javascript:alert(1)">script</a> ' +
      '<a href="data:text/html,hi">data</a> <a href="/relative">relative</a></p>'
    const draft = await importDraftBytes('links.html', encoder.encode(html))
    expect(draft.content).toEqual({
      type: 'doc',
      content: [
        paragraph(
          text('plain', [link('http://example.org/a')]),
          text(' '),
          text('secure', [link('https://example.org/b')]),
          text(' '),
          text('mail', [link('mailto:desk@example.org')]),
          text(' script data relative'),
        ),
      ],
    })
  })

  it('leaves no trace of script, event handlers, iframes, styles or dangerous links in the JSON', async () => {
    const html =
      '<style>.x{}</style><p onclick="steal()" style="color:red">Safe text<img src="x" onerror="steal()">' +
      '<script>steal()</script><iframe src="https://ads.example.com">frame</iframe>' +
      '<a href="javascript:steal()">j</a><a href="data:text/html,steal">d</a></p>'
    const draft = await importDraftBytes('hostile.html', encoder.encode(html))
    expect(draft.content).toEqual({ type: 'doc', content: [paragraph(text('Safe textjd'))] })
    expect(JSON.stringify(draft.content)).not.toMatch(
      /steal|script|onerror|onclick|iframe|style|data:/,
    )
  })

  it('treats a .html file without any tags as HTML text', async () => {
    const draft = await importDraftBytes('plain.html', encoder.encode('Just a sentence.'))
    expect(draft.content).toEqual({ type: 'doc', content: [paragraph(text('Just a sentence.'))] })
  })
})

describe('importDraftBytes with text encodings', () => {
  it('strips a UTF-8 byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('Café walks')])
    const draft = await importDraftBytes('bom.txt', bytes)
    expect(blockTexts(draft.content)).toEqual(['Café walks'])
  })

  it('reads UTF-16 text that starts with a byte order mark', async () => {
    const littleEndian = new Uint8Array([0xff, 0xfe, ...Buffer.from('Café walks', 'utf16le')])
    const bigEndian = new Uint8Array(Buffer.from('Café walks', 'utf16le').swap16())
    const drafts = await Promise.all([
      importDraftBytes('little.txt', littleEndian),
      importDraftBytes('big.txt', new Uint8Array([0xfe, 0xff, ...bigEndian])),
    ])
    expect(drafts.map((draft) => blockTexts(draft.content))).toEqual([
      ['Café walks'],
      ['Café walks'],
    ])
  })

  it('hashes the original bytes', async () => {
    const bytes = encoder.encode('Hash me')
    expect((await importDraftBytes('hash.txt', bytes)).sha256).toBe(sha256(bytes))
  })
})

describe('importPastedContent', () => {
  it('prefers the HTML and sanitises it', async () => {
    const html =
      '<meta charset="utf-8"><p>By Dana Whitfield</p><p onclick="steal()">Hello <a href="javascript:steal()">there</a></p>'
    const draft = await importPastedContent(html, 'plain version')
    expect(draft).toEqual({
      format: 'paste',
      fileName: 'Pasted text',
      sha256: sha256(html + 'plain version'),
      metadata: {
        title: 'Hello there',
        author: 'Dana Whitfield',
        authorRole: '',
        publishedDate: null,
        updatedDate: null,
        imageCredit: '',
      },
      content: {
        type: 'doc',
        content: [paragraph(text('By Dana Whitfield')), paragraph(text('Hello there'))],
      },
    })
  })

  it('uses the plain text, read like a .txt file, when there is no HTML', async () => {
    const draft = await importPastedContent(
      '  ',
      'Walking Helps Older Adults Sleep\nBy Dana Whitfield\n<b>not bold</b>',
    )
    expect([
      draft.format,
      draft.metadata.title,
      draft.metadata.author,
      blockTexts(draft.content),
    ]).toEqual([
      'paste',
      'Walking Helps Older Adults Sleep',
      'Dana Whitfield',
      ['Walking Helps Older Adults Sleep', 'By Dana Whitfield', '<b>not bold</b>'],
    ])
  })

  it('rejects a paste whose HTML and text together are over 20 MB, before converting it', async () => {
    const html = `<p>${'a'.repeat(MAX_PASTE_CHARACTERS - 10)}</p>`
    expect(await importFailure(importPastedContent(html, 'plain version'))).toEqual({
      fileName: 'Pasted text',
      reason: 'the pasted text is larger than 20 MB',
      message: 'Could not open “Pasted text”: the pasted text is larger than 20 MB.',
    })
  })

  it('rejects a paste with neither HTML nor text', async () => {
    expect(await importFailure(importPastedContent('', ' \n'))).toEqual({
      fileName: 'Pasted text',
      reason: 'there is nothing to paste',
      message: 'Could not open “Pasted text”: there is nothing to paste.',
    })
  })
})

describe('bad files', () => {
  it('names the file and the reason in the error message', () => {
    const error = new ImportError('draft.txt', 'the file is empty')
    expect([error.name, error.message, error instanceof Error]).toEqual([
      'ImportError',
      'Could not open “draft.txt”: the file is empty.',
      true,
    ])
  })

  it('rejects an unsupported file type, naming the types Copydesk opens', async () => {
    expect(await importFailure(importDraftBytes('scan.xyz', encoder.encode('text')))).toEqual({
      fileName: 'scan.xyz',
      reason:
        'unsupported file type .xyz (Copydesk opens .docx, .html, .htm, .md, .markdown and .txt)',
      message:
        'Could not open “scan.xyz”: unsupported file type .xyz (Copydesk opens .docx, .html, .htm, .md, .markdown and .txt).',
    })
    expect((await importFailure(importDraftBytes('README', encoder.encode('text')))).reason).toBe(
      'unsupported file type (no extension) (Copydesk opens .docx, .html, .htm, .md, .markdown and .txt)',
    )
  })

  it('rejects an empty file and a file of only whitespace', async () => {
    const failures = await Promise.all([
      importFailure(importDraftBytes('empty.txt', new Uint8Array())),
      importFailure(importDraftBytes('blank.md', encoder.encode(' \n\t\r\n'))),
      importFailure(importDraftBytes('empty.docx', new Uint8Array())),
    ])
    expect(failures.map((failure) => failure.reason)).toEqual([
      'the file is empty',
      'the file is empty',
      'the file is empty',
    ])
  })

  it('rejects HTML that has no text once sanitised', async () => {
    const failure = await importFailure(
      importDraftBytes('scripts.html', encoder.encode('<script>x()</script><img src="a.png">')),
    )
    expect(failure.reason).toBe('the document has no text')
  })

  it('rejects bytes over 20 MB', async () => {
    const failure = await importFailure(
      importDraftBytes('huge.txt', new Uint8Array(MAX_IMPORT_BYTES + 1)),
    )
    expect(failure.reason).toBe('the file is larger than 20 MB')
  })

  it('rejects a file over 20 MB on disk before reading it', async () => {
    const filePath = path.join(temporaryDirectory, 'huge.txt')
    await writeFile(filePath, '')
    await truncate(filePath, MAX_IMPORT_BYTES + 1)
    expect(await importFailure(importDraftFromPath(filePath))).toEqual({
      fileName: 'huge.txt',
      reason: 'the file is larger than 20 MB',
      message: 'Could not open “huge.txt”: the file is larger than 20 MB.',
    })
  })

  it('accepts a file of exactly 20 MB whose text is within the draft limits', async () => {
    const article = '<p>A short article inside a page padded with script.</p><script>'
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)
    bytes.set(encoder.encode(article))
    const draft = await importDraftBytes('exact.html', bytes)
    expect(blockTexts(draft.content)).toEqual(['A short article inside a page padded with script.'])
  })

  it('rejects a path that does not exist', async () => {
    expect(
      await importFailure(importDraftFromPath(path.join(temporaryDirectory, 'missing.txt'))),
    ).toEqual({
      fileName: 'missing.txt',
      reason: 'the file could not be found',
      message: 'Could not open “missing.txt”: the file could not be found.',
    })
  })

  it('rejects a directory', async () => {
    expect(await importFailure(importDraftFromPath(temporaryDirectory))).toEqual({
      fileName: path.basename(temporaryDirectory),
      reason: 'it is a folder, not a file',
      message: `Could not open “${path.basename(temporaryDirectory)}”: it is a folder, not a file.`,
    })
  })

  it('rejects a text file with NUL bytes as binary', async () => {
    const failure = await importFailure(
      importDraftBytes('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0a])),
    )
    expect(failure.reason).toBe('the file contains binary data, not text')
  })

  it('rejects text that is not valid UTF-8', async () => {
    const latin1 = new Uint8Array([...encoder.encode('Caf'), 0xe9, ...encoder.encode(' walks')])
    const failures = await Promise.all(
      ['latin1.txt', 'latin1.md', 'latin1.html'].map((fileName) =>
        importFailure(importDraftBytes(fileName, latin1)),
      ),
    )
    expect(failures.map((failure) => failure.reason)).toEqual([
      'the text is not valid UTF-8 (save it as UTF-8 and try again)',
      'the text is not valid UTF-8 (save it as UTF-8 and try again)',
      'the text is not valid UTF-8 (save it as UTF-8 and try again)',
    ])
  })

  it('rejects UTF-16 text with a broken surrogate pair', async () => {
    const failure = await importFailure(
      importDraftBytes('broken.txt', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])),
    )
    expect(failure.reason).toBe('the text is not valid UTF-16 (save it as UTF-8 and try again)')
  })

  it('rejects a .docx that is not a ZIP archive without starting the Word reader', async () => {
    expect(
      await importFailure(
        importDraftBytes('letter.docx', encoder.encode('This is plain text, not Word.')),
      ),
    ).toEqual({
      fileName: 'letter.docx',
      reason: 'the file is not a Word document',
      message: 'Could not open “letter.docx”: the file is not a Word document.',
    })
  })
})
