import { describe, expect, it } from 'vitest'
import { sanitizeDraftHtml } from '../../../src/node/import/sanitizeDraftHtml'

describe('sanitizeDraftHtml', () => {
  it('removes scripts, styles, iframes, objects, embeds, templates and noscript with their contents', () => {
    const html =
      '<p>Kept</p><script>alert(1)</script><style>p{}</style><iframe>frame text</iframe>' +
      '<object>object text</object><embed src="x"><template>template text</template><noscript>no script</noscript>'
    expect(sanitizeDraftHtml(html)).toBe('<p>Kept</p>')
  })

  it('removes the head with its title and meta tags', () => {
    expect(
      sanitizeDraftHtml(
        '<html><head><title>Tab title</title><meta name="a" content="b"></head><body><p>Body</p></body></html>',
      ),
    ).toBe('<p>Body</p>')
  })

  it('removes event handlers and every attribute except href', () => {
    expect(
      sanitizeDraftHtml(
        '<p class="lead" style="color:red" onclick="steal()">Text <img src="x" onerror="steal()"><a href="https://example.org/" title="t" target="_blank" onmouseover="steal()">link</a></p>',
      ),
    ).toBe('<p>Text <a href="https://example.org/">link</a></p>')
  })

  it('keeps http, https and mailto links and drops the href of javascript:, data: and protocol-relative links', () => {
    expect(
      sanitizeDraftHtml(
        '<a href="http://example.org/">a</a><a href="https://example.org/">b</a><a href="mailto:desk@example.org">c</a>' +
          '<a href="javascript:alert(1)">d</a><a href="data:text/html,hi">e</a><a href="//evil.example.com/">f</a>',
      ),
    ).toBe(
      '<a href="http://example.org/">a</a><a href="https://example.org/">b</a><a href="mailto:desk@example.org">c</a><a>d</a><a>e</a><a>f</a>',
    )
  })

  it('keeps text structure and emphasis tags and unwraps everything else', () => {
    expect(
      sanitizeDraftHtml(
        '<div><h2>Head</h2><p><strong>s</strong><b>b</b><em>e</em><i>i</i><u>u</u><s>x</s><br></p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote><span>span</span></div>',
      ),
    ).toBe(
      '<h2>Head</h2><p><strong>s</strong><b>b</b><em>e</em><i>i</i><u>u</u><s>x</s><br /></p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote>span',
    )
  })

  it('turns h5 and h6 into h4, the deepest heading the draft schema has', () => {
    expect(sanitizeDraftHtml('<h5>Five</h5><h6>Six</h6>')).toBe('<h4>Five</h4><h4>Six</h4>')
  })
})
