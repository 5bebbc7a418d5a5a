import type { ClaimSourceFields } from './reviewSchema'

/**
 * Whether a claim's source is probably the original research (a journal, a DOI, PubMed, a
 * government or international body, a university) or probably a report about it (a news site,
 * a blog, a social post). A hint for the reviewer, never a refusal: the lists are short and
 * decide by the address alone.
 */

export type SourcePrimacy = 'primary' | 'not-primary' | 'unknown'

export interface PrimarySourceHint {
  primacy: SourcePrimacy
  /** The sentence to show beside the source; null when there is nothing useful to say. */
  message: string | null
}

/** Journals, publishers and research databases. A host matches itself and its subdomains. */
const RESEARCH_HOSTS = [
  'doi.org',
  'pubmed.ncbi.nlm.nih.gov',
  'ncbi.nlm.nih.gov',
  'europepmc.org',
  'cochranelibrary.com',
  'nejm.org',
  'thelancet.com',
  'bmj.com',
  'jamanetwork.com',
  'nature.com',
  'science.org',
  'cell.com',
  'sciencedirect.com',
  'springer.com',
  'wiley.com',
  'academic.oup.com',
  'tandfonline.com',
  'plos.org',
  'frontiersin.org',
  'mdpi.com',
  'medrxiv.org',
  'biorxiv.org',
] as const

/** Government, international bodies and universities, by the end of their host name. */
const OFFICIAL_HOST_PATTERN =
  /\.(gov|int|edu)(\.[a-z]{2})?$|\.(ac|gov)\.uk$|(^|\.)nhs\.uk$|\.gc\.ca$/

/** Well-known news sites, health-news sites, blog platforms and social networks. */
const REPORTING_HOSTS = [
  'facebook.com',
  'x.com',
  'twitter.com',
  'instagram.com',
  'tiktok.com',
  'youtube.com',
  'youtu.be',
  'reddit.com',
  'linkedin.com',
  'threads.net',
  'medium.com',
  'substack.com',
  'wordpress.com',
  'blogspot.com',
  'tumblr.com',
  'bbc.co.uk',
  'bbc.com',
  'cnn.com',
  'nytimes.com',
  'theguardian.com',
  'washingtonpost.com',
  'dailymail.co.uk',
  'foxnews.com',
  'reuters.com',
  'apnews.com',
  'nbcnews.com',
  'usatoday.com',
  'healthline.com',
  'webmd.com',
] as const

const PRIMARY_MESSAGE = 'This looks like a primary source: the research itself or an official body.'

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url.trim())
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
    return parsed.hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return null
  }
}

function isOnHost(host: string, listed: string): boolean {
  return host === listed || host.endsWith(`.${listed}`)
}

function looksLikeBlog(host: string, path: string): boolean {
  return host.startsWith('blog.') || host.startsWith('blogs.') || /\/blogs?\//.test(path)
}

/** The hint for a web address alone. */
export function urlPrimacyHint(url: string): PrimarySourceHint {
  const host = hostOf(url)
  if (host === null) return { primacy: 'unknown', message: null }
  const path = new URL(url.trim()).pathname.toLowerCase()
  if (REPORTING_HOSTS.some((listed) => isOnHost(host, listed)) || looksLikeBlog(host, path)) {
    return {
      primacy: 'not-primary',
      message: `${host} looks like a news site, blog or social post, not the original research. If you can, add the study itself (its DOI, PubMed ID or journal page).`,
    }
  }
  if (RESEARCH_HOSTS.some((listed) => isOnHost(host, listed)) || OFFICIAL_HOST_PATTERN.test(host)) {
    return { primacy: 'primary', message: PRIMARY_MESSAGE }
  }
  return { primacy: 'unknown', message: null }
}

/**
 * The hint for a whole source: a DOI or a PubMed ID points at the research itself; otherwise
 * the web address decides; a citation alone cannot be judged.
 */
export function primarySourceHint(
  source: Pick<ClaimSourceFields, 'url' | 'doi' | 'pmid'>,
): PrimarySourceHint {
  if ((source.doi ?? '').trim() !== '' || (source.pmid ?? '').trim() !== '') {
    return { primacy: 'primary', message: PRIMARY_MESSAGE }
  }
  const url = (source.url ?? '').trim()
  return url === '' ? { primacy: 'unknown', message: null } : urlPrimacyHint(url)
}
