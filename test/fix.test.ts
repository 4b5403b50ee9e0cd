/** `--fix` removes what is safe to remove and leaves every other byte as it was. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/engine/config.js';
import { LintDocument } from '../src/engine/document.js';
import { fixBytes } from '../src/engine/fix.js';
import { lintDocument } from '../src/run/lint.js';
import { rules } from '../src/rules/index.js';
import { runCliCaptured, withTempDir } from './helpers.js';

const config = resolveConfig({}, rules, { root: '.', file: null });
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const lint = (bytes: Uint8Array) => lintDocument(LintDocument.fromBytes('post.md', bytes), config).findings;
const fix = (text: string) => {
  const bytes = encode(text);
  const result = fixBytes(bytes, lint(bytes));
  return result ? decode(result.output) : null;
};

const POST = [
  '---',
  'title: A post',
  '---',
  '',
  'Intro text.',
  '',
  '<!-- ads begin -->',
  '<div>an ad</div>',
  '<!-- ads end -->',
  '',
  'Middle <img src="https://t.example/p.gif" width="1" height="1"> text.',
  '',
  '```html',
  '<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>',
  '<!-- ads begin --><!-- ads end -->',
  '```',
  '',
  '<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>',
  '',
  'Outro.',
  '',
].join('\n');

const FIXED = [
  '---',
  'title: A post',
  '---',
  '',
  'Intro text.',
  '',
  '',
  'Middle  text.',
  '',
  '```html',
  '<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>',
  '<!-- ads begin --><!-- ads end -->',
  '```',
  '',
  '',
  'Outro.',
  '',
].join('\n');

describe('fixes', () => {
  it('remove whole blocks with their lines, inline elements alone, and never touch code', () => {
    expect(fix(POST)).toBe(FIXED);
  });

  it('are idempotent', () => {
    expect(fix(FIXED)).toBeNull();
  });

  it('keep CRLF line endings and the BOM everywhere else', () => {
    const crlf = `\uFEFF${POST.replace(/\n/g, '\r\n')}`;
    expect(fix(crlf)).toBe(`\uFEFF${FIXED.replace(/\n/g, '\r\n')}`);
  });

  it('keep CR-only line endings', () => {
    expect(fix(POST.replace(/\n/g, '\r'))).toBe(FIXED.replace(/\n/g, '\r'));
  });

  it('do not touch files that are not clean UTF-8', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(POST, 'utf16le')]);
    expect(fixBytes(bytes, lint(bytes))).toBeNull();
  });
});

describe('--fix and --fix-dry-run', () => {
  const cli = runCliCaptured;


  it('--fix-dry-run shows a diff and writes nothing; --fix writes and reports what is left', async () => {
    await withTempDir(async (directory) => {
      mkdirSync(path.join(directory, '.git'));
      const file = path.join(directory, 'post.md');
      writeFileSync(file, `${POST}\n<script>track()</script>\n`);
      const dry = await cli(['--fix-dry-run'], directory);
      expect(dry.stdout).toContain('--- a/post.md');
      expect(dry.stdout).toContain('-<!-- ads begin -->');
      expect(dry.stdout).toContain('-<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>');
      expect(dry.stderr).toContain('would fix 3 problems in 1 file (nothing written)');
      expect(dry.stderr).toContain('post.md:22:1: error Unexpected inline `<script>`');
      expect(dry.code).toBe(1);
      expect(readFileSync(file, 'utf8')).toBe(`${POST}\n<script>track()</script>\n`);

      const real = await cli(['--fix', '-f', 'compact'], directory);
      expect(real.stderr).toContain('fixed 3 problems in 1 file');
      expect(real.stdout).toBe('post.md:18:1: error Unexpected inline `<script>`; remove it: posts must not run scripts [no-script]\n');
      expect(readFileSync(file, 'utf8')).toBe(`${FIXED}\n<script>track()</script>\n`);
      expect((await cli(['--fix'], directory)).stderr).toContain('fixed 0 problems in 0 files');
    });
  });
});
