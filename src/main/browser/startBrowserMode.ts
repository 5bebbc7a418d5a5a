import { join, resolve } from 'node:path'
import { version } from '../../../package.json'
import { defaultDataDir } from '../../node/app/defaultDataDir'
import { LaunchArgumentError, parseLaunchArguments } from '../app/launchArguments'
import { openWorkspace } from '../app/openWorkspace'
import { describeError } from '../api/describeError'
import { openDraftFile } from '../review/openDraftFile'
import { startBrowserHost } from './browserHost'

/** `npm run start:browser -- [--data-dir DIR] [--port N] [--open FILE]` */
async function main(): Promise<void> {
  const launch = parseLaunchArguments(process.argv.slice(2))
  const dataDir = resolve(launch.dataDir ?? defaultDataDir())
  const context = await openWorkspace(dataDir, {
    transport: 'browser',
    version,
    platform: process.platform,
    hasNativeDialogs: false,
    hasNativeClipboard: false,
  })
  if (launch.fileToOpen) {
    try {
      await openDraftFile(context, resolve(launch.fileToOpen))
      context.isFirstLaunch = false
    } catch (error) {
      console.error(describeError(error).message)
    }
  }
  const host = await startBrowserHost({
    context,
    rendererDir: join(__dirname, '../renderer'),
    port: launch.port,
  })

  let stopping = false
  const stop = async (): Promise<void> => {
    if (stopping) return
    stopping = true
    await host.close()
    await context.store.close()
    process.exit(0)
  }
  // Handlers go in before the ready line: whoever reads it may signal at once.
  process.on('SIGTERM', () => void stop())
  process.on('SIGINT', () => void stop())
  console.log(`Copydesk is running at ${host.url}`)
}

main().catch((error: unknown) => {
  const message =
    error instanceof LaunchArgumentError ? error.message : describeError(error).message
  console.error(`Copydesk could not start: ${message}`)
  process.exit(2)
})
