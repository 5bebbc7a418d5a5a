import type { RefObject } from 'react'
import { useCallback, useRef } from 'react'
import type { CopydeskApi } from '../../shared/api/channels'
import type { CheckService } from '../checks/checkService'
import { errorMessage } from '../lib/formatting'

interface HouseDictionaryTransferWiring {
  api: CopydeskApi
  checkService: CheckService
  reportError: (message: string) => void
  showInfo: (message: string) => void
}

export interface HouseDictionaryTransfer {
  /** The hidden file input that picks a word list to import. */
  inputRef: RefObject<HTMLInputElement | null>
  /** Asks for a word list to import (through the hidden input). */
  chooseFileToImport: () => void
  /** Merges a word list into the house dictionary; the checks restart with it. */
  importFile: (file: File) => Promise<void>
  /** Downloads the house dictionary as a text file. */
  exportDictionary: () => Promise<void>
}

/** Importing a word list into the house dictionary, and exporting it as a file. */
export function useHouseDictionaryTransfer({
  api,
  checkService,
  reportError,
  showInfo,
}: HouseDictionaryTransferWiring): HouseDictionaryTransfer {
  const inputRef = useRef<HTMLInputElement>(null)

  const chooseFileToImport = useCallback(() => {
    inputRef.current?.click()
  }, [])

  const importFile = useCallback(
    async (file: File) => {
      try {
        const result = await api.importHouseDictionary({ text: await file.text() })
        await checkService.reloadHouseWords()
        showInfo(
          `Imported ${file.name}: ${result.added} new ${result.added === 1 ? 'word' : 'words'}, ${result.total} in the house dictionary.`,
        )
      } catch (error) {
        reportError(`${file.name} could not be imported: ${errorMessage(error)}`)
      }
    },
    [api, checkService, reportError, showInfo],
  )

  const exportDictionary = useCallback(async () => {
    try {
      const { text, fileName } = await api.exportHouseDictionary({})
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
      const link = document.createElement('a')
      link.href = url
      link.download = fileName
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch (error) {
      reportError(`The house dictionary could not be exported: ${errorMessage(error)}`)
    }
  }, [api, reportError])

  return { inputRef, chooseFileToImport, importFile, exportDictionary }
}
