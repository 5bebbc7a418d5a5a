import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { invokeChannel } from '../../../src/main/api/invokeChannel'
import type { ReportExport } from '../../../src/shared/api/channels'
import type { Review } from '../../../src/shared/review/reviewSchema'
import type { TestWorkspace } from '../support/testWorkspace'
import { base64, openTestWorkspace, TEST_REVIEWER } from '../support/testWorkspace'

const DRAFT = 'Evening Walks\n\nA new study reveals that walking helps you sleep.\n\nIts easy.'

async function call<Value>(workspace: TestWorkspace, name: string, input: unknown): Promise<Value> {
  const result = await invokeChannel(name, input, workspace.context)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as Value
}

async function auditActions(workspace: TestWorkspace, reviewId: string): Promise<string[]> {
  const log = await readFile(path.join(workspace.dataDir, 'audit', `${reviewId}.jsonl`), 'utf8')
  return log
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { action: string }).action)
}

describe('exporting reports through the API', () => {
  let workspace: TestWorkspace

  afterEach(async () => {
    await workspace.close()
  })

  it('returns the report to download where main has no save dialog, and records the export', async () => {
    workspace = await openTestWorkspace()
    const review = await call<Review>(workspace, 'importFile', {
      fileName: 'walks.txt',
      dataBase64: base64(DRAFT),
    })
    const exported = await call<ReportExport>(workspace, 'exportReport', {
      reviewId: review.id,
      format: 'md',
      paperSize: 'A4',
      includeText: false,
    })
    expect(exported).toMatchObject({
      kind: 'download',
      mimeType: 'text/markdown;charset=utf-8',
    })
    if (exported.kind !== 'download') return
    // The title made safe for any file system: letters, digits and hyphens only.
    expect(exported.fileName).toBe('A-new-study-reveals-that-walking-helps-you-sleep-report.md')
    const markdown = Buffer.from(exported.dataBase64, 'base64').toString('utf8')
    expect(markdown).toContain(`# ${review.metadata.title}`)
    expect(markdown).toContain(`for ${TEST_REVIEWER.name}`)
    expect(await auditActions(workspace, review.id)).toEqual(['review.created', 'report.exported'])
    const stored = await workspace.context.store.getReview(review.id)
    expect(stored.updatedAt).toBe(review.updatedAt)
    expect(stored.auditHead?.seq).toBe(2)
  }, 60_000)

  it('saves through the save dialog, and opens only reports it saved', async () => {
    workspace = await openTestWorkspace()
    const review = await call<Review>(workspace, 'importFile', {
      fileName: 'walks.txt',
      dataBase64: base64(DRAFT),
    })
    const target = path.join(workspace.dataDir, 'walks-report.csv')
    const opened: [string, boolean][] = []
    workspace.context.showSaveReportDialog = async () => target
    workspace.context.openReportFile = async (file, reveal) => {
      opened.push([file, reveal])
    }
    const exported = await call<ReportExport>(workspace, 'exportReport', {
      reviewId: review.id,
      format: 'csv',
      paperSize: 'A4',
      includeText: false,
    })
    expect(exported).toEqual({ kind: 'saved', path: target, fileName: 'walks-report.csv' })
    expect((await readFile(target, 'utf8')).startsWith('\uFEFFkind,rule,status')).toBe(true)

    await call(workspace, 'openExportedReport', { path: target, reveal: true })
    expect(opened).toEqual([[target, true]])
    const elsewhere = await invokeChannel(
      'openExportedReport',
      { path: '/etc/passwd', reveal: false },
      workspace.context,
    )
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'not-an-exported-report' } })
    expect(opened).toHaveLength(1)

    workspace.context.showSaveReportDialog = async () => null
    const cancelled = await call<ReportExport>(workspace, 'exportReport', {
      reviewId: review.id,
      format: 'pdf',
      paperSize: 'LETTER',
      includeText: true,
    })
    expect(cancelled).toEqual({ kind: 'cancelled' })
    expect(await auditActions(workspace, review.id)).toEqual(['review.created', 'report.exported'])
  }, 60_000)
})
