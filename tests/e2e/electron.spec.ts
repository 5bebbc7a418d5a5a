import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { makeDataDir } from './support/browserModeHost'

/**
 * Where the Electron binary exists (it is downloaded on first start), this launches the
 * real desktop app. Where it does not, as on machines without internet, it reports itself
 * skipped: the browser-mode tests drive the same renderer and main-process code.
 */
function installedElectronBinary(): string | null {
  const packageDir = resolve('node_modules/electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const electronBinary = installedElectronBinary()

test.describe('the desktop app', () => {
  test.skip(
    electronBinary === null,
    'no Electron binary on this machine (it downloads on first start)',
  )

  test('starts, shows the sample draft and keeps the renderer sandboxed', async () => {
    const dataDir = await makeDataDir()
    const app = await electron.launch({
      executablePath: electronBinary ?? '',
      args: ['.', '--data-dir', dataDir.path],
    })
    try {
      const window = await app.firstWindow()
      await expect(window.getByTestId('editor')).toContainText('walk')
      const exposed = await window.evaluate(() => {
        const scope = globalThis as { require?: unknown; process?: unknown; copydesk?: object }
        return {
          require: typeof scope.require,
          process: typeof scope.process,
          bridge: Object.keys(scope.copydesk ?? {}).sort(),
        }
      })
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        bridge: ['api', 'flushed', 'onCommand'],
      })
    } finally {
      await app.close()
      await dataDir.remove()
    }
  })
})
