import { useAnnouncement } from '../hooks/announcer'

/** The app's one polite live region: flag navigation and flag changes are read from here. */
export function LiveAnnouncer() {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {useAnnouncement()}
    </div>
  )
}
