import { BadgeCheck, Copy, TriangleAlert } from 'lucide-react'
import { useState } from 'react'
import type { SignOff } from '../../shared/review/reviewSchema'
import type { SignOffState } from '../../shared/review/signOffState'
import {
  medicalByline,
  SIGN_OFF_MEANING_LABELS,
  STALE_SIGN_OFF_LABEL,
} from '../../shared/review/signOffState'
import type { VersionDiff } from '../../shared/review/versionDiff'
import { formatFullDate } from '../lib/formatting'
import { plural, VersionDiffView } from './VersionDiffView'

interface SignOffBlockProps {
  state: SignOffState
  /** What changed since a sign-off, against the text in the editor now. */
  changesSince: (signOff: SignOff) => VersionDiff | null
  onSignOff: () => void
  onCopy: (text: string) => void
}

function signer(signOff: SignOff): string {
  return signOff.credentials === '' ? signOff.name : `${signOff.name}, ${signOff.credentials}`
}

function SignedBy({ signOff }: { signOff: SignOff }) {
  return (
    <span className="sign-off-signed-by">
      {SIGN_OFF_MEANING_LABELS[signOff.meaning]} by {signer(signOff)},{' '}
      <time dateTime={signOff.signedAt}>{formatFullDate(signOff.signedAt)}</time>
    </span>
  )
}

function StaleSignOff({
  signOff,
  changesSince,
  onSignOff,
}: {
  signOff: SignOff
  changesSince: SignOffBlockProps['changesSince']
  onSignOff: () => void
}) {
  const [showChanges, setShowChanges] = useState(false)
  const diff = showChanges ? changesSince(signOff) : null
  return (
    <section
      className="sign-off-block sign-off-block--stale"
      aria-label="Medical sign-off"
      data-testid="sign-off-block"
    >
      <div className="sign-off-row">
        <span className="sign-off-badge sign-off-badge--stale" data-testid="sign-off-stale">
          <TriangleAlert size={14} aria-hidden="true" />
          {STALE_SIGN_OFF_LABEL}
        </span>
        <SignedBy signOff={signOff} />
        <span className="spacer" />
        <span className="sign-off-actions">
          <button
            type="button"
            className="button"
            aria-expanded={showChanges}
            data-testid="sign-off-show-changes"
            onClick={() => setShowChanges((shown) => !shown)}
          >
            {showChanges ? 'Hide changes' : 'Show changes'}
          </button>
          <button type="button" className="button button--primary" onClick={onSignOff}>
            Sign off again
          </button>
        </span>
      </div>
      <p className="sign-off-detail">No byline while the text differs from what was signed.</p>
      {diff ? (
        <>
          <p className="sign-off-detail" role="status">
            Since this sign-off: {plural(diff.removedSentences, 'sentence', 'sentences')} removed,{' '}
            {plural(diff.addedSentences, 'sentence', 'sentences')} added.
          </p>
          <VersionDiffView
            diff={diff}
            label="Changes since the sign-off"
            testId="sign-off-changes"
          />
        </>
      ) : null}
    </section>
  )
}

/**
 * The medical sign-off at the top of the document: the byline of a current approval with a
 * Copy button; "Changed since review" with what changed for a stale one; what a current
 * "Changes required" asks for. Nothing before anyone has signed.
 */
export function SignOffBlock({ state, changesSince, onSignOff, onCopy }: SignOffBlockProps) {
  const { approval, latest, standing } = state
  if (approval !== null) {
    const byline = medicalByline(approval)
    return (
      <section
        className="sign-off-block sign-off-block--approved"
        aria-label="Medical sign-off"
        data-testid="sign-off-block"
      >
        <div className="sign-off-row">
          <span className="sign-off-badge sign-off-badge--approved">
            <BadgeCheck size={14} aria-hidden="true" />
            {SIGN_OFF_MEANING_LABELS[approval.meaning]}
          </span>
          <p className="sign-off-byline" data-testid="sign-off-byline">
            {byline}
          </p>
          <span className="spacer" />
          <button
            type="button"
            className="button"
            data-testid="sign-off-copy-byline"
            onClick={() => onCopy(byline)}
          >
            <Copy size={14} aria-hidden="true" />
            Copy
          </button>
        </div>
        {approval.note !== '' ? <p className="sign-off-detail">Note: {approval.note}</p> : null}
        {approval.override ? (
          <p className="sign-off-detail sign-off-detail--override">
            Approved with {plural(approval.override.openClaims.length, 'claim', 'claims')} open:{' '}
            {approval.override.reason}
          </p>
        ) : null}
      </section>
    )
  }
  const changesRequired = standing.find((signOff) => signOff.meaning === 'changes-required')
  if (changesRequired) {
    return (
      <section
        className="sign-off-block sign-off-block--changes"
        aria-label="Medical sign-off"
        data-testid="sign-off-block"
      >
        <div className="sign-off-row">
          <span className="sign-off-badge sign-off-badge--changes">
            <TriangleAlert size={14} aria-hidden="true" />
            {SIGN_OFF_MEANING_LABELS['changes-required']}
          </span>
          <SignedBy signOff={changesRequired} />
          <span className="spacer" />
          <button type="button" className="button" onClick={onSignOff}>
            Sign off again
          </button>
        </div>
        {changesRequired.note !== '' ? (
          <p className="sign-off-detail">{changesRequired.note}</p>
        ) : null}
      </section>
    )
  }
  if (latest !== null && !latest.current) {
    return (
      <StaleSignOff
        key={latest.signOff.id}
        signOff={latest.signOff}
        changesSince={changesSince}
        onSignOff={onSignOff}
      />
    )
  }
  return null
}
