/**
 * How a site's generator turns files into addresses and headings into ids, as its config says:
 * read by detection (detect.ts) from the generator's config as data, and handed to the link rules
 * through `project.site.routing`. Only settings are read here; the routes themselves are computed
 * by src/links/.
 */
import { trimEndRun } from '../text/trim.js';

export interface SiteRouting {
  /** The path the site is served under, `/` or `/docs/` (Hexo `root`, Jekyll `baseurl`, Docusaurus `baseUrl`, Hugo's baseURL path). */
  basePath: string;
  /** Hexo and Jekyll: the site's `permalink` pattern. */
  permalink?: string | undefined;
  /** Hexo `new_post_name` (`:title.md`, `:year-:month-:day-:title.md`): how a post's file name gives its title and date. */
  newPostName?: string | undefined;
  /** Hexo `source_dir`, Hugo `contentDir`. */
  contentDir?: string | undefined;
  /** Hugo `[permalinks]` (section → pattern); Jekyll collections with `output: true` (name → permalink or ''). */
  sections?: Record<string, string> | undefined;
  /** Hugo `disablePathToLower`, `uglyURLs`. */
  keepCase?: boolean | undefined;
  uglyUrls?: boolean | undefined;
  /** Docusaurus: the docs and blog plugins' `routeBasePath` (`docs`, `blog`; `` for the site root). */
  docsBase?: string | undefined;
  blogBase?: string | undefined;
  /** Heading ids: Hugo `markup.goldmark.parser.autoHeadingIDType`. */
  hugoIdType?: 'github' | 'github-ascii' | 'blackfriday' | undefined;
  /** Hugo `markup.goldmark.renderer.unsafe`: raw HTML (and its `id`s) is dropped unless true. */
  rawHtml?: boolean | undefined;
  /** Jekyll `kramdown.input` (`GFM` unless set), `kramdown.auto_id_prefix`, `kramdown.auto_ids`. */
  kramdownInput?: 'GFM' | 'kramdown' | undefined;
  autoIdPrefix?: string | undefined;
  autoIds?: boolean | undefined;
  /** Hexo `marked.headerIds` and `marked.modifyAnchors` (hexo-renderer-marked). */
  headerIds?: boolean | undefined;
  modifyAnchors?: 0 | 1 | 2 | undefined;
  /** A multilingual site (Hugo `languages`, Docusaurus `i18n`, Starlight `locales`); absent: one language. */
  languages?: Languages | undefined;
}

export interface Languages {
  /** The language codes, the default's first; a Starlight `root` locale is `root`. */
  codes: string[];
  default: string;
  /** Whether the default language's pages are under `/<code>/` too (Hugo `defaultContentLanguageInSubdir`, Starlight without a `root` locale). */
  prefixDefault: boolean;
  /** Whether a page not translated is served in the other languages from the default's (Starlight, Docusaurus: yes; Hugo: no). */
  fallback: boolean;
  /** Hugo "translation by content directory": each language's `contentDir`. */
  contentDirs?: Record<string, string> | undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** `/blog/` from `blog`, `/blog`, `https://host/blog/`; `/` for none. */
export function basePathOf(value: string | undefined): string {
  if (!value) return '/';
  let pathPart = value;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(value);
  if (scheme) pathPart = value.slice(scheme[0].length);
  const trimmed = pathPart.split('/').filter(Boolean).join('/');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function hexoRouting(settings: Record<string, unknown> | null, sourceDir: string): SiteRouting {
  const marked = record(settings?.marked);
  const modify = marked?.modifyAnchors;
  return {
    basePath: basePathOf(text(settings?.root)),
    permalink: text(settings?.permalink) ?? ':year/:month/:day/:title/',
    newPostName: text(settings?.new_post_name) ?? ':title.md',
    contentDir: sourceDir,
    headerIds: marked?.headerIds !== false,
    modifyAnchors: modify === 1 || modify === 2 ? modify : 0,
  };
}

export function jekyllRouting(settings: Record<string, unknown> | null): SiteRouting {
  const kramdown = record(settings?.kramdown);
  const sections: Record<string, string> = {};
  const collections = record(settings?.collections);
  for (const [name, value] of Object.entries(collections ?? {})) {
    const collection = record(value);
    if (collection?.output === true) sections[name] = text(collection.permalink) ?? '';
  }
  const input = text(kramdown?.input);
  return {
    basePath: basePathOf(text(settings?.baseurl)),
    permalink: text(settings?.permalink) ?? 'date',
    sections,
    kramdownInput: input && input.toLowerCase() === 'kramdown' ? 'kramdown' : 'GFM',
    autoIdPrefix: text(kramdown?.auto_id_prefix) ?? '',
    autoIds: kramdown?.auto_ids !== false,
  };
}

export function hugoRouting(settings: Record<string, unknown> | null, contentDir: string): SiteRouting {
  const goldmark = record(record(settings?.markup)?.goldmark);
  const idType = text(record(goldmark?.parser)?.autoHeadingIDType)?.toLowerCase();
  const sections: Record<string, string> = {};
  for (const [name, value] of Object.entries(record(settings?.permalinks) ?? {})) {
    const pattern = text(value);
    // Hugo 0.112+ nests patterns by kind (`[permalinks.page]`): the page patterns are what posts get.
    if (pattern) sections[name] = pattern;
    else if (name === 'page') for (const [section, nested] of Object.entries(record(value) ?? {})) if (text(nested)) sections[section] = text(nested) as string;
  }
  return {
    basePath: basePathOf(text(settings?.baseURL ?? settings?.baseurl)),
    contentDir,
    sections,
    keepCase: settings?.disablePathToLower === true,
    uglyUrls: settings?.uglyURLs === true || settings?.uglyurls === true,
    hugoIdType: idType === 'github-ascii' || idType === 'blackfriday' ? idType : 'github',
    rawHtml: record(goldmark?.renderer)?.unsafe === true,
    languages: hugoLanguages(settings),
  };
}

/**
 * Hugo (docs: "Multilingual mode", "Configure languages"): the `languages` table's keys (lower-cased,
 * as Hugo takes them; `disabled` ones left out), `defaultContentLanguage` (`en`),
 * `defaultContentLanguageInSubdir`, and each language's `contentDir`. No fallback: a page that is
 * not translated has no address in that language.
 */
function hugoLanguages(settings: Record<string, unknown> | null): Languages | undefined {
  const table = record(settings?.languages);
  if (!table) return undefined;
  const named = text(settings?.defaultContentLanguage)?.toLowerCase() ?? 'en';
  const contentDirs: Record<string, string> = {};
  const codes: string[] = [];
  for (const [key, value] of Object.entries(table)) {
    const language = record(value);
    if (language?.disabled === true) continue;
    const code = key.toLowerCase();
    codes.push(code);
    const folder = text(language?.contentDir);
    if (folder) contentDirs[code] = trimEndRun(folder.startsWith('./') ? folder.slice(2) : folder, '/');
  }
  if (codes.length === 0) return undefined;
  const defaultCode = codes.includes(named) ? named : (codes[0] as string);
  return {
    codes: [defaultCode, ...codes.filter((code) => code !== defaultCode)],
    default: defaultCode,
    prefixDefault: settings?.defaultContentLanguageInSubdir === true,
    fallback: false,
    ...(Object.keys(contentDirs).length > 0 ? { contentDirs } : {}),
  };
}

/**
 * Docusaurus: literal settings read from the JavaScript config as text (it is never run):
 * `baseUrl`, and the `routeBasePath` inside the `docs: {…}` and `blog: {…}` option objects.
 */
export function docusaurusRouting(configText: string): SiteRouting {
  const literal = (pattern: RegExp) => pattern.exec(configText)?.[1];
  return {
    basePath: basePathOf(literal(/\bbaseUrl\s*:\s*['"`]([^'"`]*)['"`]/)),
    docsBase: literal(/\bdocs\s*:\s*\{[^{}]{0,2000}?\brouteBasePath\s*:\s*['"`]([^'"`]*)['"`]/) ?? 'docs',
    blogBase: literal(/\bblog\s*:\s*\{[^{}]{0,2000}?\brouteBasePath\s*:\s*['"`]([^'"`]*)['"`]/) ?? 'blog',
    languages: docusaurusLanguages(literal(/\bi18n\s*:\s*\{([^{}]{0,2000})\}/) ?? ''),
  };
}

/**
 * Docusaurus (docs: "i18n - Introduction", "i18n - Using git"): `i18n.defaultLocale` and
 * `i18n.locales`, read as literals. The default locale is served at the root, each other under
 * `/<locale>/`, from `i18n/<locale>/docusaurus-plugin-content-docs/current/` and friends; a doc not
 * translated is served in every locale from the default's.
 */
function docusaurusLanguages(i18n: string): Languages | undefined {
  const defaultLocale = /\bdefaultLocale\s*:\s*['"`]([^'"`]+)['"`]/.exec(i18n)?.[1];
  const start = /\blocales\s*:\s*\[/.exec(i18n);
  const end = start ? i18n.indexOf(']', start.index) : -1;
  if (!defaultLocale || !start || end === -1) return undefined;
  const list = i18n.slice(start.index + start[0].length, end);
  const codes = [...list.matchAll(/['"`]([^'"`]+)['"`]/g)].map((match) => match[1] as string);
  if (!codes.includes(defaultLocale) || codes.length < 2) return undefined;
  return { codes: [defaultLocale, ...codes.filter((code) => code !== defaultLocale)], default: defaultLocale, prefixDefault: false, fallback: true };
}

/** An object key at `at` (white space, a quoted or bare name, white space, `:`), read by hand: a pattern for it backtracks on long runs of white space. */
function keyAt(text: string, at: number): { name: string; end: number } | null {
  let index = at;
  while (index < text.length && /\s/.test(text[index] as string)) index++;
  let name: string;
  const quote = text[index];
  if (quote === "'" || quote === '"' || quote === '`') {
    const close = text.indexOf(quote, index + 1);
    if (close === -1) return null;
    name = text.slice(index + 1, close);
    index = close + 1;
  } else {
    const from = index;
    while (index < text.length && /[\w$-]/.test(text[index] as string)) index++;
    name = text.slice(from, index);
    if (!/^[A-Za-z_$]/.test(name)) return null;
  }
  while (index < text.length && /\s/.test(text[index] as string)) index++;
  return name !== '' && text[index] === ':' ? { name, end: index + 1 } : null;
}

/** Astro: `base`, and Starlight's locales, read as literals from the config's text. */
export function astroRouting(configText: string): SiteRouting {
  return { basePath: basePathOf(/\bbase\s*:\s*['"`]([^'"`]*)['"`]/.exec(configText)?.[1]), languages: starlightLanguages(configText) };
}

/**
 * Starlight (docs: "Internationalization (i18n)"): the keys of the `locales` object and
 * `defaultLocale`, read from the config's text. A `root` locale is served without a prefix (and is
 * the default unless `defaultLocale` names another); without one, every locale has its prefix.
 * Pages not translated are served from the default locale's ("fallback content").
 */
function starlightLanguages(configText: string): Languages | undefined {
  const start = /\blocales\s*:\s*\{/.exec(configText);
  if (!start) return undefined;
  const codes: string[] = [];
  let depth = 1;
  let at = start.index + start[0].length;
  for (let expectKey = true; at < configText.length && depth > 0; ) {
    if (depth === 1 && expectKey) {
      const key = keyAt(configText, at);
      if (key) {
        codes.push(key.name);
        at = key.end;
        expectKey = false;
        continue;
      }
    }
    const character = configText[at++];
    if (character === '{' || character === '[') depth++;
    else if (character === '}' || character === ']') depth--;
    else if (character === ',' && depth === 1) expectKey = true;
  }
  if (codes.length < 2) return undefined;
  const named = /\bdefaultLocale\s*:\s*['"`]([^'"`]+)['"`]/.exec(configText)?.[1];
  const defaultCode = named && codes.includes(named) ? named : codes.includes('root') ? 'root' : (codes[0] as string);
  return { codes: [defaultCode, ...codes.filter((code) => code !== defaultCode)], default: defaultCode, prefixDefault: defaultCode !== 'root', fallback: true };
}
