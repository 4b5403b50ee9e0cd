/**
 * The published package: it has no dependencies, so the bundles in dist/ must hold every library
 * they use (a bundle that required a package would crash on a user's machine, where none is
 * installed); it holds what users need and nothing of the repository's own (tests, sources,
 * scripts); and, packed and installed into an empty project as npm would install it, it runs.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

/**
 * The environment for npm and npx in a project of the test's own: without the `npm_*` variables
 * that `npm test` sets (npm_config_local_prefix and friends would point npm back at this repository).
 */
function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(?:npm_|INIT_CWD$)/i.test(name)));
}

function npm(args: string[], cwd: string, command = 'npm'): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: cleanEnvironment(), encoding: 'utf8', timeout: 240_000 });
}

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe('npm pack', () => {
  it('holds the README, the licence, the changelog, action.yml, dist/, schema/, docs/ and the API\'s types, and nothing of the repository’s own', () => {
    const result = npm(['pack', '--dry-run', '--json', '--ignore-scripts'], REPO_ROOT);
    expect(result.status, result.stderr).toBe(0);
    const [pack] = JSON.parse(result.stdout) as [{ name: string; version: string; files: { path: string }[] }];
    expect(pack.name).toBe('content-lint');
    expect(pack.version).toBe(manifest.version);
    const files = pack.files.map((file) => file.path).sort();

    for (const required of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'action.yml', 'dist/cli.js', 'dist/cli.cjs', 'dist/index.js', 'dist/worker.js', 'dist/api.js', 'types/api.d.ts', 'schema/content-lint.schema.json', 'docs/rules/README.md']) {
      expect(files).toContain(required);
    }
    // Exactly the committed files of dist/, schema/ and docs/: what the action runs from a checkout
    // is what npm users run, and nothing built but not committed slips in.
    const committed = spawnSync('git', ['ls-files', '-z', '--', 'dist', 'schema', 'docs'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(committed.status, committed.stderr).toBe(0);
    expect(files.filter((file) => /^(?:dist|schema|docs)\//.test(file))).toEqual(committed.stdout.split('\0').filter(Boolean).sort());
    // Nothing but those: no tests, fixtures, sources, scripts, source maps or installed packages.
    const outside = files.filter((file) => !/^(?:README\.md|LICENSE|CHANGELOG\.md|package\.json|action\.yml|types\/api\.d\.ts|(?:dist|schema|docs)\/.+)$/.test(file));
    expect(outside).toEqual([]);
    expect(files.filter((file) => /(?:^|\/)(?:test|tests|fixtures|src|scripts|examples|node_modules|\.github)\/|\.map$|(?<!\.d)\.tsx?$/.test(file))).toEqual([]);
  });

  describe('installed from its tarball into an empty project', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'content-lint-pack-'));
    afterAll(() => rmSync(workspace, { recursive: true, force: true }));
    const project = path.join(workspace, 'site');

    it(
      'runs as `npx content-lint`: its version, a clean one-post site (exit 0), the same post with a script (exit 1)',
      () => {
        const packed = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', workspace], REPO_ROOT);
        expect(packed.status, packed.stderr).toBe(0);
        const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
        const tarball = path.join(workspace, path.basename(filename));

        mkdirSync(path.join(project, 'posts'), { recursive: true });
        writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: 'one-post-site', private: true }, null, 2)}\n`);
        const installed = npm(['install', '--offline', '--no-audit', '--no-fund', tarball], project);
        expect(installed.status, installed.stderr).toBe(0);
        // One package, nothing else: the bundles need no dependency.
        expect(readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['content-lint']);

        // `--no`: run the installed command, never fetch one from the registry; `--`: the options are content-lint's, not npx's.
        const version = npm(['--no', '--', 'content-lint', '--version'], project, 'npx');
        expect(version.status, version.stderr).toBe(0);
        expect(version.stdout.trim()).toBe(manifest.version);

        const post = path.join(project, 'posts', 'hello.md');
        writeFileSync(post, '---\ntitle: Hello\ndate: 2024-01-02\n---\n\nHello, world.\n');
        const clean = npm(['--no', '--', 'content-lint', '--format', 'json'], project, 'npx');
        expect(clean.status, clean.stderr).toBe(0);
        const report = JSON.parse(clean.stdout) as { tool: { version: string }; fileCount: number; errorCount: number; warningCount: number };
        expect(report).toMatchObject({ tool: { version: manifest.version }, fileCount: 1, errorCount: 0, warningCount: 0 });

        writeFileSync(post, '---\ntitle: Hello\ndate: 2024-01-02\n---\n\nHello, world.\n\n<script src="https://tracker.example.net/x.js"></script>\n');
        const dirty = npm(['--no', '--', 'content-lint', '--no-color'], project, 'npx');
        expect(dirty.status, dirty.stderr).toBe(1);
        expect(dirty.stdout).toContain('posts/hello.md');
        expect(dirty.stdout).toMatch(/^ {2}8:1 +error +Unexpected `<script>` loading `https:\/\/tracker\.example\.net\/x\.js`.* no-script$/m);
        expect(dirty.stdout).toContain('1 problem (1 error, 0 warnings)');
      },
      300_000,
    );
  });
});
