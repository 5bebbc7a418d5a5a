import { useLayoutEffect, useRef, type RefObject } from 'react'

/**
 * Opens a <dialog> as a modal while the component is mounted (focus kept inside, Escape
 * cancels, the page behind is inert) and closes it on unmount, giving the focus back to what
 * had it before: the button or menu command's target that opened the dialog.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null)
  // A layout effect, so the dialog closes while it is still in the page.
  useLayoutEffect(() => {
    const dialog = dialogRef.current
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    dialog?.showModal()
    return () => {
      dialog?.close()
      const focusIsLost =
        document.activeElement === null ||
        document.activeElement === document.body ||
        dialog?.contains(document.activeElement)
      if (opener?.isConnected && focusIsLost) opener.focus({ preventScroll: true })
    }
  }, [])
  return dialogRef
}
