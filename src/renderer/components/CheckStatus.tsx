import {
  CHECK_LANGUAGE_NAMES,
  CHECK_LANGUAGES,
  isCheckLanguage,
  type CheckLanguage,
} from '../../shared/checks/checkLanguage'
import type { FlagKind } from '../../shared/checks/checkFlag'

interface CheckStatusProps {
  counts: Record<FlagKind, number>
  language: CheckLanguage
  onJump: (kind: FlagKind) => void
  onLanguageChange: (language: CheckLanguage) => void
  onShowHouseDictionary: () => void
  onShowLicences: () => void
}

const KINDS: { kind: FlagKind; singular: string; plural: string }[] = [
  { kind: 'typo', singular: 'typo', plural: 'typos' },
  { kind: 'claim', singular: 'claim', plural: 'claims' },
  { kind: 'furniture', singular: 'furniture', plural: 'furniture' },
]

/** Flag counts per kind (each with its underline), the check language and the dictionaries. */
export function CheckStatus({
  counts,
  language,
  onJump,
  onLanguageChange,
  onShowHouseDictionary,
  onShowLicences,
}: CheckStatusProps) {
  return (
    <span className="status-item check-status" data-testid="check-status">
      {KINDS.map(({ kind, singular, plural }, index) => (
        <span key={kind} className="check-count-group">
          {index > 0 ? <span aria-hidden="true">·</span> : null}
          <button
            type="button"
            className="check-count"
            data-testid={`check-count-${kind}`}
            title={`Go to the first ${singular}`}
            disabled={counts[kind] === 0}
            onClick={() => onJump(kind)}
          >
            <span className={`flag-swatch flag-swatch--${kind}`} aria-hidden="true" />
            {counts[kind]} {counts[kind] === 1 ? singular : plural}
          </button>
        </span>
      ))}
      <select
        className="check-language"
        aria-label="Spelling language"
        data-testid="check-language"
        value={language}
        onChange={(event) => {
          if (isCheckLanguage(event.target.value)) onLanguageChange(event.target.value)
        }}
      >
        {CHECK_LANGUAGES.map((option) => (
          <option key={option} value={option}>
            {CHECK_LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
      <button type="button" className="check-count" onClick={onShowHouseDictionary}>
        House dictionary
      </button>
      <button
        type="button"
        className="check-count"
        data-testid="show-licences"
        onClick={onShowLicences}
      >
        About &amp; licences
      </button>
    </span>
  )
}
