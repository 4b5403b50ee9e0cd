/**
 * `content-lint init`: looks at a site and writes a commented `.content-lint.yml` for it — the
 * generator, the site's address, domains and time zone, the content folders and, for sites no
 * generator explains, the front-matter fields each folder's posts already share. Imports an existing
 * remark-lint-frontmatter-schema or JSON Schema mapping (data files only: code is never run).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resolveConfig } from '../engine/config.js';
import { LintDocument } from '../engine/document.js';
import { absolutePath, selectFiles } from '../run/files.js';
import { trimRuns } from '../text/trim.js';
import { BUNDLED_RULE_NAMES, PRESET_NAMES, ruleNameOfPackage } from '../remark/settings.js';
import { parseDateText } from '../schema/dates.js';
import { detectSite, type DetectedSite } from '../schema/detect.js';
import type { FieldSpec, FieldType } from '../schema/fields.js';
import { plural } from '../reporters/text.js';
import { rules } from '../rules/index.js';
import { RELEASE_TAG, REPOSITORY, repositoryFileUrl, SCHEMA_FILE } from '../version.js';

/** The schema of the config keys this version reads (at its release's tag: see RELEASE_TAG). */
export const SCHEMA_URL = repositoryFileUrl('raw', SCHEMA_FILE);

/** The README's minimal workflow (a test keeps the two the same). */
export const WORKFLOW_TEMPLATE = `# .github/workflows/content-lint.yml — the minimal set-up
name: content-lint
on: pull_request
permissions:
  contents: read
jobs:
  content-lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8 # v6.0.1
        with:
          persist-credentials: false
      - uses: ${REPOSITORY}@${RELEASE_TAG}
`;

const LISTING_PAGE = /^(_?index|readme)\.(md|markdown|mdx)$/i;
/** A folder needs this many posts to be a collection of its own. */
const MIN_COLLECTION_FILES = 5;
/** Share of a collection's posts that must have a field for it to be required (all, below 20 posts). */
const REQUIRED_SHARE = 0.95;
/** Share of posts that must have a field for it to be listed at all. */
const LISTED_SHARE = 0.1;

export interface InferredCollection {
  name: string;
  include: string[];
  exclude?: string[] | undefined;
  files: number;
  /** `schema`: imported; `fields`: inferred from the posts; `preset`: the generator's. */
  schema?: string | undefined;
  preset?: string | undefined;
  fields?: Record<string, FieldSpec> | undefined;
  frontMatter?: 'required' | undefined;
  source: string;
}

export interface InitPlan {
  detected: DetectedSite;
  files: number;
  domains: string[];
  collections: InferredCollection[];
  /** The remark-lint settings of the site's `.remarkrc`/`remarkConfig`, for the `remark` section. */
  remark: RemarkImport | null;
  notes: string[];
  config: string;
}

export interface RemarkImport {
  source: string;
  presets: string[];
  rules: Array<[name: string, setting: unknown]>;
  /** Rule packages that are not bundled: the site must keep them installed. */
  plugins: string[];
}

export function planInit(root: string, importFile?: string): InitPlan {
  const detected = detectSite(root);
  const config = resolveConfig({}, rules, { root, file: null }, () => detected);
  const entries = selectFiles([], config, root);
  const notes: string[] = [];
  const imported = importSchemas(root, importFile, notes);
  const remark = importRemarkLint(root, notes);
  const domains = cnameDomains(root, detected.url);
  let collections: InferredCollection[] = imported;
  if (detected.generator && imported.length > 0) {
    // Written collections replace the detected ones: write those too, after the imported ones.
    collections = [
      ...imported,
      ...detected.collections.map((plan) => ({ name: collectionName(plan.name, imported), include: plan.include, files: 0, preset: plan.preset, source: `${detected.generator} preset` })),
    ];
  } else if (!detected.generator) {
    const documents = entries.map((entry) => {
      try {
        return { path: entry.projectPath, data: LintDocument.fromBytes(entry.path, readFileSync(absolutePath(entry)), entry.projectPath).frontMatter?.data ?? null };
      } catch {
        return { path: entry.projectPath, data: null };
      }
    });
    collections = [...imported, ...inferCollections(documents, imported.length > 0)];
  }
  return { detected, files: entries.length, domains, collections, remark, notes, config: renderConfig(detected, domains, collections, remark) };
}

/** Folders of posts, and the fields their posts share. */
export function inferCollections(documents: ReadonlyArray<{ path: string; data: Record<string, unknown> | null }>, hasImported = false): InferredCollection[] {
  if (documents.length === 0) return [];
  const directories = documents.map((document) => document.path.split('/').slice(0, -1));
  let common = directories[0] ?? [];
  for (const directory of directories) {
    let index = 0;
    while (index < common.length && common[index] === directory[index]) index++;
    common = common.slice(0, index);
  }
  const groups = new Map<string, typeof documents[number][]>();
  const rest: typeof documents[number][] = [];
  documents.forEach((document, index) => {
    const folder = directories[index]?.[common.length];
    if (folder === undefined) rest.push(document);
    else groups.set(folder, [...(groups.get(folder) ?? []), document]);
  });
  const collections: InferredCollection[] = [];
  const prefix = common.length > 0 ? `${common.join('/')}/` : '';
  for (const [folder, members] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Listing pages (`index.md`, Hugo's `_index.md`, `README.md`) are pages, not posts — unless most
    // posts are written that way (page bundles: `my-post/index.md`).
    const listings = members.filter((member) => LISTING_PAGE.test(member.path.slice(member.path.lastIndexOf('/') + 1)));
    const pagesApart = listings.length > 0 && listings.length * 2 < members.length;
    const posts = pagesApart ? members.filter((member) => !listings.includes(member)) : members;
    if (posts.length < MIN_COLLECTION_FILES) {
      rest.push(...members);
      continue;
    }
    if (pagesApart) rest.push(...listings);
    const collection = describe(collectionName(folder, collections), [`${prefix}${folder}/**/*.{md,markdown,mdx}`], posts);
    if (pagesApart) collection.exclude = [`${prefix}${folder}/**/{index,_index,README,readme}.{md,markdown,mdx}`];
    collections.push(collection);
  }
  if (rest.length > 0) {
    const name = collections.length === 0 && !hasImported ? 'content' : collectionName('pages', collections);
    collections.push(describe(name, ['**/*.{md,markdown,mdx}'], rest));
  }
  return collections;
}

function collectionName(wanted: string, taken: readonly InferredCollection[]): string {
  const base = trimRuns(wanted.replace(/[^\w-]+/g, '-'), '-') || 'content';
  let name = base;
  for (let index = 2; taken.some((collection) => collection.name === name); index++) name = `${base}-${index}`;
  return name;
}

function describe(name: string, include: string[], members: ReadonlyArray<{ data: Record<string, unknown> | null }>): InferredCollection {
  const withData = members.filter((member) => member.data !== null);
  const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
  const requiredShare = members.length >= 20 ? REQUIRED_SHARE : 1;
  const seen = new Map<string, unknown[]>();
  for (const member of withData) {
    for (const [key, value] of Object.entries(member.data ?? {})) seen.set(key, [...(seen.get(key) ?? []), value]);
  }
  const fields: Record<string, FieldSpec> = {};
  // Most shared first; among equals, in the order posts write them (Map keeps first-seen order; sort is stable).
  for (const [key, values] of [...seen].sort(([, x], [, y]) => y.length - x.length)) {
    if (share(values.length, members.length) < LISTED_SHARE) continue;
    const type = inferType(key, values);
    const required = type !== 'any' && share(values.length, members.length) >= requiredShare;
    fields[key] = { type, ...(required ? { required: true } : {}) };
  }
  return {
    name,
    include,
    files: members.length,
    fields,
    ...(share(withData.length, members.length) >= requiredShare && withData.length > 0 ? { frontMatter: 'required' as const } : {}),
    source: `fields shared by the ${plural(members.length, 'post')}`,
  };
}

/** The narrowest type of the field language that every value written has. */
export function inferType(key: string, values: readonly unknown[]): FieldType | FieldType[] {
  const kinds = new Set<FieldType>();
  for (const value of values) {
    if (value === null || value === undefined) return 'any';
    if (typeof value === 'boolean') kinds.add('boolean');
    else if (typeof value === 'number') kinds.add(Number.isInteger(value) ? 'integer' : 'number');
    else if (Array.isArray(value)) kinds.add('array');
    else if (typeof value === 'object') kinds.add('object');
    else if (typeof value === 'string') kinds.add(stringKind(key, value));
  }
  if (kinds.has('integer') && kinds.has('number')) kinds.delete('integer');
  // A field that is sometimes a date and sometimes other text is text.
  if (kinds.has('string')) {
    kinds.delete('date');
    kinds.delete('url');
    kinds.delete('image');
  }
  if (kinds.has('image')) kinds.delete('url');
  const list = [...kinds].sort();
  return list.length === 1 ? (list[0] as FieldType) : list.length === 0 ? 'any' : list;
}

function stringKind(key: string, value: string): FieldType {
  if (/^(image|thumbnail|cover|banner|hero|og_?image|featured_?image)$/i.test(key)) return 'image';
  if (parseDateText(value) !== null) return 'date';
  if (/^https?:\/\/\S+$/i.test(value.trim())) return 'url';
  return 'string';
}

/** Host names of GitHub Pages CNAME files, besides the site's own. */
function cnameDomains(root: string, url: string | undefined): string[] {
  const own = url ? new URL(url).hostname : null;
  const domains = new Set<string>();
  for (const candidate of ['CNAME', 'static/CNAME', 'public/CNAME', 'source/CNAME']) {
    const file = path.join(root, candidate);
    if (!existsSync(file)) continue;
    const host = readFileSync(file, 'utf8').trim().split(/\s+/)[0]?.toLowerCase();
    if (host && /^[a-z0-9.-]+$/.test(host) && host !== own) domains.add(host);
  }
  return [...domains];
}

/**
 * Collections from a remark-lint-frontmatter-schema configuration (`schemas: { schema: [globs] }`
 * in `.remarkrc`, `.remarkrc.json`, `.remarkrc.yml` or `package.json#remarkConfig`) or a plain JSON
 * Schema mapping (`{ schema: [globs] }`, or `yaml.schemas` of VS Code settings).
 */
export function importSchemas(root: string, importFile: string | undefined, notes: string[]): InferredCollection[] {
  const candidates = importFile ? [importFile] : ['.remarkrc', '.remarkrc.json', '.remarkrc.yml', '.remarkrc.yaml', 'package.json'];
  for (const name of ['.remarkrc.js', '.remarkrc.cjs', '.remarkrc.mjs']) {
    if (!importFile && existsSync(path.join(root, name))) notes.push(`${name} is code and was not run; to import its frontmatter-schema mapping, save it as JSON and pass it with --import.`);
  }
  for (const candidate of candidates) {
    const file = path.resolve(root, candidate);
    if (!existsSync(file)) {
      if (importFile) throw new InitError(`${importFile}: not found`);
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      if (importFile) throw new InitError(`${importFile}: not JSON or YAML (${(error as Error).message})`);
      continue;
    }
    if (path.basename(file) === 'package.json') data = (data as { remarkConfig?: unknown } | null)?.remarkConfig;
    const mapping = schemaMapping(data);
    if (!mapping) {
      if (importFile) throw new InitError(`${importFile}: no remark-lint-frontmatter-schema \`schemas\` and no mapping of schema files to globs found`);
      continue;
    }
    const relativeSource = path.relative(root, file).split(path.sep).join('/');
    const collections: InferredCollection[] = [];
    for (const [schema, globs] of Object.entries(mapping)) {
      if (/^[a-z]+:\/\//i.test(schema)) {
        notes.push(`${schema}: a schema on the web is not fetched; download it into the repository and name the file in the config.`);
        continue;
      }
      const schemaPath = path.relative(root, path.resolve(path.dirname(file), schema)).split(path.sep).join('/');
      const include = (Array.isArray(globs) ? globs : [globs]).filter((glob): glob is string => typeof glob === 'string').map((glob) => glob.replace(/^\.?\//, ''));
      if (include.length === 0) continue;
      collections.push({ name: collectionName(path.basename(schemaPath).replace(/\.(schema\.)?(json|ya?ml)$/i, ''), collections), include, files: 0, schema: schemaPath, source: `imported from ${relativeSource}` });
    }
    return collections;
  }
  return [];
}

/** The data-only remark configurations a site may have, in unified-engine's order; `.remarkrc.js` is code and never run. */
const REMARK_CONFIG_FILES = ['.remarkrc', '.remarkrc.json', '.remarkrc.yml', '.remarkrc.yaml', 'package.json'];

/**
 * The site's remark-lint setup, for the `remark` section: presets, `remark-lint-*` rules with their
 * settings (remark-lint's convention is kept as it is), and rule packages content-lint does not
 * bundle. remark-frontmatter, remark-gfm and the frontmatter-schema plugin need no setting
 * (content-lint reads front matter and GFM itself; schemas become collections).
 */
export function importRemarkLint(root: string, notes: string[]): RemarkImport | null {
  for (const name of REMARK_CONFIG_FILES) {
    const file = path.join(root, name);
    if (!existsSync(file)) continue;
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (name === 'package.json') data = (data as { remarkConfig?: unknown } | null)?.remarkConfig;
    const plugins = (data as { plugins?: unknown } | null)?.plugins;
    const entries: Array<[string, unknown]> = Array.isArray(plugins)
      ? plugins.flatMap((entry): Array<[string, unknown]> => (typeof entry === 'string' ? [[entry, undefined]] : Array.isArray(entry) && typeof entry[0] === 'string' ? [[entry[0], entry[1]]] : []))
      : plugins && typeof plugins === 'object'
        ? Object.entries(plugins)
        : [];
    const found: RemarkImport = { source: name, presets: [], rules: [], plugins: [] };
    const bundled = new Set(BUNDLED_RULE_NAMES);
    const ignored: string[] = [];
    for (const [raw, setting] of entries) {
      // unified-engine lets `remark-` be left out.
      const plugin = raw.startsWith('remark-') || raw.startsWith('@') ? raw : `remark-${raw}`;
      const preset = /^remark-preset-lint-(.+)$/.exec(plugin)?.[1];
      if (preset && (PRESET_NAMES as readonly string[]).includes(preset)) {
        if (setting !== false) found.presets.push(preset);
        continue;
      }
      if (plugin === 'remark-lint' || plugin === 'remark-frontmatter' || plugin === 'remark-gfm' || /frontmatter-schema$/.test(plugin)) continue;
      if (/(^|\/)remark-lint-[\w.-]+$/.test(plugin)) {
        const rule = ruleNameOfPackage(plugin);
        if (!bundled.has(rule)) found.plugins.push(plugin);
        found.rules.push([rule, setting === undefined ? true : setting]);
        continue;
      }
      ignored.push(raw);
    }
    if (found.presets.length === 0 && found.rules.length === 0) continue;
    if (found.plugins.length > 0) notes.push(`${found.plugins.join(', ')}: not bundled with content-lint; keep ${found.plugins.length === 1 ? 'it' : 'them'} installed, and run with \`--allow-plugins\` (the action: \`allow-plugins: true\`) to load ${found.plugins.length === 1 ? 'it' : 'them'}.`);
    if (ignored.length > 0) notes.push(`${name}: ${ignored.join(', ')} ${ignored.length === 1 ? 'is not a remark-lint rule and was' : 'are not remark-lint rules and were'} not imported.`);
    return found;
  }
  return null;
}

function schemaMapping(data: unknown): Record<string, unknown> | null {
  if (!data || typeof data !== 'object') return null;
  const record = data as Record<string, unknown>;
  if (record['yaml.schemas'] && typeof record['yaml.schemas'] === 'object') return record['yaml.schemas'] as Record<string, unknown>;
  const plugins = record.plugins;
  const entries: unknown[] = Array.isArray(plugins) ? plugins : plugins && typeof plugins === 'object' ? Object.entries(plugins) : [];
  for (const entry of entries) {
    if (!Array.isArray(entry)) continue;
    const [name, options] = entry as [unknown, unknown];
    if (typeof name === 'string' && /(^|[-/])frontmatter-schema$/.test(name) && options && typeof options === 'object') {
      const schemas = (options as { schemas?: unknown }).schemas;
      if (schemas && typeof schemas === 'object') return schemas as Record<string, unknown>;
    }
  }
  // A bare mapping: every value a glob or a list of globs.
  const values = Object.values(record);
  if (values.length > 0 && values.every((value) => typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string')))) {
    if (Object.keys(record).every((key) => /\.(json|ya?ml)$/i.test(key))) return record;
  }
  return null;
}

export class InitError extends Error {
  override name = 'InitError';
}

const q = (value: string) => JSON.stringify(value);

function renderConfig(detected: DetectedSite, domains: string[], collections: InferredCollection[], remark: RemarkImport | null): string {
  const out: string[] = [`# yaml-language-server: $schema=${SCHEMA_URL}`, '#', '# Written by `content-lint init`. Every key is explained in the README; `content-lint --print-config FILE`', '# shows what applies to a file.', ''];
  if (detected.generator) {
    out.push(`# Detected from ${detected.evidence}: the ${detected.generator} presets check each collection's front matter.`, `generator: ${detected.generator}`, '');
  }
  const site: string[] = [];
  if (detected.url) site.push(`  url: ${q(detected.url)}`);
  else site.push('  # url: "https://blog.example.com"   # no site address found: set it, so links to the site are not taken for hotlinks');
  if (domains.length > 0) site.push(`  domains: [${domains.map(q).join(', ')}]   # from CNAME`);
  if (detected.timezone) site.push(`  timezone: ${q(detected.timezone)}`);
  else site.push('  # timezone: "Europe/Berlin"   # no time zone found: dates written without one are read as UTC');
  // A mapping with nothing but comments would be `null`: then the key is a comment too.
  out.push(site.every((line) => line.startsWith('  #')) ? '# site:' : 'site:', ...site, '');
  if (collections.length > 0) {
    out.push('# Groups of posts and the front matter each follows; a file belongs to the first that includes it.', 'collections:');
    for (const collection of collections) {
      out.push(`  ${collection.name}:   # ${collection.source}`, `    include: [${collection.include.map(q).join(', ')}]`);
      if (collection.exclude?.length) out.push(`    exclude: [${collection.exclude.map(q).join(', ')}]   # listing pages`);
      if (collection.schema) {
        out.push(`    schema: ${q(collection.schema)}`);
        continue;
      }
      if (collection.preset) {
        out.push(`    preset: ${collection.preset}`);
        continue;
      }
      out.push('    preset: blog', '    unknownKeys: allow');
      if (collection.frontMatter) out.push(`    frontMatter: ${collection.frontMatter}`);
      const fields = Object.entries(collection.fields ?? {});
      if (fields.length > 0) {
        out.push('    fields:');
        for (const [key, spec] of fields) {
          const type = Array.isArray(spec.type) ? `[${spec.type.join(', ')}]` : spec.type;
          out.push(`      ${/^[\w-]+$/.test(key) ? key : q(key)}: { type: ${type}${spec.required ? ', required: true' : ''} }`);
        }
      }
    }
    out.push('');
  }
  if (remark) {
    out.push(`# Markdown style: the remark-lint settings of ${remark.source}, run inside content-lint (it never reads ${remark.source} itself).`, 'remark:');
    if (remark.presets.length > 0) out.push(`  presets: [${remark.presets.join(', ')}]`);
    if (remark.plugins.length > 0) out.push(`  plugins: [${remark.plugins.join(', ')}]   # installed in the site; loaded with --allow-plugins`);
    if (remark.rules.length > 0) {
      out.push('  rules:');
      for (const [name, setting] of remark.rules) out.push(`    ${name}: ${JSON.stringify(setting)}`);
    }
    out.push('');
  }
  out.push(
    '# Every rule is on at its default severity (see docs/rules). A few worth a look:',
    '# rules:',
    '#   date-updated: warning        # a post whose text changed has a new `updated` date',
    '#   no-affiliate-links: [error, { allowSponsored: true }]   # rel="sponsored" links are fine',
    '',
    '# Settings for some folders only (later entries win):',
    '# overrides:',
    '#   - files: ["docs/**"]',
    '#     rules:',
    '#       date-not-future: off',
    '',
  );
  return out.join('\n');
}

/** What `init` tells the user it found and will check. */
export function describePlan(plan: InitPlan): string[] {
  const { detected } = plan;
  const lines = [
    `Site generator: ${detected.generator ? `${detected.generator} (from ${detected.evidence})` : 'none detected (generic Markdown)'}`,
    `Site address:   ${detected.url ?? 'not found (set site.url)'}${plan.domains.length > 0 ? `; also ${plan.domains.join(', ')}` : ''}`,
    `Time zone:      ${detected.timezone ?? 'not found (dates without a zone are read as UTC)'}`,
    `Content:        ${plural(plan.files, 'Markdown file')}`,
  ];
  if (detected.generator) {
    for (const collection of detected.collections) lines.push(`  ${collection.name.padEnd(12)} ${collection.include.join(', ')}  (${collection.preset} preset)`);
  }
  for (const collection of plan.collections) {
    const required = Object.entries(collection.fields ?? {})
      .filter(([, spec]) => spec.required)
      .map(([key]) => key);
    if (collection.preset) continue;
    const what = collection.schema ? `schema ${collection.schema}` : required.length > 0 ? `requires ${required.join(', ')}` : 'no field required';
    lines.push(`  ${collection.name.padEnd(12)} ${collection.include.join(', ')}  ${collection.schema ? '' : `${plural(collection.files, 'file')}, `}${what}`);
  }
  if (plan.remark) {
    const parts = [...(plan.remark.presets.length > 0 ? [`presets ${plan.remark.presets.join(', ')}`] : []), ...(plan.remark.rules.length > 0 ? [plural(plan.remark.rules.length, 'rule setting')] : [])];
    lines.push(`remark-lint:    ${parts.join(' and ')}, from ${plan.remark.source}`);
  }
  for (const note of plan.notes) lines.push(`Note: ${note}`);
  return lines;
}
