import { createRequire } from 'node:module'
import type * as PdfmakeModule from 'pdfmake'
import type { ReviewReport } from '../../shared/report/reviewReportSchema'
import type { PaperSize } from '../../shared/report/reportFormats'
import { reportPdfDefinition } from './reportPdfDefinition'

const requireFromHere = createRequire(__filename)

/** Roboto (Apache-2.0), shipped with pdfmake: it has the typographic quotes, dashes and the
 * accented, Greek and Cyrillic letters drafts use, which the PDF standard fonts lack. */
const ROBOTO = {
  normal: requireFromHere.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'),
  bold: requireFromHere.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf'),
  italics: requireFromHere.resolve('pdfmake/fonts/Roboto/Roboto-Italic.ttf'),
  bolditalics: requireFromHere.resolve('pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf'),
}
const FONT_FILES: ReadonlySet<string> = new Set(Object.values(ROBOTO))

type Pdfmake = typeof PdfmakeModule
let loaded: Promise<Pdfmake> | null = null

/** pdfmake is loaded on first use, so commands that make no PDF do not pay for it at start-up. */
function loadPdfmake(): Promise<Pdfmake> {
  loaded ??= import('pdfmake').then((module) => {
    const pdfmake = ('default' in module ? module.default : module) as Pdfmake
    pdfmake.setFonts({ Roboto: ROBOTO })
    // The report loads nothing: no images or fonts from the network, no files but the fonts.
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy((file) => FONT_FILES.has(file))
    return pdfmake
  })
  return loaded
}

/** The report as PDF bytes, rendered in plain Node (no browser, no Electron). */
export async function renderReportPdf(
  report: ReviewReport,
  paperSize: PaperSize = 'A4',
): Promise<Buffer> {
  const pdfmake = await loadPdfmake()
  const bytes = await pdfmake.createPdf(reportPdfDefinition(report, paperSize)).getBuffer()
  return Buffer.from(bytes)
}
