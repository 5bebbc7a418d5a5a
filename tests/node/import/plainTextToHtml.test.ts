import { describe, expect, it } from 'vitest'
import { plainTextToHtml } from '../../../src/node/import/plainTextToHtml'

describe('plainTextToHtml', () => {
  it('makes every line a paragraph when the text has no blank lines', () => {
    expect(plainTextToHtml('First line\nSecond line\r\nThird line\n')).toBe(
      '<p>First line</p><p>Second line</p><p>Third line</p>',
    )
  })

  it('makes every line of a web copy its own paragraph, blank lines or not', () => {
    expect(plainTextToHtml('\nTitle\n\nsave article\nBy Dana Whitfield\n  \n\nBody text.\n')).toBe(
      '<p>Title</p><p>save article</p><p>By Dana Whitfield</p><p>Body text.</p>',
    )
  })

  it('joins prose wrapped by hand at a fixed column back into one paragraph', () => {
    const wrapped = [
      'Walking after dinner is one of the cheapest habits a person can',
      'pick up, and the people in the trial seemed to enjoy it as well,',
      'which matters.',
      '',
      'Second paragraph.',
    ].join('\n')
    expect(plainTextToHtml(wrapped)).toBe(
      '<p>Walking after dinner is one of the cheapest habits a person can pick up, and the people in the trial seemed to enjoy it as well, which matters.</p><p>Second paragraph.</p>',
    )
  })

  it('escapes characters that would otherwise be read as HTML', () => {
    expect(plainTextToHtml('<script>alert("x")</script> & more')).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</p>',
    )
  })
})
