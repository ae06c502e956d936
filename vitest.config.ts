import { defineConfig } from 'vitest/config';

// Kinds of test: `unit` (pure modules, no build), `site` (reads the built dist/, so `npm test`
// builds first), `browser` (drives Debian's Chromium against dist/ served on loopback) and `cli` (the
// editor tools run as processes).
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      // The editor tools (import, new-report) against a temporary project folder.
      { test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the files each start a browser and a server.
          fileParallelism: false,
        },
      },
    ],
  },
});
