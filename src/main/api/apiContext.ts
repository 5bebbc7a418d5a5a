import type { AppInfo } from '../../shared/api/channels'
import type { ColorSchemePreference } from '../../shared/appearance/colorScheme'
import type { HouseDictionaryStore } from '../dictionary/houseDictionaryStore'
import type { ImportOptions } from '../../node/import/importDraft'
import type { ReviewStore } from '../../node/store/reviewStore'
import type { ReviewerProfileStore } from '../../node/profiles/reviewerProfileStore'
import type { ReviewCommands } from '../../node/review/reviewCommands'
import type { AuditVerification } from '../../shared/audit/auditVerification'

/** What the channel handlers may use. Transports fill in the parts only they can provide. */
export interface ApiContext {
  store: ReviewStore
  /** Every change to a review goes through these commands (validated, applied, audited). */
  commands: ReviewCommands
  reviewers: ReviewerProfileStore
  /** Checks a review's audit log against the head its review file records. */
  verifyAuditTrail: (reviewId: string) => Promise<AuditVerification>
  houseDictionary: HouseDictionaryStore
  importOptions: ImportOptions
  appInfo: AppInfo
  /** True until the first-launch sample has been offered in this data folder. */
  isFirstLaunch: boolean
  /** Native "open draft" dialog (Electron only). Resolves to a path, or null when cancelled. */
  showOpenDraftDialog?: () => Promise<string | null>
  /** Opens a link the link policy allows where the policy says: browser or mail client (Electron only). */
  openExternalLink?: (url: string) => Promise<void>
  /** Reads the system clipboard as HTML and plain text (Electron only). */
  readClipboard?: () => Promise<{ html: string; text: string }>
  /** Native "save report" dialog (Electron only). Resolves to a path, or null when cancelled. */
  showSaveReportDialog?: (defaultFileName: string, extension: string) => Promise<string | null>
  /** Opens a file with its default app, or shows it in its folder (Electron only). */
  openReportFile?: (path: string, reveal: boolean) => Promise<void>
  /** The reports this session saved: the only files `openExportedReport` may open. */
  exportedReports?: Set<string>
  /** Makes native parts (title bar, menus, dialogs) follow the chosen scheme (Electron only). */
  setColorScheme?: (scheme: ColorSchemePreference) => void
  /** Called when the list of recent files changed, e.g. to rebuild the Open Recent menu. */
  onRecentFilesChanged?: () => void
  now?: () => Date
}
