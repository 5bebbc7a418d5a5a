import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import {
  Bold,
  BrushCleaning,
  FileUp,
  FolderOpen,
  Heading1,
  Heading2,
  Heading3,
  History,
  Italic,
  Library,
  Link,
  List,
  ListOrdered,
  Redo2,
  Search,
  ShieldCheck,
  Signature,
  TextQuote,
  Undo2,
} from 'lucide-react'
import { useRef } from 'react'
import { useToolbarNavigation } from '../hooks/useToolbarNavigation'
import { commandShortcutLabel, shortcutLabel } from '../lib/formatting'
import type { ManualFlagKind } from '../../shared/review/manualFlags'
import { FlagMenuButton } from './FlagMenuButton'
import { LinkPopover } from './LinkPopover'
import { ReviewerButton } from './ReviewerButton'
import { ToolbarButton } from './ToolbarButton'

interface EditorToolbarProps {
  editor: Editor
  linkPopoverOpen: boolean
  findOpen: boolean
  onOpenFile: () => void
  onShowLibrary: () => void
  onToggleLinkPopover: (open: boolean) => void
  onFind: () => void
  onRemoveFurniture: () => void
  onVerifyAuditTrail: () => void
  onImportNewVersion: () => void
  onShowVersions: () => void
  onSignOff: () => void
  onFlagSelection: (kind: ManualFlagKind) => void
}

export function EditorToolbar({
  editor,
  linkPopoverOpen,
  findOpen,
  onOpenFile,
  onShowLibrary,
  onToggleLinkPopover,
  onFind,
  onRemoveFurniture,
  onVerifyAuditTrail,
  onImportNewVersion,
  onShowVersions,
  onSignOff,
  onFlagSelection,
}: EditorToolbarProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading1: current.isActive('heading', { level: 1 }),
      heading2: current.isActive('heading', { level: 2 }),
      heading3: current.isActive('heading', { level: 3 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  })
  const chain = () => editor.chain().focus()
  const toolbarRef = useRef<HTMLElement>(null)
  const navigation = useToolbarNavigation(toolbarRef)

  return (
    <header
      ref={toolbarRef}
      className="toolbar"
      role="toolbar"
      aria-label="Editor toolbar"
      onFocus={navigation.onFocus}
      onKeyDown={navigation.onKeyDown}
    >
      <div className="toolbar-group">
        <ToolbarButton
          name="open"
          label="Open…"
          text="Open…"
          icon={FolderOpen}
          shortcut={commandShortcutLabel('open-file')}
          onClick={onOpenFile}
        />
        <ToolbarButton
          name="import-new-version"
          label="Import new version…"
          icon={FileUp}
          onClick={onImportNewVersion}
        />
        <ToolbarButton
          name="library"
          label="Library"
          text="Library"
          icon={Library}
          shortcut={commandShortcutLabel('show-library')}
          onClick={onShowLibrary}
        />
      </div>
      <div className="toolbar-separator" role="separator" />
      <div className="toolbar-group">
        <ToolbarButton
          name="undo"
          label="Undo"
          icon={Undo2}
          shortcut={shortcutLabel('Z')}
          disabled={!active.canUndo}
          keepEditorFocus
          onClick={() => chain().undo().run()}
        />
        <ToolbarButton
          name="redo"
          label="Redo"
          icon={Redo2}
          shortcut={shortcutLabel('Z', { shift: true })}
          disabled={!active.canRedo}
          keepEditorFocus
          onClick={() => chain().redo().run()}
        />
      </div>
      <div className="toolbar-separator" role="separator" />
      <div className="toolbar-group">
        <ToolbarButton
          name="bold"
          label="Bold"
          icon={Bold}
          shortcut={shortcutLabel('B')}
          active={active.bold}
          keepEditorFocus
          onClick={() => chain().toggleBold().run()}
        />
        <ToolbarButton
          name="italic"
          label="Italic"
          icon={Italic}
          shortcut={shortcutLabel('I')}
          active={active.italic}
          keepEditorFocus
          onClick={() => chain().toggleItalic().run()}
        />
      </div>
      <div className="toolbar-separator" role="separator" />
      <div className="toolbar-group">
        <ToolbarButton
          name="heading-1"
          label="Heading 1"
          icon={Heading1}
          active={active.heading1}
          keepEditorFocus
          onClick={() => chain().toggleHeading({ level: 1 }).run()}
        />
        <ToolbarButton
          name="heading-2"
          label="Heading 2"
          icon={Heading2}
          active={active.heading2}
          keepEditorFocus
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        />
        <ToolbarButton
          name="heading-3"
          label="Heading 3"
          icon={Heading3}
          active={active.heading3}
          keepEditorFocus
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        />
      </div>
      <div className="toolbar-separator" role="separator" />
      <div className="toolbar-group">
        <ToolbarButton
          name="bullet-list"
          label="Bullet list"
          icon={List}
          active={active.bulletList}
          keepEditorFocus
          onClick={() => chain().toggleBulletList().run()}
        />
        <ToolbarButton
          name="numbered-list"
          label="Numbered list"
          icon={ListOrdered}
          active={active.orderedList}
          keepEditorFocus
          onClick={() => chain().toggleOrderedList().run()}
        />
        <ToolbarButton
          name="blockquote"
          label="Blockquote"
          icon={TextQuote}
          active={active.blockquote}
          keepEditorFocus
          onClick={() => chain().toggleBlockquote().run()}
        />
        <div className="popover-anchor">
          <ToolbarButton
            name="link"
            label={active.link ? 'Edit link' : 'Link'}
            icon={Link}
            shortcut={commandShortcutLabel('insert-link')}
            active={active.link}
            expanded={linkPopoverOpen}
            keepEditorFocus
            onClick={() => onToggleLinkPopover(!linkPopoverOpen)}
          />
          {linkPopoverOpen ? (
            <LinkPopover editor={editor} onClose={() => onToggleLinkPopover(false)} />
          ) : null}
        </div>
      </div>
      <div className="toolbar-separator" role="separator" />
      <div className="toolbar-group">
        <FlagMenuButton editor={editor} onFlag={onFlagSelection} />
      </div>
      <span className="spacer" />
      <div className="toolbar-group">
        <ToolbarButton
          name="remove-furniture"
          label="Remove page furniture"
          text="Remove page furniture"
          icon={BrushCleaning}
          onClick={onRemoveFurniture}
        />
        <ToolbarButton
          name="find"
          label="Find"
          icon={Search}
          shortcut={commandShortcutLabel('find')}
          active={findOpen}
          onClick={onFind}
        />
        <ToolbarButton
          name="verify-audit-trail"
          label="Verify audit trail"
          icon={ShieldCheck}
          onClick={onVerifyAuditTrail}
        />
        <ToolbarButton name="versions" label="Versions" icon={History} onClick={onShowVersions} />
        <ToolbarButton
          name="sign-off"
          label="Sign off…"
          icon={Signature}
          hasPopup="dialog"
          onClick={onSignOff}
        />
      </div>
      <div className="toolbar-separator" role="separator" />
      <ReviewerButton />
    </header>
  )
}
