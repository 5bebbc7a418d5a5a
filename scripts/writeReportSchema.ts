/**
 * Writes docs/report.schema.json from the report model's zod schema, so the published JSON
 * Schema cannot drift from the code (tests/shared/report/reportJson.test.ts checks it is current).
 * Run with `npx tsx scripts/writeReportSchema.ts`.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { reportJsonSchema } from '../src/shared/report/reportJsonSchema'

const file = path.resolve(__dirname, '..', 'docs', 'report.schema.json')
writeFileSync(file, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`)
console.log(`wrote ${file}`)
