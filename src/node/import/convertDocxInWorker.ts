import { existsSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { DocxWorkerResponse } from './docxWorker'
import { ImportError } from './ImportError'

export interface DocxConversionOptions {
  timeoutMs: number
  /** The compiled worker script; by default `docxWorker.js` of the main build. */
  workerFile?: string
  execArgv?: string[]
}

export interface DocxConversion {
  html: string
  messages: string[]
}

/**
 * The build emits `docxWorker.js` next to the main entry, but this module may be bundled into
 * a shared chunk one folder below it (`out/main/chunks/`).
 */
function defaultDocxWorkerFile(): string {
  const besideThisFile = path.join(__dirname, 'docxWorker.js')
  const besideParentFolder = path.join(__dirname, '..', 'docxWorker.js')
  return existsSync(besideThisFile) || !existsSync(besideParentFolder)
    ? besideThisFile
    : besideParentFolder
}

function describeTimeout(timeoutMs: number): string {
  return timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`
}

/**
 * Runs mammoth in a worker thread so a huge or hostile document cannot freeze the main
 * process; the worker is terminated when it takes longer than `timeoutMs`.
 */
export function convertDocxInWorker(
  fileName: string,
  bytes: Uint8Array,
  options: DocxConversionOptions,
): Promise<DocxConversion> {
  // A private copy is transferred, so the caller's bytes stay usable.
  const transferable = bytes.slice()
  const worker = new Worker(options.workerFile ?? defaultDocxWorkerFile(), {
    workerData: { bytes: transferable },
    transferList: [transferable.buffer],
    execArgv: options.execArgv,
  })
  return new Promise<DocxConversion>((resolve, reject) => {
    let settled = false
    const finish = (settle: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate().finally(settle)
    }
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          new ImportError(
            fileName,
            `reading the Word document took longer than ${describeTimeout(options.timeoutMs)}`,
          ),
        ),
      )
    }, options.timeoutMs)
    worker.once('message', (response: DocxWorkerResponse) => {
      finish(() =>
        'error' in response
          ? reject(new ImportError(fileName, 'the file is not a readable Word document'))
          : resolve({ html: response.html, messages: response.messages }),
      )
    })
    worker.once('error', (error: Error) => {
      finish(() =>
        reject(
          new ImportError(
            fileName,
            `the Word document reader stopped unexpectedly (${error.message})`,
          ),
        ),
      )
    })
    worker.once('exit', (exitCode) => {
      finish(() =>
        reject(
          new ImportError(
            fileName,
            `the Word document reader stopped unexpectedly (exit code ${exitCode})`,
          ),
        ),
      )
    })
  })
}
