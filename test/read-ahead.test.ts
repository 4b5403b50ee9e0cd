import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/engine/config.js';
import { LintDocument } from '../src/engine/document.js';
import type { FileEntry } from '../src/run/files.js';
import { readDocument } from '../src/run/read.js';
import { ReaderThread, READ_AHEAD_MIN_FILES, type AheadRead } from '../src/run/read-ahead.js';
import { runWithin } from '../src/run/budget.js';
import { rules } from '../src/rules/index.js';
import { readResultCache, REPO_ROOT, withTempDir, writeTree } from './helpers.js';

// The reader thread is a script of the bundle (dist/reader.js, committed and checked by CI).
const READER = pathToFileURL(path.join(REPO_ROOT, 'dist', 'reader.js'));
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

/** The reads of `positions`, waiting for each as the main thread never does (it reads a file itself): at most a few seconds. */
async function takeAll(ahead: ReaderThread, positions: number[]): Promise<Array<AheadRead | undefined>> {
  const reads: Array<AheadRead | undefined> = [];
  for (const position of positions) {
    let read = ahead.take(position);
    for (let tries = 0; read === undefined && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      read = ahead.take(position);
    }
    reads.push(read);
  }
  return reads;
}

/** What a rule sees of a document: its text, how it was decoded, why it was not read, the digest `--cache` knows it by, and its inline directives. */
function seen(document: LintDocument) {
  return { text: document.text, source: document.source, access: document.access, digest: document.digest, directives: document.source.lintable ? document.directives() : [] };
}

describe('reading ahead (the reader thread)', () => {
  it('gives the main thread each file as it would have read it: text, encoding problems, access problems, digest', async () => {
    await withTempDir(async (directory) => {
      const files: Record<string, string | Uint8Array> = {
        'a-plain.md': '---\ntitle: Plain\n---\n\nText.\n',
        'b-bom-crlf.md': '\uFEFF---\r\ntitle: BOM\r\n---\r\n\r\nText.\r\n',
        'c-invalid.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x41, 0x0a]),
        'd-utf16.md': new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]),
        'e-too-large.md': `${'x'.repeat(2000)}\n`,
        'f-empty.md': '',
        'g-png.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
        'g2-directive.md': '---\ntitle: D\n---\n\n<!-- content-lint-disable-next-line no-raw-html -->\n<b>x</b>\n',
      };
      writeTree(directory, files);
      symlinkSync('a-plain.md', path.join(directory, 'h-link.md'));
      execFileSync('mkfifo', [path.join(directory, 'i-fifo.md')]);
      const names = [...Object.keys(files), 'h-link.md', 'i-fifo.md', 'j-missing.md'];
      const entries: FileEntry[] = names.map((name) => ({ base: directory, path: name, projectPath: name, ...(name === 'h-link.md' ? { symlinkTarget: 'a-plain.md' } : {}) }));
      const config = resolveConfig({ maxFileSize: 1000 }, rules, { root: directory, file: null });
      const ahead = new ReaderThread(READER, entries, () => true, config.maxFileSize);
      try {
        const positions = names.map((_, position) => position).filter((position) => position !== names.indexOf('h-link.md'));
        const reads = await takeAll(ahead, positions);
        expect(reads.every(Boolean)).toBe(true);
        positions.forEach((position, at) => {
          const entry = entries[position] as FileEntry;
          expect(seen(readDocument(entry, config, reads[at])), entry.path).toEqual(seen(readDocument(entry, config)));
        });
        // What it found, as `file-access` and `file-encoding` will say it.
        const byName = (name: string) => reads[positions.indexOf(names.indexOf(name))] as AheadRead;
        expect(byName('e-too-large.md')).toEqual({ file: path.join(directory, 'e-too-large.md'), problem: { kind: 'too-large', bytes: 2001, limit: 1000 } });
        expect(byName('i-fifo.md')).toMatchObject({ problem: { kind: 'unreadable', reason: 'not a regular file but a named pipe (FIFO)' } });
        expect(byName('j-missing.md')).toMatchObject({ problem: { kind: 'unreadable', reason: 'ENOENT' } });
        expect('source' in byName('c-invalid.md') && byName('c-invalid.md')).toMatchObject({ source: { problems: [{ kind: 'invalid-utf8' }] } });
        expect(byName('g2-directive.md')).toMatchObject({ mentionsDirectives: true });
        expect(seen(readDocument(entries[names.indexOf('g2-directive.md')] as FileEntry, config, byName('g2-directive.md'))).directives).toMatchObject([{ kind: 'disable-next-line', ruleIds: ['no-raw-html'] }]);
        expect(byName('a-plain.md')).toMatchObject({ mentionsDirectives: false });
      } finally {
        ahead.close();
      }
    });
  });

  it('never reads a symbolic link, nor a file the main thread does not read; drops what the main thread has passed', async () => {
    await withTempDir(async (directory) => {
      const names = Array.from({ length: 120 }, (_, index) => `post-${String(index).padStart(3, '0')}.md`);
      writeTree(directory, Object.fromEntries(names.map((name) => [name, `---\ntitle: ${name}\n---\n`])));
      symlinkSync('post-000.md', path.join(directory, 'link.md'));
      const entries: FileEntry[] = [...names, 'link.md'].map((name) => ({ base: directory, path: name, projectPath: name, ...(name === 'link.md' ? { symlinkTarget: 'post-000.md' } : {}) }));
      const ahead = new ReaderThread(READER, entries, (position: number) => position % 2 === 0, 1_000_000);
      try {
        // Read as the main thread goes: every other file, far past the first window.
        const even = names.map((_, position) => position).filter((position) => position % 2 === 0);
        const reads = await takeAll(ahead, even);
        expect(reads.every((read) => read && 'source' in read && read.source.text === `---\ntitle: ${names[even[reads.indexOf(read)] as number]}\n---\n`)).toBe(true);
        // The odd ones were given as nothing to read, and the link is never read.
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(ahead.take(1)).toBeUndefined();
        expect(ahead.take(names.length)).toBeUndefined();
        // Passed: the main thread is at 119 now, so 118 is not handed out any more.
        expect(ahead.take(118)).toBeUndefined();
      } finally {
        ahead.close();
      }
    });
  });

  it('leaves a large file to the main thread: what it holds ahead stays small whatever maxFileSize allows', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, { 'a.md': 'A\n', 'b-large.md': `${'x'.repeat(200_000)}\n`, 'c.md': 'C\n' });
      const entries = ['a.md', 'b-large.md', 'c.md'].map((name) => ({ base: directory, path: name, projectPath: name }));
      const ahead = new ReaderThread(READER, entries, () => true, 10_000_000);
      try {
        const [a] = await takeAll(ahead, [0]);
        expect(a && 'source' in a && a.source.text).toBe('A\n');
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(ahead.take(1)).toBeUndefined();
        expect(await takeAll(ahead, [2])).toMatchObject([{ source: { text: 'C\n' } }]);
      } finally {
        ahead.close();
      }
    });
  });

  it('never hands out a file for another, even when the time budget stops it while it takes a read', async () => {
    await withTempDir(async (directory) => {
      // Reads large enough that the watchdog (budget.ts) often stops the main thread inside `take`: a message it was taking is lost.
      const names = Array.from({ length: 200 }, (_, index) => `post-${String(index).padStart(3, '0')}.md`);
      writeTree(directory, Object.fromEntries(names.map((name) => [name, `${name}\n${'x'.repeat(100_000)}`])));
      const ahead = new ReaderThread(READER, names.map((name) => ({ base: directory, path: name, projectPath: name })), () => true, 10_000_000);
      try {
        let stopped = 0;
        let rightAfterStop = 0;
        for (const [position, name] of names.entries()) {
          await new Promise((resolve) => setTimeout(resolve, 4));
          const taken = runWithin(1, () => ahead.take(position));
          if (!taken.finished) stopped++;
          else if (taken.value) {
            expect(taken.value.file).toBe(path.join(directory, name));
            expect('source' in taken.value && taken.value.source.text.slice(0, name.length)).toBe(name);
            if (stopped > 0) rightAfterStop++;
          }
        }
        // A stop loses at most the reads it was taking (the main thread reads those itself): the reader goes on.
        if (stopped > 0) expect(rightAfterStop).toBeGreaterThan(0);
      } finally {
        ahead.close();
      }
    });
  });

  it('a reader that fails is closed, and the run goes on: the main thread reads every file itself', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, { 'a.md': 'A\n', 'reader.mjs': "throw new Error('the reader failed');\n" });
      const ahead = new ReaderThread(pathToFileURL(path.join(directory, 'reader.mjs')), [{ base: directory, path: 'a.md', projectPath: 'a.md' }], () => true, 1000);
      // Its error reaches this thread when the event loop turns: not an uncaught exception.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(ahead.take(0)).toBeUndefined();
    });
  });

  it('a closed reader hands out nothing: the main thread reads every file itself', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, { 'a.md': 'A\n' });
      const ahead = new ReaderThread(READER, [{ base: directory, path: 'a.md', projectPath: 'a.md' }], () => true, 1000);
      ahead.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(ahead.take(0)).toBeUndefined();
    });
  });

  it.skipIf(!existsSync(CLI))(`a run of ${READ_AHEAD_MIN_FILES} files or more reports what a run on one thread does, and its digests are the cache's; the reader gives way to a worker`, () => {
    withTempDir((directory) => {
      const posts = Object.fromEntries(
        Array.from({ length: READ_AHEAD_MIN_FILES + 10 }, (_, index) => [
          `source/_posts/post-${index}.md`,
          `---\ntitle: Post ${index}\ndate: 2024-01-${String((index % 28) + 1).padStart(2, '0')}\n---\n\n${index % 14 === 0 ? '<!-- content-lint-disable-next-line no-script -->\n' : ''}${index % 7 === 0 ? '<script src="https://ads.example/ad.js"></script>\n' : 'Words.\n'}`,
        ]),
      );
      // A tab sends a post to micromark, on a worker: the pool starts halfway, and the reader is closed.
      const micromark = `---\ntitle: Indented\n---\n\n\tcode\n\n<script src="https://ads.example/ad.js"></script>\n`;
      writeTree(directory, { ...posts, 'source/_posts/latin1.md': new Uint8Array([0x41, 0xe9, 0x0a]), 'source/_posts/post-150.md': micromark });
      const run = (...args: string[]) => spawnSync(process.execPath, [CLI, '--format', 'json', '--fail-on', 'never', '--now', '2026-01-01T00:00:00Z', ...args, '.'], { cwd: directory, encoding: 'utf8' });
      const alone = run('--workers', '0', '--cache', '--cache-location', 'one-thread.cache');
      const read = run('--cache', '--cache-location', 'reader.cache');
      expect(read.status, read.stderr).toBe(0);
      expect(read.stdout).toBe(alone.stdout);
      expect(run().stdout).toBe(alone.stdout);
      const report = JSON.parse(read.stdout) as { errorCount: number; files: Array<{ file: string; findings: Array<{ ruleId: string }> }> };
      expect(report.files.find((file) => file.file.endsWith('post-150.md'))?.findings.map((finding) => finding.ruleId)).toContain('no-script');
      expect(report.errorCount).toBeGreaterThan(0);
      // Inline directives count as without the reader (which says which posts mention one; the first test checks what it says): a security rule's, refused.
      const withDirective = report.files.filter((file) => Number(/post-(\d+)\.md$/.exec(file.file)?.[1] ?? 1) % 14 === 0);
      expect(withDirective).toHaveLength(Math.ceil((READ_AHEAD_MIN_FILES + 10) / 14));
      for (const file of withDirective) expect(file.findings.map((finding) => finding.ruleId), file.file).toEqual(['inline-config', 'no-script']);
      // The same digest for every file, whichever thread took it.
      const digests = (file: string) => Object.fromEntries(Object.entries(readResultCache(path.join(directory, file)).files).map(([name, entry]) => [name, entry.digest]));
      expect(digests('reader.cache')).toEqual(digests('one-thread.cache'));
      expect(Object.keys(digests('reader.cache'))).toHaveLength(READ_AHEAD_MIN_FILES + 11);
    });
  });
});
