import { z } from 'zod'
import { REPORT_SCHEMA_VERSION, reviewReportSchema } from './reviewReportSchema'

/** The JSON Schema (draft 2020-12) of the JSON report, as published in docs/report.schema.json. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reviewReportSchema, { io: 'output' }),
    $id: `https://copydesk.invalid/report.schema.v${REPORT_SCHEMA_VERSION}.json`,
    title: 'Copydesk review report',
    description:
      'A Copydesk review or check report (docs/report-json.md). Generated from src/shared/report/reviewReportSchema.ts.',
  }
}
