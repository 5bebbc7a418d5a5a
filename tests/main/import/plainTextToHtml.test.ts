import { describe, expect, it } from 'vitest'
import { plainTextToHtml } from '../../../src/main/import/plainTextToHtml'

describe('plainTextToHtml', () => {
  it('makes every line a paragraph when the text has no blank lines', () => {
    expect(plainTextToHtml('First line\nSecond line\r\nThird line\n')).toBe(
      '<p>First line</p><p>Second line</p><p>Third line</p>',
    )
  })

  it('splits paragraphs on blank lines and keeps single line breaks inside them as line breaks', () => {
    expect(plainTextToHtml('\nTitle\n\nsave article\nBy Dana Whitfield\n  \n\nBody text.\n')).toBe(
      '<p>Title</p><p>save article<br>By Dana Whitfield</p><p>Body text.</p>',
    )
  })

  it('escapes characters that would otherwise be read as HTML', () => {
    expect(plainTextToHtml('<script>alert("x")</script> & more')).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</p>',
    )
  })
})
