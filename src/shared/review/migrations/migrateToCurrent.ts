import { MigrationError } from './migrationError'

/** One step brings a file from version N (its key) to version N + 1. */
export type MigrationStep<Context> = (raw: unknown, context: Context) => unknown

export interface VersionedFormat<Context> {
  /** For messages: "review", "library index", "reviewer profiles". */
  name: string
  currentVersion: number
  steps: Readonly<Record<number, MigrationStep<Context>>>
}

export interface Migrated {
  value: unknown
  /** The version the file was written in; equal to the current one when nothing ran. */
  fromVersion: number
}

/**
 * Runs before validation: reads `schemaVersion`, refuses files from a newer Copydesk with a
 * message that says so, and applies one step per version up to the current one.
 */
export function migrateToCurrent<Context>(
  raw: unknown,
  format: VersionedFormat<Context>,
  context: Context,
): Migrated {
  const version =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as { schemaVersion?: unknown }).schemaVersion
      : undefined
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationError(`it has no valid schemaVersion, so it is not a ${format.name} file`)
  }
  if (version > format.currentVersion) {
    throw new MigrationError(
      `it was written by a newer version of Copydesk (${format.name} format ${version}; this version reads up to ${format.currentVersion}). Update Copydesk to open it`,
      true,
    )
  }
  let value = raw
  for (let step = version; step < format.currentVersion; step += 1) {
    const migrate = format.steps[step]
    if (!migrate) {
      throw new MigrationError(`there is no upgrade from ${format.name} format ${step}`)
    }
    value = migrate(value, context)
  }
  return { value, fromVersion: version }
}
