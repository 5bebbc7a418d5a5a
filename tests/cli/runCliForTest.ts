import { runCli } from '../../src/cli/copydesk'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in this process and collects what it prints. */
export async function runCliForTest(argv: readonly string[]): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  })
  return { code, stdout, stderr }
}

export function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? ''
}
