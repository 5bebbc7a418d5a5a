import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { AppInfo } from '../../shared/api/channels'
import type { ApiContext } from '../api/apiContext'
import { HouseDictionaryStore } from '../dictionary/houseDictionaryStore'
import type { ImportOptions } from '../../node/import/importDraft'
import { AuditLog } from '../../node/audit/auditLog'
import { auditLogPath } from '../../node/audit/auditLogPath'
import { verifyAuditLog } from '../../node/audit/verifyAuditLog'
import { ReviewerProfileStore } from '../../node/profiles/reviewerProfileStore'
import { ReviewCommands } from '../../node/review/reviewCommands'
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
  const auditLogs = new Map<string, AuditLog>()
  const auditLogFor = (reviewId: string): AuditLog => {
    let log = auditLogs.get(reviewId)
    if (!log) {
      log = AuditLog.forReview(dataDir, reviewId)
      auditLogs.set(reviewId, log)
    }
    return log
  }
  return {
    store,
    commands: new ReviewCommands({ store, auditLogFor }),
    reviewers,
    verifyAuditTrail: async (reviewId) => {
      const review = await store.getReview(reviewId)
      return verifyAuditLog(auditLogPath(dataDir, reviewId), review.auditHead)
    },
    houseDictionary,
    importOptions,
    appInfo: { ...appInfo, dataDir },
    isFirstLaunch,
  }
}
