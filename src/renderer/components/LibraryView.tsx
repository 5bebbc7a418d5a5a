import {
  ArrowLeft,
  ClipboardPaste,
  FileText,
  FolderOpen,
  History,
  Search,
  Trash2,
} from 'lucide-react'
import type { ReactNode } from 'react'
import {
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import type { CopydeskApi } from '../../shared/api/channels'
import { ReviewerButton } from './ReviewerButton'
import type { RecentFile, ReviewStatus, ReviewSummary } from '../../shared/review/reviewSchema'
import { REVIEW_STATUSES } from '../../shared/review/reviewSchema'
import { REVIEW_STATUS_LABELS } from '../../shared/review/signOffState'
import {
  commandShortcutLabel,
  errorMessage,
  formatFullDate,
  formatLastChange,
  shortcutLabel,
} from '../lib/formatting'
import {
  displayTitle,
  LIBRARY_SORT_DIRECTIONS,
  LIBRARY_SORT_LABELS,
  listLibrary,
  type LibrarySort,
} from '../library/libraryListing'
import { useRowWindow } from '../library/useRowWindow'
import { ConfirmDialog } from './ConfirmDialog'

interface LibraryViewProps {
  api: CopydeskApi
  showRecentFiles: boolean
  /** Changes when the list should be loaded again (after an import, delete, restore). */
  refreshKey: number
  currentReviewTitle: string | null
  banner: ReactNode
  busyMessage: string | null
  onOpenReview: (summary: ReviewSummary) => void
  onOpenFile: () => void
  onNewFromClipboard: () => void
  onPaste: (content: { html: string; text: string }) => void
  onOpenRecentFile: (file: RecentFile) => void
  onDeleteReview: (summary: ReviewSummary) => Promise<void>
  onBackToReview: () => void
  onError: (message: string) => void
  onShowLicences: () => void
}

type LoadState<T> = { kind: 'loading' } | { kind: 'ready'; items: T } | { kind: 'failed' }

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

function isLibrarySort(value: string): value is LibrarySort {
  return Object.hasOwn(LIBRARY_SORT_LABELS, value)
}

function describeOpenFlags(count: number | undefined): string {
  if (count === undefined) return '—'
  if (count === 0) return 'No open flags'
  return `${count} open ${count === 1 ? 'flag' : 'flags'}`
}

function isEditableTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select') !== null)
  )
}

export function LibraryView({
  api,
  showRecentFiles,
  refreshKey,
  currentReviewTitle,
  banner,
  busyMessage,
  onOpenReview,
  onOpenFile,
  onNewFromClipboard,
  onPaste,
  onOpenRecentFile,
  onDeleteReview,
  onBackToReview,
  onShowLicences,
  onError,
}: LibraryViewProps) {
  const [reviews, setReviews] = useState<LoadState<ReviewSummary[]>>({ kind: 'loading' })
  const [recentFiles, setRecentFiles] = useState<RecentFile[]>([])
  const [pendingDelete, setPendingDelete] = useState<ReviewSummary | null>(null)
  const [reloadCount, setReloadCount] = useState(0)
  const [statusFilter, setStatusFilter] = useState<ReviewStatus | 'all'>('all')
  const statusFilterId = useId()
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<LibrarySort>('last-change')
  const deferredQuery = useDeferredValue(query)
  const sortId = useId()
  const reportError = useEffectEvent((message: string) => onError(message))
  const pasteContent = useEffectEvent((content: { html: string; text: string }) => onPaste(content))

  useEffect(() => {
    document.title = 'Library — Copydesk'
  }, [])

  useEffect(() => {
    let cancelled = false
    api.listReviews({}).then(
      (items) => {
        if (!cancelled) setReviews({ kind: 'ready', items })
      },
      (error: unknown) => {
        if (cancelled) return
        setReviews({ kind: 'failed' })
        reportError(`The library could not be loaded: ${errorMessage(error)}`)
      },
    )
    if (showRecentFiles) {
      api.listRecentFiles({}).then(
        (files) => {
          if (!cancelled) setRecentFiles(files)
        },
        (error: unknown) => {
          if (!cancelled) reportError(`Recent files could not be loaded: ${errorMessage(error)}`)
        },
      )
    }
    return () => {
      cancelled = true
    }
  }, [api, showRecentFiles, refreshKey, reloadCount])

  useEffect(() => {
    const handlePaste = (event: ClipboardEvent) => {
      if (isEditableTarget(event.target) || document.querySelector('dialog[open]')) return
      const data = event.clipboardData
      if (!data) return
      event.preventDefault()
      pasteContent({ html: data.getData('text/html'), text: data.getData('text/plain') })
    }
    document.addEventListener('paste', handlePaste)
    return () => document.removeEventListener('paste', handlePaste)
  }, [])

  const confirmDelete = async () => {
    const summary = pendingDelete
    setPendingDelete(null)
    if (!summary) return
    await onDeleteReview(summary)
    setReloadCount((count) => count + 1)
  }

  const allItems = useMemo(() => (reviews.kind === 'ready' ? reviews.items : []), [reviews])
  const items = useMemo(
    () =>
      listLibrary(
        statusFilter === 'all' ? allItems : allItems.filter((item) => item.status === statusFilter),
        deferredQuery,
        sort,
      ),
    [allItems, statusFilter, deferredQuery, sort],
  )
  const scrollerRef = useRef<HTMLElement>(null)
  const rowsRef = useRef<HTMLTableSectionElement>(null)
  const rowWindow = useRowWindow(scrollerRef, rowsRef, items.length)
  const ariaSort = (column: LibrarySort) =>
    column === sort ? LIBRARY_SORT_DIRECTIONS[column] : undefined

  return (
    <div className="library-view" data-testid="library-view">
      <header className="toolbar" aria-label="Library toolbar">
        {currentReviewTitle !== null ? (
          <button
            type="button"
            className="toolbar-button toolbar-button--labelled"
            data-testid="toolbar-back"
            data-tooltip={`Back to the open draft (${commandShortcutLabel('show-library')})`}
            onClick={onBackToReview}
          >
            <ArrowLeft size={16} strokeWidth={1.8} aria-hidden="true" />
            <span className="toolbar-button-text-clip">
              {currentReviewTitle.trim() || 'Untitled draft'}
            </span>
          </button>
        ) : (
          <span className="toolbar-title">Copydesk</span>
        )}
        <span className="spacer" />
        <button
          type="button"
          className="button"
          data-testid="toolbar-paste"
          onClick={onNewFromClipboard}
        >
          <ClipboardPaste size={15} aria-hidden="true" />
          New from clipboard
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="toolbar-open"
          aria-keyshortcuts={commandShortcutLabel('open-file')}
          onClick={onOpenFile}
        >
          <FolderOpen size={15} aria-hidden="true" />
          Open file…
        </button>
        <div className="toolbar-separator" role="separator" />
        <ReviewerButton />
      </header>
      {banner}
      <main className="library-scroller" ref={scrollerRef}>
        <div className="library">
          <div className="library-heading">
            <h1>Library</h1>
            {allItems.length > 0 ? (
              <>
                <span className="library-count" data-testid="library-count">
                  {items.length === allItems.length ? '' : `${items.length} of `}
                  {allItems.length} {allItems.length === 1 ? 'review' : 'reviews'}
                </span>
                <label htmlFor={statusFilterId} className="library-filter-label">
                  Status
                </label>
                <select
                  id={statusFilterId}
                  className="text-input library-filter"
                  data-testid="library-status-filter"
                  value={statusFilter}
                  onChange={(event) => setStatusFilter(event.target.value as ReviewStatus | 'all')}
                >
                  <option value="all">All statuses</option>
                  {REVIEW_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {REVIEW_STATUS_LABELS[status]}
                    </option>
                  ))}
                </select>
              </>
            ) : null}
            {allItems.length > 0 ? (
              <div className="library-controls">
                <div className="library-search">
                  <Search size={14} aria-hidden="true" />
                  <input
                    type="search"
                    className="text-input"
                    data-testid="library-search"
                    aria-label="Search the library by title or author"
                    placeholder="Search title or author"
                    value={query}
                    onChange={(event) => setQuery(event.target.value)}
                  />
                </div>
                <label className="library-sort" htmlFor={sortId}>
                  Sort by
                </label>
                <select
                  id={sortId}
                  className="text-input"
                  data-testid="library-sort"
                  value={sort}
                  onChange={(event) => {
                    if (isLibrarySort(event.target.value)) setSort(event.target.value)
                  }}
                >
                  {Object.entries(LIBRARY_SORT_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </div>

          {reviews.kind === 'loading' ? <p className="library-placeholder">Loading…</p> : null}
          {reviews.kind === 'failed' ? (
            <p className="library-placeholder">
              The library could not be loaded.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => setReloadCount((count) => count + 1)}
              >
                Try again
              </button>
            </p>
          ) : null}

          {allItems.length > 0 && items.length === 0 ? (
            <p className="library-placeholder" data-testid="library-no-match">
              No review
              {statusFilter === 'all' ? '' : ` is “${REVIEW_STATUS_LABELS[statusFilter]}” and`}{' '}
              {deferredQuery.trim() === ''
                ? ''
                : `has “${deferredQuery.trim()}” in its title or author`}
              .{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setStatusFilter('all')
                  setQuery('')
                }}
              >
                Show all
              </button>
            </p>
          ) : null}

          {reviews.kind === 'ready' && allItems.length === 0 ? (
            <div className="library-empty">
              <FileText size={36} strokeWidth={1.25} aria-hidden="true" />
              <h2>No reviews yet</h2>
              <p>
                Open a draft (Word, HTML, Markdown or plain text), drop one onto this window, or
                paste an article here with {shortcutLabel('V')}.
              </p>
              <button type="button" className="button button--primary" onClick={onOpenFile}>
                <FolderOpen size={15} aria-hidden="true" />
                Open file…
              </button>
            </div>
          ) : null}

          {items.length > 0 ? (
            <table className="library-table" aria-rowcount={items.length + 1}>
              <thead>
                <tr>
                  <th scope="col" className="library-col-title" aria-sort={ariaSort('title')}>
                    Title
                  </th>
                  <th scope="col" className="library-col-author">
                    Author
                  </th>
                  <th scope="col" className="library-col-review-status">
                    Status
                  </th>
                  <th scope="col" className="library-col-source">
                    Source file
                  </th>
                  <th scope="col" className="library-col-status" aria-sort={ariaSort('status')}>
                    Open flags
                  </th>
                  <th scope="col" className="library-col-date" aria-sort={ariaSort('last-change')}>
                    Last change
                  </th>
                  <th scope="col" className="library-col-actions">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody ref={rowsRef}>
                {rowWindow.start > 0 ? (
                  <tr className="library-spacer" aria-hidden="true">
                    <td colSpan={7} style={{ height: rowWindow.start * rowWindow.rowHeight }} />
                  </tr>
                ) : null}
                {items.slice(rowWindow.start, rowWindow.end).map((summary, offset) => {
                  const title = displayTitle(summary)
                  const index = rowWindow.start + offset
                  return (
                    <tr
                      key={summary.id}
                      data-row-index={index}
                      aria-rowindex={index + 2}
                      className="library-row"
                      data-testid="library-row"
                      tabIndex={0}
                      aria-label={`Open ${title}`}
                      onClick={() => onOpenReview(summary)}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter' && event.target === event.currentTarget) {
                          event.preventDefault()
                          onOpenReview(summary)
                        }
                      }}
                    >
                      <td className="library-cell-title">{title}</td>
                      <td>{summary.author}</td>
                      <td>
                        <span
                          className={`review-status review-status--${summary.status}`}
                          data-testid="library-status"
                        >
                          {REVIEW_STATUS_LABELS[summary.status]}
                        </span>
                      </td>
                      <td className="library-cell-source">{summary.sourceName}</td>
                      <td
                        className={`library-cell-status${summary.openFlagCount ? ' library-cell-status--open' : ''}`}
                        data-testid="library-open-flags"
                      >
                        {describeOpenFlags(summary.openFlagCount)}
                      </td>
                      <td className="library-cell-date" title={formatFullDate(summary.updatedAt)}>
                        <time dateTime={summary.updatedAt}>
                          {formatLastChange(summary.updatedAt)}
                        </time>
                      </td>
                      <td className="library-cell-actions">
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={`Delete ${title}`}
                          data-tooltip="Delete"
                          data-testid="library-delete"
                          onClick={(event) => {
                            event.stopPropagation()
                            setPendingDelete(summary)
                          }}
                          onKeyDown={(event) => event.stopPropagation()}
                        >
                          <Trash2 size={15} aria-hidden="true" />
                        </button>
                      </td>
                    </tr>
                  )
                })}
                {rowWindow.end < items.length ? (
                  <tr className="library-spacer" aria-hidden="true">
                    <td
                      colSpan={7}
                      style={{ height: (items.length - rowWindow.end) * rowWindow.rowHeight }}
                    />
                  </tr>
                ) : null}
              </tbody>
            </table>
          ) : null}

          {showRecentFiles && recentFiles.length > 0 ? (
            <section className="recent-files" aria-labelledby="recent-files-heading">
              <h2 id="recent-files-heading">Recent files</h2>
              <ul>
                {recentFiles.map((file) => (
                  <li key={`${file.path}-${file.openedAt}`}>
                    <button
                      type="button"
                      className="recent-file"
                      data-testid="recent-file"
                      title={file.path}
                      onClick={() => onOpenRecentFile(file)}
                    >
                      <History size={14} aria-hidden="true" />
                      <span className="recent-file-name">{fileNameOf(file.path)}</span>
                      <span className="recent-file-path">{file.path}</span>
                      <span className="recent-file-date">{formatLastChange(file.openedAt)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </main>
      <footer className="status-bar">
        {busyMessage ? (
          <span className="status-item status-item--busy">{busyMessage}</span>
        ) : (
          <span className="status-item">Paste an article here to open it as a new review</span>
        )}
        <span className="spacer" />
        <button type="button" className="check-count" onClick={onShowLicences}>
          About &amp; licences
        </button>
      </footer>
      {pendingDelete ? (
        <ConfirmDialog
          title={`Delete “${pendingDelete.title.trim() || 'Untitled draft'}”?`}
          message="This removes the review and its flags from this computer. The draft file itself is not touched."
          confirmLabel="Delete"
          confirmTestId="confirm-delete"
          destructive
          onConfirm={() => void confirmDelete()}
          onCancel={() => setPendingDelete(null)}
        />
      ) : null}
    </div>
  )
}
