export class StoreLockedError extends Error {
  override readonly name = 'StoreLockedError'

  constructor(
    readonly dataDir: string,
    readonly processId: number,
  ) {
    super(`The data folder ${dataDir} is in use by another Copydesk (process ${processId}).`)
  }
}
