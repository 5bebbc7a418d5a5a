import { isWebLink } from '../editor/linkPolicy'
import type { ClaimSourceFields } from './reviewSchema'

/**
 * The one policy for what a claim's source may hold, checked offline: a web address (http or
 * https), a DOI, a PubMed ID, or a free-text citation — at least one of them — plus an
 * optional quote from the source and a note. Forms and main both use it: forms to show each
 * problem beside its field, main to refuse a malformed source.
 */

export type ClaimSourceField = keyof ClaimSourceFields

export interface ClaimSourceProblem {
  /** The field the problem is about; null when it is about the source as a whole. */
  field: ClaimSourceField | null
  message: string
}

export type CheckedClaimSource =
  { ok: true; source: ClaimSourceFields } | { ok: false; problems: ClaimSourceProblem[] }

/** "10.", a registrant code of 4–9 digits (optionally with dotted sub-codes), "/", a suffix. */
const DOI_PATTERN = /^10\.\d{4,9}(\.\d+)*\/\S+$/
const DOI_PREFIX = /^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i
const PMID_PATTERN = /^\d{1,8}$/
const PMID_PREFIX = /^pmid:?\s*/i

export const MISSING_SOURCE_MESSAGE = 'A source needs a URL, a DOI, a PMID or a citation.'

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** A DOI without its `https://doi.org/` or `doi:` prefix, or null when it is not a DOI. */
export function normaliseDoi(raw: string): string | null {
  const trimmed = raw.trim()
  const withoutPrefix = DOI_PREFIX.test(trimmed)
    ? decoded(trimmed.replace(DOI_PREFIX, ''))
    : trimmed
  return DOI_PATTERN.test(withoutPrefix) ? withoutPrefix : null
}

/** A PubMed ID's digits without a `PMID:` prefix, or null when it is not a PubMed ID. */
export function normalisePmid(raw: string): string | null {
  const withoutPrefix = raw.trim().replace(PMID_PREFIX, '')
  return PMID_PATTERN.test(withoutPrefix) ? withoutPrefix : null
}

function quoted(text: string, length = 60): string {
  return `“${text.length > length ? `${text.slice(0, length - 1)}…` : text}”`
}

/** Trims every field, strips DOI and PMID prefixes and checks the formats. */
export function checkClaimSource(fields: ClaimSourceFields): CheckedClaimSource {
  const problems: ClaimSourceProblem[] = []
  const url = blankToNull(fields.url)
  const rawDoi = blankToNull(fields.doi)
  const rawPmid = blankToNull(fields.pmid)
  const citation = fields.citation.trim()
  if (url !== null && !isWebLink(url)) {
    problems.push({
      field: 'url',
      message: `The URL ${quoted(url)} is not a web address: it must start with http:// or https://.`,
    })
  }
  const doi = rawDoi === null ? null : normaliseDoi(rawDoi)
  if (rawDoi !== null && doi === null) {
    problems.push({
      field: 'doi',
      message: `The DOI ${quoted(rawDoi)} is not valid: a DOI starts with 10., then 4–9 digits, a slash and a suffix.`,
    })
  }
  const pmid = rawPmid === null ? null : normalisePmid(rawPmid)
  if (rawPmid !== null && pmid === null) {
    problems.push({
      field: 'pmid',
      message: `The PMID ${quoted(rawPmid)} is not valid: a PubMed ID is 1 to 8 digits.`,
    })
  }
  if (url === null && rawDoi === null && rawPmid === null && citation === '') {
    problems.push({ field: null, message: MISSING_SOURCE_MESSAGE })
  }
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    source: { url, doi, pmid, citation, quote: fields.quote.trim(), note: fields.note.trim() },
  }
}
