import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { errorCode } from '../../node/store/durableJsonFile'
import { isReviewId } from '../../shared/review/isReviewId'
import type { CliCommand } from '../cliCommand'
import { ExitCode } from '../exitCode'
import { dataDirProblem } from '../dataDirProblem'
import { describeFileError } from '../describeFileError'
import { noPositionals, parseCommandLine } from '../parseCommandLine'
import { DATA_DIR_OPTION, resolveDataDir } from '../resolveDataDir'
import { UsageError } from '../usageError'

const USAGE = 'usage: copydesk list [--data-dir DIR] [--format json|text]'
const REVIEWS_FOLDER = 'reviews'

/** Only the fields the list shows, so it reads reviews of every schema version. */
const listedReviewSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  metadata: z.object({ title: z.string(), author: z.string() }),
  source: z.object({ name: z.string() }),
})

interface ListedReview {
  id: string
  title: string
  author: string
  sourceName: string
  updatedAt: string
}

/**
 * `copydesk list`: the reviews in the library, newest change first. It reads the review files
 * (the store's truth) without taking the store's lock, so it works while the app is open;
 * the store replaces files by renaming, so a read never sees half a file.
 */
export const listCommand: CliCommand = {
  words: ['list'],
  usage: USAGE,
  async run(args, output) {
    const parsed = parseCommandLine(args, [DATA_DIR_OPTION, '--format'], USAGE)
    noPositionals(parsed, USAGE)
    const format = parsed.options.get('--format') ?? 'text'
    if (format !== 'json' && format !== 'text')
      throw new UsageError(`--format must be json or text, not “${format}”`)
    const dataDir = resolveDataDir(parsed)
    const reviewsFolder = path.join(dataDir, REVIEWS_FOLDER)

    const problem = await dataDirProblem(dataDir)
    if (problem !== null) {
      output.stderr(`copydesk: cannot read the data folder ${dataDir}: ${problem}\n`)
      return ExitCode.badInput
    }
    let names: string[] = []
    try {
      names = await readdir(reviewsFolder)
    } catch (error) {
      // A data folder the app has not saved a review in yet has no reviews folder.
      if (errorCode(error) !== 'ENOENT') {
        output.stderr(`copydesk: cannot read ${reviewsFolder}: ${describeFileError(error)}\n`)
        return ExitCode.badInput
      }
    }

    const reviews: ListedReview[] = []
    let skipped = 0
    for (const name of names.sort()) {
      const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : ''
      if (!isReviewId(id)) continue
      const file = path.join(reviewsFolder, name)
      try {
        reviews.push(await readListedReview(file, id))
      } catch (error) {
        output.stderr(`copydesk: skipped ${file}: ${(error as Error).message}\n`)
        skipped += 1
      }
    }
    reviews.sort((first, second) => Date.parse(second.updatedAt) - Date.parse(first.updatedAt))

    if (format === 'json') output.stdout(`${JSON.stringify(reviews, null, 2)}\n`)
    else if (reviews.length === 0) output.stdout(`No reviews in ${dataDir}.\n`)
    else output.stdout(reviews.map(formatReviewLine).join(''))
    return skipped > 0 ? ExitCode.finding : ExitCode.ok
  },
}

async function readListedReview(file: string, id: string): Promise<ListedReview> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new Error(
      error instanceof SyntaxError ? 'it is not valid JSON' : describeFileError(error),
      { cause: error },
    )
  }
  const result = listedReviewSchema.safeParse(json)
  if (!result.success) throw new Error('it is not a review (no id, title, author, source or date)')
  const review = result.data
  if (review.id !== id) throw new Error(`its id ${review.id} does not match its file name`)
  return {
    id: review.id,
    title: review.metadata.title,
    author: review.metadata.author,
    sourceName: review.source.name,
    updatedAt: review.updatedAt,
  }
}

function formatReviewLine(review: ListedReview): string {
  const title = review.title.trim() === '' ? '(untitled)' : review.title
  const author = review.author.trim() === '' ? '' : ` — ${review.author}`
  return `${review.id}  ${review.updatedAt}  ${title}${author}  [${review.sourceName}]\n`
}
