import path from 'node:path'
import { importDraftFromPath, type ImportedDraft } from '../../node/import/importDraft'
import { ReviewerProfileStore } from '../../node/profiles/reviewerProfileStore'
import { openReviewCommands } from '../../node/review/openReviewCommands'
import { actorOf } from '../../shared/review/reviewerSchema'
import type { Review } from '../../shared/review/reviewSchema'
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
 * audit entry naming the active reviewer (or the command-line user when nobody has a
 * profile in the data folder), and prints the new review's id as the last line. Refused while the app holds
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

    let review: Review
    try {
      const reviewers = await ReviewerProfileStore.open(dataDir)
      const actor = reviewers.active ? actorOf(reviewers.active) : commandLineActor()
      review = await openReviewCommands(store).createFromImport(actor, draft, path.resolve(file))
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
