/**
 * The published package has no dependencies: the bundles in dist/ must hold every library they
 * use. A bundle that required a package would crash on a user's machine, where none is installed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers.js';

const DIST = path.join(REPO_ROOT, 'dist');

function bundles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return bundles(full);
    return /\.(?:c|m)?js$/.test(entry.name) ? [full] : [];
  });
}

/** Module names a bundle loads: `require("x")`, `import("x")`, `from "x"` with a plain name (not in comment lines, which quote examples). */
function loadedModules(source: string): string[] {
  const names = new Set<string>();
  const code = source
    .split('\n')
    .filter((line) => !/^\s*(?:\*|\/\/)/.test(line))
    .join('\n');
  for (const match of code.matchAll(/(?:\brequire\(|\bimport\(|\bfrom )\s*["']([@\w][\w./:@-]*)["']/g)) names.add(match[1] as string);
  return [...names];
}

describe('the package', () => {
  it('declares no dependencies, and its bundles load only Node built-ins and their own chunks', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
    expect(manifest.dependencies ?? {}).toEqual({});
    const builtins = new Set(builtinModules);
    const files = bundles(DIST);
    expect(files.map((file) => path.relative(DIST, file))).toEqual(expect.arrayContaining(['cli.js', 'cli.cjs', 'index.js', 'worker.js']));
    const foreign = files.flatMap((file) =>
      loadedModules(readFileSync(file, 'utf8'))
        .filter((name) => !name.startsWith('node:') && !builtins.has(name))
        .map((name) => `${path.relative(DIST, file)}: ${name}`),
    );
    expect(foreign).toEqual([]);
  });

  it('finds a package that a bundle would load (the check itself works)', () => {
    expect(loadedModules('const a = require("yaml"); import("zod"); import x from "node:fs"; from " + name\n * import {unified} from "unified"')).toEqual(['yaml', 'zod', 'node:fs']);
  });
});
