import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      // lowdb and steno ship as ES modules only; bundling them lets the main bundle stay CommonJS.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          browser: resolve('src/main/browser/startBrowserMode.ts'),
          docxWorker: resolve('src/main/import/docxWorker.ts'),
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
    build: { rollupOptions: { input: resolve('src/renderer/index.html') } },
    plugins: [react()],
  },
})
