export interface CliOutput {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /**
   * Replaces the progress line of a long command; '' clears it. Only set when the output is a
   * terminal, so nothing of it reaches a pipe or a file.
   */
  progress?: (line: string) => void
}
