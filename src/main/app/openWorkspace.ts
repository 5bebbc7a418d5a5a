import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { AppInfo } from '../../shared/api/channels'
import type { ApiContext } from '../api/apiContext'
import { HouseDictionaryStore } from '../dictionary/houseDictionaryStore'
import type { ImportOptions } from '../../node/import/importDraft'
import { ReviewerProfileStore } from '../../node/profiles/reviewerProfileStore'
import { openReviewCommands, verifyReviewAuditTrail } from '../../node/review/openReviewCommands'
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
  const reviewers = await ReviewerProfileStore.open(dataDir)
  return {
    store,
    commands: openReviewCommands(store),
    reviewers,
    verifyAuditTrail: (reviewId) => verifyReviewAuditTrail(store, reviewId),
    houseDictionary,
    importOptions,
    appInfo: { ...appInfo, dataDir },
    isFirstLaunch,
  }
}
