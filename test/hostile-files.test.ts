/**
 * Hostile files through the bundled CLI: encodings, line endings, binary and empty files, odd
 * names, symbolic links (never followed) and 15,000 files under a low open-file limit. Each ends in
 * a finding at its exact line and column, and the run goes on with the others.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, withTempDir, writeTree } from './helpers.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const POST = '---\ntitle: T\n---\n\n<script>x()</script>\n';
const SCRIPT = "error Unexpected inline `<script>`; remove it: posts must not run scripts [no-script]";
const bytes = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    out.set(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8], 2 + index * 2);
  }
  return out;
};

describe('hostile files', () => {
  it('each gets a finding at its exact place, links are never followed, and the run goes on', () => {
    withTempDir((directory) => {
      const site = path.join(directory, 'site');
      writeTree(site, {
        'bom.md': new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(POST)]),
        'crlf.md': POST.replaceAll('\n', '\r\n'),
        'cr.md': POST.replaceAll('\n', '\r'),
        'mixed.md': '---\r\ntitle: T\n---\r\n\n<script>x()</script>\r\n',
        'utf16le.md': utf16(POST, false),
        'utf16be.md': utf16(POST, true),
        'invalid.md': new Uint8Array([...bytes('---\ntitle: T'), 0xff, ...bytes('\n---\n\n<script>x()</script>\n')]),
        'nul.md': '---\ntitle: T\n---\n\nA\u0000B\n',
        'png.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
        'empty.md': '',
        'lone-fence.md': '---',
        'no-final-newline.md': POST.trimEnd(),
        'long-line.md': `---\ntitle: T\n---\n\n${'a'.repeat(1_000_000)} <script>x()</script>\n`,
        'a,b.md': POST,
        'a::b.md': POST,
        '100%.md': POST,
        '-dash.md': POST,
      });
      writeFileSync(path.join(directory, 'outside.md'), POST);
      mkdirSync(path.join(site, 'sub'));
      symlinkSync('/etc/passwd', path.join(site, 'absolute-link.md'));
      symlinkSync('../../outside.md', path.join(site, 'sub', 'outside-link.md'));
      symlinkSync('loop-b.md', path.join(site, 'loop-a.md'));
      symlinkSync('loop-a.md', path.join(site, 'loop-b.md'));
      symlinkSync('missing.md', path.join(site, 'dangling.md'));

      const run = spawnSync(process.execPath, [CLI, '--format', 'compact', '.'], { cwd: site, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const link = (name: string, target: string) => `${name}:1:1: error Unexpected symbolic link to \`${target}\`, not followed; commit the file itself or exclude the link [file-access]`;
      expect(run.stdout.trimEnd().split('\n')).toEqual([
        `-dash.md:5:1: ${SCRIPT}`,
        `100%.md:5:1: ${SCRIPT}`,
        `a,b.md:5:1: ${SCRIPT}`,
        `a::b.md:5:1: ${SCRIPT}`,
        link('absolute-link.md', '/etc/passwd'),
        // The BOM is not a column: the script is still at column 1.
        `bom.md:5:1: ${SCRIPT}`,
        `cr.md:5:1: ${SCRIPT}`,
        `crlf.md:5:1: ${SCRIPT}`,
        link('dangling.md', 'missing.md'),
        'empty.md:1:1: warning Unexpected empty file: nothing to check or publish; write the post or delete the file [file-access]',
        'invalid.md:2:9: error Unexpected byte `0xFF`, not valid UTF-8; save the file as UTF-8 [file-encoding]',
        `invalid.md:5:1: ${SCRIPT}`,
        'lone-fence.md:1:1: error Unterminated front matter: no closing `---` line; add one after the last field [front-matter-fence]',
        `long-line.md:5:1000002: ${SCRIPT}`,
        link('loop-a.md', 'loop-b.md'),
        link('loop-b.md', 'loop-a.md'),
        `mixed.md:5:1: ${SCRIPT}`,
        `no-final-newline.md:5:1: ${SCRIPT}`,
        'nul.md:1:1: error Unexpected binary file (it contains NUL bytes), expected Markdown text; remove it or give it its real extension [file-encoding]',
        'png.md:1:1: error Unexpected binary file (it starts like a PNG image), expected Markdown text; remove it or give it its real extension [file-encoding]',
        link('sub/outside-link.md', '../../outside.md'),
        'utf16be.md:1:1: error Unexpected UTF-16 BE encoding, expected UTF-8; save the file as UTF-8 [file-encoding]',
        `utf16be.md:5:1: ${SCRIPT}`,
        'utf16le.md:1:1: error Unexpected UTF-16 LE encoding, expected UTF-8; save the file as UTF-8 [file-encoding]',
        `utf16le.md:5:1: ${SCRIPT}`,
      ]);

      // A name with a leading `-` is a file after `--`.
      const dashed = spawnSync(process.execPath, [CLI, '--format', 'compact', '--', '-dash.md'], { cwd: site, encoding: 'utf8' });
      expect(dashed.stdout).toBe(`-dash.md:5:1: ${SCRIPT}\n`);
      // A link named on the command line is not followed either.
      const named = spawnSync(process.execPath, [CLI, '--format', 'compact', 'sub/outside-link.md'], { cwd: site, encoding: 'utf8' });
      expect(named.stdout).toBe(`${link('sub/outside-link.md', '../../outside.md')}\n`);
    });
  });

  it('checks 15,000 files with at most 128 open files allowed: no EMFILE', () => {
    withTempDir((directory) => {
      for (let index = 0; index < 15_000; index++) {
        const folder = path.join(directory, 'posts', String(Math.floor(index / 1000)));
        if (index % 1000 === 0) mkdirSync(folder, { recursive: true });
        writeFileSync(path.join(folder, `p${index}.md`), `---\ntitle: P${index}\n---\n\nText ${index}.\n${index % 1000 === 0 ? '<script>x()</script>\n' : ''}`);
      }
      const run = spawnSync('/bin/sh', ['-c', `ulimit -n 128 && exec "${process.execPath}" "${CLI}" --format json .`], { cwd: directory, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout) as { fileCount: number; errorCount: number };
      expect(report).toMatchObject({ fileCount: 15_000, errorCount: 15 });
    });
  }, 120_000);
});
