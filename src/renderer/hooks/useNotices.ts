import { useCallback, useRef, useState } from 'react'
import type { Notice } from '../components/NoticeArea'

export interface Notices {
  notices: Notice[]
  /** Shows a notice (replacing one with the same message) and returns its id. */
  pushNotice: (notice: Omit<Notice, 'id'> | ((id: number) => Omit<Notice, 'id'>)) => number
  dismissNotice: (id: number) => void
  /** Drops the informational notices: they are about the view the user is leaving. */
  dismissInfoNotices: () => void
  reportError: (message: string) => number
  showInfo: (message: string) => number
}

/** The banner messages above the editor or library. */
export function useNotices(): Notices {
  const [notices, setNotices] = useState<Notice[]>([])
  const nextId = useRef(1)

  const dismissNotice = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id))
  }, [])

  const dismissInfoNotices = useCallback(() => {
    setNotices((current) => {
      const kept = current.filter((notice) => notice.kind !== 'info')
      return kept.length === current.length ? current : kept
    })
  }, [])

  const pushNotice = useCallback<Notices['pushNotice']>((notice) => {
    const id = nextId.current++
    const fields = typeof notice === 'function' ? notice(id) : notice
    setNotices((current) => [
      ...current.filter((item) => item.message !== fields.message),
      { ...fields, id },
    ])
    return id
  }, [])

  const reportError = useCallback(
    (message: string) => pushNotice({ kind: 'error', message }),
    [pushNotice],
  )
  const showInfo = useCallback(
    (message: string) => pushNotice({ kind: 'info', message }),
    [pushNotice],
  )

  return { notices, pushNotice, dismissNotice, dismissInfoNotices, reportError, showInfo }
}
