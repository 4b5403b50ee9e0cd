import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hazard tests measure that bombs are rejected quickly; keep files from competing for the 2 cores.
    fileParallelism: true,
    testTimeout: 20_000,
  },
});
