import { useEffect, useRef, type RefObject } from 'react'

/**
 * Opens a <dialog> as a modal while the component is mounted (focus kept inside, Escape
 * cancels, the page behind is inert) and closes it on unmount.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = dialogRef.current
    dialog?.showModal()
    return () => dialog?.close()
  }, [])
  return dialogRef
}
