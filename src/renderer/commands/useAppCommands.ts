import { useEffect, useEffectEvent } from 'react'
import { matchesAccelerator } from '../../shared/accelerator'
import type { AppCommand, CopydeskBridge } from '../../shared/api/channels'
import { KEYMAP, type ShortcutCommand } from '../../shared/keymap'
import { MANUAL_FLAG_KINDS, manualFlagCommand } from '../../shared/review/manualFlags'
import type { HouseDictionaryTransfer } from '../dictionary/useHouseDictionaryTransfer'
import { keyboardPlatform } from '../lib/keyboardPlatform'
import type { ReviewSession } from '../session/useReviewSession'
import type { ColorSchemePreference } from '../../shared/appearance/colorScheme'

/** The shortcuts the page handles itself in browser mode, where there is no native menu. */
const BROWSER_SHORTCUTS = [
  'next-flag',
  'previous-flag',
  'open-file',
  'save-now',
  'find',
  'show-library',
  'toggle-flags-panel',
  ...MANUAL_FLAG_KINDS.map(manualFlagCommand),
  'replace',
  'show-flag-card',
  'export-report',
] as const satisfies readonly ShortcutCommand[]

/** The manual flag a command raises, or undefined for other commands. */
function manualFlagKindOf(command: string) {
  return MANUAL_FLAG_KINDS.find((kind) => manualFlagCommand(kind) === command)
}

interface AppCommandWiring {
  bridge: CopydeskBridge
  session: ReviewSession
  houseDictionary: Pick<HouseDictionaryTransfer, 'chooseFileToImport' | 'exportDictionary'>
  showLicences: () => void
  switchReviewer: () => void
  verifyAuditTrail: () => void
  showVersions: () => void
  exportReport: () => void
  setColorScheme: (scheme: ColorSchemePreference) => void
  reportError: (message: string) => void
}

/**
 * Carries out the commands of the native menu (sent by the main process) and, in browser mode,
 * the same shortcuts pressed in the page.
 */
export function useAppCommands({
  bridge,
  session,
  houseDictionary,
  showLicences,
  switchReviewer,
  verifyAuditTrail,
  showVersions,
  exportReport,
  setColorScheme,
  reportError,
}: AppCommandWiring): void {
  const { view, editorSessionRef } = session

  const openFind = () => {
    if (view === 'editor') editorSessionRef.current?.openFind()
  }

  const openReplace = () => {
    if (view === 'editor') editorSessionRef.current?.openReplace()
  }

  const showFlagCard = () => {
    if (view === 'editor') editorSessionRef.current?.showFlagCard()
  }

  const selectFlag = (direction: 1 | -1) => {
    if (view === 'editor') editorSessionRef.current?.selectFlag(direction)
  }

  const addManualFlag = (command: string) => {
    const kind = manualFlagKindOf(command)
    if (kind !== undefined && view === 'editor') editorSessionRef.current?.addManualFlag(kind)
  }

  const saveNow = async () => {
    await session.saveCurrent()
  }

  const flushBeforeQuit = async () => {
    if (await session.saveCurrent()) {
      bridge.flushed()
      return
    }
    reportError(
      'Your latest changes could not be saved, so Copydesk has not quit. Fix the problem shown in the status bar, or copy your text elsewhere, then quit again.',
    )
  }

  const handleCommand = useEffectEvent((command: AppCommand) => {
    switch (command.type) {
      case 'open-file':
        session.openFile()
        break
      case 'new-from-clipboard':
        void session.newFromClipboard()
        break
      case 'show-library':
        void session.showLibrary()
        break
      case 'find':
        openFind()
        break
      case 'save-now':
        void saveNow()
        break
      case 'review-opened':
        session.showOpenedReview(command.review)
        break
      case 'flush-before-quit':
        void flushBeforeQuit()
        break
      case 'next-flag':
      case 'previous-flag':
        selectFlag(command.type === 'next-flag' ? 1 : -1)
        break
      case 'remove-furniture':
        if (view === 'editor') editorSessionRef.current?.removeFurniture()
        break
      case 'import-house-dictionary':
        houseDictionary.chooseFileToImport()
        break
      case 'export-house-dictionary':
        void houseDictionary.exportDictionary()
        break
      case 'show-licences':
        showLicences()
        break
      case 'toggle-flags-panel':
        if (view === 'editor') editorSessionRef.current?.toggleFlagsPanel()
        break
      case 'switch-reviewer':
        switchReviewer()
        break
      case 'verify-audit-trail':
        verifyAuditTrail()
        break
      case 'import-new-version':
        session.chooseNewVersion()
        break
      case 'show-versions':
        showVersions()
        break
      case 'sign-off':
        if (view === 'editor') editorSessionRef.current?.signOff()
        break
      case 'flag-claim':
      case 'flag-typo':
      case 'flag-medical':
      case 'flag-comment':
        addManualFlag(command.type)
        break
      case 'replace':
        openReplace()
        break
      case 'show-flag-card':
        showFlagCard()
        break
      case 'export-report':
        exportReport()
        break
      case 'set-color-scheme':
        setColorScheme(command.scheme)
        break
    }
  })
  useEffect(() => bridge.onCommand((command) => handleCommand(command)), [bridge])

  const handleKeyDown = useEffectEvent((event: KeyboardEvent) => {
    // In Electron the application menu owns these shortcuts and sends them as commands.
    if (session.appInfo?.transport !== 'browser') return
    if (document.querySelector('dialog[open]')) return
    const command = BROWSER_SHORTCUTS.find((candidate) =>
      matchesAccelerator(KEYMAP[candidate].accelerator, event, keyboardPlatform),
    )
    if (command === undefined) return
    if (
      (command === 'find' || command === 'replace' || command === 'show-flag-card') &&
      view !== 'editor'
    )
      return
    event.preventDefault()
    // The shortcut toggles the library; the menu item (and everything else) is the command.
    if (command === 'show-library') session.toggleLibrary()
    else handleCommand({ type: command })
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => handleKeyDown(event)
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
}
