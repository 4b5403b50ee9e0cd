import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hazard tests measure that bombs are rejected quickly; keep files from competing for the 2 cores.
    fileParallelism: true,
    testTimeout: 20_000,
    // @actions/workflow-parser imports its schema JSON without `with { type: 'json' }`, which Node
    // refuses (actions/languageservices#387): Vite bundles it for the tests instead, JSON included.
    deps: { optimizer: { ssr: { enabled: true, include: ['@actions/workflow-parser', '@actions/workflow-parser/actions/index'] } } },
    // The command's code cache (src/bin.ts) goes to a folder of the tests, not the user's ~/.cache.
    env: { NODE_COMPILE_CACHE: path.join(tmpdir(), 'content-lint-test-compile-cache') },
  },
});
