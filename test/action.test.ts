/** The bundled action (dist/index.js) run as a runner runs it: inputs in the environment, commands on stdout. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, withTempDir } from './helpers.js';

function runAction(workspace: string, inputs: Record<string, string>) {
  const output = path.join(workspace, '..', `${path.basename(workspace)}-output`);
  const summary = path.join(workspace, '..', `${path.basename(workspace)}-summary`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'index.js')], { cwd: workspace, env, encoding: 'utf8' });
  return { ...run, outputs: readFileSync(output, 'utf8'), summary: readFileSync(summary, 'utf8') };
}

describe('action', () => {
  it('annotates each finding at its line, writes outputs and a summary, and fails on errors', () => {
    withTempDir((workspace) => {
      mkdirSync(path.join(workspace, 'posts'));
      writeFileSync(path.join(workspace, 'posts', 'a.md'), '---\ntitle: a\ntitle: b\n---\n\n<script>x()</script>\n');
      writeFileSync(path.join(workspace, 'posts', 'b.md'), '---\ntitle: ok\n---\n');
      const run = runAction(workspace, { paths: 'posts', 'fail-on': 'error' });
      expect(run.status).toBe(1);
      const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
      expect(commands).toEqual([
        '::error title=content-lint%3A front-matter-syntax,file=posts/a.md,line=3,endLine=3,col=1,endColumn=6::Duplicate key `title`; keep one (the generator would silently use one of them)',
        '::error title=content-lint%3A no-script,file=posts/a.md,line=6,endLine=6,col=1,endColumn=9::Unexpected inline `<script>`; remove it: posts must not run scripts',
        '::error::content-lint found 2 errors and 0 warnings',
      ]);
      expect(run.outputs).toMatch(/errors<<.*\n2\n/);
      expect(run.outputs).toMatch(/files<<.*\n2\n/);
      expect(run.summary).toContain('content-lint: 2 errors, 0 warnings in 2 files');
    });
  });

  it('passes with fail-on: never', () => {
    withTempDir((workspace) => {
      writeFileSync(path.join(workspace, 'a.md'), '<script>x()</script>\n');
      expect(runAction(workspace, { 'fail-on': 'never' }).status).toBe(0);
    });
  });

  it('cannot be made to print a workflow command by the content of a post', () => {
    withTempDir((workspace) => {
      const hostile = '<script src="https://x.example/%0A::warning::injected\n::add-mask::secret"></script>';
      writeFileSync(path.join(workspace, 'evil::name%0A.md'), `${hostile}\n`);
      const run = runAction(workspace, {});
      const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
      expect(commands).toHaveLength(2);
      expect(commands[0]).toMatch(/^::error title=content-lint%3A no-script,file=evil%3A%3Aname%250A\.md,line=1,/);
      expect(run.stdout).not.toMatch(/^::(warning|add-mask)/m);
    });
  });
});

describe('action fix input', () => {
  it('removes ad units from the workspace and reports what is left', () => {
    withTempDir((workspace) => {
      const file = path.join(workspace, 'a.md');
      writeFileSync(file, '---\ntitle: x\n---\n\n<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>\n\nText.\n');
      const run = runAction(workspace, { fix: 'true' });
      expect(run.status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe('---\ntitle: x\n---\n\n\nText.\n');
      expect(run.stdout).toContain('content-lint: fixed 1 problems in 1 files');
      expect(run.outputs).toMatch(/errors<<.*\n0\n/);
    });
  });
});
