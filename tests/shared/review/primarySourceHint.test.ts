import { describe, expect, it } from 'vitest'
import { primarySourceHint, urlPrimacyHint } from '../../../src/shared/review/primarySourceHint'

describe('urlPrimacyHint', () => {
  it.each([
    'https://pubmed.ncbi.nlm.nih.gov/31978945/',
    'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/',
    'https://doi.org/10.1000/walk.1',
    'https://www.nejm.org/doi/full/10.1056/NEJMoa2034577',
    'https://www.cdc.gov/diabetes/index.html',
    'https://www.who.int/news-room/fact-sheets',
    'https://med.stanford.edu/news.html',
    'https://www.ox.ac.uk/research',
    'https://www.nhs.uk/conditions/',
    'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0123456',
  ])('calls %s probably primary', (url) => {
    const hint = urlPrimacyHint(url)
    expect(hint.primacy).toBe('primary')
    expect(hint.message).toMatch(/primary source/)
  })

  it.each([
    ['https://www.facebook.com/some.page/posts/1', 'facebook.com'],
    ['https://x.com/someone/status/1', 'x.com'],
    ['https://mobile.twitter.com/someone/status/1', 'mobile.twitter.com'],
    ['https://www.instagram.com/p/abc/', 'instagram.com'],
    ['https://www.tiktok.com/@someone/video/1', 'tiktok.com'],
    ['https://youtu.be/abc', 'youtu.be'],
    ['https://www.reddit.com/r/health/comments/abc', 'reddit.com'],
    ['https://someone.substack.com/p/walking', 'someone.substack.com'],
    ['https://medium.com/@someone/walking', 'medium.com'],
    ['https://blog.example-clinic.com/walking', 'blog.example-clinic.com'],
    ['https://example-clinic.com/blog/walking', 'example-clinic.com'],
    ['https://www.bbc.co.uk/news/health-1', 'bbc.co.uk'],
  ])('calls %s probably not primary and names its host', (url, host) => {
    const hint = urlPrimacyHint(url)
    expect(hint.primacy).toBe('not-primary')
    expect(hint.message).toContain(host)
    expect(hint.message).toContain('not the original research')
  })

  it('does not judge an unknown site, a look-alike host or something that is not a web address', () => {
    for (const url of [
      'https://example.org/report',
      'https://notx.com/page',
      'https://bmj.com.example.net/fake',
      'ftp://ftp.cdc.gov/file',
      'not a url',
    ]) {
      expect(urlPrimacyHint(url)).toEqual({ primacy: 'unknown', message: null })
    }
  })
})

describe('primarySourceHint', () => {
  it('treats a DOI or a PubMed ID as primary, whatever the URL', () => {
    expect(
      primarySourceHint({ url: 'https://x.com/a/status/1', doi: '10.1000/a', pmid: null }).primacy,
    ).toBe('primary')
    expect(primarySourceHint({ url: null, doi: null, pmid: '123' }).primacy).toBe('primary')
  })

  it('judges by the URL otherwise, and cannot judge a citation alone', () => {
    expect(
      primarySourceHint({ url: 'https://www.tiktok.com/@a/video/1', doi: null, pmid: null })
        .primacy,
    ).toBe('not-primary')
    expect(primarySourceHint({ url: null, doi: '  ', pmid: null })).toEqual({
      primacy: 'unknown',
      message: null,
    })
  })
})
