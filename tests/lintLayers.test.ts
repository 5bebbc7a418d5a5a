import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const REPO_ROOT = resolve(__dirname, '..')
const LAYERS = ['shared', 'node', 'main', 'preload', 'renderer', 'cli']

interface LayerCase {
  /** A file in the layer, as ESLint should see it. */
  file: string
  forbidden: { source: string; breaks: string }[]
  allowed: string[]
}

/** Relative sources are written from the file's own folder, as they would be in the code. */
const CASES: LayerCase[] = [
  {
    file: 'src/shared/checks/example.ts',
    forbidden: [
      { source: 'node:fs', breaks: 'src/shared' },
      { source: 'path', breaks: 'src/shared' },
      { source: 'fs/promises', breaks: 'src/shared' },
      { source: 'crypto', breaks: 'src/shared' },
      { source: 'worker_threads', breaks: 'src/shared' },
      { source: 'electron', breaks: 'src/shared' },
      { source: 'react', breaks: 'src/shared' },
      { source: '@tiptap/react', breaks: 'src/shared' },
      { source: '../../main/api/apiContext', breaks: 'src/shared' },
      { source: '../../node/import/importDraft', breaks: 'src/shared' },
      { source: '../../cli/copydesk', breaks: 'src/shared' },
      { source: '../../renderer/lib/base64', breaks: 'src/shared' },
      { source: '../../preload/index', breaks: 'src/shared' },
    ],
    allowed: ['zod', '@tiptap/core', '../review/reviewSchema', './checkFlag'],
  },
  {
    file: 'src/node/import/example.ts',
    forbidden: [
      { source: 'electron', breaks: 'src/node' },
      { source: '../../main/api/apiContext', breaks: 'src/node' },
      { source: '../../cli/copydesk', breaks: 'src/node' },
      { source: '../../renderer/lib/base64', breaks: 'src/node' },
      { source: '../../preload/index', breaks: 'src/node' },
    ],
    allowed: ['node:fs/promises', 'path', '../../shared/review/reviewSchema', './ImportError'],
  },
  {
    file: 'src/cli/example.ts',
    forbidden: [
      { source: 'electron', breaks: 'src/cli' },
      { source: '../main/api/apiContext', breaks: 'src/cli' },
      { source: '../renderer/lib/base64', breaks: 'src/cli' },
    ],
    allowed: ['node:fs', '../node/import/importDraft', '../shared/checks/checkDocument'],
  },
  {
    file: 'src/renderer/components/Example.tsx',
    forbidden: [
      { source: 'node:path', breaks: 'src/renderer' },
      { source: 'fs', breaks: 'src/renderer' },
      { source: 'electron', breaks: 'src/renderer' },
      { source: '../../main/api/apiContext', breaks: 'src/renderer' },
      { source: '../../node/import/importDraft', breaks: 'src/renderer' },
      { source: '../../cli/copydesk', breaks: 'src/renderer' },
      { source: '../../preload/index', breaks: 'src/renderer' },
    ],
    allowed: [
      'react',
      '@tiptap/react',
      '../../shared/api/channels',
      '../../preload/api',
      '../lib/base64',
    ],
  },
  {
    file: 'src/main/window/example.ts',
    forbidden: [
      { source: '../../renderer/lib/base64', breaks: 'src/main' },
      { source: '../../cli/copydesk', breaks: 'src/main' },
    ],
    allowed: ['electron', 'node:path', '../../node/store/reviewStore', '../../shared/api/channels'],
  },
]

function layerMessages(result: ESLint.LintResult): string[] {
  return result.messages
    .filter((message) =>
      ['no-restricted-imports', 'no-restricted-globals'].includes(message.ruleId ?? ''),
    )
    .map((message) => message.message)
}

describe('layer rules in eslint.config.mjs', () => {
  let eslint: ESLint

  beforeAll(() => {
    eslint = new ESLint({ cwd: REPO_ROOT, overrideConfigFile: 'eslint.config.mjs' })
  })

  async function lintImport(file: string, source: string): Promise<string[]> {
    const code = `import * as imported from '${source}'\n\nexport const used = imported\n`
    const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, file) })
    if (result === undefined) throw new Error(`ESLint returned no result for ${file}`)
    return layerMessages(result)
  }

  for (const { file, forbidden, allowed } of CASES) {
    for (const { source, breaks } of forbidden) {
      it(`rejects '${source}' in ${file} and names the ${breaks} rule`, async () => {
        const messages = await lintImport(file, source)
        expect(messages).toHaveLength(1)
        expect(messages[0]).toContain(`Layer rule for ${breaks}:`)
      })
    }
    for (const source of allowed) {
      it(`accepts '${source}' in ${file}`, async () => {
        expect(await lintImport(file, source)).toEqual([])
      })
    }
  }

  it('rejects browser and Node globals in src/shared but not ECMAScript built-ins', async () => {
    const code = [
      'export const title = () => document.title',
      'export const home = () => process.env.HOME',
      'export const later = () => setTimeout(() => undefined, 1)',
      'export const parts = (text: string) => new Map([[text, new URL(text).protocol]])',
      '',
    ].join('\n')
    const [result] = await eslint.lintText(code, {
      filePath: join(REPO_ROOT, 'src/shared/editor/example.ts'),
    })
    const messages = result === undefined ? [] : layerMessages(result)
    expect(messages).toHaveLength(3)
    for (const name of ['document', 'process', 'setTimeout']) {
      expect(messages.some((message) => message.includes(`'${name}'`))).toBe(true)
    }
    expect(messages.every((message) => message.includes('Layer rule for src/shared:'))).toBe(true)
  })

  it('leaves the same globals alone in the renderer and in src/node', async () => {
    const [renderer] = await eslint.lintText('export const title = () => document.title\n', {
      filePath: join(REPO_ROOT, 'src/renderer/lib/example.ts'),
    })
    const [node] = await eslint.lintText('export const home = () => process.env.HOME\n', {
      filePath: join(REPO_ROOT, 'src/node/app/example.ts'),
    })
    expect(renderer?.messages).toEqual([])
    expect(node?.messages).toEqual([])
  })
})

describe('the source tree the layer rules assume', () => {
  function folders(directory: string): string[] {
    return readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => {
        const folder = join(directory, entry.name)
        return [folder, ...folders(folder)]
      })
  }

  it('has no folder inside a layer named after a layer, so "../<layer>/" is unambiguous', () => {
    const inside = LAYERS.flatMap((layer) => folders(join(REPO_ROOT, 'src', layer)))
    const clashing = inside.filter((folder) => LAYERS.includes(folder.split(/[\\/]/).pop() ?? ''))
    expect(clashing).toEqual([])
  })

  it('has exactly the layers the rules name', () => {
    const topLevel = readdirSync(join(REPO_ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(topLevel.sort()).toEqual([...LAYERS].sort())
  })
})
