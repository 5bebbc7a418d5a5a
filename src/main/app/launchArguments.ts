import { parseArgs } from 'node:util'

export interface LaunchArguments {
  dataDir: string | null
  port: number
  /** A draft to open: `--open FILE` or the first plain argument (`copydesk FILE`). */
  fileToOpen: string | null
}

export class LaunchArgumentError extends Error {}

/**
 * Parses Copydesk's own options. Unknown options are ignored because Electron and
 * Chromium pass their own switches through the same argv.
 */
export function parseLaunchArguments(args: readonly string[]): LaunchArguments {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      open: { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
  })
  const portText = typeof values.port === 'string' ? values.port : '0'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new LaunchArgumentError(`--port must be a number from 0 to 65535, not “${portText}”.`)
  }
  const dataDir = values['data-dir']
  const open = values.open
  return {
    dataDir: typeof dataDir === 'string' ? dataDir : null,
    port,
    fileToOpen: typeof open === 'string' ? open : (positionals.find((arg) => arg !== '.') ?? null),
  }
}
