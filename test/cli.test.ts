/** The command line as a user runs it: arguments in, report and exit code out. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { REPO_ROOT, runCliCaptured, withTempDir, writeTree } from './helpers.js';


const cli = runCliCaptured;

/** A repository (a `.git` folder makes it the config root) with these files. */
function site(directory: string, files: Record<string, string | Uint8Array>): string {
  mkdirSync(path.join(directory, '.git'));
  return writeTree(directory, files);
}

const CLEAN = '---\ntitle: Clean\n---\n\nHello.\n';
const SCRIPT = '---\ntitle: Script\n---\n\n<script>x()</script>\n';
const DUPLICATE = '---\ntitle: a\ntitle: b\n---\n';

describe('exit codes', () => {
  it('exits 0 and prints nothing on clean files', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'posts/a.md': CLEAN });
      expect(await cli([], directory)).toEqual({ code: 0, stdout: '', stderr: '' });
    });
  });

  it('exits 1 on errors, with a stylish report', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'posts/a.md': SCRIPT, 'posts/b.md': CLEAN });
      const result = await cli(['--no-color'], directory);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        [
          'posts/a.md',
          '  5:1  error    Unexpected inline `<script>`; remove it: posts must not run scripts  no-script',
          '',
          '✖ 1 problem (1 error, 0 warnings)',
          '',
        ].join('\n'),
      );
    });
  });

  it('exits 0 with --fail-on never, and on warnings unless asked', async () => {
    await withTempDir(async (directory) => {
      site(directory, {
        'posts/a.md': DUPLICATE,
        '.content-lint.yml': 'rules:\n  front-matter-syntax: warning\n',
      });
      expect((await cli([], directory)).code).toBe(0);
      expect((await cli(['--fail-on', 'warning'], directory)).code).toBe(1);
      expect((await cli(['--max-warnings', '0'], directory)).code).toBe(1);
      expect((await cli(['--max-warnings', '1'], directory)).code).toBe(0);
      writeFileSync(path.join(directory, 'posts/b.md'), SCRIPT);
      expect((await cli(['--fail-on', 'never'], directory)).code).toBe(0);
    });
  });

  it('exits 2 on usage errors, naming the problem', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'a.md': CLEAN });
      const badFormat = await cli(['--format', 'xml'], directory);
      expect(badFormat.code).toBe(2);
      expect(badFormat.stderr).toContain('Unexpected format `xml`, expected one of stylish, compact, json, sarif');
      expect((await cli(['--bogus'], directory)).code).toBe(2);
      expect((await cli(['--max-warnings', '-1'], directory)).code).toBe(2);
      const missing = await cli(['nope.md'], directory);
      expect(missing).toMatchObject({ code: 2, stdout: '' });
      expect(missing.stderr).toContain('nope.md: no such file or folder');
    });
  });

  it('refuses a folder or glob that selects no file, and says when the config selects none', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'posts/a.md': SCRIPT, 'notes/b.txt': 'x', '.content-lint.yml': 'include: [posts/**/*.md]\n' });
      // A folder outside `include` used to pass silently, checking nothing.
      expect(await cli(['notes'], directory)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'content-lint: notes: no file in this folder matches the include globs of .content-lint.yml (`posts/**/*.md`), or every match is excluded; name the files, or change include\n',
      });
      expect(await cli(['drafts/**/*.md'], directory)).toMatchObject({ code: 2, stderr: 'content-lint: drafts/**/*.md: no file matches this glob, or every match is excluded or ignored by .gitignore\n' });
      expect((await cli(['posts'], directory)).code).toBe(1);
      writeFileSync(path.join(directory, '.content-lint.yml'), 'include: [content/**/*.md]\n');
      expect(await cli([], directory)).toEqual({ code: 0, stdout: '', stderr: 'content-lint: no file to check: the include globs of .content-lint.yml (`content/**/*.md`) match none\n' });
    });
  });

  it('exits 2 on a bad config, naming the file, the key and the valid values', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'a.md': CLEAN, '.content-lint.yml': 'rules:\n  no-script: loud\n' });
      const result = await cli([], directory);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('.content-lint.yml: Unexpected string `"loud"` for `rules.no-script`');
      expect(result.stderr).toContain('`off`, `warning`, `error`');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  });

  it('prints --help and --version', async () => {
    expect((await cli(['--help'], REPO_ROOT)).stdout).toContain('Usage: content-lint');
    const version = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;
    expect((await cli(['--version'], REPO_ROOT)).stdout).toBe(`${version}\n`);
  });
});

describe('formats', () => {
  it('compact: one finding per line for problem matchers', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'posts/a.md': SCRIPT, 'posts/b.md': DUPLICATE });
      const result = await cli(['--format', 'compact'], directory);
      expect(result.stdout).toBe(
        [
          'posts/a.md:5:1: error Unexpected inline `<script>`; remove it: posts must not run scripts [no-script]',
          'posts/b.md:3:1: error Duplicate key `title`; keep one (the generator would silently use one of them) [front-matter-syntax]',
          '',
        ].join('\n'),
      );
    });
  });

  it('json: every file and finding as data', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'posts/a.md': SCRIPT, 'posts/b.md': CLEAN });
      const report = JSON.parse((await cli(['-f', 'json'], directory)).stdout);
      expect(report).toMatchObject({ reportVersion: 1, errorCount: 1, warningCount: 0, fileCount: 2 });
      expect(report.files.map((file: { file: string }) => file.file)).toEqual(['posts/a.md', 'posts/b.md']);
      expect(report.files[0].findings[0]).toEqual({
        ruleId: 'no-script',
        severity: 'error',
        messageId: 'inline',
        message: 'Unexpected inline `<script>`; remove it: posts must not run scripts',
        data: {},
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 9,
      });
    });
  });

  it('--output writes the report to a file', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'a.md': SCRIPT });
      const result = await cli(['-f', 'json', '-o', 'report.json'], directory);
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(JSON.parse(readFileSync(path.join(directory, 'report.json'), 'utf8')).errorCount).toBe(1);
    });
  });

  it('--quiet shows errors only', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'a.md': DUPLICATE, 'b.md': SCRIPT, '.content-lint.yml': 'rules:\n  front-matter-syntax: warning\n' });
      const result = await cli(['--quiet', '-f', 'compact'], directory);
      expect(result.stdout.trim().split('\n')).toEqual([expect.stringContaining('[no-script]')]);
    });
  });

  it('colours only terminals, and never with NO_COLOR or --no-color', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'a.md': SCRIPT });
      expect((await cli([], directory, { FORCE_COLOR: '1' })).stdout).toContain('\u001b[31m');
      expect((await cli([], directory, { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
      expect((await cli(['--no-color'], directory, { FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
      expect((await cli([], directory, {})).stdout).not.toContain('\u001b[');
    });
  });

  it('never prints control characters from a file name', async () => {
    await withTempDir(async (directory) => {
      const name = 'evil\u001b[2J\rname.md';
      site(directory, { [name]: SCRIPT });
      const result = await cli(['-f', 'compact'], directory);
      expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      expect(result.stdout).toContain('evil\\u001b[2J\\u000dname.md:5:1');
    });
  });
});

describe('progress', () => {
  it('counts files on a terminal once a run has taken a second, then clears the line', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'a.md': CLEAN, 'b.md': CLEAN, 'c.md': CLEAN });
      let clock = 0;
      let stderr = '';
      await runCli([], {
        cwd: directory,
        env: {},
        stdout: { write: () => undefined },
        stderr: { write: (text: string) => void (stderr += text), isTTY: true },
        now: () => (clock += 600),
      });
      expect(stderr).toBe('\rcontent-lint: 2/3 files\rcontent-lint: 3/3 files\r\u001b[2K');
    });
  });

  it('stays silent when stderr is not a terminal, or on CI', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'a.md': CLEAN, 'b.md': CLEAN });
      let clock = 0;
      for (const [isTTY, env] of [[false, {}], [true, { CI: 'true' }]] as const) {
        let stderr = '';
        await runCli([], { cwd: directory, env, stdout: { write: () => undefined }, stderr: { write: (text: string) => void (stderr += text), isTTY }, now: () => (clock += 600) });
        expect(stderr).toBe('');
      }
    });
  });
});

describe('file selection', () => {
  it('lints folders, files and globs, in a stable order, once each', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'b/z.md': SCRIPT, 'a/y.md': SCRIPT, 'a/x.markdown': SCRIPT, 'c/w.txt': SCRIPT });
      const listed = async (args: string[]) =>
        JSON.parse((await cli(['-f', 'json', ...args], directory)).stdout).files.map((file: { file: string }) => file.file);
      expect(await listed([])).toEqual(['a/x.markdown', 'a/y.md', 'b/z.md']);
      expect(await listed(['b', 'a/y.md', 'a/y.md'])).toEqual(['a/y.md', 'b/z.md']);
      expect(await listed(['**/*.md'])).toEqual(['a/y.md', 'b/z.md']);
      expect(await listed(['c/w.txt'])).toEqual(['c/w.txt']);
    });
  });

  it('skips node_modules, build output and .gitignore entries', async () => {
    await withTempDir(async (directory) => {
      site(directory, {
        'posts/a.md': CLEAN,
        'node_modules/pkg/readme.md': SCRIPT,
        'public/index.md': SCRIPT,
        'dist/x.md': SCRIPT,
        '_site/x.md': SCRIPT,
        'drafts/secret.md': SCRIPT,
        'posts/nested/.gitignore': 'ignored.md\n',
        'posts/nested/ignored.md': SCRIPT,
        '.gitignore': 'drafts/\n',
      });
      expect(await cli([], directory)).toEqual({ code: 0, stdout: '', stderr: '' });
    });
  });

  it('excludes by exact globs: excluding .mdx files keeps .md files', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'a.md': SCRIPT, 'b.mdx': SCRIPT, '.content-lint.yml': 'exclude: ["**/*.mdx"]\n' });
      const report = JSON.parse((await cli(['-f', 'json'], directory)).stdout);
      expect(report.files.map((file: { file: string }) => file.file)).toEqual(['a.md']);
    });
  });

  it('honours include and exclude from the config', async () => {
    await withTempDir(async (directory) => {
      site(directory, {
        'content/a.md': SCRIPT,
        'content/skip/b.md': SCRIPT,
        'other/c.md': SCRIPT,
        '.content-lint.json': JSON.stringify({ include: ['content/**/*.md'], exclude: ['content/skip/**'] }),
      });
      const report = JSON.parse((await cli(['-f', 'json'], directory)).stdout);
      expect(report.files.map((file: { file: string }) => file.file)).toEqual(['content/a.md']);
    });
  });

  it('reports symbolic links without following them', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'posts/real.md': CLEAN, 'outside.txt': '<script>x()</script>\n' });
      symlinkSync('../outside.txt', path.join(directory, 'posts/escape.md'));
      symlinkSync('/etc/passwd', path.join(directory, 'posts/absolute.md'));
      symlinkSync('missing.md', path.join(directory, 'posts/dangling.md'));
      symlinkSync('loop.md', path.join(directory, 'posts/loop.md'));
      symlinkSync('.', path.join(directory, 'posts/self'));
      const result = await cli(['-f', 'compact'], directory);
      expect(result.code).toBe(1);
      expect(result.stdout.trim().split('\n').map((line) => line.replace(/ .*\[/, ' ['))).toEqual([
        'posts/absolute.md:1:1: [file-access]',
        'posts/dangling.md:1:1: [file-access]',
        'posts/escape.md:1:1: [file-access]',
        'posts/loop.md:1:1: [file-access]',
        'posts/self:1:1: [file-access]',
      ]);
      expect(result.stdout).not.toContain('no-script');
    });
  });
});

describe('--stdin', () => {
  it('lints the text of standard input as the file it names: its collection, its settings, its name', async () => {
    await withTempDir(async (directory) => {
      site(directory, {
        '.content-lint.yml': 'overrides:\n  - files: ["drafts/**"]\n    rules:\n      no-iframe: off\n',
        'posts/a.md': CLEAN,
      });
      const text = '---\ntitle: Unsaved\n---\n\n<iframe src="https://ads.example/x"></iframe>\n\n<script>x()</script>\n';
      const run = await runCliCaptured(['--stdin', '--stdin-filename', 'posts/new.md', '--format', 'compact'], directory, {}, text);
      expect(run.code).toBe(1);
      expect(run.stdout.split('\n').filter(Boolean).map((line) => line.replace(/ Unexpected.*\[/, ' ['))).toEqual(['posts/new.md:5:1: error [no-iframe]', 'posts/new.md:7:1: error [no-script]']);
      // The override for drafts/ applies to a draft's text; nothing on disk is read or written.
      const draft = await runCliCaptured(['--stdin', '--stdin-filename', 'drafts/new.md', '--format', 'compact'], directory, {}, text);
      expect(draft.stdout.split('\n').filter(Boolean).map((line) => line.replace(/ Unexpected.*\[/, ' ['))).toEqual(['drafts/new.md:7:1: error [no-script]']);
      // An MDX path reads the text as MDX.
      const mdx = await runCliCaptured(['--stdin', '--stdin-filename', 'posts/new.mdx', '--format', 'compact'], directory, {}, '# A\n\n<Widget prop={1 +} />\n');
      expect(mdx.stdout).toContain('posts/new.mdx:3:');
      expect(mdx.stdout).toContain('[mdx-syntax]');
    });
  });

  it('refuses what does not go with one text', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'a.md': CLEAN });
      for (const extra of [['a.md'], ['--fix'], ['--cache'], ['--write-baseline']]) {
        const run = await runCliCaptured(['--stdin', ...extra], directory, {}, CLEAN);
        expect(run.code, extra.join(' ')).toBe(2);
      }
      expect((await runCliCaptured(['--stdin-filename', 'a.md'], directory)).code).toBe(2);
      expect((await runCliCaptured(['--stdin'], directory, {}, CLEAN)).code).toBe(0);
    });
  });
});

describe('config discovery', () => {
  it('finds the nearest config up to the repository root', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'blog/posts/a.md': DUPLICATE, '.content-lint.yml': 'rules:\n  front-matter-syntax: off\n' });
      expect((await cli([], path.join(directory, 'blog'))).code).toBe(0);
    });
  });

  it('reads the `content-lint` key of package.json', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'a.md': DUPLICATE, 'package.json': JSON.stringify({ name: 'blog', 'content-lint': { rules: { 'front-matter-syntax': 'off' } } }) });
      expect((await cli([], directory)).code).toBe(0);
    });
  });

  it('uses --config over discovery', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'a.md': DUPLICATE, 'custom.json': JSON.stringify({ rules: { 'front-matter-syntax': 'off' } }) });
      expect((await cli([], directory)).code).toBe(1);
      expect((await cli(['--config', 'custom.json'], directory)).code).toBe(0);
      expect((await cli(['--config', 'missing.yml'], directory)).code).toBe(2);
    });
  });

  it('says once which config files it leaves alone: a sub-folder site\'s, code configs, .remarkrc', async () => {
    await withTempDir(async (directory) => {
      site(directory, {
        '.content-lint.yml': 'include: ["**/*.md"]\n',
        '.content-lint.mjs': 'export default { rules: {} };\n',
        '.remarkrc.js': 'export default { plugins: [] };\n',
        '.remarkrc.json': '{ "plugins": ["remark-preset-lint-recommended"] }\n',
        'a.md': CLEAN,
        'docs/.content-lint.yml': 'rules:\n  no-script: off\n',
        'docs/guide/b.md': CLEAN,
        'docs/guide/c.md': CLEAN,
      });
      const run = await cli([], directory);
      expect(run.code).toBe(0);
      expect(run.stderr.split('\n').filter(Boolean)).toEqual([
        'content-lint: docs/.content-lint.yml is not used: this run\'s config is .content-lint.yml, and a run uses one; to lint docs/ with its own, run content-lint from docs/ (in the action: `working-directory: docs`)',
        'content-lint: .content-lint.mjs is not loaded: content-lint runs no code from the repository on its own; name it with --config (the action\'s `config` input) to load it, or write .content-lint.yml',
        'content-lint: .remarkrc.js is not read: content-lint runs no code from the repository; list remark-lint presets and rules under `remark:` in .content-lint.yml',
        'content-lint: .remarkrc.json is not read: remark-lint runs in content-lint from `remark:` in .content-lint.yml; `content-lint init` copies its settings there',
      ]);
      // From the sub-folder, its own config is the run's: nothing to say.
      expect((await cli([], path.join(directory, 'docs'))).stderr).toBe('');
    });
  });

  it('--print-config shows the config in force for a file', async () => {
    await withTempDir(async (directory) => {
      site(directory, { 'posts/a.md': CLEAN, '.content-lint.yml': 'rules:\n  no-script: [warning, { allowHosts: [x.example] }]\n' });
      const shown = JSON.parse((await cli(['--print-config', 'posts/a.md'], directory)).stdout);
      expect(shown).toMatchObject({ file: 'posts/a.md', selected: true, configFile: '.content-lint.yml', root: '.' });
      expect(shown.rules['no-script']).toEqual(['warning', { allowHosts: ['x.example'], allowSameSite: true }]);
      expect(shown.rules['front-matter-syntax']).toEqual(['error', {}]);
    });
  });
});

describe('the hazardous folder of the foundation issue', () => {
  it('gives one clear finding for each problem, runs to the end, executes nothing', () => {
    withTempDir((directory) => {
      const pwned = path.join(directory, 'pwned');
      site(directory, {
        'posts/binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
        'posts/utf16.md': new Uint8Array([0xff, 0xfe, ...Buffer.from('---\ntitle: x\n---\n\nText.\n', 'utf16le')]),
        'posts/unterminated.md': '---\ntitle: x\n\n<script src="https://evil.example/x.js"></script>\n',
        'posts/alias-bomb.md': `---\na0: &a0 [${Array(9).fill('"x"').join(',')}]\n${Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(',')}]`).join('\n')}\n---\n`,
        'posts/js.md': `---js\n{ title: (require("fs").writeFileSync(${JSON.stringify(pwned)}, "x"), globalThis.x = 1, "t") }\n---\n\nBody.\n`,
      });
      // The shipped bundle, as `npx content-lint` runs it.
      const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), '--format', 'compact', 'posts'], {
        cwd: directory,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n').map((line) => line.replace(/: error .*\[/, ' ['))).toEqual([
        'posts/alias-bomb.md:6:10 [front-matter-syntax]',
        'posts/binary.md:1:1 [file-encoding]',
        'posts/js.md:1:1 [front-matter-fence]',
        'posts/unterminated.md:1:1 [front-matter-fence]',
        'posts/unterminated.md:4:1 [no-script]',
        'posts/utf16.md:1:1 [file-encoding]',
      ]);
      expect(existsSync(pwned)).toBe(false);
    });
  });
});

describe('the README', () => {
  it('shows exactly what `npm start` prints for the bundled examples', async () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('```text\nexamples/source/_posts/') + '```text\n'.length;
    const shown = readme.slice(start, readme.indexOf('```', start));
    const { stdout } = await cli(['--config', 'examples/.content-lint.yml', '--fail-on', 'never', '--no-color', 'examples'], REPO_ROOT);
    expect(shown).toBe(stdout.replace(/^\n/, ''));
  });
});

describe('the bundle with --check-urls', () => {
  it('loads the network checks (a chunk of their own) and reports a private address without fetching it', () => {
    withTempDir((directory) => {
      site(directory, { 'posts/a.md': '---\ntitle: T\nimage: https://127.0.0.1/x.png\n---\n\nText.\n' });
      const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), '--format', 'compact', '--check-urls', 'posts'], {
        cwd: directory,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('posts/a.md:3:8: error');
      expect(run.stdout).toContain('private or reserved address (127.0.0.1) [image-reachable]');
    });
  });
});
