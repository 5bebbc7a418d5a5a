import { LoaderCircle } from 'lucide-react'
import { useId, useState } from 'react'
import type { CopydeskApi } from '../../shared/api/channels'
import {
  PAPER_SIZES,
  REPORT_FORMAT_NAMES,
  REPORT_FORMATS,
  type PaperSize,
  type ReportFormat,
} from '../../shared/report/reportFormats'
import { useModalDialog } from '../hooks/useModalDialog'
import { downloadBase64File } from '../lib/downloadFile'
import { errorMessage } from '../lib/formatting'

interface ExportReportDialogProps {
  api: CopydeskApi
  reviewId: string
  title: string
  /** True in Electron, where the report is saved by main and can then be opened. */
  canOpenFiles: boolean
  /** Saves the editor's latest changes, so the report covers them. */
  saveFirst: () => Promise<boolean>
  onDownloaded: (fileName: string) => void
  onClose: () => void
}

type ExportState =
  | { step: 'choosing' }
  | { step: 'exporting' }
  | { step: 'saved'; path: string }
  | { step: 'failed'; message: string }

/** File › Export Report…: the format (and paper), then a save dialog or a download. */
export function ExportReportDialog({
  api,
  reviewId,
  title,
  canOpenFiles,
  saveFirst,
  onDownloaded,
  onClose,
}: ExportReportDialogProps) {
  const dialogRef = useModalDialog()
  const titleId = useId()
  const [format, setFormat] = useState<ReportFormat>('pdf')
  const [paperSize, setPaperSize] = useState<PaperSize>('A4')
  const [includeText, setIncludeText] = useState(false)
  const [state, setState] = useState<ExportState>({ step: 'choosing' })

  const exportReport = async () => {
    setState({ step: 'exporting' })
    try {
      if (!(await saveFirst())) {
        setState({ step: 'failed', message: 'The latest changes could not be saved first.' })
        return
      }
      const result = await api.exportReport({ reviewId, format, paperSize, includeText })
      if (result.kind === 'cancelled') setState({ step: 'choosing' })
      else if (result.kind === 'saved') setState({ step: 'saved', path: result.path })
      else {
        downloadBase64File(result.fileName, result.mimeType, result.dataBase64)
        onDownloaded(result.fileName)
      }
    } catch (error) {
      setState({
        step: 'failed',
        message: `The report could not be exported: ${errorMessage(error)}`,
      })
    }
  }

  const openSaved = async (path: string, reveal: boolean) => {
    try {
      await api.openExportedReport({ path, reveal })
      onClose()
    } catch (error) {
      setState({ step: 'failed', message: errorMessage(error) })
    }
  }

  const busy = state.step === 'exporting'
  return (
    <dialog
      ref={dialogRef}
      className="dialog export-report-dialog"
      aria-labelledby={titleId}
      aria-busy={busy}
      data-testid="export-report-dialog"
      onCancel={(event) => {
        event.preventDefault()
        if (!busy) onClose()
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          if (state.step !== 'saved') void exportReport()
        }}
      >
        <div className="dialog-body">
          <h2 id={titleId} className="dialog-title">
            Export the report of “{title || 'Untitled draft'}”
          </h2>
          {state.step === 'saved' ? (
            <p className="dialog-message" role="status">
              Saved the report to <span className="export-report-path">{state.path}</span>
            </p>
          ) : (
            <>
              <fieldset className="export-report-formats" disabled={busy}>
                <legend>Format</legend>
                {REPORT_FORMAT_NAMES.map((name) => (
                  <label key={name} className="export-report-choice">
                    <input
                      type="radio"
                      name="report-format"
                      value={name}
                      checked={format === name}
                      onChange={() => setFormat(name)}
                    />
                    {REPORT_FORMATS[name].label}
                  </label>
                ))}
              </fieldset>
              <div className="export-report-options">
                {format === 'pdf' ? (
                  <label>
                    Paper{' '}
                    <select
                      value={paperSize}
                      disabled={busy}
                      onChange={(event) => setPaperSize(event.target.value as PaperSize)}
                    >
                      {Object.entries(PAPER_SIZES).map(([size, label]) => (
                        <option key={size} value={size}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : null}
                <label className="export-report-choice">
                  <input
                    type="checkbox"
                    checked={includeText}
                    disabled={busy}
                    onChange={(event) => setIncludeText(event.target.checked)}
                  />
                  Include the text with the flags highlighted
                </label>
              </div>
            </>
          )}
          <div role="status" aria-live="polite" className="export-report-status">
            {busy ? (
              <span className="export-report-progress">
                <LoaderCircle size={14} className="spin" aria-hidden="true" /> Making the report…
              </span>
            ) : null}
            {state.step === 'failed' ? (
              <p className="dialog-message dialog-message--error">{state.message}</p>
            ) : null}
          </div>
        </div>
        <div className="dialog-actions">
          {state.step === 'saved' ? (
            <>
              {canOpenFiles ? (
                <>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void openSaved(state.path, true)}
                  >
                    Show in Folder
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void openSaved(state.path, false)}
                  >
                    Open
                  </button>
                </>
              ) : null}
              <button type="button" className="button button--primary" onClick={onClose} autoFocus>
                Done
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button" onClick={onClose} disabled={busy}>
                Cancel
              </button>
              <button type="submit" className="button button--primary" disabled={busy} autoFocus>
                Export…
              </button>
            </>
          )}
        </div>
      </form>
    </dialog>
  )
}
