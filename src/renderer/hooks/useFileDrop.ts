import { useEffect, useEffectEvent, useRef, useState } from 'react'

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

/**
 * Files dragged anywhere over the window: reports whether one is being dragged (for the drop
 * overlay) and hands the first dropped file to `onFile`. Dropped files never reach the editor
 * as content.
 */
export function useFileDrop(onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false)
  const depth = useRef(0)

  const handleDragEnter = useEffectEvent((event: DragEvent) => {
    if (!hasFiles(event)) return
    event.preventDefault()
    depth.current += 1
    setDragging(true)
  })
  const handleDragOver = useEffectEvent((event: DragEvent) => {
    if (!hasFiles(event)) return
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
  })
  const handleDragLeave = useEffectEvent((event: DragEvent) => {
    if (!hasFiles(event)) return
    // dragenter/dragleave fire for every child element crossed; only the outermost leave counts.
    depth.current = Math.max(0, depth.current - 1)
    if (depth.current === 0) setDragging(false)
  })
  const handleDrop = useEffectEvent((event: DragEvent) => {
    depth.current = 0
    setDragging(false)
    if (!hasFiles(event)) return
    event.preventDefault()
    event.stopPropagation()
    const file = event.dataTransfer?.files[0]
    if (file) onFile(file)
  })

  useEffect(() => {
    const listeners: [string, (event: DragEvent) => void][] = [
      ['dragenter', (event) => handleDragEnter(event)],
      ['dragover', (event) => handleDragOver(event)],
      ['dragleave', (event) => handleDragLeave(event)],
      ['drop', (event) => handleDrop(event)],
    ]
    for (const [type, listener] of listeners) {
      window.addEventListener(type, listener as EventListener, true)
    }
    return () => {
      for (const [type, listener] of listeners) {
        window.removeEventListener(type, listener as EventListener, true)
      }
    }
  }, [])

  return dragging
}
