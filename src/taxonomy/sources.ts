/**
 * Where a site declares its taxonomy terms and its authors, by generator: the data files the
 * taxonomy and author rules read (through `project.siteData`), first found first.
 */
import path from 'node:path';
import type { LintDocument, ProjectContext } from '../engine/api.js';
import { DATA_EXTENSIONS, knownNames, type KnownNames } from './known.js';
import { hugoUrlize } from '../text/generator-slugs.js';

/** Data files of one name in a folder, in the extensions the generator reads. */
function dataFiles(folder: string, name: string, extensions: readonly string[] = DATA_EXTENSIONS): string[] {
  return extensions.map((extension) => `${folder}/${name}.${extension}`);
}

/**
 * The folder of a Docusaurus content plugin a document belongs to (`blog`, `docs`,
 * `versioned_docs/version-2.0`): where its `tags.yml` and `authors.yml` are.
 */
function docusaurusContentFolder(document: LintDocument): string {
  const segments = document.projectPath.split('/');
  if (segments[0] === 'versioned_docs' && segments.length > 2) return `${segments[0]}/${segments[1]}`;
  return segments[0] ?? '';
}

/**
 * Where a document's terms live: Docusaurus's blog and each docs version have tag pages of their
 * own (`/blog/tags/…`, `/docs/tags/…`), so their terms are never one page; other sites have one set.
 */
export function termScope(project: ProjectContext, document: LintDocument): string {
  return project.site.generator === 'docusaurus' ? docusaurusContentFolder(document) : '';
}

/** How the generator tells two spellings of a term apart: Hugo by its page (`urlize`, lower case), the others as written. */
export function termIdentity(project: ProjectContext): (term: string) => string {
  return project.site.generator === 'hugo' ? (term) => hugoUrlize(term).toLowerCase() : (term) => term;
}

/**
 * What `declaredTerms` found, by the run's data reader (`project.siteData`, which reads each file
 * once a run: the answer holds for the run), so that a site's term lists are read once, not once a post.
 */
const declared = new WeakMap<ProjectContext['siteData'], Map<string, KnownNames | null>>();

/** The data file that lists a taxonomy's terms for this document, if the site has one. */
export function declaredTerms(project: ProjectContext, document: LintDocument, taxonomy: string, files: Readonly<Record<string, string>> = {}): KnownNames | null {
  const named = Object.hasOwn(files, taxonomy) ? files[taxonomy] : undefined;
  const folder = project.site.generator === 'docusaurus' ? docusaurusContentFolder(document) : '';
  let found = declared.get(project.siteData);
  if (!found) declared.set(project.siteData, (found = new Map()));
  // NUL parts no path or taxonomy holds; `\u0001` for no file named.
  const key = `${taxonomy}\0${named ?? '\u0001'}\0${folder}`;
  let known = found.get(key);
  if (known === undefined) found.set(key, (known = readDeclaredTerms(project, folder, taxonomy, named)));
  return known;
}

function readDeclaredTerms(project: ProjectContext, folder: string, taxonomy: string, named: string | undefined): KnownNames | null {
  const identity = termIdentity(project);
  if (named !== undefined) return knownNames(project, [named], identity);
  switch (project.site.generator) {
    case 'docusaurus':
      // The plugins' `tags` option, default `tags.yml` in the content folder (docusaurus.io/docs/blog#authors and #tags).
      return taxonomy === 'tags' ? knownNames(project, [`${folder}/tags.yml`], identity) : null;
    case 'hugo':
      return knownNames(project, dataFiles('data', taxonomy), identity);
    case 'jekyll':
      return knownNames(project, dataFiles('_data', taxonomy, ['yml', 'yaml', 'json']), identity);
    case 'hexo':
      return knownNames(project, dataFiles('source/_data', taxonomy, ['yml', 'yaml', 'json']), identity);
    default:
      return null;
  }
}

/**
 * Where a Docusaurus blog's authors file is: the blog plugin's `authorsMapPath` when the config
 * (JavaScript, read as text, never run) gives it as a literal, else `authors.yml` in the blog
 * folder; `unknown` when the config sets it to something that is not a literal.
 */
export function docusaurusAuthorsFiles(project: ProjectContext, folder: string): string[] | 'unknown' {
  const evidence = project.site.evidence;
  const config = evidence ? project.siteData(evidence) : null;
  const text = config && config.kind !== 'missing' ? (config.text ?? '') : '';
  if (!text.includes('authorsMapPath')) return [`${folder}/authors.yml`, `${folder}/authors.yaml`, `${folder}/authors.json`];
  const literal = AUTHORS_MAP_PATH.exec(text)?.[1];
  return literal ? [path.posix.normalize(path.posix.join(folder, literal))] : 'unknown';
}

const AUTHORS_MAP_PATH = /\bauthorsMapPath\s{0,20}:\s{0,20}['"`]([^'"`\n]{1,200})['"`]/;

/** The site's authors file for this document, if it has one. */
export function declaredAuthors(project: ProjectContext, document: LintDocument, file?: string): KnownNames | null {
  if (file !== undefined) return knownNames(project, [file]);
  switch (project.site.generator) {
    case 'docusaurus': {
      // The docs plugin has no authors.
      const folder = docusaurusContentFolder(document);
      const files = folder === 'blog' ? docusaurusAuthorsFiles(project, folder) : 'unknown';
      return files === 'unknown' ? null : knownNames(project, files);
    }
    case 'hugo':
      // `site.Data.authors`: one file, or a folder with a file per author.
      return knownNames(project, [...dataFiles('data', 'authors'), 'data/authors/']);
    case 'jekyll':
      return knownNames(project, dataFiles('_data', 'authors', ['yml', 'yaml', 'json']));
    case 'hexo':
      return knownNames(project, dataFiles('source/_data', 'authors', ['yml', 'yaml', 'json']));
    default:
      return null;
  }
}
