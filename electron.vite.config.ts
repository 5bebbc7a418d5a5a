import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'electron-vite'

/**
 * The dev server's React refresh preamble is an inline script, which the production CSP
 * refuses. Only while serving in development, allow inline script; builds keep the strict policy.
 */
function allowInlineScriptInDevelopment(): Plugin {
  return {
    name: 'copydesk-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  }
}

export default defineConfig({
  main: {
    build: {
      // lowdb and steno ship as ES modules only; bundling them lets the main bundle stay CommonJS.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          browser: resolve('src/main/browser/startBrowserMode.ts'),
          docxWorker: resolve('src/node/import/docxWorker.ts'),
          cli: resolve('src/cli/copydesk.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages, so everything it uses is bundled in.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: { minify: true, rollupOptions: { input: resolve('src/renderer/index.html') } },
    plugins: [react(), allowInlineScriptInDevelopment()],
  },
})
