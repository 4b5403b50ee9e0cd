/**
 * The command-line program. It is bundled as one CommonJS script, dist/cli.cjs, which the
 * `content-lint` command (bin.ts) compiles with a V8 code cache; `main` is what it calls.
 */
import { runCli } from './cli/main.js';
import { setImportModule, type ImportModule } from './engine/user-code.js';

/** `importModule`: the command's own `import()` (see engine/user-code.ts). */
export async function main(importModule?: ImportModule): Promise<{ exitCode: number; linted: boolean }> {
  if (importModule) setImportModule(importModule);
  // A reader that stops early (`content-lint | head`) closes the pipe: the rest of the report has nobody to go to.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  let linted = false;
  const exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    onLint: () => {
      linted = true;
    },
  });
  return { exitCode, linted };
}
