/**
 * The site as the link rules see it after the run has shown them every file: each page's routes,
 * names and anchors, and a resolver that follows a link the way the generator and a case-sensitive
 * host would. Built by the rules' `gather` from each page's facts (links/facts.ts), read in their `finish`.
 */
import path from 'node:path';
import { LintDocument, type FileLookup, type ProjectContext } from '../engine/api.js';
import { decodedUriComponent } from '../url/url.js';
import { didYouMean } from '../text/suggest.js';
import { trimEndRun } from '../text/trim.js';
import { routeDataOf, routesOf } from './routes.js';
import type { PostLink } from './view.js';
import type { Languages } from '../schema/routing.js';
import { ownHosts, type PageFacts } from './facts.js';

export interface Page {
  /** The report path (as findings name files) and the path from the config's folder. */
  file: string;
  projectPath: string;
  routes: string[];
  /** Whether the run reports on this file (false: a file only shown, in a partial run). */
  checked: boolean;
  /** Where its links within the site are kept (the run's stash: `SiteIndex.linksOf` reads them), `null` for none. */
  links: number | null;
  /** Where its ids are kept (the run's stash: `SiteIndex.anchorsOf` reads them), or `null` when nobody knows which its renderer makes. */
  anchors: number | null;
  /** On a multilingual site, the page's language. */
  language: string | null;
  /** Hugo: its path as `ref` finds it (from its language's content folder, no language suffix). */
  logical: string | null;
  /** A page the change deleted: it stands only for where links to it led. */
  deleted?: true;
}

/** What a page's routes are, kept in the stash while the run goes on (see `SiteIndex`). */
interface KeptRoutes {
  routes: string[];
  names: string[];
  language: string | null;
  logical: string | null;
}

/** Where a link leads: a page of the site (with the fragment to look for), a file, nowhere we judge, or nowhere. */
export type Resolution =
  | { kind: 'page'; page: Page; fragment: string | null }
  | { kind: 'file' }
  | { kind: 'unjudged' }
  | { kind: 'broken'; target: string; suggestion: string; suggestedPage: Page | null; wrongCase: string | null; moved?: true; language?: string };

const MARKDOWN_EXTENSIONS = ['.md', '.mdx', '.markdown'];
/** Addresses the generators make from what no post holds (archives, taxonomies, feeds): not judged. */
const GENERATED: Record<string, readonly string[]> = {
  hexo: ['archives', 'tags', 'categories', 'page', 'atom.xml', 'rss2.xml', 'sitemap.xml', 'search.xml'],
  jekyll: ['tags', 'categories', 'feed.xml', 'sitemap.xml', 'page2'],
  hugo: ['tags', 'categories', 'page', 'index.xml', 'sitemap.xml'],
  docusaurus: ['search'],
  astro: ['rss.xml', 'sitemap-index.xml'],
};

/** `/a/b` for `/a/b/`, `/a/b/index.html`, `/a/b.html`: the forms hosts serve one page under. */
export function routeKey(route: string): string {
  let key = route;
  if (key.endsWith('/index.html')) key = key.slice(0, -'index.html'.length);
  else if (key.endsWith('.html')) key = key.slice(0, -'.html'.length);
  while (key.length > 1 && key.endsWith('/')) key = key.slice(0, -1);
  return key === '' ? '/' : key;
}

/** A page's row in `SiteIndex`: four numbers, at these places. */
const ROW = { size: 4, checked: 0, anchors: 1, routes: 2, links: 3 } as const;

/**
 * The run's site index, one for both link rules (each building its own kept every page's routes,
 * links and names twice). Keyed by the run's project, which lives as long as the run.
 */
export function siteIndexOf(project: ProjectContext): SiteIndex {
  let index = indexes.get(project);
  if (!index) indexes.set(project, (index = new SiteIndex(project.stash)));
  return index;
}
const indexes = new WeakMap<ProjectContext, SiteIndex>();

/**
 * The site's pages and how links find them. While the run goes on, `add` keeps of each page its two
 * paths and where the rest waits in the run's stash (its routes and names, its links, its ids): a
 * few dozen bytes a page, at the time the workers are running too. The pages and the maps that
 * find them are built at the first look-up, in the rules' `finish` (issue #25: kept as objects and
 * maps from the start, the index was 30 MB of the 72 MB a run over 64,000 posts held at its peak).
 */
export class SiteIndex {
  readonly #stash: ProjectContext['stash'];
  // The pages added, in order: their paths, and a row of four numbers each (`ROW`): whether the run checks it, and its handles in the stash (-1: none).
  readonly #files: string[] = [];
  readonly #projectPaths: string[] = [];
  #rows = new Int32Array(ROW.size * 1024);
  /** How many of them are in the pages and maps below. */
  #built = 0;
  readonly #pages: Page[] = [];
  readonly #byKey = new Map<string, Page>();
  readonly #byLowerKey = new Map<string, string>();
  readonly #wildcards: Array<{ segments: string[]; page: Page }> = [];
  /** Names (Hexo, Jekyll) are looked up by tag links only: the map is built at the first (`#names`), from the pages' routes read back again. */
  #byName: Map<string, Page> | null = null;
  /** The pages that have names, and where their routes and names are in the stash. */
  readonly #named: Page[] = [];
  readonly #namedAt: number[] = [];
  readonly #byProjectPath = new Map<string, Page>();
  readonly #namespaces = new Set<string>();
  /** Where renamed pages were before the change (old route keys, old paths, old names) → the page now (its place among those added), or a deleted page. */
  readonly #former = new Map<string, number | Page>();
  #routesForSuggestions: string[] | null = null;
  #deletedFollowed = false;
  #lower: { byLowerPath: Map<string, Page[]>; byBaseName: Map<string, Page[]>; size: number } | null = null;

  constructor(stash: ProjectContext['stash']) {
    this.#stash = stash;
  }

  /**
   * Records a page from its facts (links/facts.ts): its routes and names, its links and (when given)
   * its anchors. Both link rules record each page, one after the other: the second time, only
   * anchors not known yet are added (and so for a page added again later, when the pages are built).
   */
  add(entry: { file: string; projectPath: string; checked: boolean; page: PageFacts; anchors: readonly string[] | null }, project: ProjectContext): void {
    const last = this.#projectPaths.length - 1;
    if (last >= 0 && this.#projectPaths[last] === entry.projectPath) {
      if (entry.anchors && this.#rows[last * ROW.size + ROW.anchors] === -1) this.#rows[last * ROW.size + ROW.anchors] = this.#keep(entry.anchors);
      return;
    }
    const computed = routesOf(entry.projectPath, entry.page.data, project.site);
    const kept: KeptRoutes = { routes: computed?.routes ?? [], names: computed?.names ?? [], language: computed?.language ?? null, logical: computed?.logical ?? null };
    // One string when the two are the same (a run from the config's folder).
    this.#files.push(entry.file === entry.projectPath ? entry.projectPath : entry.file);
    this.#projectPaths.push(entry.projectPath);
    const row = (last + 1) * ROW.size;
    if (row + ROW.size > this.#rows.length) {
      const rows = new Int32Array(this.#rows.length * 2);
      rows.set(this.#rows);
      this.#rows = rows;
    }
    this.#rows[row + ROW.checked] = entry.checked ? 1 : 0;
    this.#rows[row + ROW.anchors] = entry.anchors ? this.#keep(entry.anchors) : -1;
    this.#rows[row + ROW.routes] = this.#keep(kept);
    this.#rows[row + ROW.links] = entry.page.links.length > 0 ? this.#keep(entry.page.links) : -1;
    if (entry.checked && project.checksAChange) this.#addFormer(last + 1, entry, project);
  }

  /** Keeps data in the run's stash, as JSON: its handle. */
  #keep(data: unknown): number {
    return this.#stash.keep(JSON.stringify(data));
  }

  /** The pages, in the order they were added (built from what waits in the stash the first time). */
  get pages(): readonly Page[] {
    this.#build();
    return this.#pages;
  }

  /** The pages with links within the site, in order: none, and nothing built, when no page has any (a site whose posts link only out). */
  get linkingPages(): readonly Page[] {
    let any = false;
    for (let row = ROW.links; row < this.#projectPaths.length * ROW.size && !any; row += ROW.size) any = this.#rows[row] !== -1;
    return any ? this.pages.filter((page) => page.links !== null) : [];
  }

  /**
   * The ids a page offers, or `null` when nobody knows which its renderer makes. They wait in the
   * run's stash (16.7 MB of the index's 101 MB at 64,000 posts, issue #25, when kept in the heap),
   * and are read back for the few pages links name a fragment of.
   */
  anchorsOf(page: Page): readonly string[] | null {
    return page.anchors === null ? null : (JSON.parse(this.#stash.kept(page.anchors)) as string[]);
  }

  /** A page's links within the site, read back from the stash. */
  linksOf(page: Page): PostLink[] {
    return page.links === null ? [] : (JSON.parse(this.#stash.kept(page.links)) as PostLink[]);
  }

  /** The pages added since the last look-up, with their routes and names in the maps (the first page to claim one keeps it). */
  #build(): void {
    for (; this.#built < this.#projectPaths.length; this.#built++) {
      const at = this.#built;
      const projectPath = this.#projectPaths[at] as string;
      const row = at * ROW.size;
      const anchors = this.#rows[row + ROW.anchors] as number;
      const known = this.#byProjectPath.get(projectPath);
      if (known) {
        if (anchors !== -1 && known.anchors === null) known.anchors = anchors;
        continue;
      }
      const kept = JSON.parse(this.#stash.kept(this.#rows[row + ROW.routes] as number)) as KeptRoutes;
      const links = this.#rows[row + ROW.links] as number;
      const page: Page = {
        file: this.#files[at] as string,
        projectPath,
        routes: kept.routes,
        checked: this.#rows[row + ROW.checked] === 1,
        links: links === -1 ? null : links,
        anchors: anchors === -1 ? null : anchors,
        language: kept.language,
        logical: kept.logical,
      };
      this.#pages.push(page);
      this.#byProjectPath.set(projectPath, page);
      for (const route of page.routes) {
        const key = routeKey(decodedUriComponent(route));
        if (key.includes('*')) {
          this.#wildcards.push({ segments: key.split('/'), page });
          continue;
        }
        if (!this.#byKey.has(key)) this.#byKey.set(key, page);
        // Keys in lower case already are found in `#byKey` (see `#broken`); only the others need an entry here.
        const lower = key.toLowerCase();
        if (lower !== key && !this.#byLowerKey.has(lower)) this.#byLowerKey.set(lower, route);
        const first = key.split('/')[1];
        if (first) this.#namespaces.add(first);
      }
      if (kept.names.length > 0) {
        this.#named.push(page);
        this.#namedAt.push(this.#rows[row + ROW.routes] as number);
        this.#byName = null;
      }
      this.#routesForSuggestions = null;
    }
  }

  /**
   * Where a page the change touched was before it (its old path, when renamed; its old addresses and
   * names, from its front matter at the base when the run knows it: a `slug` or `permalink` changed
   * in place): links there from unchanged posts are the change's doing (`#moved`).
   */
  #addFormer(page: number | Page, entry: { file: string; projectPath: string; page: PageFacts }, project: ProjectContext, before = project.renamedFrom(entry.projectPath)): void {
    const previous = project.history?.previousText({ path: entry.file, projectPath: entry.projectPath }) ?? null;
    if (!before && previous === null) return;
    let data = entry.page.data;
    if (previous !== null) {
      const document = LintDocument.fromText(entry.file, previous, before ?? entry.projectPath);
      document.useFrontMatterReader(project.site.generator === 'hexo' ? 'hexo' : null);
      data = routeDataOf(document.frontMatter?.data ?? null);
    }
    const old = routesOf(before ?? entry.projectPath, data, project.site);
    if (before) this.#former.set(before, page);
    for (const route of old?.routes ?? []) this.#former.set(routeKey(decodedUriComponent(route)), page);
    for (const name of old?.names ?? []) this.#former.set(`name:${name}`, page);
  }

  /**
   * The pages the change deleted (`project.deletedFiles`), as former places: where their paths,
   * addresses and names were (from their front matter at the base, when the run has it), links from
   * unchanged posts are the change's doing. Once per run, before the first link is resolved.
   */
  followDeleted(project: ProjectContext): void {
    if (this.#deletedFollowed) return;
    this.#deletedFollowed = true;
    this.#build();
    for (const file of project.deletedFiles) {
      if (this.#byProjectPath.has(file.projectPath)) continue;
      const page: Page = { file: file.path, projectPath: file.projectPath, routes: [], checked: true, links: null, anchors: null, language: null, logical: null, deleted: true };
      this.#addFormer(page, { file: file.path, projectPath: file.projectPath, page: { data: null, links: [] } }, project, file.projectPath);
    }
  }

  /** Pages by name (the first page to claim one keeps it). */
  #names(): Map<string, Page> {
    if (this.#byName) return this.#byName;
    const byName = new Map<string, Page>();
    this.#named.forEach((page, at) => {
      const { names } = JSON.parse(this.#stash.kept(this.#namedAt[at] as number)) as KeptRoutes;
      for (const name of names) if (!byName.has(name)) byName.set(name, page);
    });
    return (this.#byName = byName);
  }

  /** The page a change moved from `key` (a route key, a path, `name:` and a name), if one did. */
  #formerPage(key: string): Page | null {
    const former = this.#former.get(key);
    if (typeof former !== 'number') return former ?? null;
    return this.#byProjectPath.get(this.#projectPaths[former] as string) ?? null;
  }

  /** The page a route leads to, allowing the forms hosts serve (`/x`, `/x/`, `/x.html`, `/x/index.html`). */
  #lookup(route: string): Page | null {
    const key = routeKey(route);
    const page = this.#byKey.get(key);
    if (page) return page;
    const segments = key.split('/');
    for (const wildcard of this.#wildcards) {
      if (wildcard.segments.length === segments.length && wildcard.segments.every((segment, index) => segment === '*' || segment === segments[index])) return wildcard.page;
    }
    return null;
  }

  /** Follows a link from `from`. `strict`: judge site paths outside the folders any post lives in too. */
  resolve(link: PostLink, from: Page, project: ProjectContext, strict: boolean): Resolution {
    this.#build();
    const site = project.site;
    switch (link.kind) {
      case 'url':
        return this.#resolveUrl(link.target, from, project, strict);
      case 'post_link':
      case 'post_path':
      case 'post_url': {
        // Linted alone (an editor's buffer), the site's other posts are unknown.
        if (!project.seesWholeSite) return { kind: 'unjudged' };
        const [name = '', fragment] = splitOnce(link.target, '#');
        const byName = this.#names();
        const page = byName.get(name) ?? byName.get(name.replace(/\.[^./]+$/, ''));
        if (page) return { kind: 'page', page, fragment: fragment ?? null };
        return this.#moved(`name:${name}`, name, (moved) => [...byName].find(([, named]) => named === moved)?.[0] ?? moved.projectPath) ?? this.#broken(name, [...byName.keys()]);
      }
      case 'asset_link':
      case 'asset_img': {
        const folder = from.projectPath.replace(/\.[^./]+$/, '');
        return this.#fileAt([path.posix.join(folder, link.target)], project, link.target);
      }
      case 'link': {
        const candidate = link.target.replace(/^\/+/, '');
        return this.#fileAt([candidate], project, link.target);
      }
      case 'ref':
      case 'relref':
        if (!project.seesWholeSite && !link.target.startsWith('#')) return { kind: 'unjudged' };
        return this.#resolveRef(link.target, from, site.routing.contentDir ?? 'content');
      default:
        return { kind: 'unjudged' };
    }
  }

  #resolveUrl(raw: string, from: Page, project: ProjectContext, strict: boolean): Resolution {
    let target = raw.trim();
    if (target === '' || /[{}]{2}|\{%/.test(target)) return { kind: 'unjudged' };
    // Zola's internal links (`@/blog/post.md`): a file of the content folder.
    if (target.startsWith('@/')) {
      const file = decodedUriComponent(target.slice(2).split('#')[0] ?? '');
      const found = this.#byProjectPath.get(`content/${file}`);
      const hashAt = target.indexOf('#');
      if (found) return { kind: 'page', page: found, fragment: hashAt === -1 ? null : target.slice(hashAt + 1) };
      return this.#fileAt([`content/${file}`], project, target);
    }
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target);
    if (scheme || target.startsWith('//')) {
      const own = this.#ownPath(target, project);
      if (own === null) return { kind: 'unjudged' };
      target = own;
    }
    const hashAt = target.indexOf('#');
    const fragment = hashAt === -1 ? null : target.slice(hashAt + 1);
    let pathPart = hashAt === -1 ? target : target.slice(0, hashAt);
    const queryAt = pathPart.indexOf('?');
    if (queryAt !== -1) pathPart = pathPart.slice(0, queryAt);
    pathPart = decodedUriComponent(pathPart);
    if (pathPart === '') return { kind: 'page', page: from, fragment };
    if (pathPart.startsWith('/')) return this.#resolveSitePath(pathPart, fragment, project, strict);
    return this.#resolveRelative(pathPart, fragment, from, project, strict);
  }

  /** The path of an absolute URL on the site's own domain, without the base path; `null` for other hosts. */
  #ownPath(target: string, project: ProjectContext): string | null {
    let url: URL;
    try {
      url = new URL(target.startsWith('//') ? `https:${target}` : target);
    } catch {
      return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!ownHosts(project.site).has(url.hostname.toLowerCase().replace(/^www\./, ''))) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  }

  #resolveSitePath(sitePath: string, fragment: string | null, project: ProjectContext, strict: boolean): Resolution {
    const { basePath } = project.site.routing;
    // Links written with or without the base path are both taken: hosts and themes differ.
    const route = basePath !== '/' && (sitePath + '/').startsWith(basePath) ? sitePath.slice(basePath.length - 1) : sitePath;
    const page = this.#lookup(route);
    if (page) return { kind: 'page', page, fragment };
    const languages = project.site.routing.languages;
    const elsewhere = languages ? this.#inAnotherLanguage(route, languages) : null;
    if (elsewhere?.fallback) return { kind: 'page', page: elsewhere.page, fragment };
    if (elsewhere) return { kind: 'broken', target: route, suggestion: elsewhere.page.routes[0] ?? route, suggestedPage: elsewhere.page, wrongCase: null, language: elsewhere.language };
    for (const folder of project.site.staticDirs) {
      const file = path.posix.join(folder, route);
      if (project.fileExists(file).found || project.fileExists(path.posix.join(file, 'index.html')).found) return { kind: 'file' };
    }
    // Docusaurus and Astro pages written as code (`src/pages/x.tsx`) are routes too.
    if (project.site.generator === 'docusaurus' || project.site.generator === 'astro') {
      const name = trimEndRun(route, '/') || '/index';
      for (const extension of ['.js', '.jsx', '.ts', '.tsx', '.astro', '.md', '.mdx']) {
        if (project.fileExists(`src/pages${name}${extension}`).found || project.fileExists(`src/pages${name}/index${extension}`).found) return { kind: 'file' };
      }
    }
    const first = routeKey(route).split('/')[1] ?? '';
    const generated = GENERATED[project.site.generator ?? ''] ?? [];
    if (generated.includes(first) || /\.(?:xml|json|txt|rss|atom|webmanifest)$/i.test(route)) return { kind: 'unjudged' };
    if (!project.seesWholeSite) return { kind: 'unjudged' };
    // Outside the folders posts and static files live in, an address is the theme's or the server's to give.
    const known = this.#namespaces.has(first) || this.#namespaces.has(first.toLowerCase()) || (first !== '' && project.site.staticDirs.some((folder) => project.fileExists(path.posix.join(folder, first)).found));
    // Without a generator, nothing says how files become addresses: site paths are the server's.
    if (!strict && (!known || project.site.generator === null)) return { kind: 'unjudged' };
    return this.#moved(routeKey(route), route) ?? this.#broken(route, this.#routeList(), routeKey(route).toLowerCase());
  }

  /**
   * A site path no page has, on a multilingual site: the page the generator serves there from the
   * default language when it falls back (Starlight, Docusaurus: `fallback`), or the page at the
   * same path in another language (`/fr/x/` for `/x/`, `/x/` for `/fr/x/`), which the link does not reach.
   */
  #inAnotherLanguage(route: string, languages: Languages): { page: Page; language: string; fallback: boolean } | null {
    const key = routeKey(route);
    const prefixed = (code: string) => code !== languages.default || languages.prefixDefault;
    const first = key.split('/')[1] ?? '';
    const own = languages.codes.find((code) => prefixed(code) && code === first) ?? null;
    const rest = own === null ? key : key.slice(own.length + 1) || '/';
    const at = (code: string) => (prefixed(code) ? `/${code}${rest === '/' ? '/' : rest}` : rest);
    if (languages.fallback && own !== null && own !== languages.default) {
      const page = this.#lookup(at(languages.default));
      if (page) return { page, language: languages.default, fallback: true };
    }
    const linked = own ?? (languages.prefixDefault ? null : languages.default);
    for (const code of languages.codes) {
      if (code === linked) continue;
      const page = this.#lookup(at(code));
      if (page) return { page, language: code, fallback: false };
    }
    return null;
  }

  /** A link to where a page the change renamed (or deleted) used to be: broken, with the page's new address (none when deleted). */
  #moved(formerKey: string, target: string, suggest: (page: Page) => string = (page) => page.routes[0] ?? page.projectPath): Resolution | null {
    const page = this.#formerPage(formerKey);
    if (!page || this.#byKey.has(formerKey)) return null;
    return { kind: 'broken', target, suggestion: page.deleted ? '' : suggest(page), suggestedPage: page, wrongCase: null, moved: true };
  }

  #resolveRelative(relative: string, fragment: string | null, from: Page, project: ProjectContext, strict: boolean): Resolution {
    const directory = path.posix.dirname(from.projectPath);
    const joined = path.posix.normalize(path.posix.join(directory, relative));
    const extension = path.posix.extname(trimEndRun(relative, '/'));
    const candidates = [joined];
    if (relative.endsWith('/') || extension === '') {
      const bare = trimEndRun(joined, '/');
      for (const markdown of MARKDOWN_EXTENSIONS) candidates.push(`${bare}${markdown}`, `${bare}/index${markdown}`, `${bare}/_index${markdown}`, `${bare}/README${markdown}`);
    }
    // Docusaurus (utils `resolveMarkdownLinkPathname`): a bare `intro.md` (no `./`) may also be a path from
    // the docs folder — a translation's own first, then the default locale's.
    if (project.site.generator === 'docusaurus' && !relative.startsWith('.')) {
      const localized = /^i18n\/[^/]+\/docusaurus-plugin-content-docs\/current\//.exec(from.projectPath)?.[0];
      if (localized) candidates.push(path.posix.join(localized, relative));
      candidates.push(path.posix.join('docs', relative));
    }
    let wrongCase: string | null = null;
    for (const candidate of candidates) {
      if (candidate.startsWith('..')) continue;
      const page = this.#byProjectPath.get(candidate);
      if (page) return { kind: 'page', page, fragment };
      const lookup: FileLookup = project.fileExists(candidate);
      if (lookup.found) return { kind: 'file' };
      wrongCase ??= lookup.caseMismatch ?? null;
    }
    // A page address relative to this page's address (`../other-post/` from `/posts/x/`).
    const base = from.routes[0];
    if (base && !base.includes('*')) {
      const route = new URL(relative, `https://site.invalid${base.startsWith('/') ? base : `/${base}`}`).pathname;
      const page = this.#lookup(decodedUriComponent(route));
      if (page) return { kind: 'page', page, fragment };
      if (extension === '' || extension === '.html') {
        const resolved = this.#resolveSitePath(decodedUriComponent(route), fragment, project, strict);
        if (resolved.kind !== 'broken' || wrongCase === null) return resolved;
      }
    }
    if (wrongCase) return { kind: 'broken', target: relative, suggestion: '', suggestedPage: null, wrongCase };
    for (const candidate of candidates) {
      const moved = this.#moved(candidate, relative, (page) => path.posix.relative(directory, page.projectPath));
      if (moved) return moved;
    }
    // Only pages are suggested: a missing image has no page to stand for it.
    const suggestion = extension === '' || MARKDOWN_EXTENSIONS.includes(extension.toLowerCase()) ? nearby(joined, [...this.#byProjectPath.keys()]) : '';
    const suggestedPage = suggestion ? (this.#byProjectPath.get(suggestion) ?? null) : null;
    return { kind: 'broken', target: relative, suggestion: suggestion ? path.posix.relative(directory, suggestion) : '', suggestedPage, wrongCase: null };
  }

  /**
   * Hugo `ref`/`relref` (docs: "Links and cross references"; hugo resources/page/pagemeta and
   * `PageFinder`): a path from the content folder (`/posts/x.md`, `/posts/x`), from this page's
   * folder, or a file name unique in the site; case is ignored; `#anchor` alone is this page. On a
   * multilingual site, the page in the linking page's language (a path names every translation of it).
   */
  #resolveRef(target: string, from: Page, contentDir: string): Resolution {
    const [name = '', fragment] = splitOnce(target, '#');
    if (name === '') return { kind: 'page', page: from, fragment: fragment ?? null };
    const bare = trimEndRun(name, '/');
    const logical = (page: Page) => page.logical ?? path.posix.relative(contentDir, page.projectPath);
    const start = bare.startsWith('/') ? bare.slice(1) : path.posix.join(path.posix.dirname(logical(from)), bare);
    const forms = (base: string) => [base, ...MARKDOWN_EXTENSIONS.flatMap((extension) => [`${base}${extension}`, `${base}/index${extension}`, `${base}/_index${extension}`])];
    const wanted = new Set(forms(path.posix.normalize(start)).map((form) => form.toLowerCase()));
    if (!bare.startsWith('/')) for (const form of forms(bare)) wanted.add(form.toLowerCase());
    const { byLowerPath, byBaseName } = this.#refIndex(logical);
    const found = (pages: readonly Page[] | undefined): Page | null => pages?.find((page) => page.language === from.language) ?? null;
    let elsewhere: Page | null = null;
    for (const form of wanted) {
      const pages = byLowerPath.get(form);
      const page = found(pages);
      if (page) return { kind: 'page', page, fragment: fragment ?? null };
      elsewhere ??= pages?.[0] ?? null;
    }
    for (const extension of MARKDOWN_EXTENSIONS) {
      const named = byBaseName.get(`${bare.toLowerCase()}${extension}`) ?? [];
      const same = named.filter((page) => page.language === from.language);
      if (same.length === 1) return { kind: 'page', page: same[0] as Page, fragment: fragment ?? null };
      if (same.length === 0 && named.length === 1) elsewhere ??= named[0] as Page;
    }
    if (elsewhere?.language) return { kind: 'broken', target: name, suggestion: elsewhere.routes[0] ?? logical(elsewhere), suggestedPage: elsewhere, wrongCase: null, language: elsewhere.language };
    return this.#broken(name, this.#pages.map(logical));
  }

  /** Pages by lower-cased `ref` path and by lower-cased file name, every language's (built once, after every page is in). */
  #refIndex(logical: (page: Page) => string): { byLowerPath: Map<string, Page[]>; byBaseName: Map<string, Page[]>; size: number } {
    if (this.#lower?.size === this.#pages.length) return this.#lower;
    const byLowerPath = new Map<string, Page[]>();
    const byBaseName = new Map<string, Page[]>();
    const push = (map: Map<string, Page[]>, key: string, page: Page) => {
      const pages = map.get(key);
      if (pages) pages.push(page);
      else map.set(key, [page]);
    };
    for (const page of this.#pages) {
      const lower = logical(page).toLowerCase();
      push(byLowerPath, lower, page);
      push(byBaseName, path.posix.basename(lower), page);
    }
    return (this.#lower = { byLowerPath, byBaseName, size: this.#pages.length });
  }

  #fileAt(candidates: string[], project: ProjectContext, written: string): Resolution {
    let wrongCase: string | null = null;
    for (const candidate of candidates) {
      const lookup = project.fileExists(candidate);
      if (lookup.found) return { kind: 'file' };
      wrongCase ??= lookup.caseMismatch ?? null;
    }
    return { kind: 'broken', target: written, suggestion: '', suggestedPage: null, wrongCase };
  }

  #broken(target: string, candidates: string[], lowerKey?: string): Resolution {
    const wrongCase = lowerKey !== undefined ? (this.#byLowerKey.get(lowerKey) ?? this.#byKey.get(lowerKey)?.routes.find((route) => routeKey(decodedUriComponent(route)) === lowerKey) ?? null) : null;
    const suggestion = wrongCase ? '' : nearby(target, candidates) || sameLastSegment(target, candidates);
    const suggestedPage = suggestion ? (this.#lookup(suggestion) ?? this.#names().get(suggestion) ?? null) : null;
    return { kind: 'broken', target, suggestion, suggestedPage, wrongCase };
  }

  #routeList(): string[] {
    return (this.#routesForSuggestions ??= this.#pages.flatMap((page) => page.routes.filter((route) => !route.includes('*'))));
  }
}

/**
 * The candidate a few edits from `target` (`didYouMean`), looked for only among candidates of about
 * its length: an edit distance costs the product of the lengths, and sites have thousands of pages.
 */
function nearby(target: string, candidates: readonly string[]): string {
  const close = candidates.filter((candidate) => Math.abs(candidate.length - target.length) <= 3);
  return close.length === 0 ? '' : didYouMean(target, close);
}

/** A moved page keeps its name: the one candidate ending in the same last segment, if there is exactly one. */
function sameLastSegment(target: string, candidates: readonly string[]): string {
  const last = (text: string) => routeKey(text).split('/').pop()?.toLowerCase() ?? '';
  const name = last(target);
  if (name === '') return '';
  const matches = candidates.filter((candidate) => last(candidate) === name);
  return matches.length === 1 ? (matches[0] as string) : '';
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

