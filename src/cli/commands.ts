/** The commands besides linting: `init`, `schema`, `--print-config`. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONFIG_FILE_NAMES, resolveConfig, settingsFor, type ResolvedConfig } from '../engine/config.js';
import { selectFiles, toPosix } from '../run/files.js';
import { collectionMatcher } from '../schema/collections.js';
import { rules as builtInRules } from '../rules/index.js';
import { TOOL_NAME } from '../version.js';
import { describePlan, planInit, WORKFLOW_TEMPLATE } from './init.js';
import { EXIT, usage, type CliIo } from './output.js';

/** `content-lint init`: a config for the site in the working directory, and optionally a workflow. */
export function runInit(io: CliIo, options: { force: boolean; workflow: boolean; importFile: string | undefined }): number {
  const plan = planInit(io.cwd, options.importFile);
  const targets: Array<[string, string]> = [['.content-lint.yml', plan.config]];
  if (options.workflow) targets.push([path.join('.github', 'workflows', 'content-lint.yml'), WORKFLOW_TEMPLATE]);
  const existing = targets.filter(([file]) => existsSync(path.join(io.cwd, file))).map(([file]) => toPosix(file));
  const existingConfig = CONFIG_FILE_NAMES.filter((name) => name !== '.content-lint.yml' && existsSync(path.join(io.cwd, name)));
  if (!options.force && (existing.length > 0 || existingConfig.length > 0)) {
    io.stderr.write(`${TOOL_NAME}: ${[...existing, ...existingConfig].join(' and ')} already there; nothing written (--force replaces ${existing.length + existingConfig.length === 1 ? 'it' : 'them'})\n`);
    return EXIT.usage;
  }
  // Checked before writing: the config init writes must load.
  resolveConfig(parseYaml(plan.config), io.rules ?? builtInRules, { root: io.cwd, file: path.join(io.cwd, '.content-lint.yml') });
  io.stdout.write(`${describePlan(plan).join('\n')}\n\n`);
  for (const [file, content] of targets) {
    mkdirSync(path.dirname(path.join(io.cwd, file)), { recursive: true });
    writeFileSync(path.join(io.cwd, file), content);
    io.stdout.write(`Wrote ${toPosix(file)}\n`);
  }
  io.stdout.write(`\nNext: \`npx ${TOOL_NAME}\` shows what it finds; \`npx ${TOOL_NAME} --write-baseline\` records today's findings so that only new ones fail.\n`);
  return EXIT.ok;
}

/** `content-lint schema [collection]`: the collections, or one collection's JSON Schema. */
export function printSchema(config: ResolvedConfig, names: string[], io: CliIo): number {
  const [name] = names;
  if (name === undefined) {
    for (const collection of config.collections) {
      io.stdout.write(`${collection.name}\t${collection.include.join(', ')}\t${collection.preset ?? (collection.fields ? 'fields' : 'schema')} (${collection.source})\n`);
    }
    return EXIT.ok;
  }
  const collection = config.collections.find((candidate) => candidate.name === name);
  if (!collection) {
    return usage(io, `Unexpected collection \`${name}\`, expected one of ${config.collections.map((candidate) => `\`${candidate.name}\``).join(', ')}`);
  }
  const schema = collection.jsonSchema();
  if (!schema) return usage(io, `Collection \`${name}\` has a schema that cannot be written as JSON Schema`);
  io.stdout.write(`${JSON.stringify({ title: `${TOOL_NAME}: front matter of collection ${name}`, ...schema }, null, 2)}\n`);
  return EXIT.ok;
}

/** What `--print-config FILE` shows: the config in force for that file, and whether it is selected. */
export function describeConfig(config: ResolvedConfig, file: string, cwd: string) {
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
    root: toPosix(path.relative(cwd, config.root)) || '.',
    generator: config.site.generator ?? 'none detected (generic Markdown)',
    detectedFrom: config.site.evidence,
    collection: collection
      ? {
          name: collection.name,
          source: collection.source,
          preset: collection.preset,
          unknownKeys: collection.unknownKeys,
          frontMatter: collection.frontMatter,
          unique: collection.unique,
          fields: collection.fields ? Object.keys(collection.fields) : 'JSON Schema or zod (see `content-lint schema`)',
        }
      : null,
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
      rules: Object.fromEntries([...override.rules].map(([id, setting]) => [id, setting.options === undefined ? setting.severity : [setting.severity, setting.options]])),
    })),
    rules: Object.fromEntries([...settingsFor(config, projectPath)].map(([id, setting]) => [id, [setting.severity, setting.options]])),
  };
}
