import { FileUp } from 'lucide-react'
import { DRAFT_FORMATS_IN_WORDS } from '../../shared/import/draftFileFormats'

export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
      <div className="drop-overlay-card">
        <FileUp size={32} strokeWidth={1.5} aria-hidden="true" />
        <p>Drop a draft to open it</p>
        <p className="drop-overlay-hint">{DRAFT_FORMATS_IN_WORDS}</p>
      </div>
    </div>
  )
}
