import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
import type { AppCommand, AppInfo, CopydeskBridge, StoreProblem } from '../shared/api/channels'
import { matchesAccelerator } from '../shared/accelerator'
import { KEYMAP, type ShortcutCommand } from '../shared/keymap'
import type { RecentFile, Review, ReviewSummary } from '../shared/review/reviewSchema'
import { CheckService } from './checks/checkService'
import { BusyIndicator } from './components/BusyIndicator'
import { DropOverlay } from './components/DropOverlay'
import type { EditorSession } from './components/EditorView'
import { EditorView } from './components/EditorView'
import { HouseDictionaryDialog } from './components/HouseDictionaryDialog'
import { LibraryView } from './components/LibraryView'
import { LicencesDialog } from './components/LicencesDialog'
import { NoticeArea } from './components/NoticeArea'
import { useFileDrop } from './hooks/useFileDrop'
import { useNotices } from './hooks/useNotices'
import { bytesToBase64 } from './lib/base64'
import { errorMessage } from './lib/formatting'
import { keyboardPlatform } from './lib/keyboardPlatform'

const ACCEPTED_FILE_TYPES = '.docx,.html,.htm,.md,.markdown,.txt'
const MAX_FILE_BYTES = 20 * 1024 * 1024

type View = 'starting' | 'editor' | 'library'

interface OpenedReview {
  review: Review
  /** Distinguishes two openings of the same review, so the editor reloads its content. */
  openingNumber: number
}

/** The shortcuts the page handles itself in browser mode, where there is no native menu. */
const BROWSER_SHORTCUTS = [
  'next-flag',
  'previous-flag',
  'open-file',
  'save-now',
  'find',
  'show-library',
] as const satisfies readonly ShortcutCommand[]

async function readClipboard(): Promise<{ html: string; text: string }> {
  if (typeof navigator.clipboard.read === 'function') {
    let html = ''
    let text = ''
    for (const item of await navigator.clipboard.read()) {
      if (html === '' && item.types.includes('text/html')) {
        html = await (await item.getType('text/html')).text()
      }
      if (text === '' && item.types.includes('text/plain')) {
        text = await (await item.getType('text/plain')).text()
      }
    }
    return { html, text }
  }
  return { html: '', text: await navigator.clipboard.readText() }
}

function describeStoreProblem(problem: StoreProblem): string {
  return `${problem.file} could not be read: ${problem.reason}. It was set aside as ${problem.setAsideAs}.`
}

export function App({ bridge }: { bridge: CopydeskBridge }) {
  const { api } = bridge
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null)
  const [view, setView] = useState<View>('starting')
  const [opened, setOpened] = useState<OpenedReview | null>(null)
  const [busyMessage, setBusyMessage] = useState<string | null>(null)
  const [libraryRefreshKey, setLibraryRefreshKey] = useState(0)
  const [licencesOpen, setLicencesOpen] = useState(false)
  const [houseDictionaryOpen, setHouseDictionaryOpen] = useState(false)
  const dictionaryInputRef = useRef<HTMLInputElement>(null)
  const sessionRef = useRef<EditorSession | null>(null)
  const fileInputRef = useRef<HTMLInputElement>(null)
  const busyRef = useRef(false)

  const { notices, pushNotice, dismissNotice, reportError, showInfo } = useNotices()

  const [checkService] = useState(() => CheckService.forWindow(api, reportError))

  const importHouseDictionary = useCallback(
    async (file: File) => {
      try {
        const result = await api.importHouseDictionary({ text: await file.text() })
        await checkService.reloadHouseWords()
        showInfo(
          `Imported ${file.name}: ${result.added} new ${result.added === 1 ? 'word' : 'words'}, ${result.total} in the house dictionary.`,
        )
      } catch (error) {
        reportError(`${file.name} could not be imported: ${errorMessage(error)}`)
      }
    },
    [api, checkService, reportError, showInfo],
  )

  const exportHouseDictionary = useCallback(async () => {
    try {
      const { text, fileName } = await api.exportHouseDictionary({})
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
      const link = document.createElement('a')
      link.href = url
      link.download = fileName
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch (error) {
      reportError(`The house dictionary could not be exported: ${errorMessage(error)}`)
    }
  }, [api, reportError])

  const showReview = useCallback((review: Review) => {
    setOpened((current) => ({ review, openingNumber: (current?.openingNumber ?? 0) + 1 }))
    setView('editor')
    setLibraryRefreshKey((key) => key + 1)
  }, [])

  /** Saves the open review first; the user is told when that fails but is not blocked. */
  const saveCurrent = useCallback(async () => {
    const session = sessionRef.current
    if (!session) return true
    return session.flush()
  }, [])

  /** Runs one opening at a time, with progress shown and errors turned into notices. */
  const runOpening = useCallback(
    async (progressMessage: string, open: () => Promise<Review | null>) => {
      if (busyRef.current) return
      busyRef.current = true
      setBusyMessage(progressMessage)
      try {
        await saveCurrent()
        const review = await open()
        if (review) showReview(review)
      } catch (error) {
        reportError(errorMessage(error))
      } finally {
        busyRef.current = false
        setBusyMessage(null)
      }
    },
    [reportError, saveCurrent, showReview],
  )

  const importFile = useCallback(
    (file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        reportError(`${file.name} could not be opened: it is larger than 20 MB.`)
        return
      }
      void runOpening(`Opening ${file.name}…`, async () => {
        const bytes = new Uint8Array(await file.arrayBuffer())
        return api.importFile({ fileName: file.name, dataBase64: bytesToBase64(bytes) })
      })
    },
    [api, reportError, runOpening],
  )

  const importPasted = useCallback(
    (content: { html: string; text: string }) => {
      if (content.html.trim() === '' && content.text.trim() === '') {
        reportError('The clipboard has no text to open.')
        return
      }
      void runOpening('Opening pasted text…', () => api.importPastedContent(content))
    },
    [api, reportError, runOpening],
  )

  const openFile = useCallback(() => {
    if (busyRef.current) return
    if (appInfo?.hasNativeDialogs) {
      void runOpening('Opening draft…', () => api.showOpenDialog({}))
    } else {
      fileInputRef.current?.click()
    }
  }, [api, appInfo, runOpening])

  const newFromClipboard = useCallback(async () => {
    if (appInfo?.hasNativeClipboard) {
      void runOpening('Opening pasted text…', () => api.importClipboard({}))
      return
    }
    let content: { html: string; text: string }
    try {
      content = await readClipboard()
    } catch (error) {
      reportError(
        `Copydesk could not read the clipboard (${errorMessage(error)}). Open the library and paste with Ctrl+V instead.`,
      )
      return
    }
    importPasted(content)
  }, [api, appInfo, importPasted, reportError, runOpening])

  const showLibrary = useCallback(async () => {
    await saveCurrent()
    setView('library')
  }, [saveCurrent])

  const backToReview = useCallback(() => {
    if (opened) setView('editor')
  }, [opened])

  const openFromLibrary = useCallback(
    (summary: ReviewSummary) => {
      if (opened?.review.id === summary.id) {
        setView('editor')
        return
      }
      const title = summary.title.trim() || 'Untitled draft'
      void runOpening(`Opening “${title}”…`, () => api.openReview({ id: summary.id }))
    },
    [api, opened, runOpening],
  )

  const openRecentFile = useCallback(
    (file: RecentFile) => {
      const name = file.path.split(/[\\/]/).pop() ?? file.path
      void runOpening(`Opening ${name}…`, () => api.openRecentFile({ path: file.path }))
    },
    [api, runOpening],
  )

  const deleteReview = useCallback(
    async (summary: ReviewSummary) => {
      const isOpen = opened?.review.id === summary.id
      try {
        if (isOpen) await saveCurrent()
        await api.deleteReview({ id: summary.id })
        if (isOpen) {
          sessionRef.current?.discard()
          setOpened(null)
        }
      } catch (error) {
        reportError(`“${summary.title}” could not be deleted: ${errorMessage(error)}`)
      }
    },
    [api, opened, reportError, saveCurrent],
  )

  const restoreBackup = useCallback(
    async (problem: StoreProblem, noticeId: number) => {
      try {
        const review = await api.restoreBackup({ file: problem.file })
        dismissNotice(noticeId)
        pushNotice({ kind: 'info', message: `Restored the last good backup of ${problem.file}.` })
        if (review) {
          await saveCurrent()
          showReview(review)
        } else {
          setLibraryRefreshKey((key) => key + 1)
        }
      } catch (error) {
        reportError(`The backup of ${problem.file} could not be restored: ${errorMessage(error)}`)
      }
    },
    [api, dismissNotice, pushNotice, reportError, saveCurrent, showReview],
  )

  // Start-up: the last review (or the library), plus anything the store had to set aside.
  const start = useEffectEvent(async () => {
    try {
      const [info, startup] = await Promise.all([api.getAppInfo({}), api.openStartupReview({})])
      setAppInfo(info)
      for (const problem of startup.problems) {
        pushNotice((id) => ({
          kind: 'warning',
          message: describeStoreProblem(problem),
          action: problem.backupAvailable
            ? { label: 'Restore last good backup', run: () => restoreBackup(problem, id) }
            : undefined,
        }))
      }
      if (startup.review) showReview(startup.review)
      else setView('library')
    } catch (error) {
      reportError(`Copydesk could not start: ${errorMessage(error)}`)
      setView('library')
    }
  })
  useEffect(() => {
    void start()
  }, [])

  const saveNow = useCallback(async () => {
    await saveCurrent()
  }, [saveCurrent])

  const openFind = useCallback(() => {
    if (view === 'editor') sessionRef.current?.openFind()
  }, [view])

  const toggleLibrary = useCallback(() => {
    if (view === 'library') backToReview()
    else void showLibrary()
  }, [backToReview, showLibrary, view])

  const flushBeforeQuit = useCallback(async () => {
    if (await saveCurrent()) {
      bridge.flushed()
      return
    }
    reportError(
      'Your latest changes could not be saved, so Copydesk has not quit. Fix the problem shown in the status bar, or copy your text elsewhere, then quit again.',
    )
  }, [bridge, reportError, saveCurrent])

  const handleCommand = useEffectEvent((command: AppCommand) => {
    switch (command.type) {
      case 'open-file':
        openFile()
        break
      case 'new-from-clipboard':
        void newFromClipboard()
        break
      case 'show-library':
        void showLibrary()
        break
      case 'find':
        openFind()
        break
      case 'save-now':
        void saveNow()
        break
      case 'review-opened':
        void saveCurrent().then(() => showReview(command.review))
        break
      case 'flush-before-quit':
        void flushBeforeQuit()
        break
      case 'next-flag':
      case 'previous-flag':
        if (view === 'editor') sessionRef.current?.selectFlag(command.type === 'next-flag' ? 1 : -1)
        break
      case 'remove-furniture':
        if (view === 'editor') sessionRef.current?.removeFurniture()
        break
      case 'import-house-dictionary':
        dictionaryInputRef.current?.click()
        break
      case 'export-house-dictionary':
        void exportHouseDictionary()
        break
      case 'show-licences':
        setLicencesOpen(true)
        break
    }
  })
  useEffect(() => bridge.onCommand((command) => handleCommand(command)), [bridge])

  const handleKeyDown = useEffectEvent((event: KeyboardEvent) => {
    // In Electron the application menu owns these shortcuts and sends them as commands.
    if (appInfo?.transport !== 'browser') return
    if (document.querySelector('dialog[open]')) return
    const command = BROWSER_SHORTCUTS.find((candidate) =>
      matchesAccelerator(KEYMAP[candidate].accelerator, event, keyboardPlatform),
    )
    if (command === undefined || (command === 'find' && view !== 'editor')) return
    event.preventDefault()
    switch (command) {
      case 'next-flag':
      case 'previous-flag':
        if (view === 'editor') sessionRef.current?.selectFlag(command === 'next-flag' ? 1 : -1)
        break
      case 'open-file':
        openFile()
        break
      case 'save-now':
        void saveNow()
        break
      case 'find':
        openFind()
        break
      case 'show-library':
        toggleLibrary()
        break
    }
  })

  const dragging = useFileDrop(importFile)

  const saveWhenLeaving = useEffectEvent(() => {
    void sessionRef.current?.flush()
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => handleKeyDown(event)
    const onPageHide = () => saveWhenLeaving()
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') saveWhenLeaving()
    }
    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('pagehide', onPageHide)
    document.addEventListener('visibilitychange', onVisibilityChange)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('pagehide', onPageHide)
      document.removeEventListener('visibilitychange', onVisibilityChange)
    }
  }, [])

  const openLink = useCallback(
    (url: string) => {
      if (appInfo?.transport === 'electron') {
        api.openExternalLink({ url }).catch((error: unknown) => {
          reportError(`The link could not be opened: ${errorMessage(error)}`)
        })
      } else {
        window.open(url, '_blank', 'noopener,noreferrer')
      }
    },
    [api, appInfo, reportError],
  )

  const banner = <NoticeArea notices={notices} onDismiss={dismissNotice} />

  return (
    <div className="app">
      {view === 'starting' ? (
        <div className="starting" role="status">
          Starting Copydesk…
        </div>
      ) : null}
      {opened ? (
        <EditorView
          key={`${opened.review.id}-${opened.openingNumber}`}
          ref={sessionRef}
          review={opened.review}
          api={api}
          hidden={view !== 'editor'}
          banner={view === 'editor' ? banner : null}
          busyMessage={busyMessage}
          onOpenFile={openFile}
          onShowLibrary={() => void showLibrary()}
          onOpenLink={openLink}
          onContentError={reportError}
          onNotice={showInfo}
          checkService={checkService}
          onShowLicences={() => setLicencesOpen(true)}
          onShowHouseDictionary={() => setHouseDictionaryOpen(true)}
        />
      ) : null}
      {view === 'library' ? (
        <LibraryView
          api={api}
          showRecentFiles={appInfo?.transport === 'browser'}
          refreshKey={libraryRefreshKey}
          currentReviewTitle={opened ? opened.review.metadata.title : null}
          banner={banner}
          busyMessage={busyMessage}
          onOpenReview={openFromLibrary}
          onOpenFile={openFile}
          onNewFromClipboard={() => void newFromClipboard()}
          onPaste={importPasted}
          onOpenRecentFile={openRecentFile}
          onDeleteReview={deleteReview}
          onBackToReview={backToReview}
          onError={reportError}
          onShowLicences={() => setLicencesOpen(true)}
        />
      ) : null}
      <input
        ref={fileInputRef}
        type="file"
        hidden
        accept={ACCEPTED_FILE_TYPES}
        data-testid="file-input"
        aria-label="Open a draft file"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) importFile(file)
        }}
      />
      <input
        ref={dictionaryInputRef}
        type="file"
        hidden
        accept=".txt,text/plain"
        data-testid="house-dictionary-input"
        aria-label="Import a house dictionary"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void importHouseDictionary(file)
        }}
      />
      {licencesOpen ? <LicencesDialog api={api} onClose={() => setLicencesOpen(false)} /> : null}
      {houseDictionaryOpen ? (
        <HouseDictionaryDialog
          api={api}
          onRemoveWord={(word) => checkService.removeHouseWord(word)}
          onImport={() => {
            setHouseDictionaryOpen(false)
            dictionaryInputRef.current?.click()
          }}
          onExport={() => {
            setHouseDictionaryOpen(false)
            void exportHouseDictionary()
          }}
          onClose={() => setHouseDictionaryOpen(false)}
        />
      ) : null}
      {busyMessage ? <BusyIndicator message={busyMessage} /> : null}
      {dragging ? <DropOverlay /> : null}
    </div>
  )
}
