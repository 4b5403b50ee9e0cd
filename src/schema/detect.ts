/**
 * Zero-config: which site generator a repository uses, where its content lives, and the site's
 * address and time zone, read from the generator's own config files. Config files are read as
 * text or data, never executed: for JavaScript configs (Astro, Docusaurus) only their presence and
 * a literal `site:`/`url:` string are used.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseTOML, getStaticTOMLValue } from 'toml-eslint-parser';
import { parseDocument } from 'yaml';
import type { FieldInput } from './fields.js';
import { trimEndRun } from '../text/trim.js';
import type { PresetName } from './presets.js';
import { astroRouting, docusaurusRouting, hexoRouting, hugoRouting, jekyllRouting, type SiteRouting } from './routing.js';

export type { SiteRouting } from './routing.js';

export const GENERATORS = ['hexo', 'hugo', 'jekyll', 'astro', 'docusaurus'] as const;
export type Generator = (typeof GENERATORS)[number];

export interface CollectionPlan {
  name: string;
  include: string[];
  exclude: string[];
  preset: PresetName;
  /** Overrides of the preset's fields (pages need no title, say). */
  fields?: Record<string, FieldInput>;
  frontMatter?: 'required' | 'optional';
}

export interface DetectedSite {
  generator: Generator | null;
  /** The file that gave it away, relative to the root. */
  evidence: string | null;
  url?: string | undefined;
  timezone?: string | undefined;
  collections: CollectionPlan[];
  /** Folders that site-absolute paths (`/images/a.png`) are served from, relative to the root. */
  staticDirs: string[];
  /** How files become addresses and headings ids (the link rules), from the generator's config. */
  routing: SiteRouting;
}

const MARKDOWN = '{md,markdown}';
const MARKDOWN_MDX = '{md,markdown,mdx}';

export const GENERIC_COLLECTIONS: CollectionPlan[] = [{ name: 'content', include: [`**/*.${MARKDOWN_MDX}`], exclude: [], preset: 'blog' }];
/** Where a site of unknown make may serve files from. */
export const GENERIC_STATIC_DIRS = ['.', 'static', 'public', 'source', 'assets'];

export function detectSite(root: string, forced?: Generator | 'none'): DetectedSite {
  const has = (relative: string) => existsSync(path.join(root, relative));
  const isDirectory = (relative: string) => {
    try {
      return statSync(path.join(root, relative)).isDirectory();
    } catch {
      return false;
    }
  };
  const first = (candidates: string[]) => candidates.find(has) ?? null;
  const generic: DetectedSite = { generator: null, evidence: null, collections: GENERIC_COLLECTIONS, staticDirs: GENERIC_STATIC_DIRS, routing: { basePath: '/' } };
  if (forced === 'none') return generic;
  /** A generator applies when it is forced, or when nothing is forced and its evidence is there. */
  const applies = (generator: Generator, evidence: unknown) => (forced === undefined ? Boolean(evidence) : forced === generator);

  const docusaurusConfig = first(['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs', 'docusaurus.config.cjs']);
  if (applies('docusaurus', docusaurusConfig)) {
    return {
      generator: 'docusaurus',
      evidence: docusaurusConfig,
      url: docusaurusConfig ? literalSetting(path.join(root, docusaurusConfig), 'url') : undefined,
      staticDirs: ['static'],
      routing: docusaurusRouting(docusaurusConfig ? configText(path.join(root, docusaurusConfig)) : ''),
      collections: [
        // Translations (docs: "i18n - Using git") are posts like the others.
        { name: 'docs', include: [`docs/**/*.${MARKDOWN_MDX}`, `i18n/*/docusaurus-plugin-content-docs/current/**/*.${MARKDOWN_MDX}`], exclude: [], preset: 'docusaurus' },
        { name: 'blog', include: [`blog/**/*.${MARKDOWN_MDX}`, `i18n/*/docusaurus-plugin-content-blog/**/*.${MARKDOWN_MDX}`], exclude: [], preset: 'docusaurus' },
      ],
    };
  }

  const astroConfig = first(['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs']);
  if (applies('astro', astroConfig)) {
    return {
      generator: 'astro',
      evidence: astroConfig,
      url: astroConfig ? literalSetting(path.join(root, astroConfig), 'site') : undefined,
      staticDirs: ['public'],
      routing: astroRouting(astroConfig ? configText(path.join(root, astroConfig)) : ''),
      collections: [
        { name: 'blog', include: [`src/content/blog/**/*.${MARKDOWN_MDX}`], exclude: [], preset: 'astro' },
        { name: 'docs', include: [`src/content/docs/**/*.${MARKDOWN_MDX}`], exclude: [], preset: 'starlight' },
        { name: 'content', include: [`src/content/**/*.${MARKDOWN_MDX}`, `src/pages/**/*.${MARKDOWN_MDX}`], exclude: [], preset: 'blog' },
      ],
    };
  }

  const hugoConfig = first(['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json', 'config/_default/hugo.toml', 'config/_default/config.toml']);
  const hugoSettings = hugoConfig ? withConfigDirectory(readData(path.join(root, hugoConfig)), path.join(root, 'config', '_default')) : null;
  // Zola also has a config.toml, with `base_url` where Hugo has `baseURL`.
  const looksLikeHugo = hugoConfig !== null && (hugoConfig.includes('hugo.') || hugoSettings?.baseURL !== undefined || hugoSettings?.baseurl !== undefined);
  if (applies('hugo', looksLikeHugo)) {
    const contentDir = typeof hugoSettings?.contentDir === 'string' ? hugoSettings.contentDir : 'content';
    const routing = hugoRouting(hugoSettings, contentDir);
    const languageDirs = Object.values(routing.languages?.contentDirs ?? {}).filter((folder) => folder !== contentDir && !folder.startsWith(`${contentDir}/`));
    return {
      generator: 'hugo',
      evidence: hugoConfig,
      url: stringSetting(hugoSettings?.baseURL ?? hugoSettings?.baseurl),
      timezone: stringSetting(hugoSettings?.timeZone ?? hugoSettings?.timezone),
      staticDirs: ['static', 'assets'],
      routing,
      // Each language's own content folder too (docs: "Translation by content directory").
      collections: [{ name: 'content', include: [contentDir, ...languageDirs].map((folder) => `${folder}/**/*.${MARKDOWN}`), exclude: [], preset: 'hugo' }],
    };
  }

  const siteConfig = has('_config.yml') ? '_config.yml' : has('_config.yaml') ? '_config.yaml' : null;
  const settings = siteConfig ? readData(path.join(root, siteConfig)) : null;
  const dependsOn = (name: string) => {
    const packageJson = readData(path.join(root, 'package.json'));
    const dependencies = { ...(packageJson?.dependencies as object | undefined), ...(packageJson?.devDependencies as object | undefined) };
    return name in dependencies;
  };
  const sourceDir = typeof settings?.source_dir === 'string' ? trimEndRun(settings.source_dir, '/') : 'source';
  if (applies('hexo', siteConfig && (isDirectory(`${sourceDir}/_posts`) || dependsOn('hexo')))) {
    return {
      generator: 'hexo',
      evidence: siteConfig,
      url: stringSetting(settings?.url),
      timezone: stringSetting(settings?.timezone),
      staticDirs: [sourceDir],
      routing: hexoRouting(settings, sourceDir),
      collections: [
        { name: 'posts', include: [`${sourceDir}/_posts/**/*.${MARKDOWN}`, `${sourceDir}/_drafts/**/*.${MARKDOWN}`], exclude: [], preset: 'hexo' },
        { name: 'pages', include: [`${sourceDir}/**/*.${MARKDOWN}`], exclude: [], preset: 'hexo', fields: { title: 'string' }, frontMatter: 'optional' },
      ],
    };
  }

  const gemfile = has('Gemfile') ? readFileSync(path.join(root, 'Gemfile'), 'utf8') : '';
  if (applies('jekyll', siteConfig && (isDirectory('_posts') || /jekyll|github-pages/.test(gemfile)))) {
    return {
      generator: 'jekyll',
      evidence: siteConfig,
      url: stringSetting(settings?.url) ? `${stringSetting(settings?.url)}${stringSetting(settings?.baseurl) ?? ''}` : undefined,
      timezone: stringSetting(settings?.timezone),
      staticDirs: ['.'],
      routing: jekyllRouting(settings),
      collections: [
        { name: 'posts', include: [`_posts/**/*.${MARKDOWN}`, `_drafts/**/*.${MARKDOWN}`], exclude: [], preset: 'jekyll' },
        { name: 'pages', include: [`**/*.${MARKDOWN}`], exclude: ['vendor/**'], preset: 'jekyll', frontMatter: 'optional' },
      ],
    };
  }
  return generic;
}

function stringSetting(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A generator config as data (YAML, TOML or JSON); `null` when absent or unreadable. */
function readData(file: string): Record<string, unknown> | null {
  try {
    const text = readFileSync(file, 'utf8');
    let data: unknown;
    if (file.endsWith('.toml')) data = getStaticTOMLValue(parseTOML(text));
    else if (file.endsWith('.json')) data = JSON.parse(text);
    else data = parseDocument(text, { schema: 'core', resolveKnownTags: false }).toJS({ maxAliasCount: 100 });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Hugo's configuration directory (docs: "Configuration directory"): besides `hugo.toml`, a file per
 * top-level key (`languages.toml`, `permalinks.yaml`, `markup.toml`), taken where the config does not
 * set the key itself. Files per language (`menus.en.toml`) and environment folders are not read.
 */
function withConfigDirectory(settings: Record<string, unknown> | null, folder: string): Record<string, unknown> | null {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return settings;
  }
  const merged = { ...settings };
  for (const name of names.sort()) {
    const match = /^([A-Za-z]\w*)\.(?:toml|ya?ml|json)$/.exec(name);
    const key = match?.[1];
    if (!key || key === 'hugo' || key === 'config' || Object.hasOwn(merged, key)) continue;
    const value = readData(path.join(folder, name));
    if (value) merged[key] = value;
  }
  return merged;
}

/** A JavaScript config's text, read as data (never run); '' when unreadable. */
function configText(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(0, 200_000);
  } catch {
    return '';
  }
}

/** A literal string setting in a JavaScript config (`site: 'https://…'`), read as text. */
function literalSetting(file: string, name: string): string | undefined {
  try {
    const text = readFileSync(file, 'utf8').slice(0, 200_000);
    return new RegExp(`\\b${name}\\s*:\\s*['"\`](https?://[^'"\`\\s]+)['"\`]`).exec(text)?.[1];
  } catch {
    return undefined;
  }
}
