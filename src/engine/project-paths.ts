/**
 * Each linted file's path from the config's folder, by report path (from the working directory),
 * for the settings and line contexts of findings reported after the run. The two differ by the
 * same leading folders for every file of a run (`site/` before `source/_posts/a.md` when the run
 * starts above the config's folder; nothing when it starts there): those are kept once, and only
 * the files they do not fit (one linted from outside the config's folder) are kept by name. A site
 * of 64,000 posts would otherwise keep a map of 64,000 entries to the end of the run.
 */
export class ProjectPaths {
  /** What a report path starts with, and its path from the config's folder instead; `null` until the first file. */
  #from: string | null = null;
  #to = '';
  readonly #others = new Map<string, string>();

  set(file: string, projectPath: string): void {
    if (this.#from === null) [this.#from, this.#to] = differingStarts(file, projectPath);
    if (this.#derived(file) === projectPath) this.#others.delete(file);
    else this.#others.set(file, projectPath);
  }

  /** The file's path from the config's folder: as set, or worked out as the run's files' are; `undefined` before any file is set. */
  get(file: string): string | undefined {
    return this.#others.get(file) ?? this.#derived(file);
  }

  /** How the run's files' report paths start, and their paths from the config's folder instead (`site/` and ``); `null` before any file is set. */
  starts(): [file: string, projectPath: string] | null {
    return this.#from === null ? null : [this.#from, this.#to];
  }

  #derived(file: string): string | undefined {
    if (this.#from === null || !file.startsWith(this.#from)) return undefined;
    return this.#to + file.slice(this.#from.length);
  }
}

/** The leading folder parts of two paths of one file before the folder parts they end with in common: `site/` and `` for `site/source/a.md` and `source/a.md`. */
function differingStarts(file: string, projectPath: string): [string, string] {
  let common = 0;
  // The longest common ending that starts a path or follows a `/`.
  for (let at = 0; at <= Math.min(file.length, projectPath.length); at++) {
    const fileStart = file.length - at;
    const projectStart = projectPath.length - at;
    if (at > 0 && file[fileStart] !== projectPath[projectStart]) break;
    if ((fileStart === 0 || file[fileStart - 1] === '/') && (projectStart === 0 || projectPath[projectStart - 1] === '/')) common = at;
  }
  return [file.slice(0, file.length - common), projectPath.slice(0, projectPath.length - common)];
}
