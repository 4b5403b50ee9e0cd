import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, resolveConfig, type ResolvedConfig } from '../src/engine/config.js';
import type { History } from '../src/engine/rule.js';
import type { Finding } from '../src/engine/types.js';
import { rules } from '../src/rules/index.js';
import { checkOf } from '../src/run/cache.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(path.join(SHARED, 'examples', 'seed-post.md'));

/** The config a fixture folder runs under: its own `.content-lint.yml`, or the defaults. */
export async function fixtureConfig(folder: string): Promise<ResolvedConfig> {
  const file = path.join(folder, '.content-lint.yml');
  return existsSync(file) ? loadConfig(folder, rules, file) : resolveConfig({}, rules, { root: folder, file: null });
}

/** Earlier versions of fixtures, for `date-updated`: `post.md.previous` is `post.md` at the base. */
export function fixtureHistory(folder: string): History {
  return {
    ref: 'base',
    previousText: (document) => {
      const file = path.join(folder, `${document.projectPath}.previous`);
      return existsSync(file) ? readFileSync(file, 'utf8') : null;
    },
  };
}

/** `line rule-id` for every `{rule-id}` marker, or the lines of a `.expected` sidecar. */
export function expectedMarkers(file: string): string[] {
  const sidecar = `${file}.expected`;
  if (existsSync(sidecar)) {
    return readFileSync(sidecar, 'utf8').split('\n').filter(Boolean).sort(compareMarkers);
  }
  const bytes = readFileSync(file);
  const text =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? new TextDecoder('utf-16le').decode(bytes)
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? new TextDecoder('utf-16be').decode(bytes)
        : new TextDecoder('utf-8').decode(bytes);
  const ids = new Set(rules.map((rule) => rule.meta.id));
  const markers: string[] = [];
  text.split(/\r\n?|\n/).forEach((line, index) => {
    for (const match of line.matchAll(/\{([a-z0-9-]+)\}/g)) {
      if (ids.has(match[1] ?? '')) markers.push(`${index + 1} ${match[1]}`);
    }
  });
  return [...new Set(markers)].sort(compareMarkers);
}

export function actualMarkers(findings: readonly Finding[]): string[] {
  // A hosted rule (`remark-lint:no-unused-definitions`) is marked by its host's id.
  return [...new Set(findings.map((finding) => `${finding.line} ${finding.ruleId.split(':')[0]}`))].sort(compareMarkers);
}

function compareMarkers(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || (a < b ? -1 : a > b ? 1 : 0);
}

/** What a snapshot pins: every field a reader sees. */
export function render(findings: readonly Finding[]): string {
  return findings
    .map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} [${f.ruleId}/${f.messageId}] ${f.message}`)
    .join('\n');
}

/** Fixture folders: `test/fixtures/<rule-id>/<ok|not-ok>[-variant]/`. */
export function fixtureFolders(): Array<{ ruleId: string; kind: 'ok' | 'not-ok'; folder: string; name: string }> {
  const folders = [];
  for (const ruleId of readdirSync(FIXTURES).sort()) {
    const ruleFolder = path.join(FIXTURES, ruleId);
    if (!statSync(ruleFolder).isDirectory()) continue;
    for (const name of readdirSync(ruleFolder).sort()) {
      const kind = name.startsWith('not-ok') ? 'not-ok' : name.startsWith('ok') ? 'ok' : null;
      if (kind) folders.push({ ruleId, kind, folder: path.join(ruleFolder, name), name } as const);
    }
  }
  return folders;
}

/** Runs `body` in a fresh temporary folder and removes it afterwards (also when `body` is async). */
export function withTempDir<T>(body: (directory: string) => T): T {
  const directory = mkdtempSync(path.join(tmpdir(), 'content-lint-test-'));
  const cleanUp = () => rmSync(directory, { recursive: true, force: true });
  let result: T;
  try {
    result = body(directory);
  } catch (error) {
    cleanUp();
    throw error;
  }
  if (result instanceof Promise) return result.finally(cleanUp) as T;
  cleanUp();
  return result;
}

/** Runs the CLI in-process and captures what it prints. */
export async function runCliCaptured(args: string[], cwd: string, env: Record<string, string> = {}, stdin?: string) {
  const { runCli } = await import('../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const readStdin = stdin === undefined ? undefined : async () => new TextEncoder().encode(stdin);
  const code = await runCli(args, { cwd, env, stdout: { write: (text: string) => void (stdout += text) }, stderr: { write: (text: string) => void (stderr += text) }, ...(readStdin ? { readStdin } : {}) });
  return { code, stdout, stderr };
}

/** Writes files (text or bytes) under `directory`, creating folders; returns `directory`. */
export function writeTree(directory: string, files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), content);
  }
  return directory;
}

/**
 * A `--cache` file (JSON Lines, see run/cache.ts: a file's line is its head, a tab, its findings;
 * the index of the lines at the end) as one object: its key and its entries by path.
 */
export function readResultCache(file: string): { format: number; key: string; files: Record<string, any> } {
  const [head, ...entries] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line, number) => number === 0 || line.includes('\t'))
    .map((line) => {
      const [lineHead, findings] = line.split('\t');
      return { ...JSON.parse(lineHead as string), ...(findings === undefined ? {} : { findings: JSON.parse(findings) }) };
    });
  return { ...head, files: Object.fromEntries(entries.map(({ path: entryPath, ...entry }) => [entryPath, { ...entry }])) };
}

/**
 * Writes what `readResultCache` read (changed, for a test), as the cache writes it: path and digest
 * first; without the index (as a run cut short leaves it: the next run reads it a line at a time). The head's hash of the findings is kept as it was read (changed findings no longer match
 * it: damage), unless `rehash` says to hash them again, as the tool does when it writes them.
 */
export function writeResultCache(file: string, { files, ...head }: { format: number; key: string; files: Record<string, any> }, { rehash = false } = {}): void {
  const line = (entryPath: string, { findings, ...entry }: Record<string, any>) => {
    const text = JSON.stringify(findings);
    const check = rehash ? checkOf(text) : entry.check;
    return `${JSON.stringify({ path: entryPath, digest: entry.digest, ...entry, check })}\t${text}`;
  };
  const lines = [JSON.stringify(head), ...Object.entries(files).map(([entryPath, entry]) => line(entryPath, entry))];
  writeFileSync(file, `${lines.join('\n')}\n`);
}
