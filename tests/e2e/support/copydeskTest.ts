import { test as base } from '@playwright/test'
import type { ReviewerDetails } from '../../../src/shared/review/reviewerSchema'
import type { RunningHost } from './browserModeHost'
import { E2E_REVIEWER, makeDataDir, startHost, writeReviewerProfiles } from './browserModeHost'
import { CopydeskPage } from './copydeskPage'

/** The browser-mode host on a fresh data folder; stoppable and restartable within a test. */
export class HostController {
  private running: RunningHost | null = null

  constructor(
    readonly dataDir: string,
    private readonly launchArguments: string[],
  ) {}

  get url(): string {
    if (!this.running) throw new Error('the host is not running')
    return this.running.url
  }

  async start(): Promise<void> {
    this.running = await startHost(this.dataDir, this.launchArguments)
  }

  /** Stops the host (SIGTERM) and returns its exit code. */
  async stop(): Promise<number | null> {
    const running = this.running
    this.running = null
    return running ? running.stop() : null
  }
}

interface CopydeskFixtures {
  /** Extra options for the host, e.g. `['--open', file]`; set with `test.use`. */
  hostArguments: string[]
  /** Who is reviewing when the app starts; null starts with nobody, as on a first launch. */
  reviewer: ReviewerDetails | null
  /** A new, empty data folder for each test, removed afterwards. */
  dataDir: string
  host: HostController
  copydesk: CopydeskPage
}

export const test = base.extend<CopydeskFixtures>({
  hostArguments: [[], { option: true }],
  reviewer: [E2E_REVIEWER, { option: true }],
  dataDir: async ({ reviewer }, use) => {
    const dataDir = await makeDataDir()
    if (reviewer) await writeReviewerProfiles(dataDir.path, reviewer)
    await use(dataDir.path)
    await dataDir.remove()
  },
  host: async ({ dataDir, hostArguments }, use) => {
    const host = new HostController(dataDir, hostArguments)
    await host.start()
    await use(host)
    await host.stop()
  },
  copydesk: async ({ page }, use) => {
    await use(new CopydeskPage(page))
  },
})

export { expect } from '@playwright/test'
export { E2E_REVIEWER } from './browserModeHost'
