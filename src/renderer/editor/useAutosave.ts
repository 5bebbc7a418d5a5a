import { useEffect, useState } from 'react'
import type { SavedReview } from '../../shared/api/channels'
import { AutosaveController, type ReviewSnapshot, type SaveState } from './autosaveController'

interface AutosaveWiring {
  save: (snapshot: ReviewSnapshot) => Promise<SavedReview>
  /** Read when a save starts, so it sees the latest text; called through refs. */
  takeSnapshot: () => ReviewSnapshot
  /** When the review was last saved, for the status bar until the first change. */
  savedAt: string
}

/**
 * The open review's autosave and its state for the status bar; saves what is pending when the
 * editor goes away. The controller is created once, with the first render's functions.
 */
export function useAutosave({ save, takeSnapshot, savedAt }: AutosaveWiring): {
  autosave: AutosaveController
  saveState: SaveState
} {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: savedAt })
  const [autosave] = useState(
    () =>
      new AutosaveController(
        { save, takeSnapshot, onStateChange: setSaveState },
        { kind: 'saved', at: savedAt },
      ),
  )

  useEffect(() => {
    return () => {
      void autosave.flush()
    }
  }, [autosave])

  return { autosave, saveState }
}
