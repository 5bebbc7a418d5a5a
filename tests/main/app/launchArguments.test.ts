import { describe, expect, it } from 'vitest'
import { LaunchArgumentError, parseLaunchArguments } from '../../../src/main/app/launchArguments'
import { defaultDataDir } from '../../../src/node/app/defaultDataDir'

describe('parseLaunchArguments', () => {
  it('reads the data folder, port and file to open', () => {
    expect(
      parseLaunchArguments(['--data-dir', '/tmp/data', '--port', '8123', '--open', 'draft.md']),
    ).toEqual({
      dataDir: '/tmp/data',
      port: 8123,
      fileToOpen: 'draft.md',
    })
  })

  it('takes a plain argument as the file to open, as in `copydesk draft.docx`', () => {
    expect(parseLaunchArguments(['draft.docx']).fileToOpen).toBe('draft.docx')
  })

  it('ignores switches that Electron and Chromium pass through', () => {
    expect(parseLaunchArguments(['--no-sandbox', '--enable-logging'])).toEqual({
      dataDir: null,
      port: 0,
      fileToOpen: null,
    })
  })

  it('rejects a port that is not a number in range', () => {
    expect(() => parseLaunchArguments(['--port', 'eighty'])).toThrow(LaunchArgumentError)
    expect(() => parseLaunchArguments(['--port', '70000'])).toThrow(
      '--port must be a number from 0 to 65535',
    )
  })
})

describe('defaultDataDir', () => {
  it('matches the folder Electron uses as userData on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/ada')).toBe('/home/ada/.config/Copydesk')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ada')).toBe('/xdg/Copydesk')
    expect(defaultDataDir('darwin', {}, '/Users/ada')).toBe(
      '/Users/ada/Library/Application Support/Copydesk',
    )
  })
})
