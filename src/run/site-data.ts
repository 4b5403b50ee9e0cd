/**
 * The site's data files and folders, for the rules that compare posts with them (`blog/tags.yml`,
 * `_data/authors.yml`, the images under `static/`): read once a run, here, so that rules do no I/O.
 * Data files are parsed as data — YAML with the core schema, JSON, TOML — and never executed; one
 * that does not parse is described (where and why) for the rule to report.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { getStaticTOMLValue, parseTOML } from 'toml-eslint-parser';
import { LineCounter, parseDocument } from 'yaml';
import type { SiteData } from '../engine/rule.js';

/** Data files are small; a larger one is reported, not read. */
const MAX_DATA_BYTES = 1024 * 1024;
/** A listing stops here: a folder of a content site holds far fewer. */
const MAX_LISTED_FILES = 100_000;

/** Reads a site's files as data, each once, by path relative to `root`; never outside `root`. */
export function siteDataReader(root: string): (relativePath: string) => SiteData {
  const read = new Map<string, SiteData>();
  return (relativePath) => {
    const normal = path.posix.normalize(relativePath.replace(/^\/+/, ''));
    if (normal === '..' || normal.startsWith('../') || normal === '.') return { kind: 'missing' };
    let data = read.get(normal);
    if (!data) read.set(normal, (data = within(root, normal) ? readData(path.join(root, normal)) : { kind: 'invalid', text: null, line: 1, column: 1, reason: 'a symbolic link (or in a linked folder) leading out of the site: not followed' }));
    return data;
  };
}

const realRoots = new Map<string, string>();

/** Whether a path of the site, once its links are resolved, is still in the site (or does not exist). */
function within(root: string, relative: string): boolean {
  let real: string;
  try {
    real = realpathSync(path.join(root, relative));
  } catch {
    return true;
  }
  const realRoot = realRoots.get(root) ?? realpathSync(root);
  realRoots.set(root, realRoot);
  return real === realRoot || real.startsWith(realRoot + path.sep);
}

function readData(file: string): SiteData {
  let text: string;
  try {
    const stats = lstatSync(file);
    if (stats.isSymbolicLink()) return { kind: 'invalid', text: null, line: 1, column: 1, reason: 'a symbolic link: not followed' };
    if (!stats.isFile()) return { kind: 'missing' };
    if (stats.size > MAX_DATA_BYTES) return { kind: 'invalid', text: null, line: 1, column: 1, reason: `the file is ${stats.size} bytes, over the ${MAX_DATA_BYTES} read as data` };
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return { kind: 'missing' };
  }
  const extension = path.extname(file).toLowerCase();
  try {
    if (extension === '.yml' || extension === '.yaml') return readYaml(text);
    if (extension === '.json') return readJson(text);
    if (extension === '.toml') return { kind: 'data', text, value: getStaticTOMLValue(parseTOML(text)) };
  } catch (error) {
    const { lineNumber, column, message } = error as { lineNumber?: number; column?: number; message?: string };
    return { kind: 'invalid', text, line: lineNumber ?? 1, column: (column ?? 0) + 1, reason: firstLine(message ?? String(error)) };
  }
  return { kind: 'text', text };
}

function readYaml(text: string): SiteData {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false, resolveKnownTags: false, lineCounter });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) {
    const { line, col } = lineCounter.linePos(problem.pos[0]);
    return { kind: 'invalid', text, line, column: col, reason: firstLine(problem.message) };
  }
  try {
    return { kind: 'data', text, value: document.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { kind: 'invalid', text, line: 1, column: 1, reason: firstLine((error as Error).message) };
  }
}

function readJson(text: string): SiteData {
  try {
    return { kind: 'data', text, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    // V8 says where: "… at position 12" (Node 20) or "(line 2 column 5)" (Node 22).
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn) return { kind: 'invalid', text, line: Number(lineColumn[1]), column: Number(lineColumn[2]), reason: firstLine(message) };
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    const before = text.slice(0, offset).split('\n');
    return { kind: 'invalid', text, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, reason: firstLine(message) };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? '';
}

/**
 * Lists the files under a folder of the site, recursively, sorted, as paths from `root`. Symbolic
 * links, dot-folders and `node_modules` are left out; a missing folder lists nothing.
 */
export function siteFolderLister(root: string): (folder: string) => readonly string[] {
  const listed = new Map<string, readonly string[]>();
  return (folder) => {
    const normal = path.posix.normalize(folder.replace(/^\/+/, '') || '.');
    if (normal === '..' || normal.startsWith('../')) return [];
    let files = listed.get(normal);
    if (!files) {
      const found: string[] = [];
      // A linked folder is not listed, as the walk does not follow links below it.
      if (normal === '.' || (isRealFolder(path.join(root, normal)) && within(root, normal))) walk(root, normal === '.' ? '' : normal, found);
      listed.set(normal, (files = found.sort()));
    }
    return files;
  };
}

function walk(root: string, folder: string, into: string[]): void {
  let entries;
  try {
    entries = readdirSync(path.join(root, folder), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (into.length >= MAX_LISTED_FILES) return;
    const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      walk(root, relative, into);
    } else if (entry.isFile()) {
      into.push(relative);
    }
  }
}

function isRealFolder(folder: string): boolean {
  try {
    return lstatSync(folder).isDirectory();
  } catch {
    return false;
  }
}
