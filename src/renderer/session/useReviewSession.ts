import { FILE_TOO_LARGE, MAX_IMPORT_BYTES } from '../../shared/import/importLimits'
import type { RefObject } from 'react'
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
import type { AppInfo, CopydeskApi, StoreProblem } from '../../shared/api/channels'
import type { RecentFile, Review, ReviewSummary } from '../../shared/review/reviewSchema'
import type { EditorSession } from '../components/EditorView'
import type { Notices } from '../hooks/useNotices'
import { bytesToBase64 } from '../lib/base64'
import { errorMessage } from '../lib/formatting'
import { readClipboard } from './readClipboard'

export type View = 'starting' | 'editor' | 'library'

export interface OpenedReview {
  review: Review
  /** Distinguishes two openings of the same review, so the editor reloads its content. */
  openingNumber: number
}

export interface ReviewSession {
  appInfo: AppInfo | null
  view: View
  opened: OpenedReview | null
  /** What is being opened, while it is. */
  busyMessage: string | null
  /** Changes whenever the library list may have changed. */
  libraryRefreshKey: number
  /** The open editor, for saving and its commands. */
  editorSessionRef: RefObject<EditorSession | null>
  /** The hidden file input of browser mode, which "Open…" clicks. */
  fileInputRef: RefObject<HTMLInputElement | null>
  /** The hidden file input that File › Import New Version… clicks. */
  newVersionInputRef: RefObject<HTMLInputElement | null>
  /** Saves the open review; resolves true when everything is saved (or nothing is open). */
  saveCurrent: () => Promise<boolean>
  /** Takes in a newer copy of the open review (e.g. after a sign-off) without reloading the editor. */
  reviewChanged: (review: Review) => void
  /** Shows a review the main process opened, after saving the current one. */
  showOpenedReview: (review: Review) => void
  openFile: () => void
  importFile: (file: File) => void
  /** Asks for a revised file of the open review. */
  chooseNewVersion: () => void
  /** Replaces the open review's text with a revised file and re-anchors its flags. */
  importNewVersion: (file: File) => void
  importPasted: (content: { html: string; text: string }) => void
  newFromClipboard: () => Promise<void>
  showLibrary: () => Promise<void>
  backToReview: () => void
  toggleLibrary: () => void
  openFromLibrary: (summary: ReviewSummary) => void
  openRecentFile: (file: RecentFile) => void
  deleteReview: (summary: ReviewSummary) => Promise<void>
}

function describeStoreProblem(problem: StoreProblem): string {
  return `${problem.file} could not be read: ${problem.reason}. It was set aside as ${problem.setAsideAs}.`
}

/**
 * Which review is open and how reviews get opened: start-up (the last review, or the library,
 * and what the store set aside), files, pasted text, the library, and back. The open review is
 * saved before another opens and when the page is hidden or left.
 */
export function useReviewSession(
  api: CopydeskApi,
  { pushNotice, dismissNotice, dismissInfoNotices, reportError }: Notices,
): ReviewSession {
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null)
  const [view, setShownView] = useState<View>('starting')
  // Informational notices are about the view they were raised in; they do not follow the user.
  const setView = useCallback(
    (next: View) => {
      dismissInfoNotices()
      setShownView(next)
    },
    [dismissInfoNotices],
  )
  const [opened, setOpened] = useState<OpenedReview | null>(null)
  const [busyMessage, setBusyMessage] = useState<string | null>(null)
  const [libraryRefreshKey, setLibraryRefreshKey] = useState(0)
  const editorSessionRef = useRef<EditorSession | null>(null)
  const fileInputRef = useRef<HTMLInputElement>(null)
  const newVersionInputRef = useRef<HTMLInputElement>(null)
  const busyRef = useRef(false)

  const showReview = useCallback(
    (review: Review) => {
      setOpened((current) => ({ review, openingNumber: (current?.openingNumber ?? 0) + 1 }))
      setView('editor')
      setLibraryRefreshKey((key) => key + 1)
    },
    [setView],
  )

  const reviewChanged = useCallback((review: Review) => {
    setOpened((current) => (current?.review.id === review.id ? { ...current, review } : current))
    setLibraryRefreshKey((key) => key + 1)
  }, [])

  /** Saves the open review first; the user is told when that fails but is not blocked. */
  const saveCurrent = useCallback(async () => {
    const session = editorSessionRef.current
    if (!session) return true
    return session.flush()
  }, [])

  const showOpenedReview = useCallback(
    (review: Review) => {
      void saveCurrent().then(() => showReview(review))
    },
    [saveCurrent, showReview],
  )

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
      if (file.size > MAX_IMPORT_BYTES) {
        reportError(`${file.name} could not be opened: ${FILE_TOO_LARGE}.`)
        return
      }
      void runOpening(`Opening ${file.name}…`, async () => {
        const bytes = new Uint8Array(await file.arrayBuffer())
        return api.importFile({ fileName: file.name, dataBase64: bytesToBase64(bytes) })
      })
    },
    [api, reportError, runOpening],
  )

  const chooseNewVersion = useCallback(() => {
    if (busyRef.current) return
    if (view !== 'editor' || !opened) {
      pushNotice({ kind: 'info', message: 'Open a review to import a new version of it.' })
      return
    }
    newVersionInputRef.current?.click()
  }, [opened, pushNotice, view])

  const importNewVersion = useCallback(
    (file: File) => {
      const reviewId = editorSessionRef.current?.reviewId
      const notImported = (reason: string) =>
        reportError(`“${file.name}” was not imported as a new version: ${reason}`)
      if (reviewId === undefined) {
        notImported('no review is open.')
        return
      }
      if (file.size > MAX_IMPORT_BYTES) {
        notImported(`${FILE_TOO_LARGE}.`)
        return
      }
      if (busyRef.current) return
      busyRef.current = true
      setBusyMessage(`Importing ${file.name} as a new version…`)
      void (async () => {
        try {
          // The current text becomes the version before; it must be saved as the user left it.
          if (!(await saveCurrent())) {
            notImported('your latest changes to the current text could not be saved first.')
            return
          }
          const bytes = new Uint8Array(await file.arrayBuffer())
          const imported = await api.importNewVersion({
            reviewId,
            fileName: file.name,
            dataBase64: bytesToBase64(bytes),
          })
          const version = imported.review.versions.at(-1)?.number ?? imported.review.versions.length
          const { kept, moved, orphaned } = imported.flags
          // The old text is replaced: the editor leaving must not save it over the new one.
          editorSessionRef.current?.discard()
          showReview(imported.review)
          pushNotice({
            kind: 'info',
            message: `Imported ${file.name} as version ${version}: ${kept} ${kept === 1 ? 'flag' : 'flags'} kept, ${moved} moved, ${orphaned} orphaned.`,
          })
        } catch (error) {
          notImported(errorMessage(error))
        } finally {
          busyRef.current = false
          setBusyMessage(null)
        }
      })()
    },
    [api, pushNotice, reportError, saveCurrent, showReview],
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
  }, [saveCurrent, setView])

  const backToReview = useCallback(() => {
    if (opened) setView('editor')
  }, [opened, setView])

  const toggleLibrary = useCallback(() => {
    if (view === 'library') backToReview()
    else void showLibrary()
  }, [backToReview, showLibrary, view])

  const openFromLibrary = useCallback(
    (summary: ReviewSummary) => {
      if (opened?.review.id === summary.id) {
        setView('editor')
        return
      }
      const title = summary.title.trim() || 'Untitled draft'
      void runOpening(`Opening “${title}”…`, () => api.openReview({ id: summary.id }))
    },
    [api, opened, runOpening, setView],
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
          editorSessionRef.current?.discard()
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

  const saveWhenLeaving = useEffectEvent(() => {
    void editorSessionRef.current?.flush()
  })
  useEffect(() => {
    const onPageHide = () => saveWhenLeaving()
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') saveWhenLeaving()
    }
    window.addEventListener('pagehide', onPageHide)
    document.addEventListener('visibilitychange', onVisibilityChange)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      document.removeEventListener('visibilitychange', onVisibilityChange)
    }
  }, [])

  return {
    appInfo,
    view,
    opened,
    busyMessage,
    libraryRefreshKey,
    editorSessionRef,
    fileInputRef,
    newVersionInputRef,
    saveCurrent,
    reviewChanged,
    showOpenedReview,
    openFile,
    importFile,
    chooseNewVersion,
    importNewVersion,
    importPasted,
    newFromClipboard,
    showLibrary,
    backToReview,
    toggleLibrary,
    openFromLibrary,
    openRecentFile,
    deleteReview,
  }
}
