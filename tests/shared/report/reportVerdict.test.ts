import { describe, expect, it } from 'vitest'
import { reportVerdict } from '../../../src/shared/report/reportVerdict'
import type { ReportFlag, ReportSignOff } from '../../../src/shared/report/reviewReportSchema'

function flag(
  id: string,
  kind: ReportFlag['kind'],
  status: string,
  statusLabel: string,
): ReportFlag {
  return {
    id,
    kind,
    kindLabel: kind,
    ruleId: `manual/${kind}`,
    severity: 'warning',
    status,
    statusLabel,
    text: 'some text',
    message: 'message',
    reason: null,
    sources: [],
    changedBy: 'Riley Moss',
    changedAt: '2026-11-25T10:00:00.000+01:00',
    orphaned: false,
  }
}

const SIGNED: ReportSignOff = {
  name: 'Dr Noor Haddad',
  credentials: 'MD',
  meaning: 'approved',
  meaningLabel: 'Approved',
  signedAt: '2026-11-25T10:15:00.000+01:00',
  byline: 'Medically reviewed by Dr Noor Haddad, MD',
  current: true,
  override: null,
}

const VERIFIED = flag('c1', 'claim', 'verified', 'Verified')
const FIXED = flag('t1', 'typo', 'fixed', 'Fixed')
const blocking = (verdict: ReturnType<typeof reportVerdict>) =>
  verdict.reasons.filter((reason) => reason.severity === 'blocking').map((reason) => reason.text)

describe('reportVerdict', () => {
  it('is ready when every claim is verified, nothing is open and the sign-off is current', () => {
    const verdict = reportVerdict({
      reportType: 'review',
      flags: [VERIFIED, FIXED],
      signOff: SIGNED,
    })
    expect(verdict.ready).toBe(true)
    expect(verdict.headline).toBe('Ready to publish')
    expect(verdict.reasons[0]?.text).toBe(
      'Approved by Dr Noor Haddad on 25 Nov 2026, 10:15 (UTC+01:00); the sign-off matches this text',
    )
  })

  it('blocks on claims that are not verified, naming their statuses', () => {
    const verdict = reportVerdict({
      reportType: 'review',
      flags: [
        VERIFIED,
        flag('c2', 'claim', 'needs-source', 'Needs source'),
        flag('c3', 'claim', 'source-attached', 'Source attached'),
        flag('c4', 'claim', 'disputed', 'Disputed'),
        flag('c5', 'claim', 'not-a-claim', 'Not a claim'),
      ],
      signOff: SIGNED,
    })
    expect(blocking(verdict)).toEqual([
      '3 claims are not verified (1 needs source, 1 source attached, 1 disputed)',
    ])
  })

  it('blocks on open typos, medical questions and page furniture, but not on comments', () => {
    const verdict = reportVerdict({
      reportType: 'review',
      flags: [
        flag('t2', 'typo', 'open', 'Open'),
        flag('m1', 'medical', 'open', 'Open'),
        flag('f1', 'furniture', 'open', 'Open'),
        flag('k1', 'comment', 'open', 'Open'),
      ],
      signOff: SIGNED,
    })
    expect(blocking(verdict)).toEqual([
      '1 typo is still open',
      '1 medical question is open',
      '1 line of page furniture left in the text',
    ])
    expect(verdict.reasons.at(-1)).toEqual({ severity: 'note', text: '1 comment is open' })
  })

  it('blocks without a sign-off, with a stale one, and when changes were required', () => {
    expect(
      blocking(reportVerdict({ reportType: 'review', flags: [VERIFIED], signOff: null })),
    ).toEqual(['No medical sign-off'])
    expect(
      blocking(
        reportVerdict({
          reportType: 'review',
          flags: [VERIFIED],
          signOff: { ...SIGNED, current: false },
        }),
      ),
    ).toEqual([
      'The medical sign-off is stale: the text changed after Dr Noor Haddad signed on 25 Nov 2026, 10:15 (UTC+01:00)',
    ])
    expect(
      blocking(
        reportVerdict({
          reportType: 'review',
          flags: [VERIFIED],
          signOff: { ...SIGNED, meaning: 'changes-required', meaningLabel: 'Changes required' },
        }),
      ),
    ).toEqual([
      'The medical reviewer asked for changes (Dr Noor Haddad signed on 25 Nov 2026, 10:15 (UTC+01:00))',
    ])
  })

  it('lets a current override cover the open claims it names, and says so', () => {
    const open = flag('c2', 'claim', 'needs-source', 'Needs source')
    const other = flag('c3', 'claim', 'needs-source', 'Needs source')
    const override = { reason: 'Breaking news; sources follow', claimFlagIds: ['c2'] }
    const verdict = reportVerdict({
      reportType: 'review',
      flags: [open, other],
      signOff: { ...SIGNED, override },
    })
    expect(blocking(verdict)).toEqual(['1 claim is not verified (1 needs source)'])
    expect(verdict.reasons).toContainEqual({
      severity: 'note',
      text: '1 open claim was signed over by Dr Noor Haddad: “Breaking news; sources follow”',
    })
    const covered = reportVerdict({
      reportType: 'review',
      flags: [open],
      signOff: { ...SIGNED, override },
    })
    expect(covered.ready).toBe(true)
    const stale = reportVerdict({
      reportType: 'review',
      flags: [open],
      signOff: { ...SIGNED, override, current: false },
    })
    expect(blocking(stale)).toContain('1 claim is not verified (1 needs source)')
  })

  it('never calls a check-only report ready, and treats its info flags as notes', () => {
    const sourced = {
      ...flag('c9', 'claim', 'needs-source', 'Needs source'),
      severity: 'info' as const,
    }
    const verdict = reportVerdict({ reportType: 'check', flags: [sourced], signOff: null })
    expect(blocking(verdict)).toEqual([
      'No review yet: the draft was only checked automatically',
      'No medical sign-off',
    ])
    expect(verdict.reasons).toContainEqual({
      severity: 'note',
      text: '1 note to look at (names, claims that cite a source)',
    })
  })
})
