import { describe, expect, it } from 'vitest'
import {
  checkClaimSource,
  MISSING_SOURCE_MESSAGE,
  normaliseDoi,
  normalisePmid,
} from '../../../src/shared/review/claimSources'
import type { ClaimSourceFields } from '../../../src/shared/review/reviewSchema'

const EMPTY: ClaimSourceFields = {
  url: null,
  doi: null,
  pmid: null,
  citation: '',
  quote: '',
  note: '',
}

describe('normaliseDoi', () => {
  it('accepts a bare DOI and strips doi.org and doi: prefixes', () => {
    expect(normaliseDoi('10.1056/NEJMoa2034577')).toBe('10.1056/NEJMoa2034577')
    expect(normaliseDoi(' https://doi.org/10.1056/NEJMoa2034577 ')).toBe('10.1056/NEJMoa2034577')
    expect(normaliseDoi('http://dx.doi.org/10.1000/xyz%28123%29')).toBe('10.1000/xyz(123)')
    expect(normaliseDoi('DOI: 10.1371/journal.pone.0123456')).toBe('10.1371/journal.pone.0123456')
    expect(normaliseDoi('10.1000.10/abc')).toBe('10.1000.10/abc')
  })

  it('rejects what is not a DOI', () => {
    for (const text of [
      '10.12/x',
      '11.1000/abc',
      '10.1000',
      '10.1000/',
      'doi 10.1000/abc',
      '10.1000/a b',
    ]) {
      expect(normaliseDoi(text)).toBeNull()
    }
  })
})

describe('normalisePmid', () => {
  it('accepts one to eight digits, with or without a PMID prefix', () => {
    expect(normalisePmid('31978945')).toBe('31978945')
    expect(normalisePmid('PMID: 123')).toBe('123')
    expect(normalisePmid('pmid 7')).toBe('7')
  })

  it('rejects letters, nine digits and an empty number', () => {
    for (const text of ['PMC123456', '123456789', '12a4', 'PMID:', '']) {
      expect(normalisePmid(text)).toBeNull()
    }
  })
})

describe('checkClaimSource', () => {
  it('returns the normalised fields of a valid source', () => {
    expect(
      checkClaimSource({
        url: '  https://example.org/trial  ',
        doi: 'doi:10.1000/walk.1',
        pmid: 'PMID:31978945',
        citation: '  Reyes D. et al. Walking after meals. 2024.  ',
        quote: ' lowered glucose ',
        note: '',
      }),
    ).toEqual({
      ok: true,
      source: {
        url: 'https://example.org/trial',
        doi: '10.1000/walk.1',
        pmid: '31978945',
        citation: 'Reyes D. et al. Walking after meals. 2024.',
        quote: 'lowered glucose',
        note: '',
      },
    })
  })

  it('accepts a free-text citation alone and treats blank fields as absent', () => {
    const checked = checkClaimSource({ ...EMPTY, url: '  ', citation: 'Annual report, 2023' })
    expect(checked).toEqual({
      ok: true,
      source: { ...EMPTY, citation: 'Annual report, 2023' },
    })
  })

  it('refuses a source with only a quote or a note', () => {
    expect(checkClaimSource({ ...EMPTY, quote: 'some words', note: 'a note' })).toEqual({
      ok: false,
      problems: [{ field: null, message: MISSING_SOURCE_MESSAGE }],
    })
  })

  it('names every malformed field with a message that says what is expected', () => {
    const checked = checkClaimSource({
      ...EMPTY,
      url: 'javascript:alert(1)',
      doi: '10.12/x',
      pmid: 'PMC42',
    })
    expect(checked).toEqual({
      ok: false,
      problems: [
        {
          field: 'url',
          message:
            'The URL “javascript:alert(1)” is not a web address: it must start with http:// or https://.',
        },
        {
          field: 'doi',
          message:
            'The DOI “10.12/x” is not valid: a DOI starts with 10., then 4–9 digits, a slash and a suffix.',
        },
        { field: 'pmid', message: 'The PMID “PMC42” is not valid: a PubMed ID is 1 to 8 digits.' },
      ],
    })
  })

  it('refuses a URL without a scheme', () => {
    const checked = checkClaimSource({ ...EMPTY, url: 'www.example.org/study' })
    expect(checked.ok).toBe(false)
  })
})
