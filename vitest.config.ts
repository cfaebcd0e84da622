import { defineConfig } from 'vitest/config';

/**
 * Three projects, run in this order by `npm test`: pure unit tests, integration tests against a
 * real server on ephemeral ports, end-to-end tests in Debian's Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/corpora/**/*.test.ts', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // A bound against a hang, not a speed check: property tests and catalog scans take seconds on a busy shared machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
