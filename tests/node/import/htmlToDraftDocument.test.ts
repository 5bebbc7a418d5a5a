import { generateJSON } from '@tiptap/html/server'
import { describe, expect, it } from 'vitest'
import { htmlToDraftDocument } from '../../../src/node/import/htmlToDraftDocument'
import { draftSchemaExtensions } from '../../../src/shared/editor/editorExtensions'
import { documentText } from '../../../src/shared/text/documentText'
import { DraftLimitError } from '../../../src/shared/validation/draftLimitError'
import type { DraftLimit } from '../../../src/shared/validation/draftLimits'

/** HTML that has only what the draft schema keeps, so ProseMirror's own DOM parser is the reference. */
const SCHEMA_HTML = [
  '<h2>Title  <b>bold <i>both</i></b></h2><p> lead <a href="https://example.org/a">link</a><br>next</p>',
  '<ol><li>one<ul><li><p>nested</p></li></ul></li><li>two</li></ol>',
  '<blockquote>quoted</blockquote>loose text<s>struck</s><u>under</u>',
  '<p>a &amp; b &lt; c &quot;d&quot;</p>',
  '<ul><li></li></ul><ul></ul><blockquote></blockquote>',
  '<li>orphan item</li><p>after</p>',
  '<ul><p>paragraph in a list</p><li>item</li></ul>',
  '<p>  spaced   out  </p><p>   </p>',
  '<b><p>bold paragraph</p></b>',
  '<p>x<br> y <br></p>',
  '<blockquote>a<p>b</p>c</blockquote>',
  '<p><a href="https://example.org/">a <b>b</b></a> c</p>',
  '<p>a</p>\n   \n<p>b</p>\n<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>\n',
  '<p><em>x</em> <em>y</em><b>a</b><b>b</b></p>',
  '<p>write to <a href="mailto:desk@example.org">the desk</a></p>',
  '<blockquote><ul><li>x</li></ul></blockquote>',
]

function limitPassed(html: string): DraftLimit | string | null {
  try {
    htmlToDraftDocument(html)
    return null
  } catch (error) {
    return error instanceof DraftLimitError ? error.limit : String(error)
  }
}

function paragraphs(html: string): string[] {
  return documentText(htmlToDraftDocument(html)).blocks.map((block) => block.text)
}

describe('htmlToDraftDocument', () => {
  it.each(SCHEMA_HTML)('builds what ProseMirror’s DOM parser builds from %s', (html) => {
    expect(htmlToDraftDocument(html)).toEqual(generateJSON(html, draftSchemaExtensions()))
  })

  it('turns h5 and h6 into h4, the deepest heading the draft schema has', () => {
    const headings = htmlToDraftDocument('<h5>Five</h5><h6>Six</h6>').content ?? []
    expect(headings.map((node) => [node.type, node.attrs?.level])).toEqual([
      ['heading', 4],
      ['heading', 4],
    ])
  })

  it('drops scripts, styles, the head and other non-text elements with everything inside them', () => {
    expect(
      paragraphs(
        '<html><head><title>Tab</title><meta name="a" content="b"><style>p{}</style></head><body>' +
          '<p>Kept</p><script>alert(1)</script><iframe>frame</iframe><object>object</object>' +
          '<template>template</template><noscript>no script</noscript><svg><text>svg</text></svg>' +
          '<math><mi>x</mi></math><textarea>area</textarea><select><option>o</option></select></body></html>',
      ),
    ).toEqual(['Kept'])
  })

  it('keeps only the href of allowed links, with the rel every draft link carries', () => {
    const document = htmlToDraftDocument(
      '<p><a href="https://example.org/" target="_blank" onclick="steal()" title="t" class="c">ok</a> ' +
        '<a href="javascript:alert(1)">js</a> <a href="data:text/html,hi">data</a> ' +
        '<a href="//evil.example.com/">relative</a> <a href="vbscript:x">vb</a></p>',
    )
    expect(JSON.stringify(document)).not.toMatch(/javascript|data:|evil|vbscript|onclick|_blank/)
    expect(document.content?.[0]?.content?.[0]).toEqual({
      type: 'text',
      text: 'ok',
      marks: [
        {
          type: 'link',
          attrs: {
            href: 'https://example.org/',
            target: null,
            rel: 'noopener noreferrer nofollow',
            class: null,
            title: null,
          },
        },
      ],
    })
  })

  it('unwraps unknown elements and makes the text of divs, table cells and sections paragraphs of their own', () => {
    expect(
      paragraphs(
        '<div>first</div><div>second <span>inline</span></div><table><tr><td>cell one</td><td>cell two</td></tr></table><section>last</section>',
      ),
    ).toEqual(['first', 'second inline', 'cell one', 'cell two', 'last'])
  })

  it('refuses lists nested past the depth limit at once, however deep the HTML goes', () => {
    const started = performance.now()
    expect(limitPassed('<ul><li>'.repeat(100_000) + 'x' + '</li></ul>'.repeat(100_000))).toBe(
      'depth',
    )
    expect(limitPassed('<blockquote>'.repeat(770) + 'x' + '</blockquote>'.repeat(770))).toBe(
      'depth',
    )
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('refuses 100,000 nested divs, spans or unclosed tags quickly instead of blocking', () => {
    const started = performance.now()
    expect(limitPassed('<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000))).toBe(
      'markupDepth',
    )
    expect(limitPassed('<span>'.repeat(100_000) + 'x')).toBe('markupDepth')
    expect(limitPassed('<b>x'.repeat(100_000))).toBe('markupDepth')
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('refuses a 2 MB paragraph and 500,000 paragraphs as soon as a limit is passed', () => {
    const started = performance.now()
    expect(limitPassed(`<p>${'-'.repeat(2_000_000)}</p>`)).toBe('paragraphCharacters')
    expect(limitPassed('<p>line</p>'.repeat(500_000))).toBe('paragraphs')
    expect(performance.now() - started).toBeLessThan(3_000)
  })

  it('converts 10,000 words in well under a second, and the largest draft in time linear in its size', () => {
    const sentence = 'Walking after dinner lowers blood sugar in most adults, the trial found. '
    const article = Array.from({ length: 80 }, () => `<p>${sentence.repeat(10)}</p>`).join('')
    let started = performance.now()
    expect(paragraphs(article)).toHaveLength(80)
    expect(performance.now() - started).toBeLessThan(1_000)

    const largest = Array.from({ length: 10_000 }, (_, index) => `<p>Paragraph ${index}.</p>`)
    started = performance.now()
    expect(paragraphs(largest.join(''))).toHaveLength(10_000)
    expect(performance.now() - started).toBeLessThan(3_000)
  })
})
