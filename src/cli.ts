/**
 * The command-line program. It is bundled as one CommonJS script, dist/cli.cjs, which the
 * `content-lint` command (bin.ts) compiles with a V8 code cache; `main` is what it calls.
 */
import { runCli } from './cli/main.js';

export async function main(): Promise<{ exitCode: number; linted: boolean }> {
  let linted = false;
  const exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    onLint: () => {
      linted = true;
    },
  });
  return { exitCode, linted };
}
