import { writeFile } from 'node:fs/promises'
import { loadSpellingResources } from '../../node/checks/loadCheckResources'
import { renderReport } from '../../node/report/renderReport'
import { reviewReportFromStore } from '../../node/report/reviewReportFromStore'
import { CommandRefusedError } from '../../node/review/commandRefusedError'
import {
  createSpellChecker,
  type SpellChecker,
} from '../../shared/checks/spelling/createSpellChecker'
import { reportDisplayTitle } from '../../shared/report/reportDisplayTitle'
import { REPORT_FORMATS, reportFileName } from '../../shared/report/reportFormats'
import type { ChannelHandlers } from './channelHandlers'
import { activeActor } from './activeActor'
import type { ApiContext } from './apiContext'
import { defaultCheckLanguage } from './dictionaryHandlers'

type ReportChannels = 'exportReport' | 'openExportedReport'

export const reportHandlers: Pick<ChannelHandlers, ReportChannels> = {
  async exportReport({ reviewId, format, paperSize, includeText }, context) {
    const actor = activeActor(context)
    const review = await context.store.getReview(reviewId)
    const report = await reviewReportFromStore(context.store.dataDir, review, {
      generatedBy: actor.name,
      includeText,
      spellChecker: reportSpellChecker(context),
      now: context.now?.(),
    })
    const bytes = await renderReport(report, format, paperSize)
    const fileName = reportFileName(reportDisplayTitle(report), format)
    const record = (savedAs: string) =>
      context.commands.recordReportExport(actor, reviewId, {
        format,
        fileName: savedAs,
        verdict: report.verdict.headline,
      })

    if (context.showSaveReportDialog === undefined) {
      await record(fileName)
      return {
        kind: 'download',
        fileName,
        mimeType: REPORT_FORMATS[format].mimeType,
        dataBase64: bytes.toString('base64'),
      }
    }
    const path = await context.showSaveReportDialog(fileName, REPORT_FORMATS[format].extension)
    if (path === null) return { kind: 'cancelled' }
    await writeFile(path, bytes)
    await record(path)
    context.exportedReports ??= new Set()
    context.exportedReports.add(path)
    return { kind: 'saved', path, fileName: path.split(/[\\/]/).at(-1) ?? fileName }
  },

  async openExportedReport({ path, reveal }, context) {
    if (context.openReportFile === undefined) {
      throw new CommandRefusedError(
        'no-native-shell',
        'Opening files is only possible in the desktop app.',
      )
    }
    if (!context.exportedReports?.has(path)) {
      throw new CommandRefusedError(
        'not-an-exported-report',
        'Only a report exported in this session can be opened from here.',
      )
    }
    await context.openReportFile(path, reveal)
    return null
  },
}

/** The checks a report runs use what the editor starts with: the house dictionary, the default language. */
function reportSpellChecker(context: ApiContext): SpellChecker {
  return createSpellChecker(
    loadSpellingResources({
      language: defaultCheckLanguage(),
      houseWords: context.houseDictionary.words(),
    }),
  )
}
