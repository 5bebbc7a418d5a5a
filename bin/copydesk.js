#!/usr/bin/env node
'use strict'
const { existsSync } = require('node:fs')
const path = require('node:path')

const built = path.join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(built)) {
  process.stderr.write(
    'copydesk: the CLI is not built yet (missing out/main/cli.js): run `npm run build` first\n',
  )
  process.exit(2)
}
require(built)
  .main(process.argv.slice(2))
  .catch((error) => {
    process.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  })
