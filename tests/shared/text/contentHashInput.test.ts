import { describe, expect, it } from 'vitest'
import type { DocumentNode, ReviewMetadata } from '../../../src/shared/review/reviewSchema'
import {
  CONTENT_HASH_FORMAT,
  contentHashFields,
  contentHashInput,
  normaliseApprovedText,
} from '../../../src/shared/text/contentHashInput'

const METADATA: ReviewMetadata = {
  title: 'Winter walks and sleep',
  author: 'Ada Writer',
  authorRole: 'Health reporter',
  publishedDate: '2025-03-01',
  updatedDate: null,
  imageCredit: 'Photo: Lena Marsh',
}

type Mark = NonNullable<DocumentNode['marks']>[number]

function textNode(value: string, ...marks: Mark[]): DocumentNode {
  return marks.length === 0 ? { type: 'text', text: value } : { type: 'text', text: value, marks }
}
function link(href: string): Mark {
  return { type: 'link', attrs: { href, target: null, rel: 'noopener noreferrer nofollow' } }
}
function paragraph(...content: DocumentNode[]): DocumentNode {
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content }
}
function heading(level: number, ...content: DocumentNode[]): DocumentNode {
  return { type: 'heading', attrs: { level }, content }
}
function doc(...content: DocumentNode[]): DocumentNode {
  return { type: 'doc', content }
}

/** The draft every case below starts from. */
function baseDocument(): DocumentNode {
  return doc(
    heading(2, textNode('Evening walks help')),
    paragraph(
      textNode('A short walk after dinner, says the '),
      textNode('sleep study', link('https://example.org/study')),
      textNode(', helps you fall asleep.'),
    ),
  )
}

const baseInput = contentHashInput(METADATA, baseDocument())

describe('normaliseApprovedText', () => {
  it('composes characters to Unicode NFC', () => {
    expect(normaliseApprovedText('cafe\u0301')).toBe('caf\u00e9')
  })

  it('turns every run of whitespace, no-break spaces and line breaks included, into one space', () => {
    expect(normaliseApprovedText('one \t two\u00a0\u00a0three\nfour\r\n\u2009five')).toBe(
      'one two three four five',
    )
  })

  it('trims whitespace at both ends', () => {
    expect(normaliseApprovedText(' \u00a0 text \n')).toBe('text')
  })
})

describe('contentHashFields', () => {
  it('holds the format tag, the normalised metadata and each block with text, type and links', () => {
    const fields = contentHashFields(
      { ...METADATA, title: '  Winter   walks and sleep ' },
      baseDocument(),
    )
    expect(fields).toEqual({
      format: CONTENT_HASH_FORMAT,
      metadata: METADATA,
      blocks: [
        { type: 'heading', level: 2, text: 'Evening walks help', links: [] },
        {
          type: 'paragraph',
          text: 'A short walk after dinner, says the sleep study, helps you fall asleep.',
          links: [{ text: 'sleep study', href: 'https://example.org/study' }],
        },
      ],
    })
  })

  it('reads text split across bold or italic nodes under one link as one link', () => {
    const fields = contentHashFields(
      METADATA,
      doc(
        paragraph(
          textNode('the ', link('https://example.org/a')),
          textNode('whole', link('https://example.org/a'), { type: 'bold' }),
          textNode(' report', link('https://example.org/a')),
          textNode(' and '),
          textNode('another', link('https://example.org/b')),
        ),
      ),
    )
    expect(fields.blocks[0]?.links).toEqual([
      { text: 'the whole report', href: 'https://example.org/a' },
      { text: 'another', href: 'https://example.org/b' },
    ])
  })
})

describe('contentHashInput', () => {
  it('is canonical JSON tagged with its format version', () => {
    const parsed = JSON.parse(baseInput) as { format: string }
    expect(CONTENT_HASH_FORMAT).toBe('copydesk-content/1')
    expect(parsed.format).toBe(CONTENT_HASH_FORMAT)
    expect(baseInput).not.toMatch(/\n|": /)
    expect(Object.keys(parsed)).toEqual(['blocks', 'format', 'metadata'])
  })

  it('does not depend on the key order of the metadata it is given', () => {
    const reordered = Object.fromEntries(Object.entries(METADATA).reverse()) as ReviewMetadata
    expect(contentHashInput(reordered, baseDocument())).toBe(baseInput)
  })

  const unchanged: [string, ReviewMetadata, DocumentNode][] = [
    [
      'extra spaces between words',
      METADATA,
      doc(
        heading(2, textNode('Evening   walks help')),
        paragraph(
          textNode('A short  walk after dinner,  says the '),
          textNode('sleep study', link('https://example.org/study')),
          textNode(', helps you   fall asleep.'),
        ),
      ),
    ],
    [
      'empty paragraphs and whitespace-only paragraphs',
      METADATA,
      doc(
        paragraph(),
        heading(2, textNode('Evening walks help')),
        paragraph(),
        paragraph(textNode(' \u00a0 ')),
        ...(baseDocument().content ?? []).slice(1),
        paragraph(),
      ),
    ],
    [
      'trailing and leading spaces in blocks and link text',
      METADATA,
      doc(
        heading(2, textNode(' Evening walks help ')),
        paragraph(
          textNode('A short walk after dinner, says the '),
          textNode('  sleep study', link('https://example.org/study')),
          textNode(', helps you fall asleep.   '),
        ),
      ),
    ],
    [
      'a no-break space instead of a space',
      METADATA,
      doc(
        heading(2, textNode('Evening\u00a0walks help')),
        ...(baseDocument().content ?? []).slice(1),
      ),
    ],
    [
      'a hard break instead of a space',
      METADATA,
      doc(
        heading(2, textNode('Evening walks'), { type: 'hardBreak' }, textNode('help')),
        ...(baseDocument().content ?? []).slice(1),
      ),
    ],
    [
      'bold and italic',
      METADATA,
      doc(
        heading(2, textNode('Evening walks help', { type: 'bold' })),
        paragraph(
          textNode('A short walk after dinner, says the '),
          textNode('sleep study', link('https://example.org/study'), { type: 'italic' }),
          textNode(', helps you fall asleep.'),
        ),
      ),
    ],
    [
      'whitespace around the title, author, role and image credit',
      {
        ...METADATA,
        title: ' Winter  walks and sleep\n',
        author: 'Ada\u00a0Writer ',
        authorRole: '\tHealth reporter',
        imageCredit: 'Photo:  Lena Marsh',
      },
      baseDocument(),
    ],
    [
      'spaces around a link target',
      METADATA,
      doc(
        heading(2, textNode('Evening walks help')),
        paragraph(
          textNode('A short walk after dinner, says the '),
          textNode('sleep study', link(' https://example.org/study ')),
          textNode(', helps you fall asleep.'),
        ),
      ),
    ],
  ]
  it.each(unchanged)('stays the same for %s', (_change, metadata, content) => {
    expect(contentHashInput(metadata, content)).toBe(baseInput)
  })

  it('stays the same when the same text is composed or decomposed', () => {
    const composed = contentHashInput(
      { ...METADATA, title: 'Caf\u00e9 walks' },
      doc(paragraph(textNode('Caf\u00e9 walks'))),
    )
    const decomposed = contentHashInput(
      { ...METADATA, title: 'Cafe\u0301 walks' },
      doc(paragraph(textNode('Cafe\u0301 walks'))),
    )
    expect(decomposed).toBe(composed)
  })

  const changed: [string, ReviewMetadata, DocumentNode][] = [
    [
      'a changed word',
      METADATA,
      doc(
        heading(2, textNode('Evening walks help')),
        paragraph(
          textNode('A long walk after dinner, says the '),
          textNode('sleep study', link('https://example.org/study')),
          textNode(', helps you fall asleep.'),
        ),
      ),
    ],
    [
      'a changed headline',
      METADATA,
      doc(heading(2, textNode('Evening walks cure')), ...(baseDocument().content ?? []).slice(1)),
    ],
    ['a changed title', { ...METADATA, title: 'Winter walks and insomnia' }, baseDocument()],
    ['a changed author', { ...METADATA, author: 'Ada Writer-Smith' }, baseDocument()],
    ['a changed author role', { ...METADATA, authorRole: 'Health editor' }, baseDocument()],
    ['a changed published date', { ...METADATA, publishedDate: '2025-03-02' }, baseDocument()],
    ['an added updated date', { ...METADATA, updatedDate: '2025-03-05' }, baseDocument()],
    ['a changed image credit', { ...METADATA, imageCredit: 'Photo: Sam Lee' }, baseDocument()],
    [
      'a changed link target',
      METADATA,
      doc(
        heading(2, textNode('Evening walks help')),
        paragraph(
          textNode('A short walk after dinner, says the '),
          textNode('sleep study', link('https://example.org/other-study')),
          textNode(', helps you fall asleep.'),
        ),
      ),
    ],
    [
      'a removed link',
      METADATA,
      doc(
        heading(2, textNode('Evening walks help')),
        paragraph(
          textNode('A short walk after dinner, says the sleep study, helps you fall asleep.'),
        ),
      ),
    ],
    [
      'a link moved to other words',
      METADATA,
      doc(
        heading(2, textNode('Evening walks help')),
        paragraph(
          textNode('A short walk after dinner, says the sleep '),
          textNode('study, helps', link('https://example.org/study')),
          textNode(' you fall asleep.'),
        ),
      ),
    ],
    [
      'a headline turned into a paragraph',
      METADATA,
      doc(paragraph(textNode('Evening walks help')), ...(baseDocument().content ?? []).slice(1)),
    ],
    [
      'a changed heading level',
      METADATA,
      doc(heading(3, textNode('Evening walks help')), ...(baseDocument().content ?? []).slice(1)),
    ],
    [
      'a space put inside a word',
      METADATA,
      doc(
        heading(2, textNode('Evening walks help')),
        paragraph(
          textNode('A short walk after dinner, says the '),
          textNode('sleep study', link('https://example.org/study')),
          textNode(', helps you fall a sleep.'),
        ),
      ),
    ],
    [
      'a paragraph split in two',
      METADATA,
      doc(
        heading(2, textNode('Evening walks help')),
        paragraph(
          textNode('A short walk after dinner, says the '),
          textNode('sleep study', link('https://example.org/study')),
        ),
        paragraph(textNode(', helps you fall asleep.')),
      ),
    ],
  ]
  it.each(changed)('changes for %s', (_change, metadata, content) => {
    expect(contentHashInput(metadata, content)).not.toBe(baseInput)
  })
})
