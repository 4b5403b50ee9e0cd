/**
 * The direction of imports between the folders of src/ (docs/architecture.md draws the same
 * picture): entries → run → engine → markdown, front-matter, text; rules see the engine through its
 * rule API only; reporters see result types only. Type-only imports count too: a type a folder
 * needs from above is a sign the idea lives in the wrong room.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers.js';

const SRC = path.join(REPO_ROOT, 'src');

/** What each folder (or top-level file) may import besides itself. */
const ALLOWED: Record<string, readonly string[]> = {
  text: [],
  url: ['text'],
  markdown: ['text'],
  'front-matter': ['text'],
  schema: ['text', 'front-matter'],
  engine: ['text', 'markdown', 'front-matter', 'schema'],
  remark: ['engine', 'text'],
  spam: ['engine', 'url', 'text'],
  images: ['engine', 'schema', 'spam', 'url', 'text'],
  dates: ['engine', 'schema', 'text'],
  taxonomy: ['engine', 'text'],
  links: ['engine', 'schema', 'spam', 'url', 'text'],
  rules: ['engine', 'spam', 'images', 'dates', 'schema', 'taxonomy', 'url', 'text', 'remark', 'links', 'version.ts'],
  run: ['engine', 'rules', 'markdown', 'text', 'version.ts'],
  reporters: ['engine', 'text', 'version.ts'],
  cli: ['run', 'engine', 'reporters', 'rules', 'schema', 'remark', 'text', 'version.ts'],
  action: ['run', 'engine', 'reporters', 'rules', 'text', 'version.ts'],
  // Entry points.
  'api.ts': ['run', 'engine'],
  'bin.ts': ['version.ts'],
  'cli.ts': ['cli', 'engine'],
  'index.ts': ['action'],
  'version.ts': [],
};

/** Folders that may reach into the engine through one door only. */
const ENGINE_DOOR: Record<string, readonly string[]> = {
  rules: ['engine/api.ts'],
  spam: ['engine/api.ts'],
  images: ['engine/api.ts'],
  dates: ['engine/api.ts'],
  taxonomy: ['engine/api.ts'],
  links: ['engine/api.ts'],
  // Result types in, text out.
  reporters: ['engine/types.ts', 'engine/results.ts', 'engine/rule.ts'],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(folder, entry.name)) : entry.name.endsWith('.ts') ? [path.join(folder, entry.name)] : [],
  );
}

/** `from './x.js'`, `import('./x.js')` and `export … from` specifiers that point into src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map((match) => {
    const target = path.resolve(path.dirname(file), match[1] as string);
    return path.relative(SRC, target).split(path.sep).join('/').replace(/\.js$/, '.ts');
  });
}

const roomOf = (relative: string) => (relative.includes('/') ? (relative.split('/')[0] as string) : relative);

describe('imports', () => {
  const files = sourceFiles(SRC).map((file) => ({ file, relative: path.relative(SRC, file).split(path.sep).join('/') }));

  it('knows every room of src/', () => {
    expect([...new Set(files.map(({ relative }) => roomOf(relative)))].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('run one way between the rooms', () => {
    const wrong: string[] = [];
    for (const { file, relative } of files) {
      const room = roomOf(relative);
      for (const target of importsOf(file)) {
        const to = roomOf(target);
        if (to === room || to.startsWith('..')) continue;
        if (!ALLOWED[room]?.includes(to)) wrong.push(`${relative} → ${target}`);
        const door = ENGINE_DOOR[room];
        if (door && to === 'engine' && !door.includes(target)) wrong.push(`${relative} → ${target} (only ${door.join(', ')})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no room holds more than a third of src/, and no file is over 600 lines', () => {
    const lines = files.map(({ file, relative }) => ({ relative, count: readFileSync(file, 'utf8').split('\n').length }));
    const total = lines.reduce((sum, { count }) => sum + count, 0);
    const byRoom = new Map<string, number>();
    for (const { relative, count } of lines) byRoom.set(roomOf(relative), (byRoom.get(roomOf(relative)) ?? 0) + count);
    expect([...byRoom].filter(([, count]) => count > total / 3)).toEqual([]);
    expect(lines.filter(({ count }) => count > 600).map(({ relative, count }) => `${relative}: ${count}`)).toEqual([]);
    // Entry points read inputs, call, report: the work lives in the rooms.
    expect(lines.filter(({ relative, count }) => (relative === 'action/main.ts' || relative === 'cli/main.ts') && count > 150)).toEqual([]);
  });
});
