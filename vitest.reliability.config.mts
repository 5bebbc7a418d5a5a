import { defineConfig } from 'vitest/config'

/**
 * `npm run test:reliability`: the reliability suites at full scale (200 kills, the whole bad-input
 * corpus, every XSS vector, every channel abused), printing their figures as `[reliability] …`
 * lines. `npm test` runs the same suites reduced.
 */
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    environment: 'node',
    env: { COPYDESK_RELIABILITY: 'full' },
    testTimeout: 600_000,
    fileParallelism: false,
  },
})
