import type { RefObject } from 'react'

interface HiddenFileInputProps {
  inputRef: RefObject<HTMLInputElement | null>
  accept: string
  label: string
  testId: string
  onFile: (file: File) => void
}

/** A file picker without its own UI: a menu item or button clicks it. */
export function HiddenFileInput({ inputRef, accept, label, testId, onFile }: HiddenFileInputProps) {
  return (
    <input
      ref={inputRef}
      type="file"
      hidden
      accept={accept}
      data-testid={testId}
      aria-label={label}
      onChange={(event) => {
        const file = event.target.files?.[0]
        event.target.value = ''
        if (file) onFile(file)
      }}
    />
  )
}
