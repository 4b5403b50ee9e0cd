/**
 * Every regular expression in src/ is checked by a ReDoS analyser (recheck), and run against
 * 10,000-character attack strings: the analyser's, when it has one, and strings pumped from the
 * expression's own characters. Rules run their regexes on text from strangers' pull requests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { transformSync } from 'esbuild';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers.js';

interface Found {
  /** `src/…:line` of the expression in the TypeScript source. */
  where: string;
  source: string;
  flags: string;
}

/**
 * The RegExps built at run time from pieces: each has a reason, and the ones built from constants
 * are checked in the form they take (the test fails when a new one appears without an entry).
 */
const DYNAMIC: Record<string, { reason: string; samples: Array<[string, string]> }> = {
  'src/markdown/fast/syntax.ts': {
    reason: 'an HTML open tag, from the ATTRIBUTE constant',
    samples: [[String.raw`^<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?)*\s*\/?>`, '']],
  },
  'src/markdown/simple-html.ts': {
    reason: 'the end of a raw-text element (`</script`, `</style`, `</iframe`), by element name',
    samples: [[String.raw`<\/script[\t\n\f />]`, 'ig']],
  },
  'src/schema/detect.ts': {
    reason: 'a literal setting of a JavaScript site config, by setting name',
    samples: [[String.raw`\burl\s*:\s*['"\x60](https?:\/\/[^'"\x60\s]+)['"\x60]`, '']],
  },
  'src/schema/dates.ts': {
    reason: 'a date format of the config (`dateFormat`), tokens of fixed width',
    samples: [[String.raw`^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$`, '']],
  },
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => path.join(folder, file));
}

/** Regex literals and `new RegExp(…)` calls, found in the parsed JavaScript of each source file. */
function collectRegexes(): { literals: Found[]; dynamic: string[] } {
  const literals: Found[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles(path.join(REPO_ROOT, 'src'))) {
    const typescript = readFileSync(file, 'utf8');
    const { code } = transformSync(typescript, { loader: 'ts', format: 'esm' });
    const relative = path.relative(REPO_ROOT, file).split(path.sep).join('/');
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const record = node as { type?: string; regex?: { pattern: string; flags: string }; callee?: { type: string; name?: string } };
      if (record.type === 'Literal' && record.regex) {
        const offset = typescript.indexOf(`/${record.regex.pattern}/`);
        const line = offset < 0 ? 0 : typescript.slice(0, offset).split('\n').length;
        literals.push({ where: `${relative}:${line}`, source: record.regex.pattern, flags: record.regex.flags });
      }
      if ((record.type === 'NewExpression' || record.type === 'CallExpression') && record.callee?.type === 'Identifier' && record.callee.name === 'RegExp') {
        dynamic.push(relative);
      }
      for (const value of Object.values(record)) if (value && typeof value === 'object') visit(value);
    };
    visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  }
  return { literals, dynamic };
}

const { literals, dynamic } = collectRegexes();
const all: Found[] = [
  ...literals,
  ...Object.entries(DYNAMIC).flatMap(([file, { samples }]) => samples.map(([source, flags]) => ({ where: `${file} (built at run time)`, source, flags }))),
];

/** 10,000-character strings that make a backtracking matcher work: runs of each character the expression names, then a character it does not expect. */
function pumpedStrings(source: string): string[] {
  const characters = new Set([' ', '\t', '\n', 'a', '0', '-', '_', '.', '/', ':', '<', '>', '"', "'", '=', '[', ']', '(', ')', '*', '#', '!', '|', 'x']);
  for (const character of source.replace(/\\[dswDSWbBnrt]/g, '')) if (/[\x20-\x7e]/.test(character)) characters.add(character);
  const strings: string[] = [];
  for (const character of characters) {
    strings.push(`${character.repeat(10_000)}\u0000`);
    strings.push(`${`${character} `.repeat(5_000)}\u0000`);
  }
  strings.push(`${'<a '.repeat(3_333)}\u0000`, `${'a='.repeat(5_000)}\u0000`, `${'[]('.repeat(3_333)}\u0000`, `${'0-'.repeat(5_000)}\u0000`);
  return strings;
}

describe('regular expressions', () => {
  it('finds the expressions in src/, and every RegExp built at run time has an entry', () => {
    expect(literals.length).toBeGreaterThan(100);
    expect([...new Set(dynamic)].sort()).toEqual(Object.keys(DYNAMIC).sort());
  });

  it('recheck finds no expression with super-linear backtracking', async () => {
    const problems: string[] = [];
    for (const regex of all) {
      const result = await check(regex.source, regex.flags, { timeout: 10_000 });
      if (result.status === 'vulnerable') {
        problems.push(`${regex.where} /${regex.source}/${regex.flags}: ${result.complexity.summary}, attack ${result.attack.pattern}`);
      } else if (result.status === 'unknown') {
        problems.push(`${regex.where} /${regex.source}/${regex.flags}: not analysable (${result.error.kind})`);
      }
    }
    console.log(`recheck: ${all.length} regular expressions checked (${literals.length} literals, ${all.length - literals.length} built at run time)`);
    expect(problems).toEqual([]);
  }, 300_000);

  it('each expression runs on 10,000-character attack strings in under 50 ms', () => {
    const slow: string[] = [];
    let runs = 0;
    for (const regex of all) {
      const compiled = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
      for (const text of pumpedStrings(regex.source)) {
        const started = performance.now();
        compiled.exec(text);
        const elapsed = performance.now() - started;
        runs++;
        if (elapsed > 50) slow.push(`${regex.where} /${regex.source}/ on ${JSON.stringify(text.slice(0, 12))}…: ${elapsed.toFixed(0)} ms`);
      }
    }
    expect(runs).toBeGreaterThan(all.length * 40);
    expect(slow).toEqual([]);
  }, 300_000);
});
