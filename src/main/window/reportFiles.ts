import type { BrowserWindow } from 'electron'
import { dialog, shell } from 'electron'

/** The native "Save report" dialog, attached to the window when there is one. */
export async function showSaveReportDialog(
  window: BrowserWindow | null,
  defaultFileName: string,
  extension: string,
): Promise<string | null> {
  const options = {
    title: 'Export report',
    defaultPath: defaultFileName,
    filters: [{ name: `${extension.toUpperCase()} report`, extensions: [extension] }],
  }
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  return result.canceled || result.filePath === undefined ? null : result.filePath
}

/** Opens an exported report with the system's app for it, or shows it in its folder. */
export async function openReportFile(path: string, reveal: boolean): Promise<void> {
  if (reveal) {
    shell.showItemInFolder(path)
    return
  }
  const problem = await shell.openPath(path)
  if (problem !== '') throw new Error(`The report could not be opened: ${problem}`)
}
