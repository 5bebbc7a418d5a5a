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
  /**
   * `overflow`: only the language and the dictionary links, for the status bar's More menu
   * when the bar is too narrow to show them.
   */
  variant?: 'bar' | 'overflow'
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
  variant = 'bar',
}: CheckStatusProps) {
  const inBar = variant === 'bar'
  return (
    <span
      className={inBar ? 'status-item check-status' : 'status-more-checks'}
      data-testid={inBar ? 'check-status' : undefined}
    >
      {(inBar ? KINDS : []).map(({ kind, singular, plural }, index) => (
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
        className="check-language status-item--priority-1"
        aria-label="Spelling language"
        data-testid={inBar ? 'check-language' : undefined}
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
      <button
        type="button"
        className="check-count status-item--priority-3"
        onClick={onShowHouseDictionary}
      >
        House dictionary
      </button>
      <button
        type="button"
        className="check-count status-item--priority-4"
        data-testid={inBar ? 'show-licences' : undefined}
        onClick={onShowLicences}
      >
        About &amp; licences
      </button>
    </span>
  )
}
