import path from 'node:path'
import { defaultDataDir } from '../node/app/defaultDataDir'
import type { ParsedCommandLine } from './parseCommandLine'

export const DATA_DIR_OPTION = '--data-dir'

/** The folder given with --data-dir, else the app's own data folder; absolute. */
export function resolveDataDir(parsed: ParsedCommandLine): string {
  return path.resolve(parsed.options.get(DATA_DIR_OPTION) ?? defaultDataDir())
}
