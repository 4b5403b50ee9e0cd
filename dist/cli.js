#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  BASELINE_FILE,
  ConfigError,
  FileSelectionError,
  GitError,
  REPORTER_NAMES,
  TOOL_NAME,
  VERSION,
  calendarProblem,
  collectionMatcher,
  fixPaths,
  lintPaths,
  loadConfig,
  parseDateText,
  plural,
  readBaseline,
  recordBaseline,
  reporters,
  rules,
  selectFiles,
  settingsFor,
  toInstant,
  toPosix,
  writeBaselineFile
} from "./chunks/chunk-P2XVCINZ.js";

// src/cli/main.ts
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var EXIT = { ok: 0, findings: 1, usage: 2 };
var FAIL_ON = ["error", "warning", "never"];
var HELP = `Usage: ${TOOL_NAME} [options] [paths...]
       ${TOOL_NAME} schema [collection]

Checks Markdown content: front matter, encodings, scripts and more.
Paths are files, folders or globs; without any, the config's \`include\` is used.
\`schema\` lists the collections, or prints one collection's JSON Schema (for editors);
a folder named "schema" is written ./schema.

Options:
  -c, --config FILE        Use this config file instead of searching for one
  -f, --format NAME        Output format: ${REPORTER_NAMES.join(", ")} (default: stylish)
  -o, --output FILE        Write the report to FILE instead of standard output
      --fail-on LEVEL      Exit 1 on findings of this level or worse: error, warning, never (default: error)
      --max-warnings N     Also exit 1 when there are more than N warnings
      --quiet              Report errors only
      --color, --no-color  Force colours on or off (default: on for terminals, off with NO_COLOR)
      --fix                Remove what can be removed safely (ad units, ad blocks, tracking pixels, link farms)
      --fix-dry-run        Show what --fix would change, as a diff, without writing
      --check-urls         Fetch each absolute image URL (safely) and report those that answer no image
      --url-cache FILE     Keep URL results between runs in FILE (default .content-lint-cache/urls.json)
      --now DATE           Take DATE (e.g. 2024-09-21T12:00:00Z) as now, for reproducible date checks
      --changed-since REF  Check only files changed since the git REF, and compare them with it
      --baseline FILE      Findings recorded in FILE are reported apart and do not fail the run
                           (default: .content-lint-baseline.json next to the config, when there)
      --write-baseline[=FILE]  Record the findings of the checked files in the baseline, and exit 0
      --prune-baseline[=FILE]  Drop baseline entries that no longer occur, and exit 0
      --print-config FILE  Print the configuration that applies to FILE, and exit
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no failing findings, 1 failing findings, 2 usage, config or internal error.
Docs: https://github.com/content-lint/content-lint#readme`;
async function runCli(argv, io) {
  let parsed;
  let baselineTarget;
  const args = argv.map((arg) => {
    const match = /^--(write|prune)-baseline=(.*)$/s.exec(arg);
    if (!match) return arg;
    baselineTarget = match[2];
    return `--${match[1]}-baseline`;
  });
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string", short: "c" },
        format: { type: "string", short: "f", default: "stylish" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string", default: "error" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        "print-config": { type: "string" },
        now: { type: "string" },
        fix: { type: "boolean", default: false },
        "check-urls": { type: "boolean", default: false },
        "url-cache": { type: "string" },
        "fix-dry-run": { type: "boolean", default: false },
        "changed-since": { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "boolean", default: false },
        "prune-baseline": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false }
      }
    });
  } catch (error) {
    return usage(io, error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${HELP}
`);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}
`);
    return EXIT.ok;
  }
  const format = values.format;
  if (!REPORTER_NAMES.includes(format)) {
    return usage(io, `Unexpected format \`${values.format}\`, expected one of ${REPORTER_NAMES.join(", ")}`);
  }
  const failOn = values["fail-on"];
  if (!FAIL_ON.includes(failOn)) {
    return usage(io, `Unexpected --fail-on \`${values["fail-on"]}\`, expected one of ${FAIL_ON.join(", ")}`);
  }
  let maxWarnings = Infinity;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      return usage(io, `Unexpected --max-warnings \`${values["max-warnings"]}\`, expected a whole number of 0 or more`);
    }
  }
  let now;
  if (values.now !== void 0) {
    const parts = parseDateText(values.now);
    if (!parts || calendarProblem(parts)) return usage(io, `Unexpected --now \`${values.now}\`, expected a date such as 2024-09-21T12:00:00Z`);
    now = toInstant(parts, "UTC");
  }
  try {
    if (positionals[0] === "schema") {
      const config = await loadConfig(io.cwd, rules, values.config);
      return printSchema(config, positionals.slice(1), io);
    }
    if (values["print-config"] !== void 0) {
      const config = await loadConfig(io.cwd, rules, values.config);
      io.stdout.write(`${JSON.stringify(describeConfig(config, values["print-config"], io.cwd), null, 2)}
`);
      return EXIT.ok;
    }
    const recording = values["write-baseline"] ? "write" : values["prune-baseline"] ? "prune" : null;
    if (values["write-baseline"] && values["prune-baseline"]) return usage(io, "Unexpected --write-baseline with --prune-baseline, expected one of them");
    if (recording && (values.fix || values["fix-dry-run"])) return usage(io, `Unexpected --${recording}-baseline with --fix, expected one of them`);
    const progress = createProgress(io);
    const lintOptions = {
      cwd: io.cwd,
      patterns: positionals,
      configFile: values.config,
      onProgress: progress.update,
      changedSince: values["changed-since"],
      // Recording a baseline needs every finding; otherwise the baseline is applied.
      baseline: recording ? false : values.baseline,
      ...now === void 0 ? {} : { now },
      ...values["check-urls"] ? { network: { cacheFile: path.resolve(io.cwd, values["url-cache"] ?? ".content-lint-cache/urls.json") } } : {}
    };
    let result;
    if (values.fix || values["fix-dry-run"]) {
      const dryRun = values["fix-dry-run"];
      const outcome = await fixPaths(lintOptions, dryRun);
      progress.done();
      for (const patch of outcome.patches) io.stdout.write(patch);
      const verb = dryRun ? "would fix" : "fixed";
      io.stderr.write(`${TOOL_NAME}: ${verb} ${outcome.fixedProblems} problem${outcome.fixedProblems === 1 ? "" : "s"} in ${outcome.fixedFiles} file${outcome.fixedFiles === 1 ? "" : "s"}${dryRun ? " (nothing written)" : ""}
`);
      result = outcome.result;
      if (dryRun) {
        const remaining = reporters.compact(values.quiet ? onlyErrors(result) : result, { rules, color: false });
        if (remaining) io.stderr.write(remaining);
        return exitCode(result, failOn, maxWarnings, io);
      }
    } else if (recording) {
      const outcome = await lintPaths(lintOptions);
      progress.done();
      const target = path.resolve(io.cwd, baselineTarget ?? values.baseline ?? path.join(outcome.config.root, BASELINE_FILE));
      const recorded = recordBaseline(outcome.result, readBaseline(target), outcome.projectPathOf, {
        mode: recording,
        fileExists: (file) => existsSync(path.resolve(outcome.config.root, file))
      });
      writeBaselineFile(target, recorded.baseline);
      const shown2 = toPosix(path.relative(io.cwd, target)) || target;
      io.stderr.write(
        recording === "write" ? `${TOOL_NAME}: recorded ${plural(recorded.entries, "finding")} in ${shown2}; later runs fail only on new ones
` : `${TOOL_NAME}: dropped ${plural(recorded.dropped, "finding")} that no longer occur from ${shown2}; ${recorded.entries} left
`
      );
      return EXIT.ok;
    } else {
      result = (await lintPaths(lintOptions)).result;
      progress.done();
    }
    const shown = values.quiet ? onlyErrors(result) : result;
    const color = values["no-color"] ? false : values.color ?? wantsColor(io);
    const report = reporters[format](shown, { rules, color: values.output ? false : color });
    if (values.output) writeFileSync(path.resolve(io.cwd, values.output), report);
    else io.stdout.write(report);
    return exitCode(result, failOn, maxWarnings, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof FileSelectionError || error instanceof GitError) {
      io.stderr.write(`${TOOL_NAME}: ${error.message}
`);
      return EXIT.usage;
    }
    io.stderr.write(`${TOOL_NAME}: internal error: ${error?.stack ?? String(error)}
Please report this bug.
`);
    return EXIT.usage;
  }
}
function exitCode(result, failOn, maxWarnings, io) {
  if (result.warningCount > maxWarnings) {
    io.stderr.write(`${TOOL_NAME}: ${result.warningCount} warnings, more than --max-warnings ${maxWarnings}
`);
  }
  const failing = failOn !== "never" && result.errorCount > 0 || failOn === "warning" && result.warningCount > 0 || result.warningCount > maxWarnings;
  return failing ? EXIT.findings : EXIT.ok;
}
function usage(io, message) {
  io.stderr.write(`${TOOL_NAME}: ${message}
Run \`${TOOL_NAME} --help\` for usage.
`);
  return EXIT.usage;
}
function onlyErrors(result) {
  return {
    ...result,
    warningCount: 0,
    files: result.files.map((file) => ({ ...file, findings: file.findings.filter((finding) => finding.severity === "error") }))
  };
}
function wantsColor(io) {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== "dumb";
}
function createProgress(io) {
  const now = io.now ?? Date.now;
  const interactive = Boolean(io.stderr.isTTY) && !io.env.CI;
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      if (!interactive) return;
      const time = now();
      if (time - started < 1e3 || time - lastDraw < 100) return;
      lastDraw = time;
      drawn = true;
      io.stderr.write(`\r${TOOL_NAME}: ${done}/${total} files`);
    },
    done() {
      if (drawn) io.stderr.write("\r\x1B[2K");
    }
  };
}
function printSchema(config, names, io) {
  const [name] = names;
  if (name === void 0) {
    for (const collection2 of config.collections) {
      io.stdout.write(`${collection2.name}	${collection2.include.join(", ")}	${collection2.preset ?? (collection2.fields ? "fields" : "schema")} (${collection2.source})
`);
    }
    return EXIT.ok;
  }
  const collection = config.collections.find((candidate) => candidate.name === name);
  if (!collection) {
    return usage(io, `Unexpected collection \`${name}\`, expected one of ${config.collections.map((candidate) => `\`${candidate.name}\``).join(", ")}`);
  }
  const schema = collection.jsonSchema();
  if (!schema) return usage(io, `Collection \`${name}\` has a schema that cannot be written as JSON Schema`);
  io.stdout.write(`${JSON.stringify({ title: `${TOOL_NAME}: front matter of collection ${name}`, ...schema }, null, 2)}
`);
  return EXIT.ok;
}
function describeConfig(config, file, cwd) {
  const projectPath = toPosix(path.relative(config.root, path.resolve(cwd, file)));
  let selected = false;
  try {
    selected = selectFiles([], config, cwd).some((entry) => entry.projectPath === projectPath);
  } catch {
    selected = false;
  }
  const collection = collectionMatcher(config.collections)(projectPath);
  return {
    file: toPosix(path.relative(cwd, path.resolve(cwd, file))),
    selected,
    configFile: config.file ? toPosix(path.relative(cwd, config.file)) || config.file : null,
    root: toPosix(path.relative(cwd, config.root)) || ".",
    generator: config.site.generator ?? "none detected (generic Markdown)",
    detectedFrom: config.site.evidence,
    collection: collection ? {
      name: collection.name,
      source: collection.source,
      preset: collection.preset,
      unknownKeys: collection.unknownKeys,
      frontMatter: collection.frontMatter,
      unique: collection.unique,
      fields: collection.fields ? Object.keys(collection.fields) : "JSON Schema or zod (see `content-lint schema`)"
    } : null,
    collections: config.collections.map((candidate) => ({ name: candidate.name, include: candidate.include, exclude: candidate.exclude, preset: candidate.preset, source: candidate.source })),
    include: config.include,
    exclude: config.exclude,
    gitignore: config.gitignore,
    maxFileSize: config.maxFileSize,
    site: config.site,
    allowInlineDisable: [...config.allowInlineDisable],
    // Precedence: each rule's default, then `rules`, then every matching override in order.
    overrides: config.overrides.map((override, index) => ({
      index,
      files: override.files,
      excludedFiles: override.excludedFiles,
      appliesToThisFile: override.matches(projectPath),
      rules: Object.fromEntries([...override.rules].map(([id, setting]) => [id, setting.options === void 0 ? setting.severity : [setting.severity, setting.options]]))
    })),
    rules: Object.fromEntries([...settingsFor(config, projectPath)].map(([id, setting]) => [id, [setting.severity, setting.options]]))
  };
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
});
