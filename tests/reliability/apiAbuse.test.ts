import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invokeChannel } from '../../src/main/api/invokeChannel'
import type { BrowserHost } from '../../src/main/browser/browserHost'
import { startBrowserHost } from '../../src/main/browser/browserHost'
import { channelNames } from '../../src/shared/api/channels'
import type { TestWorkspace } from '../main/support/testWorkspace'
import { base64, openTestWorkspace } from '../main/support/testWorkspace'
import { printFigures } from './support/reliabilityScale'

const NESTING_LEVELS = 100_000
/** As JSON text too: JSON.stringify itself recurses and cannot write it. */
const DEEPLY_NESTED_JSON =
  '{"content":['.repeat(NESTING_LEVELS) + '"bottom"' + ']}'.repeat(NESTING_LEVELS)

function deeplyNested(levels: number): unknown {
  let value: unknown = 'bottom'
  for (let level = 0; level < levels; level++) value = { content: [value] }
  return value
}

/** Payloads no channel may accept: wrong shapes, wrong types, too deep, too large. */
function hostilePayloads(reviewId: string): [string, unknown][] {
  const huge = 'x'.repeat(2_000_000)
  return [
    ['undefined', undefined],
    ['null', null],
    ['number', 42],
    ['string', 'hello'],
    ['array', []],
    ['array of objects', [{}]],
    ['unknown key', { unexpected: true }],
    [
      'prototype pollution',
      JSON.parse(
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      ),
    ],
    ['deeply nested', deeplyNested(NESTING_LEVELS)],
    [
      'wrong types',
      {
        id: 1,
        reviewId: 2,
        fileName: [],
        dataBase64: {},
        html: 3,
        text: null,
        url: 4,
        word: 5,
        path: 6,
        file: 7,
        flagId: false,
      },
    ],
    [
      'oversized strings',
      { id: huge, reviewId: huge, word: huge, path: huge, file: huge, url: huge },
    ],
    [
      'traversal',
      {
        id: '../../etc/passwd',
        path: '../../../../etc/passwd',
        file: '../index.json',
        reviewId: '../x',
      },
    ],
    ['review id with extras', { reviewId, id: reviewId, extra: '<script>' }],
  ]
}

function post(
  host: BrowserHost,
  channel: string,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: {
          host: `127.0.0.1:${host.port}`,
          'content-type': 'application/json',
          'x-copydesk-token': host.token,
        },
      },
      (response) => {
        let text = ''
        response.on('data', (chunk: Buffer) => (text += chunk.toString()))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }))
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

let workspace: TestWorkspace
let host: BrowserHost
let reviewId = ''

beforeAll(async () => {
  workspace = await openTestWorkspace()
  const rendererDir = join(workspace.dataDir, '..', `renderer-${Date.now()}`)
  await mkdir(rendererDir, { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>')
  host = await startBrowserHost({ context: workspace.context, rendererDir, port: 0 })
  const created = await invokeChannel(
    'importFile',
    { fileName: 'base.txt', dataBase64: base64('A draft the abuse must not change.') },
    workspace.context,
  )
  if (!created.ok) throw new Error(created.error.message)
  reviewId = (created.value as { id: string }).id
})

afterAll(async () => {
  await host.close()
  await workspace.close()
})

describe('API abuse', () => {
  it('refuses every malformed payload on every channel, through both transports, with a clear error and no change', async () => {
    const before = await workspace.snapshot()
    let requests = 0
    const wronglyAccepted: string[] = []
    const unclear: string[] = []
    for (const channel of channelNames) {
      for (const [label, payload] of hostilePayloads(reviewId)) {
        requests += 1
        const direct = await invokeChannel(channel, payload, workspace.context)
        if (direct.ok) wronglyAccepted.push(`${channel} (${label}) directly`)
        else if (!/^(Invalid request to|Unknown request)/.test(direct.error.message)) {
          unclear.push(`${channel} (${label}): ${direct.error.message.slice(0, 120)}`)
        }
        requests += 1
        const json =
          label === 'deeply nested' ? DEEPLY_NESTED_JSON : (JSON.stringify(payload) ?? '')
        const overHttp = await post(host, channel, json)
        const answer = JSON.parse(overHttp.body) as { ok: boolean }
        if (answer.ok) wronglyAccepted.push(`${channel} (${label}) over HTTP`)
      }
    }
    requests += 1
    const oversized = await post(
      host,
      'importFile',
      `{"fileName":"a.txt","dataBase64":"${'A'.repeat(70 * 1024 * 1024)}"}`,
    )
    const oversizedAnswer = JSON.parse(oversized.body) as { ok: boolean; error: { code: string } }
    const stateChanged = JSON.stringify(await workspace.snapshot()) !== JSON.stringify(before)
    const alive = (await invokeChannel('listReviews', {}, workspace.context)).ok

    printFigures('API abuse', {
      channels: channelNames.length,
      requests,
      'wrongly accepted': wronglyAccepted.length,
      'unclear errors': unclear.length,
      'state changed': stateChanged ? 1 : 0,
      'oversized body answered 413 JSON':
        oversized.status === 413 && oversizedAnswer.error.code === 'too-large' ? 1 : 0,
      'process alive': alive ? 1 : 0,
    })
    expect({ wronglyAccepted, unclear, stateChanged, alive }).toEqual({
      wronglyAccepted: [],
      unclear: [],
      stateChanged: false,
      alive: true,
    })
    expect(oversized.status).toBe(413)
  }, 600_000)
})
