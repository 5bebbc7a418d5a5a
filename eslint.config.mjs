import { builtinModules } from 'node:module'
import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/*
 * Layers (see README): src/shared is pure TypeScript for every process; src/node is Node-only
 * code shared by main and the CLI; src/main is Electron's main process; src/preload the bridge;
 * src/renderer the React app (which talks to the rest only through src/shared and the bridge
 * types in src/preload/api.d.ts); src/cli the command line. The rules below keep the arrows
 * pointing one way.
 */

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'))
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * A relative import that climbs to src/ and enters `layer`. No folder inside a layer is named
 * after a layer (tests/lintLayers.test.ts checks this), so the match is unambiguous.
 */
function layerImport(layer) {
  return { regex: `^(\\.\\./)+${layer}(/|$)` }
}

function nodeBuiltinImport() {
  const names = NODE_BUILTINS.map(escapeRegex).join('|')
  return { regex: `^(node:.*|(${names})(/.*)?)$` }
}

function packageImport(names) {
  return { regex: `^(${names.map(escapeRegex).join('|')})(/.*)?$` }
}

/** One `no-restricted-imports` zone: the layer, and what it may not import, with the reason. */
function layerZone(layer, restrictions) {
  return {
    files: [`src/${layer}/**/*.{ts,tsx,mts,cts}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: restrictions.map(({ pattern, because }) => ({
            ...pattern,
            message: `Layer rule for src/${layer}: ${because}`,
          })),
        },
      ],
    },
  }
}

const SHARED_IS_PURE = 'src/shared runs in main, the renderer, workers and the CLI alike;'

/**
 * Browser and Node globals that src/shared may not use: it gets the ECMAScript built-ins plus
 * the few WHATWG APIs that behave the same in Node, browsers and workers.
 */
const PORTABLE_GLOBALS = new Set(['URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder'])
const ECMASCRIPT_GLOBALS = new Set(Object.keys(globals.es2025))
const ENVIRONMENT_GLOBALS = [
  ...new Set([
    ...Object.keys(globals.browser),
    ...Object.keys(globals.worker),
    ...Object.keys(globals.node),
  ]),
].filter((name) => !ECMASCRIPT_GLOBALS.has(name) && !PORTABLE_GLOBALS.has(name))

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    ignores: ['src/shared/**', 'src/renderer/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/shared/**'],
    languageOptions: { globals: { ...globals.es2025 } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...ENVIRONMENT_GLOBALS.map((name) => ({
          name,
          message: `Layer rule for src/shared: ${SHARED_IS_PURE} no browser or Node globals (pass what you need in, or move the code to src/node or src/renderer).`,
        })),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  layerZone('shared', [
    {
      pattern: nodeBuiltinImport(),
      because: `${SHARED_IS_PURE} no Node built-ins (put Node code in src/node).`,
    },
    {
      pattern: packageImport(['electron', 'react', 'react-dom', '@tiptap/react']),
      because: `${SHARED_IS_PURE} no Electron, React or @tiptap/react.`,
    },
    ...['main', 'node', 'cli', 'renderer', 'preload'].map((layer) => ({
      pattern: layerImport(layer),
      because: `${SHARED_IS_PURE} it may not import src/${layer}.`,
    })),
  ]),
  layerZone('node', [
    {
      pattern: packageImport(['electron']),
      because: 'src/node is shared by the Electron main process and the CLI: no Electron.',
    },
    ...['main', 'cli', 'renderer', 'preload'].map((layer) => ({
      pattern: layerImport(layer),
      because: `src/node may import only src/shared, not src/${layer}.`,
    })),
  ]),
  layerZone('cli', [
    {
      pattern: packageImport(['electron']),
      because: 'the CLI runs in plain Node: no Electron.',
    },
    ...['main', 'renderer'].map((layer) => ({
      pattern: layerImport(layer),
      because: `the CLI may import src/node and src/shared, not src/${layer}.`,
    })),
  ]),
  layerZone('renderer', [
    {
      pattern: nodeBuiltinImport(),
      because: 'the renderer runs in a sandboxed page: no Node built-ins.',
    },
    {
      pattern: packageImport(['electron']),
      because: 'the renderer reaches the main process only through window.api: no Electron.',
    },
    ...['main', 'node', 'cli'].map((layer) => ({
      pattern: layerImport(layer),
      because: `the renderer may import src/shared and the bridge types in src/preload, not src/${layer}.`,
    })),
    {
      pattern: { regex: '^(\\.\\./)+preload/(?!api(\\.d)?(\\.ts)?$)' },
      because: 'of src/preload the renderer may import only the bridge types in api.d.ts.',
    },
  ]),
  layerZone('main', [
    ...['renderer', 'cli'].map((layer) => ({
      pattern: layerImport(layer),
      because: `the main process may import src/node and src/shared, not src/${layer}.`,
    })),
  ]),
  layerZone('preload', [
    ...['main', 'node', 'cli', 'renderer'].map((layer) => ({
      pattern: layerImport(layer),
      because: `the preload bridge may import only src/shared, not src/${layer}.`,
    })),
  ]),
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
