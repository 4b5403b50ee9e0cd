/**
 * Configuration: one zod schema, built from the rule registry, validates every config file and
 * generates the JSON Schema editors use. Errors name the file, the key and the valid choices.
 */
import { importUserModule } from './user-code.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { buildCollection, collectionInputSchema, CollectionError, type Collection } from '../schema/collections.js';
import { formatFieldPath } from '../schema/fields.js';
import { detectSite, GENERATORS, GENERIC_COLLECTIONS, GENERIC_STATIC_DIRS, type DetectedSite, type Generator, type SiteRouting } from '../schema/detect.js';
import { isTimeZone, parseDateText } from '../schema/dates.js';
import { loadPatterns, PatternError, usesPatterns } from '../schema/patterns.js';
import { isProtected, SetupError, type PluginPolicy, type Rule } from './rule.js';
import { closest } from '../text/suggest.js';
import type { SeveritySetting } from './types.js';

export const CONFIG_FILE_NAMES = ['.content-lint.yml', '.content-lint.yaml', '.content-lint.json'] as const;
/** JavaScript configs run code, so they are loaded only when named with `--config`, never found. */
const MODULE_CONFIG = /\.(?:mjs|cjs|js)$/;

/** Markdown by every extension generators read (Jekyll's `markdown_ext`: `markdown,mkdown,mkdn,mkd,md`), in any case (see files.ts). */
export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown', '**/*.mdx', '**/*.mkd', '**/*.mkdn', '**/*.mkdown', '**/*.mdown'];
/** Dependencies, version control and generators' build output: never content to check. */
/**
 * Dependencies and version control anywhere; generators' build output at the config's folder only
 * (`public/`, `dist/`, `_site/`): a post in `content/public/` is published like any other.
 */
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', 'public/**', 'dist/**', '_site/**'];
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const severity = z.enum(['off', 'warning', 'error']);

export function configSchema(rules: readonly Rule<any>[]) {
  const ruleSettings = Object.fromEntries(
    rules.map((rule) => [
      rule.meta.id,
      z
        .union([severity, z.tuple([severity]), z.tuple([severity, rule.meta.options])])
        .optional()
        .describe(`${rule.meta.description}. \`off\`, \`warning\`, \`error\`, or \`[severity, options]\`.`),
    ]),
  );
  const protectedIds = rules.filter(isProtected).map((rule) => rule.meta.id) as [string, ...string[]];
  // Sections of rules that keep their options in a top-level key (`remark`).
  const sections = Object.fromEntries(
    rules.flatMap(({ meta }) => (meta.configSection ? [[meta.configSection, z.optional((meta.options instanceof z.ZodDefault || meta.options instanceof z.ZodPrefault ? meta.options.unwrap() : meta.options) as z.ZodType)]] : [])),
  );
  return z
    .strictObject({
      $schema: z.string().optional().describe('The JSON Schema of this file, for editor completion'),
      include: z.array(z.string().min(1)).optional().describe('Globs of the files to check, relative to this file'),
      exclude: z.array(z.string().min(1)).optional().describe('Globs of files not to check, on top of the defaults'),
      gitignore: z.boolean().optional().describe('Skip the files that .gitignore files ignore and git does not track (default true)'),
      maxFileSize: z.number().int().positive().optional().describe('Files larger than this many bytes are reported, not read'),
      site: z
        .strictObject({
          url: z
            .url({ protocol: /^https?$/, error: 'expected an http(s) address such as `https://blog.example.com`' })
            .optional()
            .describe("The site's address, e.g. https://blog.example.com"),
          domains: z.array(z.string().min(1)).optional().describe('Other host names that belong to the site'),
          staticDirs: z
            .array(z.string().min(1))
            .optional()
            .describe('Folders that site-absolute paths such as `/images/a.png` are served from (default: the generator\'s, e.g. `source` for Hexo, `static` for Hugo)'),
          timezone: z
            .string()
            .min(1)
            .refine(isTimeZone, { error: 'expected an IANA time zone such as `Europe/Berlin` or `UTC`' })
            .optional()
            .describe('IANA time zone of dates written without one, e.g. `Europe/Berlin` (default: read from the generator config, else UTC)'),
        })
        .optional()
        .describe('The site the content belongs to'),
      images: z
        .strictObject({
          body: z.boolean().optional().describe('Also check the images of the body (Markdown images and `<img>`), not only front-matter image fields'),
          checkUrls: z.boolean().optional().describe('Fetch absolute image URLs to check they answer with an image, as `--check-urls` does (off by default)'),
        })
        .optional()
        .describe('Which images the image rules check'),
      now: z
        .string()
        .refine((text) => parseDateText(text) !== null, { error: 'expected a date and time such as `2024-09-21T12:00:00Z`' })
        .optional()
        .describe('The time the date rules take as now, for reproducible runs (default: the time of the run; `--now` overrides)'),
      generator: z
        .enum([...GENERATORS, 'none'])
        .optional()
        .describe('The site generator, when detection should not decide (`none`: generic Markdown)'),
      collections: z
        .record(z.string().min(1), collectionInputSchema)
        .optional()
        .describe('Groups of files and the front-matter schema each follows; replaces the detected ones'),
      allowInlineDisable: z
        .array(z.enum(protectedIds))
        .optional()
        .describe('Security and spam rules that inline `content-lint-disable` comments may switch off'),
      ...sections,
      rules: z.strictObject(ruleSettings).optional().describe('Severity and options of each rule'),
      overrides: z
        .array(
          z.strictObject({
            files: z.array(z.string().min(1)).min(1).describe('Globs of the files this override applies to, relative to this file'),
            excludedFiles: z.array(z.string().min(1)).optional().describe('Globs of files among them it does not apply to'),
            rules: z.strictObject(ruleSettings).describe('Rule settings for these files; a severity alone keeps the options set before'),
          }),
        )
        .optional()
        .describe('Rule settings for some folders or files: every override whose `files` match applies, in order, over `rules`'),
    })
    .describe('content-lint configuration');
}

export type UserConfig = z.infer<ReturnType<typeof configSchema>>;

export interface RuleSetting {
  severity: SeveritySetting;
  options: unknown;
}

export interface ResolvedConfig {
  /** Folder the config file is in (or the repository root): include/exclude globs are relative to it. */
  root: string;
  /** The config file used, absolute; `null` for the defaults. */
  file: string | null;
  include: string[];
  exclude: string[];
  gitignore: boolean;
  maxFileSize: number;
  site: {
    url?: string | undefined;
    domains: string[];
    timezone?: string | undefined;
    generator: Generator | null;
    /** The generator config file detection read, relative to the root. */
    evidence: string | null;
    /** Folders site-absolute paths are served from, relative to the root. */
    staticDirs: string[];
    /** How the generator turns files into addresses and headings into ids (detected from its config). */
    routing: SiteRouting;
  };
  /** Which images the image rules check, and whether their URLs are fetched. */
  images: { body: boolean; checkUrls: boolean };
  /** In matching order: a file belongs to the first collection that includes it. */
  collections: Collection[];
  /** `now` from the config, as written; `--now` and the time of the run come later. */
  now?: string | undefined;
  allowInlineDisable: ReadonlySet<string>;
  rules: ReadonlyMap<string, RuleSetting>;
  overrides: readonly Override[];
}

/** Rule settings for the files some globs match. */
export interface Override {
  files: string[];
  excludedFiles: string[];
  /** Whether it applies to a file (path relative to the config root). */
  matches(projectPath: string): boolean;
  /** Only the rules it names; `options: undefined` keeps the options set before. */
  rules: ReadonlyMap<string, { severity: SeveritySetting; options: unknown }>;
}

/** Whether a rule is on for any file: in `rules` or in some override. */
export function isRuleOnAnywhere(config: ResolvedConfig, ruleId: string): boolean {
  const on = (severity: SeveritySetting | undefined) => severity !== undefined && severity !== 'off';
  return on(config.rules.get(ruleId)?.severity) || config.overrides.some((override) => on(override.rules.get(ruleId)?.severity));
}

const settingsCache = new WeakMap<ResolvedConfig, Map<string, ReadonlyMap<string, RuleSetting>>>();

/**
 * The rule settings in force for one file: the rules' defaults, then `rules`, then each override
 * whose globs match the file, in the order written (the last one wins).
 */
export function settingsFor(config: ResolvedConfig, projectPath: string): ReadonlyMap<string, RuleSetting> {
  if (config.overrides.length === 0) return config.rules;
  const matching = config.overrides.filter((override) => override.matches(projectPath));
  if (matching.length === 0) return config.rules;
  let cache = settingsCache.get(config);
  if (!cache) settingsCache.set(config, (cache = new Map()));
  const key = matching.map((override) => config.overrides.indexOf(override)).join(',');
  let settings = cache.get(key);
  if (!settings) {
    const merged = new Map(config.rules);
    for (const override of matching) {
      for (const [id, setting] of override.rules) {
        merged.set(id, { severity: setting.severity, options: setting.options === undefined ? merged.get(id)?.options : setting.options });
      }
    }
    cache.set(key, (settings = merged));
  }
  return settings;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates a parsed config object and fills in defaults. */
export function resolveConfig(
  input: unknown,
  rules: readonly Rule<any>[],
  location: { root: string; file: string | null; shown?: string },
  /** What zero-config detection found in the root; without it, the generic collection applies. */
  detect: (generator: Generator | 'none' | undefined) => DetectedSite = () => ({ generator: null, evidence: null, collections: GENERIC_COLLECTIONS, staticDirs: GENERIC_STATIC_DIRS, routing: { basePath: '/' } }),
): ResolvedConfig {
  const parsed = configSchema(rules).safeParse(input ?? {});
  if (!parsed.success) {
    const where = location.shown ?? location.file ?? 'configuration';
    throw new ConfigError(parsed.error.issues.map((issue) => `${where}: ${describeIssue(issue, input, rules)}`).join('\n'));
  }
  const config = parsed.data;
  const settings = new Map<string, RuleSetting>();
  for (const rule of rules) {
    const value = config.rules?.[rule.meta.id] as unknown;
    const [severitySetting, options] = Array.isArray(value) ? value : [value ?? rule.meta.defaultSeverity, undefined];
    settings.set(rule.meta.id, {
      severity: severitySetting as SeveritySetting,
      // Options were validated above; parse again to fill in defaults when none were given.
      options: rule.meta.options.parse(options),
    });
  }
  for (const rule of rules) {
    // A rule's own section of the config holds its options, and turns it on at `error` unless `rules` says otherwise.
    // As written: the parsed config has the section's defaults filled in even where it is absent.
    const section = rule.meta.configSection === undefined ? undefined : ((input ?? {}) as Record<string, unknown>)[rule.meta.configSection];
    if (section === undefined) continue;
    const explicit = config.rules?.[rule.meta.id] as unknown;
    const severitySetting = explicit === undefined ? 'error' : Array.isArray(explicit) ? explicit[0] : explicit;
    settings.set(rule.meta.id, { severity: severitySetting as SeveritySetting, options: rule.meta.options.parse(section) });
  }
  const overrides: Override[] = (config.overrides ?? []).map((override) => {
    const included = picomatch(override.files, { dot: true });
    const excluded = override.excludedFiles?.length ? picomatch(override.excludedFiles, { dot: true }) : () => false;
    const ruleSettingsOf = new Map<string, { severity: SeveritySetting; options: unknown }>();
    for (const rule of rules) {
      const value = (override.rules as Record<string, unknown>)[rule.meta.id];
      if (value === undefined) continue;
      const [severitySetting, options] = Array.isArray(value) ? value : [value, undefined];
      ruleSettingsOf.set(rule.meta.id, { severity: severitySetting as SeveritySetting, options: options === undefined ? undefined : rule.meta.options.parse(options) });
    }
    return { files: override.files, excludedFiles: override.excludedFiles ?? [], matches: (file) => included(file) && !excluded(file), rules: ruleSettingsOf };
  });
  const detected = detect(config.generator);
  let collections: Collection[];
  try {
    collections = config.collections
      ? Object.entries(config.collections).map(([name, collection]) => buildCollection(name, collection, 'config', location.root))
      : detected.collections.map((plan) => buildCollection(plan.name, plan, detected.generator ? 'detected' : 'default', location.root));
  } catch (error) {
    if (error instanceof CollectionError || error instanceof PatternError) throw new ConfigError(`${location.shown ?? location.file ?? 'configuration'}: ${error.message}`);
    throw error;
  }
  return {
    root: location.root,
    file: location.file,
    include: config.include ?? DEFAULT_INCLUDE,
    exclude: [...DEFAULT_EXCLUDE, ...(config.exclude ?? [])],
    gitignore: config.gitignore ?? true,
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    site: {
      url: config.site?.url ?? detected.url,
      domains: config.site?.domains ?? [],
      timezone: config.site?.timezone ?? detectedTimeZone(detected),
      generator: detected.generator,
      evidence: detected.evidence,
      staticDirs: config.site?.staticDirs ?? detected.staticDirs,
      routing: detected.routing,
    },
    images: { body: config.images?.body ?? false, checkUrls: config.images?.checkUrls ?? false },
    collections,
    now: config.now,
    allowInlineDisable: new Set(config.allowInlineDisable ?? []),
    rules: settings,
    overrides,
  };
}

/**
 * The time zone the generator's config names, if any. One ICU does not know is a config error, as
 * a bad `site.timezone` is: every date without a zone would otherwise be read in the wrong one.
 */
function detectedTimeZone(detected: DetectedSite): string | undefined {
  const zone = detected.timezone;
  if (zone === undefined || zone === '' || isTimeZone(zone)) return zone || undefined;
  const key = detected.generator === 'hugo' ? 'timeZone' : 'timezone';
  throw new ConfigError(
    `${detected.evidence ?? 'the generator config'}: Unexpected time zone \`${zone}\` for \`${key}\`, expected an IANA time zone such as \`Europe/Berlin\` or \`UTC\`; correct it, or set \`site.timezone\` in .content-lint.yml`,
  );
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, rules: readonly Rule<any>[]): string {
  const key = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const valid = validKeysAt(issue.path, rules);
      return issue.keys
        .map((name) => {
          const full = formatPath([...issue.path, name]);
          return `Unexpected key \`${full}\`, expected one of ${valid.map((k) => `\`${k}\``).join(', ')} (did you mean \`${closest(name, valid)}\`?)`;
        })
        .join('\n');
    }
    case 'invalid_value':
      return `Unexpected ${describeValue(valueAt(input, issue.path))} for \`${key}\`, expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
    case 'invalid_union': {
      // Severity settings: say what a rule setting looks like rather than listing union branches.
      if (issue.path[0] === 'rules') {
        const nested = issue.errors.flat().find((inner) => inner.path.length > 0 && inner.code !== 'too_big');
        if (nested && Array.isArray(valueAt(input, issue.path))) {
          return describeIssue({ ...nested, path: [...issue.path, ...nested.path] } as z.core.$ZodIssue, input, rules);
        }
        return `Unexpected ${describeValue(valueAt(input, issue.path))} for \`${key}\`, expected \`off\`, \`warning\`, \`error\` or \`[severity, options]\``;
      }
      return `Invalid value for \`${key}\`: ${issue.message}`;
    }
    case 'invalid_type':
      return `Unexpected ${describeValue(valueAt(input, issue.path))} for \`${key}\`, expected ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'invalid_format':
      return `Unexpected ${describeValue(valueAt(input, issue.path))} for \`${key}\`, ${issue.message}`;
    case 'too_small':
    case 'too_big':
      return `Unexpected ${describeValue(valueAt(input, issue.path))} for \`${key}\`: ${issue.message.replace(/^Too (small|big): /, '')}`;
    case 'custom':
      // A rule's own check of its options, worded as a finding is (`Unexpected … expected …`).
      if ((issue.params as { verbatim?: boolean } | undefined)?.verbatim) return issue.message;
      return `Invalid value for \`${key}\`: ${issue.message}`;
    default:
      return `Invalid value for \`${key}\`: ${issue.message}`;
  }
}

const EXPECTED: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
};

function validKeysAt(pathToObject: PropertyKey[], rules: readonly Rule<any>[]): string[] {
  if (pathToObject.length === 0) {
    return Object.keys(configSchema(rules).shape);
  }
  if (pathToObject.length === 1 && pathToObject[0] === 'rules') return rules.map((rule) => rule.meta.id);
  if (pathToObject.length === 1 && pathToObject[0] === 'site') return ['url', 'domains', 'staticDirs', 'timezone'];
  if (pathToObject.length === 2 && pathToObject[0] === 'collections') return Object.keys(collectionInputSchema.shape);
  if (pathToObject[0] === 'rules' && typeof pathToObject[1] === 'string') {
    const rule = rules.find((candidate) => candidate.meta.id === pathToObject[1]);
    const shape = (rule?.meta.options as unknown as { unwrap?: () => { shape?: object } })?.unwrap?.()?.shape;
    return shape ? Object.keys(shape) : [];
  }
  return [];
}

function formatPath(segments: readonly PropertyKey[]): string {
  return formatFieldPath(segments) || '(root)';
}

function valueAt(input: unknown, segments: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing value';
  if (value === null) return '`null`';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  const text = JSON.stringify(value);
  return `${typeof value} \`${text.length > 40 ? `${text.slice(0, 39)}…` : text}\``;
}

/**
 * Reads a config file (YAML, JSON, or the `content-lint` key of package.json) as plain data.
 * `shown` is the name used in error messages.
 */
export function readConfigFile(file: string, shown = file): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read the config file (${(error as Error).message})`);
  }
  if (path.basename(file) === 'package.json') {
    return (parseJson(shown, text) as Record<string, unknown> | null)?.['content-lint'];
  }
  if (file.endsWith('.json')) return parseJson(shown, text);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    schema: 'core',
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    resolveKnownTags: false,
    lineCounter,
  });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) {
    const { line, col } = lineCounter.linePos(problem.pos[0]);
    throw new ConfigError(`${shown}:${line}:${col}: invalid YAML: ${problem.message.split('\n')[0]}`);
  }
  return document.toJS({ maxAliasCount: 100 });
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: invalid JSON: ${(error as Error).message}`);
  }
}

/**
 * Finds the config for a run started in `cwd`: the first folder from `cwd` up to the repository
 * root that has a config file (or a package.json with a `content-lint` key).
 */
export function findConfigFile(cwd: string): { file: string | null; root: string } {
  let directory = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(directory, name);
      if (existsSync(candidate)) return { file: candidate, root: directory };
    }
    const packageJson = path.join(directory, 'package.json');
    if (existsSync(packageJson)) {
      try {
        const data = JSON.parse(readFileSync(packageJson, 'utf8')) as Record<string, unknown>;
        if (data && typeof data === 'object' && 'content-lint' in data) return { file: packageJson, root: directory };
      } catch {
        // A broken package.json that is not ours to read: keep looking.
      }
    }
    const parent = path.dirname(directory);
    if (existsSync(path.join(directory, '.git')) || parent === directory) {
      return { file: null, root: existsSync(path.join(directory, '.git')) ? directory : path.resolve(cwd) };
    }
    directory = parent;
  }
}

/**
 * Finds (or takes `explicitFile`), reads and validates the config for a run started in `cwd`, and
 * detects the site generator in the config's folder. A JavaScript config is imported (it is code:
 * only ever when the user names it).
 */
export async function loadConfig(cwd: string, rules: readonly Rule<any>[], explicitFile?: string, plugins: PluginPolicy = 'refuse'): Promise<ResolvedConfig> {
  const found = explicitFile ? { file: path.resolve(cwd, explicitFile), root: '' } : findConfigFile(cwd);
  if (explicitFile && !existsSync(found.file as string)) throw new ConfigError(`${explicitFile}: config file not found`);
  const root = found.root || path.dirname(found.file as string);
  const detect = (generator: Generator | 'none' | undefined) => detectSite(root, generator);
  if (!found.file) return resolveConfig({}, rules, { file: null, root }, detect);
  const shown = path.relative(cwd, found.file) || found.file;
  const input = MODULE_CONFIG.test(found.file) ? await importConfig(found.file, shown) : readConfigFile(found.file, shown);
  if (usesPatterns(input)) await loadPatterns();
  const config = resolveConfig(input, rules, { file: found.file, root, shown }, detect);
  for (const rule of rules) {
    // Only a config that turns such a rule on, anywhere, loads what it needs (remark-lint's engine and plugins).
    if (!rule.prepare || !isRuleOnAnywhere(config, rule.meta.id)) continue;
    const options = [config.rules.get(rule.meta.id), ...config.overrides.map((override) => override.rules.get(rule.meta.id))].flatMap((setting) => (setting?.options === undefined ? [] : [setting.options]));
    try {
      await rule.prepare(options, { root, plugins });
    } catch (error) {
      if (error instanceof SetupError) throw new ConfigError(`${shown}: ${error.message}`);
      throw error;
    }
  }
  return config;
}

async function importConfig(file: string, shown: string): Promise<unknown> {
  try {
    const module = (await importUserModule(pathToFileURL(file).href)) as { default?: unknown };
    return module.default ?? module;
  } catch (error) {
    throw new ConfigError(`${shown}: the config module failed to load: ${(error as Error).message}`);
  }
}
