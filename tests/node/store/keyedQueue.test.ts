import { describe, expect, it } from 'vitest'
import { KeyedQueue } from '../../../src/node/store/keyedQueue'

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined
  const promise = new Promise<void>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

describe('KeyedQueue', () => {
  it('runs the tasks of one key one at a time, in order, even when one fails', async () => {
    const queue = new KeyedQueue()
    const events: string[] = []
    const gate = deferred()
    const first = queue.run('review-1', async () => {
      events.push('first started')
      await gate.promise
      events.push('first finished')
      throw new Error('first failed')
    })
    const second = queue.run('review-1', async () => {
      events.push('second started')
      return 2
    })
    await Promise.resolve()
    expect(events).toEqual(['first started'])
    gate.resolve()
    await expect(first).rejects.toThrow('first failed')
    await expect(second).resolves.toBe(2)
    expect(events).toEqual(['first started', 'first finished', 'second started'])
  })

  it('lets tasks of different keys run at the same time', async () => {
    const queue = new KeyedQueue()
    const gate = deferred()
    const events: string[] = []
    const blocked = queue.run('review-1', async () => {
      await gate.promise
      events.push('review-1')
    })
    await queue.run('review-2', async () => {
      events.push('review-2')
    })
    expect(events).toEqual(['review-2'])
    gate.resolve()
    await blocked
    expect(events).toEqual(['review-2', 'review-1'])
  })
})
