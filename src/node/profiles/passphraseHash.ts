import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import type { PassphraseHash } from '../../shared/review/reviewerSchema'

/** N=2^15, r=8, p=1: 32 MiB and a fraction of a second per try on a desktop; the parameters are stored with each hash, so they can be raised later without breaking old ones. */
const COST = 2 ** 15
const BLOCK_SIZE = 8
const PARALLELIZATION = 1
const SALT_BYTES = 16
const KEY_BYTES = 32

function derive(passphrase: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  const { N = COST, r = BLOCK_SIZE } = options
  // scrypt needs 128 * N * r bytes; Node refuses above `maxmem`, which defaults to 32 MiB.
  const maxmem = 128 * N * r + 16 * 1024 * 1024
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/** A fresh salt and the scrypt hash of the passphrase: all that is ever stored of it. */
export async function hashPassphrase(passphrase: string): Promise<PassphraseHash> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(passphrase, salt, { N: COST, r: BLOCK_SIZE, p: PARALLELIZATION })
  return {
    algorithm: 'scrypt',
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
    cost: COST,
    blockSize: BLOCK_SIZE,
    parallelization: PARALLELIZATION,
  }
}

/** True when the passphrase gives the stored hash (with the parameters it was made with). */
export async function passphraseMatches(
  passphrase: string,
  stored: PassphraseHash,
): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64')
  const key = await derive(passphrase, Buffer.from(stored.salt, 'base64'), {
    N: stored.cost,
    r: stored.blockSize,
    p: stored.parallelization,
  })
  return key.length === expected.length && timingSafeEqual(key, expected)
}
