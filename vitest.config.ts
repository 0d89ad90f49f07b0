import { defineConfig } from 'vitest/config';

// Integration and browser tests start real stand-ins (dynalite, the SES stand-in, SMTP, Chromium):
// generous timeouts, and few files at once because the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    pool: 'forks',
  },
});
