import { useState } from 'react'
import type { CopydeskBridge } from '../shared/api/channels'
import { DRAFT_FILE_ACCEPT } from '../shared/import/draftFileFormats'
import { CheckService } from './checks/checkService'
import { useColorScheme } from './appearance/useColorScheme'
import { useAppCommands } from './commands/useAppCommands'
import { AuditTrailDialog } from './components/AuditTrailDialog'
import { BusyIndicator } from './components/BusyIndicator'
import { DropOverlay } from './components/DropOverlay'
import { EditorView } from './components/EditorView'
import { ExportReportDialog } from './components/ExportReportDialog'
import { HiddenFileInput } from './components/HiddenFileInput'
import { HouseDictionaryDialog } from './components/HouseDictionaryDialog'
import { LibraryView } from './components/LibraryView'
import { LicencesDialog } from './components/LicencesDialog'
import { LiveAnnouncer } from './components/LiveAnnouncer'
import { NoticeArea } from './components/NoticeArea'
import { ReviewerDialog } from './components/ReviewerDialog'
import { VersionsDialog } from './components/VersionsDialog'
import { useHouseDictionaryTransfer } from './dictionary/useHouseDictionaryTransfer'
import { useFileDrop } from './hooks/useFileDrop'
import { useNotices } from './hooks/useNotices'
import { useOpenLink } from './hooks/useOpenLink'
import { useTooltipsInsideWindow } from './hooks/useTooltipsInsideWindow'
import { ReviewerContext } from './review/reviewerContext'
import { useReviewers } from './review/useReviewers'
import { useReviewSession } from './session/useReviewSession'

export function App({ bridge }: { bridge: CopydeskBridge }) {
  const { api } = bridge
  const [licencesOpen, setLicencesOpen] = useState(false)
  const [houseDictionaryOpen, setHouseDictionaryOpen] = useState(false)

  const notices = useNotices()
  const { reportError, showInfo } = notices
  const [checkService] = useState(() => CheckService.forWindow(api, reportError))

  const reviewers = useReviewers(api, reportError, showInfo)
  const session = useReviewSession(api, notices)
  const { view, opened, busyMessage, appInfo } = session
  const [auditTrailOf, setAuditTrailOf] = useState<{ id: string; title: string } | null>(null)
  const verifyAuditTrail = () => {
    if (view === 'editor' && opened) {
      setAuditTrailOf({ id: opened.review.id, title: opened.review.metadata.title })
    } else {
      showInfo('Open a review to verify its audit trail.')
    }
  }
  const [versionsOpen, setVersionsOpen] = useState(false)
  const showVersions = () => {
    if (view === 'editor' && opened) setVersionsOpen(true)
    else showInfo('Open a review to see its versions.')
  }
  const [exportReportOpen, setExportReportOpen] = useState(false)
  const exportReport = () => {
    if (view === 'editor' && opened) setExportReportOpen(true)
    else showInfo('Open a review to export its report.')
  }
  const houseDictionary = useHouseDictionaryTransfer({ api, checkService, reportError, showInfo })
  const setColorScheme = useColorScheme(api)
  useTooltipsInsideWindow()
  useAppCommands({
    bridge,
    session,
    houseDictionary,
    showLicences: () => setLicencesOpen(true),
    switchReviewer: reviewers.openSwitcher,
    verifyAuditTrail,
    showVersions,
    exportReport,
    setColorScheme,
    reportError,
  })
  const dragging = useFileDrop(session.importFile)
  const openLink = useOpenLink(api, appInfo, reportError)

  const banner = <NoticeArea notices={notices.notices} onDismiss={notices.dismissNotice} />

  return (
    <ReviewerContext
      value={{
        active: reviewers.active,
        openSwitcher: reviewers.openSwitcher,
        onProfileUpdated: reviewers.updated,
      }}
    >
      <div className="app">
        {view === 'starting' ? (
          <div className="starting" role="status">
            Starting Copydesk…
          </div>
        ) : null}
        {opened ? (
          <EditorView
            key={`${opened.review.id}-${opened.openingNumber}`}
            ref={session.editorSessionRef}
            review={opened.review}
            api={api}
            hidden={view !== 'editor'}
            banner={view === 'editor' ? banner : null}
            busyMessage={busyMessage}
            onOpenFile={session.openFile}
            onShowLibrary={() => void session.showLibrary()}
            onOpenLink={openLink}
            onContentError={reportError}
            onNotice={showInfo}
            notices={notices}
            checkService={checkService}
            onShowLicences={() => setLicencesOpen(true)}
            onShowHouseDictionary={() => setHouseDictionaryOpen(true)}
            onVerifyAuditTrail={verifyAuditTrail}
            onImportNewVersion={session.chooseNewVersion}
            onShowVersions={showVersions}
            onReviewChanged={session.reviewChanged}
          />
        ) : null}
        {view === 'library' ? (
          <LibraryView
            api={api}
            showRecentFiles={appInfo?.transport === 'browser'}
            refreshKey={session.libraryRefreshKey}
            currentReviewTitle={opened ? opened.review.metadata.title : null}
            banner={banner}
            busyMessage={busyMessage}
            onOpenReview={session.openFromLibrary}
            onOpenFile={session.openFile}
            onNewFromClipboard={() => void session.newFromClipboard()}
            onPaste={session.importPasted}
            onOpenRecentFile={session.openRecentFile}
            onDeleteReview={session.deleteReview}
            onBackToReview={session.backToReview}
            onError={reportError}
            onShowLicences={() => setLicencesOpen(true)}
          />
        ) : null}
        <HiddenFileInput
          inputRef={session.fileInputRef}
          accept={DRAFT_FILE_ACCEPT}
          testId="file-input"
          label="Open a draft file"
          onFile={session.importFile}
        />
        <HiddenFileInput
          inputRef={session.newVersionInputRef}
          accept={DRAFT_FILE_ACCEPT}
          testId="new-version-input"
          label="Import a new version of this draft"
          onFile={session.importNewVersion}
        />
        <HiddenFileInput
          inputRef={houseDictionary.inputRef}
          accept=".txt,text/plain"
          testId="house-dictionary-input"
          label="Import a house dictionary"
          onFile={(file) => void houseDictionary.importFile(file)}
        />
        {licencesOpen ? <LicencesDialog api={api} onClose={() => setLicencesOpen(false)} /> : null}
        {houseDictionaryOpen ? (
          <HouseDictionaryDialog
            api={api}
            onRemoveWord={(word) => checkService.removeHouseWord(word)}
            onImport={() => {
              setHouseDictionaryOpen(false)
              houseDictionary.chooseFileToImport()
            }}
            onExport={() => {
              setHouseDictionaryOpen(false)
              void houseDictionary.exportDictionary()
            }}
            onClose={() => setHouseDictionaryOpen(false)}
          />
        ) : null}
        {reviewers.switcherOpen && reviewers.reviewers ? (
          <ReviewerDialog
            api={api}
            reviewers={reviewers.reviewers}
            required={reviewers.required}
            onChosen={reviewers.chosen}
            onClose={reviewers.closeSwitcher}
          />
        ) : null}
        {auditTrailOf ? (
          <AuditTrailDialog
            api={api}
            reviewId={auditTrailOf.id}
            title={auditTrailOf.title}
            onClose={() => setAuditTrailOf(null)}
          />
        ) : null}
        {versionsOpen && opened ? (
          <VersionsDialog
            title={opened.review.metadata.title}
            versions={opened.review.versions}
            onClose={() => setVersionsOpen(false)}
          />
        ) : null}
        {exportReportOpen && opened ? (
          <ExportReportDialog
            api={api}
            reviewId={opened.review.id}
            title={opened.review.metadata.title}
            canOpenFiles={appInfo?.hasNativeDialogs === true}
            saveFirst={session.saveCurrent}
            onDownloaded={(fileName) => {
              setExportReportOpen(false)
              showInfo(`Downloaded the report as ${fileName}.`)
            }}
            onClose={() => setExportReportOpen(false)}
          />
        ) : null}
        {busyMessage ? <BusyIndicator message={busyMessage} /> : null}
        {dragging ? <DropOverlay /> : null}
        <LiveAnnouncer />
      </div>
    </ReviewerContext>
  )
}
