import { MAX_IMPORT_BYTES } from '../../../src/shared/import/importLimits'
import { wordDocument, wordParagraph, zipArchive } from './zipArchive'

export interface CorpusFile {
  name: string
  /** A regular file with these bytes, or a special kind of path. */
  content: Uint8Array | 'fifo' | 'folder' | 'vanishing'
  /** True when a correct import is the right outcome, false when a clear refusal is; 'either' for a race. */
  imports: boolean | 'either'
}

const text = (value: string): Uint8Array => Buffer.from(value, 'utf8')
const lines = (count: number, line: (index: number) => string): string =>
  Array.from({ length: count }, (_, index) => line(index)).join('\n')
const ARTICLE = [
  'Evening walks and sleep',
  'By Rowan Vale',
  'A short walk after dinner may help people fall asleep sooner, a small trial suggests.',
  'Researchers asked forty adults to walk for twenty minutes each evening.',
].join('\n\n')

function utf16(value: string, littleEndian: boolean, withMark = true): Uint8Array {
  const body = Buffer.from(value, 'utf16le')
  if (!littleEndian) body.swap16()
  const mark = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]
  return withMark ? Buffer.concat([Buffer.from(mark), body]) : body
}

function billionLaughs(): string {
  let entities = '<!ENTITY lol "lol">'
  for (let level = 1; level <= 9; level++) {
    const previous = level === 1 ? 'lol' : `lol${level - 1}`
    entities += `<!ENTITY lol${level} "${`&${previous};`.repeat(10)}">`
  }
  return `<!DOCTYPE w:document [${entities}]>`
}

/**
 * The bad-input corpus: files a new user or an attacker might open, generated here (no real
 * drafts). Each must import correctly or be refused with a clear message, quickly, writing
 * nothing when refused.
 */
export function badInputCorpus(): CorpusFile[] {
  const files: CorpusFile[] = [
    // Empty, blank, binary and badly encoded text.
    { name: 'empty.txt', content: new Uint8Array(), imports: false },
    { name: 'empty.md', content: new Uint8Array(), imports: false },
    { name: 'empty.html', content: new Uint8Array(), imports: false },
    { name: 'empty.docx', content: new Uint8Array(), imports: false },
    { name: 'blank.txt', content: text(' \n\t\n   \r\n'), imports: false },
    {
      name: 'binary.txt',
      content: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 256),
      imports: false,
    },
    {
      name: 'binary.md',
      content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]),
      imports: false,
    },
    {
      name: 'binary.html',
      content: Buffer.concat([text('<p>x</p>'), Buffer.alloc(16)]),
      imports: false,
    },
    {
      name: 'png-as.txt',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      imports: false,
    },
    { name: 'utf16le.txt', content: utf16(ARTICLE, true), imports: true },
    { name: 'utf16be.txt', content: utf16(ARTICLE, false), imports: true },
    { name: 'utf16-no-mark.txt', content: utf16(ARTICLE, true, false), imports: false },
    {
      name: 'utf16-broken-pair.txt',
      content: Buffer.from([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]),
      imports: false,
    },
    {
      name: 'latin1.txt',
      content: Buffer.from('Caf\u00e9 cr\u00e8me and na\u00efve r\u00e9sum\u00e9', 'latin1'),
      imports: false,
    },
    { name: 'overlong-utf8.txt', content: Buffer.from([0x41, 0xc0, 0xaf, 0x42]), imports: false },
    {
      name: 'utf8-bom.md',
      content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text('# Title\n\nBody text.')]),
      imports: true,
    },
    {
      name: 'control-characters.txt',
      content: text('Bell\u0007 and escape\u001b[31m red\u001b[0m text'),
      imports: true,
    },
    {
      name: 'bidi-and-zero-width.txt',
      content: text('Price \u202e0.01$\u202c and zero\u200bwidth joiner'),
      imports: true,
    },
    { name: 'cr-only.txt', content: text('First line\rSecond line\rThird line'), imports: true },
    // Size and shape.
    {
      name: 'one-byte-over.txt',
      content: new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61),
      imports: false,
    },
    {
      name: '20mb-one-line.txt',
      content: new Uint8Array(MAX_IMPORT_BYTES).fill(0x61),
      imports: false,
    },
    { name: '2mb-one-line.txt', content: text('word '.repeat(400_000)), imports: false },
    { name: '2mb-no-word-characters.txt', content: text('-'.repeat(2_000_000)), imports: false },
    {
      name: '2mb-one-line.html',
      content: text(`<p>${'word '.repeat(400_000)}</p>`),
      imports: false,
    },
    { name: '100k-lines.txt', content: text(lines(100_000, (i) => `line ${i}`)), imports: false },
    { name: '500k-lines.txt', content: text(lines(500_000, (i) => `l${i}`)), imports: false },
    { name: 'million-lines.txt', content: text(lines(1_000_000, () => 'x')), imports: false },
    {
      name: 'million-blank-lines.txt',
      content: text('\n'.repeat(1_000_000) + 'One line of text.'),
      imports: true,
    },
    {
      name: '10k-words.txt',
      content: text(
        lines(100, () =>
          'Walking after dinner lowers blood sugar in most adults, the trial found in 2023. '.repeat(
            8,
          ),
        ),
      ),
      imports: true,
    },
    { name: 'longest-allowed-paragraph.txt', content: text('w'.repeat(50_000)), imports: true },
    // Markdown that is slow to parse.
    { name: 'emphasis-markers.md', content: text('*a'.repeat(100_000)), imports: false },
    { name: 'bracket-runs.md', content: text('[a'.repeat(100_000)), imports: false },
    {
      name: 'nested-quotes.md',
      content: text(lines(1000, (i) => '>'.repeat(i % 100) + ' quote')),
      imports: false,
    },
    {
      name: 'nested-lists.md',
      content: text(lines(200, (i) => ' '.repeat(2 * i) + '- item')),
      imports: false,
    },
    {
      name: 'over-markdown-limit.md',
      content: text('Plain words. '.repeat(50_000)),
      imports: false,
    },
    {
      name: 'raw-html.md',
      content: text(
        '# Title\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[link](javascript:alert(1))',
      ),
      imports: true,
    },
    {
      name: 'backtick-runs.md',
      content: text(lines(8, () => '`a'.repeat(20_000))),
      imports: false,
    },
    // HTML that nests, bloats or lies.
    {
      name: 'nested-lists.html',
      content: text('<ul><li>'.repeat(100_000) + 'x' + '</li></ul>'.repeat(100_000)),
      imports: false,
    },
    {
      name: 'nested-divs.html',
      content: text('<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000)),
      imports: false,
    },
    {
      name: 'nested-quotes.html',
      content: text('<blockquote>'.repeat(770) + 'x' + '</blockquote>'.repeat(770)),
      imports: false,
    },
    { name: 'unclosed-spans.html', content: text('<span>x'.repeat(100_000)), imports: false },
    { name: 'unclosed-bold.html', content: text('<b>x'.repeat(100_000)), imports: false },
    { name: '20k-paragraphs.html', content: text('<p>para</p>'.repeat(20_000)), imports: false },
    {
      name: 'entity-flood.html',
      content: text(`<p>${'&amp;'.repeat(1_000_000)}</p>`),
      imports: false,
    },
    {
      name: 'script-only.html',
      content: text('<script>alert(1)</script><style>p{}</style>'),
      imports: false,
    },
    { name: 'comment-only.html', content: text('<!-- just a comment -->'), imports: false },
    {
      name: 'unclosed-comment.html',
      content: text('<p>before</p><!-- never closed ' + 'x'.repeat(100_000)),
      imports: true,
    },
    {
      name: 'angle-brackets.html',
      content: text('<<<<>>>><p>text</p></p></p><</>'),
      imports: true,
    },
    {
      name: 'padded-to-limit.html',
      content: Buffer.concat([
        text('<p>A page padded with script.</p><script>'),
        new Uint8Array(MAX_IMPORT_BYTES - 48).fill(0x61),
      ]),
      imports: true,
    },
    { name: 'utf16le.html', content: utf16('<p>Sixteen-bit HTML.</p>', true), imports: true },
    // Word documents: not zips, broken zips, bombs, hostile XML.
    {
      name: 'not-a-zip.docx',
      content: text('This is plain text with a .docx name.'),
      imports: false,
    },
    {
      name: 'zip-magic-only.docx',
      content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      imports: false,
    },
    {
      name: 'truncated.docx',
      content: wordDocument(wordParagraph('Cut short.')).subarray(0, 200),
      imports: false,
    },
    {
      name: 'zip-without-document.docx',
      content: zipArchive([{ name: 'notes.txt', data: 'not Word' }]),
      imports: false,
    },
    {
      name: 'valid.docx',
      content: wordDocument(wordParagraph('A valid Word paragraph.')),
      imports: true,
    },
    {
      name: 'declared-bomb.docx',
      content: wordDocument(wordParagraph('x'), { declaredSize: 0xfffffff0 }),
      imports: false,
    },
    {
      name: 'zip-bomb.docx',
      content: wordDocument(wordParagraph('x') + ' '.repeat(210 * 1024 * 1024)),
      imports: false,
    },
    {
      name: 'xxe.docx',
      content: wordDocument(wordParagraph('&xxe;'), {
        prologue: '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
      }),
      imports: false,
    },
    {
      name: 'billion-laughs.docx',
      content: wordDocument(wordParagraph('&lol9;'), { prologue: billionLaughs() }),
      imports: false,
    },
    {
      name: 'malformed-xml.docx',
      content: wordDocument('<w:p><w:r><w:t>unclosed'),
      imports: false,
    },
    {
      name: 'many-paragraphs.docx',
      content: wordDocument(wordParagraph('para').repeat(20_000)),
      imports: false,
    },
    {
      name: 'javascript-hyperlink.docx',
      content: wordDocument(
        '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>click</w:t></w:r></w:hyperlink></w:p>',
        {
          relationships:
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/></Relationships>',
        },
      ),
      imports: true,
    },
    // Paths that are not plain files.
    { name: 'a-folder.txt', content: 'folder', imports: false },
    { name: 'a-fifo.txt', content: 'fifo', imports: false },
    { name: 'vanishes.txt', content: 'vanishing', imports: 'either' },
    { name: 'unsupported.pdf', content: text('%PDF-1.7'), imports: false },
    { name: 'no-extension', content: text('Plain words.'), imports: false },
  ]
  return files
}
