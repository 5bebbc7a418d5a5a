import { CircleAlert, Info, TriangleAlert, X } from 'lucide-react'
import { useState } from 'react'

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

function NoticeBanner({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const [running, setRunning] = useState(false)
  const Icon = icons[notice.kind]
  return (
    <div
      className={`notice notice--${notice.kind}`}
      data-testid="notice"
      role={notice.kind === 'error' ? 'alert' : 'status'}
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
