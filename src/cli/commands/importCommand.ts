import path from 'node:path'
import { AuditLog } from '../../node/audit/auditLog'
import { importDraftFromPath, type ImportedDraft } from '../../node/import/importDraft'
import { createReviewFromImport } from '../../node/review/createReviewFromImport'
import { ReviewStore } from '../../node/store/reviewStore'
import { StoreLockedError } from '../../node/store/storeLockedError'
import type { CliCommand } from '../cliCommand'
import { commandLineActor } from '../commandLineActor'
import { ExitCode } from '../exitCode'
import { parseCommandLine, singlePositional } from '../parseCommandLine'
import { DATA_DIR_OPTION, resolveDataDir } from '../resolveDataDir'

const USAGE = 'usage: copydesk import FILE [--data-dir DIR]'

/**
 * `copydesk import FILE`: adds a draft to the library as a new review, with a `review.created`
 * audit entry, and prints the new review's id as the last line. Refused while the app holds
 * the data folder.
 */
export const importCommand: CliCommand = {
  words: ['import'],
  usage: USAGE,
  async run(args, output) {
    const parsed = parseCommandLine(args, [DATA_DIR_OPTION], USAGE)
    const file = singlePositional(parsed, 'FILE', USAGE)
    const dataDir = resolveDataDir(parsed)

    let draft: ImportedDraft
    try {
      draft = await importDraftFromPath(file)
    } catch (error) {
      output.stderr(`copydesk: cannot import ${file}: ${(error as Error).message}\n`)
      return ExitCode.badInput
    }

    let store: ReviewStore
    try {
      store = await ReviewStore.open(dataDir)
    } catch (error) {
      output.stderr(
        error instanceof StoreLockedError
          ? `copydesk: the Copydesk app is using ${dataDir} (process ${error.processId}); close it first\n`
          : `copydesk: cannot open the data folder ${dataDir}: ${(error as Error).message}\n`,
      )
      return ExitCode.badInput
    }

    const review = createReviewFromImport(draft, path.resolve(file))
    try {
      // The log entry comes first: once reviews record their audit head, the review is
      // written with the head of the entry that created it.
      await AuditLog.forReview(dataDir, review.id).append({
        actor: commandLineActor(),
        action: 'review.created',
        details: {
          sourceName: review.source.name,
          sourceFormat: review.source.format,
          sourceSha256: review.source.sha256,
          contentHash: review.contentHash,
        },
      })
      await store.createReview(review)
    } catch (error) {
      output.stderr(
        `copydesk: cannot save the review of ${file} in ${dataDir}: ${(error as Error).message}\n`,
      )
      return ExitCode.badInput
    } finally {
      await store.close()
    }
    const title = review.metadata.title.trim() === '' ? review.source.name : review.metadata.title
    output.stdout(`Imported ${file} as “${title}”.\n${review.id}\n`)
    return ExitCode.ok
  },
}
