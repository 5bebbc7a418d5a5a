import type { Editor } from '@tiptap/core'
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react'
import { ALLOWED_LINKS_DESCRIPTION, isAllowedLinkUrl } from '../../shared/editor/linkPolicy'

interface LinkPopoverProps {
  editor: Editor
  onClose: () => void
}

/** "example.org" becomes "https://example.org", "name@example.org" becomes a mailto link. */
function completeLinkAddress(value: string): string {
  const trimmed = value.trim()
  if (trimmed === '' || /^[a-z][a-z\d+.-]*:/i.test(trimmed)) return trimmed
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed)) return `mailto:${trimmed}`
  return `https://${trimmed}`
}

export function LinkPopover({ editor, onClose }: LinkPopoverProps) {
  const existingHref = (editor.getAttributes('link').href as string | undefined) ?? ''
  const [address, setAddress] = useState(existingHref)
  const [problem, setProblem] = useState<string | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const problemId = useId()

  const closeFromOutside = useEffectEvent(() => onClose())

  useEffect(() => {
    inputRef.current?.focus()
    inputRef.current?.select()
    const closeOnOutsidePress = (event: PointerEvent) => {
      const target = event.target as Element | null
      // The toolbar's own link button toggles the popover; closing here would reopen it.
      if (target?.closest('[data-testid="toolbar-link"]')) return
      if (!rootRef.current?.contains(target)) closeFromOutside()
    }
    document.addEventListener('pointerdown', closeOnOutsidePress)
    return () => document.removeEventListener('pointerdown', closeOnOutsidePress)
  }, [])

  const apply = () => {
    const href = completeLinkAddress(address)
    if (href === '') {
      setProblem('Enter a link address.')
      return
    }
    if (!isAllowedLinkUrl(href)) {
      setProblem(`Only ${ALLOWED_LINKS_DESCRIPTION} are allowed.`)
      return
    }
    const insertAsText = editor.state.selection.empty && !editor.isActive('link')
    if (insertAsText) {
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
        .run()
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run()
    }
    onClose()
  }

  const removeLink = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    onClose()
  }

  const cancel = () => {
    editor.commands.focus()
    onClose()
  }

  return (
    <div
      ref={rootRef}
      className="popover link-popover"
      role="dialog"
      aria-label={existingHref ? 'Edit link' : 'Add link'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          cancel()
        }
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          apply()
        }}
      >
        <label className="field-label" htmlFor={inputId}>
          Link address
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="text-input"
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          placeholder="https://example.org/study"
          value={address}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            setAddress(event.target.value)
            setProblem(null)
          }}
        />
        {problem ? (
          <p id={problemId} className="field-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="popover-actions">
          {existingHref ? (
            <button type="button" className="button button--quiet" onClick={removeLink}>
              Remove link
            </button>
          ) : null}
          <span className="spacer" />
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            {existingHref ? 'Update' : 'Add link'}
          </button>
        </div>
      </form>
    </div>
  )
}
