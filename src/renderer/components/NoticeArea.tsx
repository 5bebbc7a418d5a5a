import { CircleAlert, Info, TriangleAlert, X } from 'lucide-react'
import { useEffect, useEffectEvent, useState } from 'react'

export interface Notice {
  id: number
  kind: 'error' | 'warning' | 'info'
  message: string
  action?: { label: string; run: () => Promise<void> }
}

interface NoticeAreaProps {
  notices: Notice[]
  onDismiss: (id: number) => void
}

const icons = { error: CircleAlert, warning: TriangleAlert, info: Info }

/**
 * How long an informational notice stays. Errors and warnings stay until closed; an info notice
 * waits while the pointer or the focus is on it, so it can still be read and acted on.
 */
export const INFO_NOTICE_MILLISECONDS = 6000

function NoticeBanner({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const [running, setRunning] = useState(false)
  const [held, setHeld] = useState({ pointer: false, focus: false })
  const Icon = icons[notice.kind]
  const expires = notice.kind === 'info' && !running && !held.pointer && !held.focus
  const expire = useEffectEvent(() => onDismiss())
  useEffect(() => {
    if (!expires) return
    const timer = setTimeout(() => expire(), INFO_NOTICE_MILLISECONDS)
    return () => clearTimeout(timer)
  }, [expires])
  return (
    <div
      className={`notice notice--${notice.kind}`}
      data-testid="notice"
      role={notice.kind === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHeld((current) => ({ ...current, pointer: true }))}
      onMouseLeave={() => setHeld((current) => ({ ...current, pointer: false }))}
      onFocus={() => setHeld((current) => ({ ...current, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) {
          setHeld((current) => ({ ...current, focus: false }))
        }
      }}
    >
      <Icon size={16} className="notice-icon" aria-hidden="true" />
      <p className="notice-message">{notice.message}</p>
      {notice.action ? (
        <button
          type="button"
          className="button button--small"
          disabled={running}
          onClick={() => {
            setRunning(true)
            notice.action?.run().finally(() => setRunning(false))
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-label="Dismiss"
        onClick={onDismiss}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  )
}

export function NoticeArea({ notices, onDismiss }: NoticeAreaProps) {
  if (notices.length === 0) return null
  return (
    <div className="notice-area" aria-label="Notifications">
      {notices.map((notice) => (
        <NoticeBanner key={notice.id} notice={notice} onDismiss={() => onDismiss(notice.id)} />
      ))}
    </div>
  )
}
