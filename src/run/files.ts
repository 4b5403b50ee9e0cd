/**
 * Which files a run checks: the paths given (files, folders or globs) or the config's `include`,
 * minus `exclude`, the default build-output folders and what .gitignore files ignore. Symbolic
 * links are never followed; they are returned as such so that `file-access` reports them.
 * The order is stable: sorted by path.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '../engine/config.js';
import { git } from './git.js';
import { inShard, type Shard } from './shard.js';

export interface FileEntry {
  /**
   * The folder `path` is relative to: the working directory, one string for every file of a run
   * (`absolutePath` joins them when the file is read, so no file keeps a string of its own for it).
   */
  base: string;
  /** POSIX path relative to `base`: the name every report uses. */
  path: string;
  /** POSIX path relative to the config's folder (or to the folder named on the command line, for files outside it): what globs and collections match. */
  projectPath: string;
  /** Set when the entry is a symbolic link: where it points. */
  symlinkTarget?: string;
}

/**
 * The selected files, in the order the rules that compare files see them, and whether this run
 * reports on each (1) or only shows it to those rules (0): a byte a file rather than an object.
 */
export interface Selection {
  entries: readonly FileEntry[];
  checked: Uint8Array;
}

export class FileSelectionError extends Error {
  override name = 'FileSelectionError';
}

const GLOB_CHARACTERS = /[*?[\]{}!]/;

export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

/** Where a selected file is. */
export function absolutePath(entry: Pick<FileEntry, 'base' | 'path'>): string {
  return path.resolve(entry.base, entry.path);
}

export function selectFiles(patterns: readonly string[], config: ResolvedConfig, cwd: string): FileEntry[] {
  const selector = new Selector(config, cwd);
  const targets = patterns.length > 0 ? patterns : [config.root];
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    let stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      stats = null;
    }
    const before = selector.matched;
    if (stats?.isSymbolicLink()) selector.addSymlink(absolute);
    else if (stats?.isDirectory()) selector.walk(absolute, null);
    else if (stats) selector.add(absolute);
    else if (GLOB_CHARACTERS.test(target)) selector.walkGlob(target);
    else throw new FileSelectionError(`${target}: no such file or folder`);
    // A folder or glob named on the command line that selects nothing is a mistake, not a pass.
    const folder = stats?.isDirectory() ?? false;
    if (patterns.length > 0 && (folder || !stats) && selector.matched === before) throw new FileSelectionError(nothingSelected(target, folder, config, cwd));
  }
  return selector.entries();
}

/**
 * Of these absolute paths (the files a change touched), those the config's globs select that the
 * walk did not find — named as git names them, yet not there under that name (a name that is not
 * valid UTF-8 reads back as another): selected anyway, so that reading them reports why they could
 * not be checked, rather than the change passing without them. `.gitignore` does not apply: a
 * changed file is tracked.
 */
export function selectUnlisted(paths: Iterable<string>, found: readonly FileEntry[], config: ResolvedConfig, cwd: string): FileEntry[] {
  const listed = new Set(found.map(absolutePath));
  const selector = new Selector(config, cwd);
  for (const absolute of paths) {
    if (!listed.has(absolute) && absolute.startsWith(config.root + path.sep)) selector.addIfSelected(absolute);
  }
  return selector.entries();
}

/**
 * The selected files in the order the run sees them, each checked or only shown. A pull request
 * shows the files it does not check first, so that a new post is the one reported for taking an old
 * post's slug; a shard sees them in their places, as the whole run would. (A function of its own: the
 * set of checked files is let go once this is built, not kept with the run's closures.)
 */
export function selectionOf(selected: readonly FileEntry[], entries: readonly FileEntry[], shard: Shard | undefined): Selection {
  // A whole run checks every file it selects: the same array, every byte set.
  if (shard === undefined && entries === selected) return { entries, checked: new Uint8Array(entries.length).fill(1) };
  const checked = new Set(entries);
  if (shard !== undefined) return { entries: selected, checked: Uint8Array.from(selected, (entry) => (checked.has(entry) && inShard(entry.projectPath, shard) ? 1 : 0)) };
  const shown = selected.filter((entry) => !checked.has(entry));
  return { entries: [...shown, ...entries], checked: new Uint8Array(shown.length + entries.length).fill(1, shown.length) };
}

function nothingSelected(target: string, isFolder: boolean, config: ResolvedConfig, cwd: string): string {
  const from = config.file ? ` of ${toPosix(path.relative(cwd, config.file)) || config.file}` : '';
  const include = config.include.map((glob) => `\`${glob}\``).join(', ');
  return isFolder
    ? `${target}: no file in this folder matches the include globs${from} (${include}), or every match is excluded; name the files, or change include`
    : `${target}: no file matches this glob, or every match is excluded or ignored by .gitignore`;
}

class Selector {
  readonly #found = new Map<string, FileEntry>();
  readonly #isIncluded: (relative: string) => boolean;
  readonly #isExcluded: (relative: string) => boolean;
  readonly #gitignores = new Map<string, Ignore | null>();
  readonly #chains = new Map<string, Array<[string, Ignore]>>();
  #tracked: { files: Set<string>; folders: Set<string> } | null | undefined;
  /** The working directory, absolute: every entry's `base` (one string). */
  readonly #base: string;

  constructor(
    private readonly config: ResolvedConfig,
    private readonly cwd: string,
  ) {
    // In any case: `POST.MD` on a case-sensitive file system is published as surely as `post.md`.
    this.#isIncluded = picomatch(config.include, { dot: false, nocase: true });
    this.#isExcluded = picomatch(config.exclude, { dot: true });
    this.#base = path.resolve(cwd);
  }

  /** Files and links selected so far, counting a file selected twice twice. */
  matched = 0;

  entries(): FileEntry[] {
    return [...this.#found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** A file named explicitly is checked even when `include` would not pick it. `known`: its paths, when the walk has them. */
  add(absolute: string, walkedFrom = path.dirname(absolute), known?: Known): void {
    this.matched++;
    this.#found.set(absolute, this.#paths(absolute, walkedFrom, known));
  }

  /** A file's display and project paths: one string when they are the same (a run from the root), kept for every file of the run. */
  #paths(absolute: string, walkedFrom: string, known?: Known): { base: string; path: string; projectPath: string } {
    const relative = known?.fromCwd ?? toPosix(path.relative(this.cwd, absolute));
    // The working directory itself (a folder that cannot be listed) is named as its parent names it.
    const [base, display] = relative ? [this.#base, relative] : [path.dirname(absolute), path.basename(absolute)];
    const projectPath = known?.fromRoot ?? this.#relativeForGlobs(absolute, walkedFrom);
    return { base, path: display, projectPath: projectPath === display ? display : projectPath };
  }

  /** A file under the root, if `include` takes it and `exclude` (a folder of its path included) does not. */
  addIfSelected(absolute: string): void {
    const fromRoot = this.#relativeForGlobs(absolute, this.config.root);
    const folders = fromRoot.split('/').slice(0, -1).map((_, index, parts) => parts.slice(0, index + 1).join('/'));
    if (!this.#isIncluded(fromRoot) || this.#isExcluded(fromRoot) || folders.some((folder) => this.#isExcluded(folder) || this.#isExcluded(`${folder}/any`))) return;
    this.add(absolute, this.config.root);
  }

  addSymlink(absolute: string, walkedFrom = path.dirname(absolute), known?: Known): void {
    this.matched++;
    let target = '';
    try {
      target = readlinkTarget(absolute);
    } catch {
      target = '(unreadable)';
    }
    this.#found.set(absolute, { ...this.#paths(absolute, walkedFrom, known), symlinkTarget: target });
  }

  /**
   * Walks a folder; `matcher`, when given, is a glob relative to the working directory. A path
   * under the folder is its folder's path and its name: joined, not worked out again from the root
   * (`path.relative` twice a file took 0.1 s of 16,000 posts), where the folder is inside the root
   * (or the working directory); elsewhere each is worked out as for a file named alone.
   */
  walk(directory: string, matcher: ((relative: string) => boolean) | null): void {
    const walkedFrom = directory;
    const pending: Array<{ folder: string } & Known> = [{ folder: directory, fromRoot: within(this.config.root, directory), fromCwd: within(this.cwd, directory) }];
    while (pending.length > 0) {
      const { folder: current, fromRoot: folderFromRoot, fromCwd: folderFromCwd } = pending.pop() as { folder: string } & Known;
      let children: Dirent[];
      try {
        children = readdirSync(current, { withFileTypes: true });
      } catch (error) {
        // A folder that cannot be listed (no permission) may hold posts: never skipped in silence,
        // it is selected itself, and reading it reports why it could not be checked.
        // Only a glob's missing base is nothing to report: a folder listed by its parent that then
        // cannot be opened (a name that is not valid UTF-8 reads back as another name) is reported.
        const code = (error as NodeJS.ErrnoException).code;
        if (!(current === walkedFrom && matcher !== null && (code === 'ENOENT' || code === 'ENOTDIR'))) this.add(current, walkedFrom);
        continue;
      }
      children.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
      const inFolder = current.endsWith(path.sep) ? current : `${current}${path.sep}`;
      for (const child of children) {
        const absolute = `${inFolder}${child.name}`;
        const known = { fromRoot: joined(folderFromRoot, child.name), fromCwd: joined(folderFromCwd, child.name) };
        const fromRoot = known.fromRoot ?? this.#relativeForGlobs(absolute, walkedFrom);
        const isDirectory = child.isDirectory();
        if (this.#skipped(absolute, fromRoot, isDirectory)) continue;
        if (isDirectory) {
          pending.push({ folder: absolute, ...known });
          continue;
        }
        const wanted = matcher ? matcher(known.fromCwd ?? toPosix(path.relative(this.cwd, absolute))) : this.#isIncluded(fromRoot);
        if (child.isSymbolicLink()) {
          if (wanted || isDirectoryLink(absolute)) this.addSymlink(absolute, walkedFrom, known);
        } else if (wanted) {
          // Regular files, and special ones (a named pipe, a socket) named like posts: reading reports those.
          this.add(absolute, walkedFrom, known);
        }
      }
    }
  }

  walkGlob(glob: string): void {
    const matcher = picomatch(toPosix(glob), { dot: false });
    const scan = picomatch.scan(toPosix(glob));
    this.walk(path.resolve(this.cwd, scan.base || '.'), (relative) => matcher(relative));
  }

  #skipped(absolute: string, fromRoot: string, isDirectory: boolean): boolean {
    // A folder is skipped when the exclude globs take everything in it (`**/node_modules/**`
    // matches `node_modules/any`) or name the folder itself.
    const excluded = isDirectory ? this.#isExcluded(fromRoot) || this.#isExcluded(`${fromRoot}/any`) : this.#isExcluded(fromRoot);
    if (excluded) return true;
    return this.config.gitignore && this.#gitignored(absolute, isDirectory) && !this.#trackedDespiteIgnore(absolute, isDirectory);
  }

  /**
   * Whether git tracks the file (or, for a folder, a file in it) although .gitignore ignores it: a
   * pull request can commit a post and ignore it in the same change, and the generator publishes
   * what is committed. Asked of git once, on the first path .gitignore ignores.
   */
  #trackedDespiteIgnore(absolute: string, isDirectory: boolean): boolean {
    if (this.#tracked === undefined) this.#tracked = trackedButIgnored(this.config.root);
    if (!this.#tracked) return false;
    return isDirectory ? this.#tracked.folders.has(absolute) : this.#tracked.files.has(absolute);
  }

  /** Checks the path against every .gitignore from the root folder down to its own folder. */
  #gitignored(absolute: string, isDirectory: boolean): boolean {
    for (const [folder, rules] of this.#gitignoresAbove(path.dirname(absolute))) {
      const relative = toPosix(path.relative(folder, absolute));
      if (relative && rules.ignores(isDirectory ? `${relative}/` : relative)) return true;
    }
    return false;
  }

  /** The .gitignore files from the root folder down to `directory`, outermost first: worked out once a folder (most have none). */
  #gitignoresAbove(directory: string): Array<[string, Ignore]> {
    let chain = this.#chains.get(directory);
    if (!chain) {
      const parent = path.dirname(directory);
      chain = directory === this.config.root || parent === directory || !parent.startsWith(this.config.root) ? [] : this.#gitignoresAbove(parent);
      const own = directory.startsWith(this.config.root) ? this.#gitignoreOf(directory) : null;
      if (own) chain = [...chain, [directory, own]];
      this.#chains.set(directory, chain);
    }
    return chain;
  }

  #gitignoreOf(folder: string): Ignore | null {
    if (!this.#gitignores.has(folder)) {
      let rules: Ignore | null = null;
      try {
        rules = ignore().add(readFileSync(path.join(folder, '.gitignore'), 'utf8'));
      } catch {
        rules = null;
      }
      this.#gitignores.set(folder, rules);
    }
    return this.#gitignores.get(folder) ?? null;
  }

  /**
   * `include` and `exclude` are relative to the config's folder; a folder outside it (linted by
   * naming it) is matched relative to itself instead.
   */
  #relativeForGlobs(absolute: string, walkedFrom: string): string {
    const fromRoot = toPosix(path.relative(this.config.root, absolute));
    return fromRoot.startsWith('../') ? toPosix(path.relative(walkedFrom, absolute)) : fromRoot;
  }
}

/** A walked path relative to the root and to the working directory, where the walk knows them (`null`: worked out from the absolute path). */
interface Known {
  fromRoot: string | null;
  fromCwd: string | null;
}

/** `folder` relative to `ancestor` (POSIX; `''` for the folder itself), if it is inside it; otherwise `null`. */
function within(ancestor: string, folder: string): string | null {
  const relative = path.relative(ancestor, folder);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? null : toPosix(relative);
}

function joined(folder: string | null, name: string): string | null {
  return folder === null ? null : folder === '' ? name : `${folder}/${name}`;
}

/** The files under `root` that git tracks though .gitignore ignores them, and their folders; `null` outside a repository (or without git). */
function trackedButIgnored(root: string): { files: Set<string>; folders: Set<string> } | null {
  let listed;
  try {
    listed = git(root, ['ls-files', '-z', '--cached', '--ignored', '--exclude-standard']);
  } catch {
    return null;
  }
  if (!listed.ok) return null;
  const files = new Set<string>();
  const folders = new Set<string>();
  for (const name of listed.stdout.split('\0')) {
    if (name === '') continue;
    const absolute = path.resolve(root, name);
    files.add(absolute);
    for (let folder = path.dirname(absolute); folder.startsWith(root) && folder !== root && !folders.has(folder); folder = path.dirname(folder)) folders.add(folder);
  }
  return { files, folders };
}

/** Where a link points, read without following it. */
function readlinkTarget(absolute: string): string {
  return toPosix(readlinkSync(absolute));
}

function isDirectoryLink(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}
