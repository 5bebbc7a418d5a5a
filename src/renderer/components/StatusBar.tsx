import type { Editor } from '@tiptap/core'
import type { CheckLanguage } from '../../shared/api/channels'
import type { FlagKind } from '../../shared/checks/checkFlag'
import type { SourceFile } from '../../shared/review/reviewSchema'
import type { SaveState } from '../editor/autosaveController'
import { sourceFormatLabel } from '../lib/formatting'
import { CheckStatus } from './CheckStatus'
import { SaveStatus } from './SaveStatus'
import { StatusOverflowMenu } from './StatusOverflowMenu'
import { WordCount } from './WordCount'

interface StatusBarProps {
  editor: Editor
  saveState: SaveState
  busyMessage: string | null
  flagCounts: Record<FlagKind, number>
  language: CheckLanguage
  source: SourceFile
  onJumpToFlag: (kind: FlagKind) => void
  onLanguageChange: (language: CheckLanguage) => void
  onShowHouseDictionary: () => void
  onShowLicences: () => void
}

/** Below the editor: saving, progress, the checks, the word count and where the draft came from. */
export function StatusBar({
  editor,
  saveState,
  busyMessage,
  flagCounts,
  language,
  source,
  onJumpToFlag,
  onLanguageChange,
  onShowHouseDictionary,
  onShowLicences,
}: StatusBarProps) {
  const sourceLabel =
    source.format === 'paste'
      ? sourceFormatLabel(source.format)
      : `${source.name} · ${sourceFormatLabel(source.format)}`
  return (
    <footer className="status-bar status-bar--editor">
      <SaveStatus state={saveState} />
      {busyMessage ? <span className="status-item status-item--busy">{busyMessage}</span> : null}
      <span className="spacer" />
      <CheckStatus
        counts={flagCounts}
        language={language}
        onJump={onJumpToFlag}
        onLanguageChange={onLanguageChange}
        onShowHouseDictionary={onShowHouseDictionary}
        onShowLicences={onShowLicences}
      />
      <WordCount editor={editor} className="status-item--priority-2" testId="word-count" />
      <span className="status-item status-item--priority-5" title={source.path ?? source.name}>
        {sourceLabel}
      </span>
      <StatusOverflowMenu>
        <span className="status-more-row">
          <WordCount editor={editor} />
        </span>
        <span className="status-more-row status-more-source" title={source.path ?? source.name}>
          {sourceLabel}
        </span>
        <CheckStatus
          counts={flagCounts}
          language={language}
          variant="overflow"
          onJump={onJumpToFlag}
          onLanguageChange={onLanguageChange}
          onShowHouseDictionary={onShowHouseDictionary}
          onShowLicences={onShowLicences}
        />
      </StatusOverflowMenu>
    </footer>
  )
}
