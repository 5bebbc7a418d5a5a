import { readFileSync } from 'node:fs'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import MarkdownIt from 'markdown-it'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSpellingResources } from '../../../src/node/checks/loadCheckResources'
import { renderReport } from '../../../src/node/report/renderReport'
import { reviewReportFromStore } from '../../../src/node/report/reviewReportFromStore'
import { createSpellChecker } from '../../../src/shared/checks/spelling/createSpellChecker'
import { reportFlagsInOrder } from '../../../src/shared/report/reportFlagsInOrder'
import { renderReportCsv } from '../../../src/shared/report/renderReportCsv'
import { renderReportHtml } from '../../../src/shared/report/renderReportHtml'
import { renderReportJson } from '../../../src/shared/report/renderReportJson'
import { renderReportMarkdown } from '../../../src/shared/report/renderReportMarkdown'
import { reportJsonSchema } from '../../../src/shared/report/reportJsonSchema'
import type { ReportSignOff, ReviewReport } from '../../../src/shared/report/reviewReportSchema'
import { activeContent, parseCsv, parseHtml, pdfText } from './readBack'
import { createReviewedDraft, HOSTILE, type ReviewedDraft } from './reviewedDraftFixture'

const SCHEMA_FILE = path.resolve(__dirname, '../../../docs/report.schema.json')

const SIGNED: ReportSignOff = {
  name: 'Dr Noor Haddad',
  credentials: 'MD, MPH',
  meaning: 'approved',
  meaningLabel: 'Approved',
  signedAt: '2026-11-25T10:15:00.000+01:00',
  byline: 'Medically reviewed by Dr Noor Haddad, MD, MPH',
  current: true,
  override: null,
}

describe('review reports', () => {
  let fixture: ReviewedDraft
  let report: ReviewReport

  beforeAll(async () => {
    fixture = await createReviewedDraft()
    report = await reviewReportFromStore(fixture.dataDir, fixture.review, {
      generatedBy: 'Riley Moss',
      includeText: true,
      spellChecker: createSpellChecker(loadSpellingResources({ language: 'en-US' })),
      now: new Date('2026-11-25T12:00:00Z'),
    })
  }, 60_000)

  afterAll(async () => {
    await fixture.cleanUp()
  })

  it('says the draft is not ready and why, and counts what was done', () => {
    expect(report.verdict.ready).toBe(false)
    expect(report.verdict.reasons.filter((reason) => reason.severity === 'blocking')).toEqual([
      { severity: 'blocking', text: '1 claim is not verified (1 needs source)' },
      { severity: 'blocking', text: `${report.typos.open.length} typos are still open` },
      { severity: 'blocking', text: '1 medical question is open' },
      { severity: 'blocking', text: 'No medical sign-off' },
    ])
    const claims = report.counts.find((count) => count.kind === 'claim')
    expect(claims).toMatchObject({ total: 3, open: 1, done: 1, dismissed: 1 })
    expect(report.claims.map((claim) => [claim.statusLabel, claim.changedBy])).toEqual([
      ['Verified', 'Dr Noor Haddad, MD'],
      ['Needs source', 'Riley Moss'],
    ])
    expect(report.claims[0]?.sources.map((source) => source.label)).toEqual([
      'Lind et al., Journal of Cold Research, 2025',
    ])
    expect(report.audit).toMatchObject({ verified: true, problem: null })
    expect(report.audit?.entries).toBeGreaterThan(8)
    expect(report.audit?.headHash).toBe(fixture.review.auditHead?.hash)
  })

  it('counts what the checks still find as open, and not what a reviewer acted on', () => {
    const openTypos = report.typos.open.map((typo) => [typo.text, typo.changedBy])
    expect(openTypos).toContainEqual(['Its', 'Riley Moss'])
    expect(openTypos).toContainEqual(['onerror', null])
    expect(report.typos.open.map((typo) => typo.text)).not.toContain('recieve')
    expect(report.typos.fixed.map((typo) => typo.text)).toEqual(['recieve'])
    const claimTexts = report.claims.map((claim) => claim.text)
    expect(claimTexts.filter((text) => text.startsWith('A new study'))).toEqual([])
  })

  it('writes HTML that parses, carries its own styles and policy, and loads nothing', () => {
    const html = renderReportHtml(report)
    const document = parseHtml(html)
    const policy = document
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute('content')
    expect(policy).toContain("default-src 'none'")
    expect(document.querySelector('.verdict .headline')?.textContent).toBe('Not ready to publish')
    expect(document.querySelector('svg.chart')?.querySelectorAll('rect').length).toBeGreaterThan(0)
    expect(document.querySelectorAll('link, script, img, iframe')).toHaveLength(0)
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:|\/\/)/i)
  })

  it('writes CSV with a byte order mark, one row per flag and the columns the issue lists', () => {
    const csv = renderReportCsv(report)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = parseCsv(csv)
    expect(header).toEqual([
      'kind',
      'rule',
      'status',
      'text',
      'message',
      'reason',
      'sources',
      'who',
      'when',
    ])
    expect(rows).toHaveLength(reportFlagsInOrder(report).length)
    const verified = rows.find((row) => row[2] === 'Verified')
    expect(verified?.[3]).toBe('cuts winter colds by 40 percent')
    expect(verified?.[6]).toBe('Lind et al., Journal of Cold Research, 2025')
    expect(verified?.[7]).toBe('Dr Noor Haddad, MD')
  })

  it('writes JSON that validates against the published schema, which matches the code', () => {
    const published = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>
    expect(published).toEqual(reportJsonSchema())
    const validate = new Ajv2020({ allErrors: true, strict: false, logger: false }).compile(
      published,
    )
    const json: unknown = JSON.parse(renderReportJson(report))
    expect(validate.errors ?? []).toEqual([])
    expect(validate(json)).toBe(true)
    expect(validate({ ...(json as object), schemaVersion: 99 })).toBe(false)
    expect((json as ReviewReport).schemaVersion).toBe(1)
  })

  it('writes Markdown whose tables hold the claims and the verdict', () => {
    const markdown = renderReportMarkdown(report)
    expect(markdown).toContain('## Verdict: Not ready to publish')
    const rendered = parseHtml(new MarkdownIt().render(markdown))
    const cells = Array.from(rendered.querySelectorAll('td')).map((cell) => cell.textContent)
    expect(cells).toContain('“cuts winter colds by 40 percent”')
    expect(cells).toContain('Lind et al., Journal of Cold Research, 2025')
  })

  it('writes a PDF with the verdict, the claims and the sign-off, and the title on every page', async () => {
    const withSignOff: ReviewReport = {
      ...report,
      signOff: SIGNED,
      signOffStatus: 'Signed, current',
    }
    const pages = await pdfText(await renderReport(withSignOff, 'pdf', 'LETTER'))
    const all = pages.join('\n')
    expect(all).toContain('Not ready to publish')
    expect(all).toContain('“cuts winter colds by 40 percent”')
    expect(all).toContain('Lind et al., Journal of Cold Research, 2025')
    expect(all).toContain('Medically reviewed by Dr Noor Haddad, MD, MPH')
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((page, index) => {
      expect(page).toContain('Harbour Clinic Opens')
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`)
    })
  })

  it('prints the PDF on A4 or US Letter', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const sizes: number[][] = []
    for (const paper of ['A4', 'LETTER'] as const) {
      const bytes = await renderReport(report, 'pdf', paper)
      const document = await getDocument({ data: new Uint8Array(bytes) }).promise
      const page = await document.getPage(1)
      sizes.push(page.view.slice(2).map(Math.round))
      await document.destroy()
    }
    expect(sizes).toEqual([
      [595, 842],
      [612, 792],
    ])
  })

  describe('a draft carrying scripts, event handlers, javascript: links and formulas', () => {
    it('stays visible, inert text in HTML', () => {
      const document = parseHtml(renderReportHtml(report))
      expect(activeContent(document)).toEqual([])
      const text = document.body.textContent ?? ''
      for (const payload of [HOSTILE.script, HOSTILE.handler, HOSTILE.link, HOSTILE.anchor]) {
        expect(text).toContain(payload)
      }
    })

    it('stays visible, inert text in Markdown, even through a renderer that allows HTML', () => {
      const html = new MarkdownIt({ html: true, linkify: true }).render(
        renderReportMarkdown(report),
      )
      const document = parseHtml(html)
      expect(activeContent(document)).toEqual([])
      const text = document.body.textContent ?? ''
      for (const payload of [HOSTILE.script, HOSTILE.handler, HOSTILE.link, HOSTILE.anchor]) {
        expect(text).toContain(payload)
      }
    })

    it('cannot become a formula in CSV, and keeps the text after the neutralising quote', () => {
      const cells = parseCsv(renderReportCsv(report)).flat()
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
      expect(cells).toContain(`'${HOSTILE.formula} is safe for everyone`)
      expect(cells).toContain(
        `'${HOSTILE.plusFormula} ${HOSTILE.atFormula} ${HOSTILE.minusFormula}`,
      )
      expect(cells.some((cell) => cell.startsWith(`'${HOSTILE.minusFormula} covered`))).toBe(true)
    })

    it('is kept as data in JSON, exactly as written', () => {
      const json = JSON.parse(renderReportJson(report)) as ReviewReport
      expect(json.draft.title).toContain(HOSTILE.script)
      expect(json.otherFlags.map((flag) => flag.text)).toContain(HOSTILE.handler)
      expect(json.annotatedText?.text).toContain(HOSTILE.anchor)
    })

    it('is printed as text in the PDF, which has no actions, scripts or links', async () => {
      const bytes = await renderReport(report, 'pdf')
      const text = (await pdfText(bytes)).join('\n')
      expect(text).toContain('<script>alert("pwned")</script>')
      expect(text).toContain(HOSTILE.formula)
      const raw = Buffer.from(bytes).toString('latin1')
      for (const action of ['/JavaScript', '/JS ', '/URI', '/Launch', '/OpenAction', '/AA ']) {
        expect(raw).not.toContain(action)
      }
    })
  })
})
