/**
 * Imports code of the user's: a JavaScript config named with `--config`, remark-lint plugins allowed
 * with `--allow-plugins` (never the repository's say alone: a pull request can change both its
 * config and its `node_modules`). The command (bin.ts) hands in its own `import()`: the program runs
 * as a script compiled with a code cache, and on Node 20 an `import()` in such a script fails once
 * the cache is used (`ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING`).
 */
export type ImportModule = (url: string) => Promise<unknown>;

let importer: ImportModule = (url) => import(url);

/** Sets how user modules are imported (the command's entry, an ES module, does). */
export function setImportModule(importModule: ImportModule): void {
  importer = importModule;
}

export function importUserModule(url: string): Promise<unknown> {
  return importer(url);
}
