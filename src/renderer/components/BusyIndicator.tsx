import { LoaderCircle } from 'lucide-react'

/** A small, non-blocking card while a draft is being opened. */
export function BusyIndicator({ message }: { message: string }) {
  return (
    <div className="busy-indicator" role="status" aria-live="polite" data-testid="busy">
      <LoaderCircle size={16} className="spin" aria-hidden="true" />
      <span>{message}</span>
    </div>
  )
}
