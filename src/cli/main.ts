/**
 * The command line: arguments in, exit code out. Everything it touches of the process (arguments,
 * working directory, streams, environment) is passed in, so tests run it in-process.
 */
import { ConfigError, loadConfig } from '../engine/config.js';
import { JsonReportError } from '../run/merge.js';
import { FileSelectionError } from '../run/files.js';
import { GitError } from '../run/git.js';
import { mergeReportFiles } from '../run/merge.js';
import { rules as builtInRules } from '../rules/index.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { HELP, parseCliArgs } from './args.js';
import { describeConfig, printSchema, runInit } from './commands.js';
import { InitError } from './init.js';
import { runLint } from './lint.js';
import { EXIT, exitCode, inertStream, printableLines, usage, writeReport, type CliIo } from './output.js';

export { EXIT, type CliIo } from './output.js';

export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // Whatever reaches the terminal or a CI log — reports, notes, errors with file names in them —
  // holds no line a runner would take for a command (`::error::…`, `##[…`).
  const io: CliIo = { ...given, stdout: inertStream(given.stdout), stderr: inertStream(given.stderr) };
  const rules = given.rules ?? builtInRules;
  const args = parseCliArgs(argv);
  if ('usage' in args) return usage(io, args.usage);
  try {
    switch (args.command) {
      case 'help':
        io.stdout.write(`${HELP}\n`);
        return EXIT.ok;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return EXIT.ok;
      case 'init':
        return runInit(io, args.init);
      case 'merge': {
        const { result } = mergeReportFiles(args.operands, io.cwd);
        writeReport(result, args, io, given);
        return exitCode(result, args.failOn, args.maxWarnings, io);
      }
      case 'schema':
        return printSchema(await loadConfig(io.cwd, rules, args.config, 'skip'), args.operands, io);
      case 'print-config': {
        const config = await loadConfig(io.cwd, rules, args.config, 'skip');
        io.stdout.write(`${JSON.stringify(describeConfig(config, args.printConfig as string, io.cwd), null, 2)}\n`);
        return EXIT.ok;
      }
      case 'lsp':
        // The editor's JSON-RPC on the process's own standard input and output.
        return await (await import('./lsp.js')).runLanguageServer(rules);
      case 'lint':
        return await runLint(args, io, given, rules);
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof FileSelectionError || error instanceof GitError || error instanceof InitError || error instanceof JsonReportError) {
      io.stderr.write(`${TOOL_NAME}: ${printableLines(error.message)}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`${TOOL_NAME}: internal error: ${printableLines((error as Error)?.stack ?? String(error))}\nPlease report this bug.\n`);
    return EXIT.usage;
  }
}
