/**
 * The addresses a generator gives a content file, computed from its path, its front matter and the
 * site's routing settings (`project.site.routing`) — the way each generator's router does, for the
 * cases posts rely on. A route is a site path without the base path, starting with `/`. `*` in a
 * route is one segment the generator fills from something we cannot know (a hash, an id).
 */
import { hugoUrlize } from '../text/generator-slugs.js';
import type { SiteRouting } from '../schema/detect.js';
import { parseDateText, zoneOffsetMinutes, type DateParts } from '../schema/dates.js';
import { trimRuns } from '../text/trim.js';
import { detached } from '../text/detached.js';

export interface PageRoutes {
  /** The addresses, the canonical one first. */
  routes: string[];
  /** Names template tags find the page by: Hexo post slugs (`post_link`), Jekyll post names (`post_url`). */
  names: string[];
  /** On a multilingual site (`routing.languages`), the page's language. */
  language?: string;
  /** Hugo: the page's path as `ref` finds it — from its language's content folder, without a language suffix (`posts/x.md`). */
  logical?: string;
}

interface Site {
  generator: string | null;
  routing: SiteRouting;
  timezone?: string | undefined;
}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;

/** The front-matter keys `routesOf` reads. */
const ROUTE_KEYS = ['published', 'draft', 'date', 'permalink', 'slug', 'url', 'aliases', 'categories', 'category', 'title', 'id'] as const;

export type RouteValue = string | number | boolean | string[];

/**
 * What of a page's front matter its routes follow from, as plain data (what `routesOf` reads:
 * strings, booleans, lists of strings): enough to compute its routes again later and elsewhere —
 * the main thread, from the cache, under the page's old path after a rename.
 */
export function routeDataOf(data: Record<string, unknown> | null): Record<string, RouteValue> | null {
  if (!data) return null;
  const picked: Record<string, RouteValue> = {};
  for (const key of ROUTE_KEYS) {
    if (!Object.hasOwn(data, key)) continue;
    const value = data[key];
    // Copies: kept for the run, they must hold nothing of the document (text/detached.ts).
    if (typeof value === 'string') picked[key] = detached(value);
    else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) picked[key] = value;
    else if (Array.isArray(value)) picked[key] = value.filter((item): item is string => typeof item === 'string').map(detached);
  }
  return picked;
}

/** The routes of a content file, or `null` when the generator publishes no page for it (drafts, `_` folders, `published: false`). */
export function routesOf(projectPath: string, data: Record<string, unknown> | null, site: Site): PageRoutes | null {
  if (!MARKDOWN.test(projectPath)) return null;
  const front = data ?? {};
  switch (site.generator) {
    case 'hexo':
      return hexoRoutes(projectPath, front, site);
    case 'jekyll':
      return jekyllRoutes(projectPath, front, site);
    case 'hugo':
      return hugoRoutes(projectPath, front, site.routing);
    case 'docusaurus':
      return docusaurusRoutes(projectPath, front, site.routing);
    case 'astro':
      return astroRoutes(projectPath, front, site.routing.languages);
    default:
      return { routes: [fileRoute(projectPath.replace(MARKDOWN, ''))], names: [] };
  }
}

const withoutExtension = (file: string) => file.replace(/\.[^./]+$/, '');
const stringOf = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** `/a/b/` for `a/b/index`, `/a/b.html` for `a/b`: a page as static generators write it. */
function fileRoute(name: string): string {
  if (name === 'index') return '/';
  if (name.endsWith('/index')) return `/${name.slice(0, -'index'.length)}`;
  return `/${name}.html`;
}

/** A permalink written in front matter or config, as a route: leading `/`, no host. */
function asRoute(permalink: string): string {
  const route = permalink.replace(/^[a-z]+:\/\/[^/]*/i, '');
  return route.startsWith('/') ? route : `/${route}`;
}

/** A date from front matter (local to the site's zone when written with an offset) or a file name. */
function dateOf(value: unknown, timezone: string | undefined): DateParts | null {
  const parts = typeof value === 'string' ? parseDateText(value) : null;
  if (!parts || parts.offsetMinutes === undefined || !timezone) return parts;
  const utc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0) - parts.offsetMinutes * 60_000;
  const local = new Date(utc + zoneOffsetMinutes(utc, timezone) * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds() };
}

const two = (value: number | undefined) => String(value ?? 0).padStart(2, '0');

/** Fills `:token`s; an unknown token becomes `*` (any one segment). */
function fill(pattern: string, values: Record<string, string | undefined>): string {
  let filled = '';
  for (const piece of piecesOf(pattern)) filled += piece.startsWith(':') ? (values[piece.slice(1)] ?? '*') : piece;
  return filled;
}

/** A pattern's literal text and `:token`s, in order: split once (a site has a pattern or two, and a route per post). */
const patternPieces = new Map<string, readonly string[]>();

function piecesOf(pattern: string): readonly string[] {
  let pieces = patternPieces.get(pattern);
  if (!pieces) {
    pieces = pattern.split(/(:[a-z_]+)/i).filter(Boolean);
    if (patternPieces.size >= 64) patternPieces.clear();
    patternPieces.set(pattern, pieces);
  }
  return pieces;
}

function dateTokens(date: DateParts | null): Record<string, string | undefined> {
  if (!date) return {};
  return {
    year: String(date.year),
    month: two(date.month),
    day: two(date.day),
    i_month: String(date.month),
    i_day: String(date.day),
    hour: two(date.hour),
    minute: two(date.minute),
    second: two(date.second),
    short_year: two(date.year % 100),
  };
}

/**
 * Hexo (hexo lib/plugins/processor/post.ts; lib/plugins/filter/post_permalink.ts): a post's slug is
 * its file name under `_posts/` read with `new_post_name` (front-matter `slug` is overwritten by it);
 * its address is `permalink` filled from the slug and the date, unless front matter sets
 * `permalink`. Pages elsewhere in `source/` are `name.html` or `folder/` for `index.md`.
 */
function hexoRoutes(projectPath: string, data: Record<string, unknown>, site: Site): PageRoutes | null {
  const { routing } = site;
  const source = routing.contentDir ?? 'source';
  if (!projectPath.startsWith(`${source}/`)) return null;
  const relative = projectPath.slice(source.length + 1);
  if (data.published === false) return null;
  if (relative.startsWith('_posts/')) {
    const name = withoutExtension(relative.slice('_posts/'.length));
    const info = parseNewPostName(withoutExtension(routing.newPostName ?? ':title.md'), name);
    const slug = info.title ?? name;
    const date = dateOf(data.date, site.timezone) ?? (info.year && info.month && info.day ? { year: Number(info.year), month: Number(info.month), day: Number(info.day) } : null);
    const explicit = stringOf(data.permalink);
    const values = { ...dateTokens(date), title: slug, name: slug.split('/').pop(), post_title: slug };
    const route = explicit ? asRoute(explicit) : asRoute(fill(routing.permalink ?? ':year/:month/:day/:title/', values));
    return { routes: [route], names: [slug] };
  }
  // `_drafts` are not generated; other `_` folders (`_data`) are not pages.
  if (relative.split('/').some((segment) => segment.startsWith('_'))) return null;
  const explicit = stringOf(data.permalink);
  return { routes: [explicit ? asRoute(explicit) : fileRoute(withoutExtension(relative))], names: [] };
}

/**
 * hexo's `parseFilename` (lib/plugins/processor/post.ts): the file name read with `new_post_name`
 * (`:year-:month-:day-:title`): date tokens take their digits, other tokens run to the next
 * literal; a name that does not fit is all title.
 */
function parseNewPostName(pattern: string, name: string): Record<string, string | undefined> {
  const pieces = piecesOf(pattern);
  const info: Record<string, string | undefined> = {};
  let at = 0;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as string;
    if (!piece.startsWith(':')) {
      if (!name.startsWith(piece, at)) return { title: name };
      at += piece.length;
      continue;
    }
    const token = piece.slice(1).replace(/^i_/, '');
    const width = token === 'year' ? 4 : token === 'month' || token === 'day' ? 2 : 0;
    let value: string;
    if (width > 0) {
      value = name.slice(at, at + width);
      if (!/^\d+$/.test(value) || value.length !== width) return { title: name };
    } else {
      const next = pieces[index + 1];
      const end = next === undefined ? name.length : name.indexOf(next, at + 1);
      if (end === -1) return { title: name };
      value = name.slice(at, end);
    }
    info[token] = value;
    at += value.length;
  }
  if (at !== name.length) return { title: name };
  info.title ??= name;
  return info;
}

/** Jekyll's built-in permalink styles (docs "Permalinks", jekyll lib/jekyll/utils.rb `permalink_style`). */
const JEKYLL_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/**
 * Jekyll (docs: Posts, Permalinks, Collections): `_posts/YYYY-MM-DD-title.md` (in any folder, whose
 * names are categories) → the site `permalink` filled from the front-matter date (else the file
 * name's), `slug` or the name's title, and the categories; front-matter `permalink` wins. Pages are
 * `name.html` or `folder/`; collections with `output: true` are `/:collection/:path`.
 */
function jekyllRoutes(projectPath: string, data: Record<string, unknown>, site: Site): PageRoutes | null {
  const { routing } = site;
  if (data.published === false) return null;
  const explicit = stringOf(data.permalink);
  const postMatch = jekyllPost(projectPath);
  if (postMatch) {
    const { folder, year, month, day, title } = postMatch;
    const date = dateOf(data.date, site.timezone) ?? { year: Number(year), month: Number(month), day: Number(day) };
    const categories = [...(folder ? folder.split('/') : []), ...listOf(data.categories ?? data.category)].map((category) => category.toLowerCase().replace(/\s+/g, '-'));
    const style = routing.permalink ?? 'date';
    const pattern = JEKYLL_STYLES[style] ?? style;
    const name = `${year}-${month}-${day}-${title}`;
    const values = { ...dateTokens(date), title: stringOf(data.slug) ?? title, slug: stringOf(data.slug) ?? title, categories: categories.join('/'), output_ext: '.html', y_day: undefined };
    const route = explicit ? asRoute(explicit) : asRoute(fill(pattern, values).replace(/\/{2,}/g, '/'));
    return { routes: [route], names: [name, ...(folder ? [`${folder}/${name}`] : [])] };
  }
  const segments = projectPath.split('/');
  const collection = segments[0]?.startsWith('_') ? segments[0].slice(1) : null;
  if (collection !== null) {
    const permalink = routing.sections && Object.hasOwn(routing.sections, collection) ? routing.sections[collection] : undefined;
    if (permalink === undefined || segments.some((segment) => segment === '_drafts')) return null;
    const path = withoutExtension(segments.slice(1).join('/'));
    const route = explicit ?? (permalink ? fill(JEKYLL_STYLES[permalink] ?? permalink, { collection, path, name: path.split('/').pop(), title: path.split('/').pop(), output_ext: '.html' }) : `/${collection}/${path}.html`);
    return { routes: [asRoute(route)], names: [] };
  }
  if (segments.some((segment) => segment.startsWith('_') || segment.startsWith('.'))) return null;
  return { routes: [explicit ? asRoute(explicit) : fileRoute(withoutExtension(projectPath))], names: [] };
}

/** `[folder/]_posts/[sub/]YYYY-MM-DD-title.ext`, read without a backtracking expression. */
function jekyllPost(projectPath: string): { folder: string | undefined; year: string; month: string; day: string; title: string } | null {
  const at = projectPath.startsWith('_posts/') ? 0 : projectPath.indexOf('/_posts/') + 1;
  if (at === 0 && !projectPath.startsWith('_posts/')) return null;
  const file = projectPath.slice(projectPath.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  const date = /^(\d{4})-(\d{2})-(\d{2})-/.exec(file);
  if (!date || dot <= date[0].length) return null;
  return { folder: at === 0 ? undefined : projectPath.slice(0, at - 1), year: date[1] as string, month: date[2] as string, day: date[3] as string, title: file.slice(date[0].length, dot) };
}

function listOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/**
 * Hugo (docs: Content organization, URL management): `content/s/x.md` and the bundle
 * `content/s/x/index.md` → `/s/x/`; `_index.md` → its section; front-matter `slug` replaces the
 * last segment, `url` the whole path, `aliases` add addresses; `[permalinks]` patterns per section.
 * Paths are lower-cased unless `disablePathToLower`.
 */
function hugoRoutes(projectPath: string, data: Record<string, unknown>, routing: SiteRouting): PageRoutes | null {
  const place = hugoPlace(projectPath, routing);
  if (!place || data.draft === true) return null;
  const { language, logical } = place;
  const segments = withoutExtension(logical).split('/');
  const last = segments[segments.length - 1] as string;
  const isList = last === '_index';
  const dirs = segments.slice(0, -1);
  const name = last === 'index' || isList ? (dirs[dirs.length - 1] ?? '') : last;
  const lower = (route: string) => (routing.keepCase ? route : route.toLowerCase());
  const languages = routing.languages;
  // A language's pages are under `/<code>/`; the default's too with `defaultContentLanguageInSubdir`.
  const prefix = languages && language && (language !== languages.default || languages.prefixDefault) ? `/${language}` : '';
  const known = (routes: string[]) => ({ routes, names: [], logical, ...(language ? { language } : {}) });
  const aliases = listOf(data.aliases).map((alias) => asRoute(alias));
  const url = stringOf(data.url);
  if (url) return known([lower(asRoute(url)), ...aliases]);
  if (isList) return known([lower(`${prefix}${dirs.length === 0 ? '/' : `/${dirs.join('/')}/`}`), ...aliases]);
  const slug = stringOf(data.slug);
  const section = dirs[0] ?? '';
  const pattern = routing.sections && Object.hasOwn(routing.sections, section) ? routing.sections[section] : undefined;
  const ending = routing.uglyUrls ? '.html' : '/';
  const parentDirs = last === 'index' ? dirs.slice(0, -1) : dirs;
  let route: string;
  if (pattern && dirs.length > 0) {
    const title = stringOf(data.title);
    const titleSlug = title ? hugoUrlize(title) : name;
    route = fill(pattern, {
      ...dateTokens(dateOf(data.date, undefined)),
      slug: slug ?? titleSlug,
      title: titleSlug,
      slugorfilename: slug ?? name,
      slugorcontentbasename: slug ?? name,
      filename: name,
      contentbasename: name,
      section,
      sections: parentDirs.join('/'),
    });
  } else route = `/${[...parentDirs, slug ?? name].filter(Boolean).join('/')}${ending}`;
  return known([lower(`${prefix}${asRoute(route)}`), ...aliases]);
}

/**
 * Where a file is in a Hugo site: its language and its path from that language's content folder,
 * without a language suffix. Translation by content directory (`languages.<code>.contentDir`), or
 * by file name (`about.fr.md`); otherwise the default language (docs: "Multilingual mode").
 */
function hugoPlace(projectPath: string, routing: SiteRouting): { language: string | null; logical: string } | null {
  const languages = routing.languages;
  const folders = Object.entries(languages?.contentDirs ?? {}).sort((a, b) => b[1].length - a[1].length);
  for (const [code, folder] of folders) if (projectPath.startsWith(`${folder}/`)) return { language: code, logical: projectPath.slice(folder.length + 1) };
  const content = routing.contentDir ?? 'content';
  if (!projectPath.startsWith(`${content}/`)) return null;
  const logical = projectPath.slice(content.length + 1);
  if (!languages) return { language: null, logical };
  const suffix = /\.([a-z]{2,3}(?:-[a-z0-9]+)*)(\.[^./]+)$/i.exec(logical);
  const code = suffix?.[1]?.toLowerCase();
  if (suffix && code && languages.codes.includes(code)) return { language: code, logical: `${logical.slice(0, suffix.index)}${suffix[2]}` };
  return { language: languages.default, logical };
}

/** Docusaurus's number prefixes (`01-intro`, `1. intro`, `01_intro`): dropped from ids and routes (docs: "Number prefixes"). */
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*/;

/**
 * Docusaurus (docs: Docs "Document ID", "slug"; Blog "Adding posts"): a doc's route is
 * `/<routeBasePath>/<folders>/<id>` with number prefixes dropped, `index`/`README` and a file named
 * like its folder standing for the folder; front-matter `id` replaces the last part, `slug` the
 * whole (absolute) or the last part (relative). Blog posts drop their file name's date into the path
 * (`2024-01-01-x.md` → `/blog/2024/01/01/x`); `slug` replaces it. Pages in `src/pages/`.
 */
function docusaurusRoutes(projectPath: string, data: Record<string, unknown>, routing: SiteRouting): PageRoutes | null {
  const languages = routing.languages;
  // A translation (docs: "i18n - Using git"): `i18n/<locale>/docusaurus-plugin-content-docs/current/x.md` is `docs/x.md` under `/<locale>/`.
  const translated = languages ? /^i18n\/([^/]+)\/docusaurus-plugin-content-(docs\/current|blog|pages)\/(.+)$/.exec(projectPath) : null;
  if (translated) {
    const [, locale = '', plugin, rest = ''] = translated;
    if (!languages?.codes.includes(locale)) return null;
    const source = `${plugin === 'docs/current' ? 'docs' : plugin === 'blog' ? 'blog' : 'src/pages'}/${rest}`;
    const routes = docusaurusSourceRoutes(source, data, routing);
    return routes && { routes: routes.routes.map((route) => `/${locale}${route}`), names: [], language: locale };
  }
  const routes = docusaurusSourceRoutes(projectPath, data, routing);
  return routes && languages ? { ...routes, language: languages.default } : routes;
}

function docusaurusSourceRoutes(projectPath: string, data: Record<string, unknown>, routing: SiteRouting): PageRoutes | null {
  const slug = stringOf(data.slug);
  const join = (base: string, rest: string) => `/${[base, rest].filter(Boolean).join('/')}`.replace(/\/{2,}/g, '/');
  if (projectPath.startsWith('docs/')) {
    const base = routing.docsBase ?? 'docs';
    const segments = withoutExtension(projectPath.slice(5))
      .split('/')
      .map((segment) => segment.replace(NUMBER_PREFIX, ''));
    let last = segments.pop() as string;
    const id = stringOf(data.id);
    if (id) last = id;
    const folder = segments.join('/');
    if (slug) return { routes: [slug.startsWith('/') ? join(base, slug) : join(base, [folder, slug].filter(Boolean).join('/'))], names: [] };
    const isIndex = /^(index|readme)$/i.test(last) || (!id && last === segments[segments.length - 1]);
    return { routes: [join(base, isIndex ? folder : [folder, last].filter(Boolean).join('/'))], names: [] };
  }
  if (projectPath.startsWith('blog/')) {
    const base = routing.blogBase ?? 'blog';
    let name = withoutExtension(projectPath.slice(5));
    if (name.endsWith('/index')) name = name.slice(0, -'/index'.length);
    if (slug) return { routes: [join(base, slug)], names: [] };
    const dated = blogDate(name);
    return { routes: [dated ? join(base, `${dated.before}${dated.year}/${dated.month}/${dated.day}/${dated.rest}`) : join(base, name)], names: [] };
  }
  if (projectPath.startsWith('src/pages/')) {
    const name = withoutExtension(projectPath.slice('src/pages/'.length));
    return { routes: [slug ? asRoute(slug) : `/${name.replace(/(^|\/)index$/, '')}`], names: [] };
  }
  return null;
}

/** The first `YYYY-MM-DD-` (or `YYYY/MM/DD/`) at the start of a segment of a blog post's path, and what is around it. */
function blogDate(name: string): { before: string; year: string; month: string; day: string; rest: string } | null {
  const date = /(\d{4})[-/](\d{2})[-/](\d{2})[-/]/y;
  for (let at = 0; at < name.length; at = name.indexOf('/', at) + 1) {
    date.lastIndex = at;
    const match = date.exec(name);
    if (match && match.index + match[0].length < name.length) {
      return { before: name.slice(0, at), year: match[1] as string, month: match[2] as string, day: match[3] as string, rest: name.slice(at + match[0].length) };
    }
    if (name.indexOf('/', at) === -1) break;
  }
  return null;
}

/**
 * Astro and Starlight (docs: Content collections, Starlight "Pages"): `src/content/docs/a/b.md` is
 * `/a/b/` (Starlight), `src/content/<collection>/x.md` is `/<collection>/x/` by convention (the
 * site's own pages decide: an assumption), `src/pages/x.md` is `/x/`; ids are lower-cased and
 * slugged per segment; front-matter `slug` replaces the id.
 */
function astroRoutes(projectPath: string, data: Record<string, unknown>, languages: SiteRouting['languages']): PageRoutes | null {
  const slugged = (path: string) =>
    path
      .split('/')
      .map((segment) => trimRuns(segment.toLowerCase().replace(/[^\p{L}\p{N}_-]+/gu, '-'), '-'))
      .join('/');
  const asDirectory = (path: string) => `/${path.replace(/(^|\/)index$/, '')}/`.replace(/\/{2,}/g, '/');
  const slug = stringOf(data.slug);
  if (projectPath.startsWith('src/content/docs/')) {
    const relative = projectPath.slice('src/content/docs/'.length);
    const routes = [asDirectory(slug ?? slugged(withoutExtension(relative)))];
    if (!languages) return { routes, names: [] };
    // A locale's pages are in its folder (`fr/…`); the rest are the `root` locale's (docs: "Internationalization").
    const folder = relative.split('/')[0] ?? '';
    return { routes, names: [], language: folder !== 'root' && languages.codes.includes(folder) ? folder : languages.default };
  }
  if (projectPath.startsWith('src/content/')) {
    const [collection, ...rest] = projectPath.slice('src/content/'.length).split('/');
    return { routes: [asDirectory(`${collection}/${slug ?? slugged(withoutExtension(rest.join('/')))}`)], names: [] };
  }
  if (projectPath.startsWith('src/pages/')) return { routes: [asDirectory(withoutExtension(projectPath.slice('src/pages/'.length)))], names: [] };
  return null;
}
