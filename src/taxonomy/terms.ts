/**
 * Taxonomy terms (tags, categories) as each generator reads them from front matter, the page each
 * term becomes, and how two spellings of one term are recognised. Shared by `taxonomy-known` and
 * `taxonomy-consistent`.
 *
 * - Hexo reads `tag`/`category` as `tags`/`categories`, and a single string as a list of one
 *   (hexo `lib/plugins/processor/post.ts`); a tag's page is hexo-util's `slugize` of its name, case
 *   kept (`filename_case: 0`), so `Java Script` and `java-script` are two tags whose pages are
 *   `Java-Script` and `java-script`.
 * - Jekyll reads `tag`/`category` too, and splits a string on spaces (`tags: web design` is two
 *   tags); `site.tags` is keyed by the term exactly as written.
 * - Hugo's taxonomies are the config's `taxonomies` (default `tags` and `categories`); a term's page
 *   is its `urlize`d, lower-cased name, so `JavaScript` and `javascript` are one page titled by
 *   whichever Hugo reads first (gohugo.io/functions/urls/urlize).
 * - Docusaurus makes an inline tag's page from lodash's `kebabCase` of its label (`JavaScript` →
 *   `java-script`, `javascript` → `javascript`) and groups tags by that page
 *   (`@docusaurus/utils` `tags.ts`, `groupTaggedItems`: "the first tag found wins").
 */
import type { LintDocument, ProjectContext, Span, ValueNode } from '../engine/api.js';
import { hexoSlugize, hugoUrlize } from '../text/generator-slugs.js';

export interface TermUse {
  /** The taxonomy, by its plural front-matter key (`tags`, `categories`, a Hugo taxonomy). */
  taxonomy: string;
  term: string;
  span: Span;
}

/** The front-matter keys that hold terms, and the taxonomy each feeds. */
function taxonomyKeys(project: ProjectContext): Map<string, string> {
  const generator = project.site.generator;
  if (generator === 'hugo') {
    const configured = hugoTaxonomies(project);
    return new Map(configured.map((name) => [name, name]));
  }
  if (generator === 'docusaurus') return new Map([['tags', 'tags']]);
  if (generator === 'astro') return new Map([['tags', 'tags'], ['categories', 'categories']]);
  // Hexo, Jekyll and sites of unknown make: the singular keys are read as the plural ones.
  return new Map([
    ['tags', 'tags'],
    ['tag', 'tags'],
    ['categories', 'categories'],
    ['category', 'categories'],
  ]);
}

/**
 * Hugo's taxonomies: the values of the config's `taxonomies` mapping, or of a
 * `config/_default/taxonomies.*` file (a config directory splits the config by top-level key); else
 * `tags` and `categories`.
 */
function hugoTaxonomies(project: ProjectContext): string[] {
  const evidence = project.site.evidence;
  const config = evidence ? project.siteData(evidence) : null;
  let taxonomies = config?.kind === 'data' && isRecord(config.value) ? config.value.taxonomies : undefined;
  for (const extension of ['toml', 'yaml', 'yml', 'json']) {
    if (isRecord(taxonomies)) break;
    const file = project.siteData(`config/_default/taxonomies.${extension}`);
    if (file.kind === 'data') taxonomies = file.value;
  }
  if (!isRecord(taxonomies)) return ['tags', 'categories'];
  return Object.values(taxonomies).filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

/** The terms a document gives, in order, with their places: read once per document (both taxonomy rules ask). */
export function taxonomyTermsOf(document: LintDocument, project: ProjectContext): TermUse[] {
  return document.derive('taxonomy terms', () => termsOf(document, taxonomyKeys(project), project));
}

/** The terms a document gives, in order, with their places; `keys` from `taxonomyKeys`. */
function termsOf(document: LintDocument, keys: ReadonlyMap<string, string>, project: ProjectContext): TermUse[] {
  const root = document.frontMatter?.root;
  if (!root) return [];
  const splitsOnSpaces = project.site.generator === 'jekyll';
  const present = new Set(root.entries.map((entry) => entry.key));
  const uses: TermUse[] = [];
  for (const entry of root.entries) {
    const taxonomy = keys.get(entry.key);
    if (taxonomy === undefined) continue;
    // Hexo and Jekyll read `tag` only when there is no `tags`.
    if (taxonomy !== entry.key && present.has(taxonomy)) continue;
    collect(entry.value, taxonomy, splitsOnSpaces, uses, 0);
  }
  return uses;
}

function collect(node: ValueNode, taxonomy: string, splitsOnSpaces: boolean, into: TermUse[], depth: number): void {
  if (node.type === 'scalar') {
    if (node.value === null) return;
    const term = String(node.value).trim();
    if (term === '') return;
    if (splitsOnSpaces && /\s/.test(term)) {
      splitWords(node, term, taxonomy, into);
      return;
    }
    into.push({ taxonomy, term, span: node.span });
  } else if (node.type === 'sequence' && depth < 2) {
    // Hexo's nested lists are category hierarchies: every name is a term.
    for (const item of node.items) collect(item, taxonomy, false, into, depth + 1);
  } else if (node.type === 'mapping') {
    // Docusaurus's inline tag objects: `{label, permalink}`.
    const label = node.entries.find((entry) => entry.key === 'label');
    if (label) collect(label.value, taxonomy, false, into, depth + 1);
  }
}

/** Jekyll's `tags: web design`: each word is a tag, at its own columns when the value is one plain line. */
function splitWords(node: ValueNode & { type: 'scalar' }, term: string, taxonomy: string, into: TermUse[]): void {
  const plain = node.span.line === node.span.endLine && node.raw === String(node.value);
  for (const match of term.matchAll(/\S+/g)) {
    const start = node.span.column + (match.index ?? 0) + (node.raw.length - node.raw.trimStart().length);
    const span = plain ? { line: node.span.line, column: start, endLine: node.span.line, endColumn: start + match[0].length } : node.span;
    into.push({ taxonomy, term: match[0], span });
  }
}

/**
 * One key for the spellings of a term: case, spaces, hyphens, underscores and dots ignored, a
 * plural `s`/`ies` taken off (`Tutorials` → `tutorial`, `Java-Script` → `javascript`) — but not
 * from words that are not plurals (`news`, `analysis`, `status`, `macos`, `physics`).
 */
export function looseKey(term: string): string {
  let key = term.normalize('NFKC').toLowerCase().replace(/[\s_.-]+/g, '');
  if (NOT_PLURAL.has(key)) return key;
  if (key.length >= 6 && key.endsWith('ies') && !key.endsWith('series')) key = `${key.slice(0, -3)}y`;
  else if (key.length >= 4 && key.endsWith('s') && !/(?:ss|us|is|os|ics)$/.test(key)) key = key.slice(0, -1);
  return key;
}

/** Words that end in `s` without being plurals, common as tags (`news` is not two `new`). */
const NOT_PLURAL = new Set(['news', 'species', 'means', 'devops', 'ops', 'aws', 'dns', 'js', 'nodejs', 'kubernetes', 'postgres', 'redis', 'rails', 'express', 'windows', 'jenkins', 'atlas', 'canvas', 'sass', 'less', 'lens', 'alias', 'gas']);

/** The page a term becomes under the site's generator, from the taxonomy's folder; `null` when it depends on the site's own code. */
export function termPage(project: ProjectContext, term: string): string | null {
  const page = pageOf(project.site.generator, term);
  return page === '' ? null : page;
}

function pageOf(generator: string | null, term: string): string | null {
  switch (generator) {
    case 'hugo':
      return hugoUrlize(term).toLowerCase();
    case 'hexo':
      return hexoSlugize(term);
    case 'docusaurus':
      return kebabCase(term);
    default:
      return null;
  }
}

/** lodash's `kebabCase` for the common case: words split at punctuation, spaces and lower-to-upper changes, lower-cased, joined by `-`. */
export function kebabCase(term: string): string {
  const words = term.match(/\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu) ?? [];
  return words.map((word) => word.toLowerCase()).join('-');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
