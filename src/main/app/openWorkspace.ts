import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { AppInfo } from '../../shared/api/channels'
import type { ApiContext } from '../api/apiContext'
import { HouseDictionaryStore } from '../dictionary/houseDictionaryStore'
import type { ImportOptions } from '../../node/import/importDraft'
import { ReviewStore } from '../../node/store/reviewStore'

/** Opens the data folder and builds the context every transport's handlers share. */
export async function openWorkspace(
  dataDir: string,
  appInfo: Omit<AppInfo, 'dataDir'>,
  importOptions: ImportOptions = {},
): Promise<ApiContext> {
  const isFirstLaunch = !existsSync(join(dataDir, 'index.json'))
  const store = await ReviewStore.open(dataDir)
  const houseDictionary = await HouseDictionaryStore.open(dataDir)
  return { store, houseDictionary, importOptions, appInfo: { ...appInfo, dataDir }, isFirstLaunch }
}
