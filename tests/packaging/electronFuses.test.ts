import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// electron-builder reads its config with js-yaml; the test reads it the same way.
const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown }

interface BuilderConfig {
  asar?: boolean
  electronFuses?: Record<string, boolean>
}

const config = yaml.load(
  readFileSync(resolve(__dirname, '../../electron-builder.yml'), 'utf8'),
) as BuilderConfig

describe('the packaged app’s Electron fuses', () => {
  it('turns off running as Node, NODE_OPTIONS, inspect arguments and file:// privileges', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('encrypts cookies and loads only the integrity-checked app.asar', () => {
    expect(config.electronFuses).toMatchObject({
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
    expect(config.asar).not.toBe(false)
  })
})
