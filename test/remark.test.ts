/**
 * remark-lint inside content-lint: the same messages at the same positions as remark-cli (with
 * remark-frontmatter and remark-gfm) on the classic fixture, for each preset; settings in
 * remark-lint's convention; installed rule packages named in the config; no `.remarkrc` or
 * `remarkConfig` ever read; findings that behave like any other (directives, SARIF).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCliCaptured, withTempDir, writeTree } from './helpers.js';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'remark-lint', 'not-ok', 'classic.md');
const MODULES = path.join(REPO_ROOT, 'node_modules');
const PRESET_PACKAGES = { recommended: 'remark-preset-lint-recommended', consistent: 'remark-preset-lint-consistent', 'markdown-style-guide': 'remark-preset-lint-markdown-style-guide' };

/** `line:column[-line:column] severity reason rule` for each message remark-cli prints. */
function remarkCli(directory: string, presets: Array<keyof typeof PRESET_PACKAGES>): string[] {
  const uses = ['remark-frontmatter', 'remark-gfm', ...presets.map((preset) => PRESET_PACKAGES[preset])].flatMap((name) => ['--use', path.join(MODULES, name, 'index.js')]);
  const run = spawnSync(process.execPath, [path.join(MODULES, 'remark-cli', 'cli.js'), '--no-config', '--no-ignore', '--no-color', '--no-stdout', ...uses, 'classic.md'], { cwd: directory, encoding: 'utf8' });
  return run.stderr
    .split('\n')
    .map((line) => /^(\d+:\d+(?:-\d+:\d+)?)\s+(warning|error)\s+(.*?)\s+([a-z-]+)\s+remark-lint$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => `${match[1]} ${match[2]} ${match[3]} ${match[4]}`);
}

async function contentLint(directory: string, remark: string): Promise<{ lines: string[]; json: any }> {
  writeFileSync(path.join(directory, '.content-lint.yml'), remark);
  const run = await runCliCaptured(['--format', 'json', 'classic.md'], directory);
  expect(run.stderr).toBe('');
  const json = JSON.parse(run.stdout);
  const lines = json.files[0].findings
    .filter((finding: { ruleId: string }) => finding.ruleId.startsWith('remark-lint:'))
    .map((finding: { line: number; column: number; endLine: number; endColumn: number; severity: string; message: string; ruleId: string }) => {
      const end = finding.endLine === finding.line && finding.endColumn === finding.column ? '' : `-${finding.endLine}:${finding.endColumn}`;
      return `${finding.line}:${finding.column}${end} ${finding.severity} ${finding.message} ${finding.ruleId.slice('remark-lint:'.length)}`;
    });
  return { lines, json };
}

describe('remark-lint inside content-lint', () => {
  it('lists, without loading them, exactly the rules the bundled presets use', async () => {
    const { BUNDLED_RULE_NAMES } = await import('../src/remark/settings.js');
    const { BUNDLED_RULES } = await import('../src/remark/engine.js');
    expect([...BUNDLED_RULE_NAMES]).toEqual([...BUNDLED_RULES.keys()]);
  });

  it.each([[['recommended']], [['recommended', 'consistent']], [['markdown-style-guide']]] as Array<[Array<keyof typeof PRESET_PACKAGES>]>)(
    'gives remark-cli’s messages at remark-cli’s positions with presets %j',
    async (presets) => {
      await withTempDir(async (directory) => {
        copyFileSync(FIXTURE, path.join(directory, 'classic.md'));
        const expected = remarkCli(directory, presets);
        expect(expected.length).toBeGreaterThan(5);
        const { lines } = await contentLint(directory, `remark:\n  presets: [${presets.join(', ')}]\n`);
        expect(lines.sort()).toEqual(expected.sort());
      });
    },
  );

  it('takes rule settings in remark-lint’s convention: severity, options, off', async () => {
    await withTempDir(async (directory) => {
      copyFileSync(FIXTURE, path.join(directory, 'classic.md'));
      const { json } = await contentLint(
        directory,
        'remark:\n  presets: [recommended]\n  rules:\n    maximum-line-length: [error, 100]\n    no-literal-urls: off\n    no-undefined-references: warning\n',
      );
      const findings = json.files[0].findings as Array<{ ruleId: string; severity: string; line: number; message: string }>;
      expect(findings.filter((finding) => finding.ruleId === 'remark-lint:no-literal-urls')).toEqual([]);
      expect(findings.filter((finding) => finding.ruleId === 'remark-lint:maximum-line-length').map((finding) => [finding.line, finding.severity])).toEqual([[37, 'error']]);
      expect(json.errorCount).toBe(1);
      // The host's severity caps them: `rules: {remark-lint: warning}` makes every one a warning.
      writeFileSync(path.join(directory, '.content-lint.yml'), 'remark:\n  rules:\n    maximum-line-length: [error, 100]\nrules:\n  remark-lint: warning\n');
      expect(JSON.parse((await runCliCaptured(['--format', 'json', 'classic.md'], directory)).stdout)).toMatchObject({ errorCount: 0, warningCount: 1 });
    });
  });

  it('says what is wrong with a remark section', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, { 'a.md': '# A\n' });
      writeFileSync(path.join(directory, '.content-lint.yml'), 'remark:\n  rules:\n    maximum-line-lenght: [warn, 80]\n');
      expect((await runCliCaptured([], directory)).stderr).toBe(
        'content-lint: .content-lint.yml: Unexpected remark-lint rule `maximum-line-lenght`, expected a rule of the bundled presets such as `maximum-line-length`, or a package listed in `remark.plugins`\n',
      );
      writeFileSync(path.join(directory, '.content-lint.yml'), 'remark:\n  presets: [recomended]\n');
      expect((await runCliCaptured([], directory)).stderr).toContain('expected one of `recommended`, `consistent`, `markdown-style-guide`');
      writeFileSync(path.join(directory, '.content-lint.yml'), 'remark:\n  plugins: [remark-lint-no-such-rule]\n');
      expect((await runCliCaptured(['--allow-plugins'], directory)).stderr).toBe(
        `content-lint: .content-lint.yml: \`remark.plugins\`: \`remark-lint-no-such-rule\` is not installed in ${directory} (run \`npm install -D remark-lint-no-such-rule\`)\n`,
      );
    });
  });

  it('loads a rule package installed in the site when the config names it and the run allows plugins', async () => {
    await withTempDir(async (directory) => {
      const plugin = path.join(directory, 'node_modules', 'remark-lint-no-foo');
      mkdirSync(plugin, { recursive: true });
      writeTree(plugin, {
        'package.json': '{"name": "remark-lint-no-foo", "type": "module", "main": "index.js"}',
        'index.js':
          "export default function remarkLintNoFoo() {\n  return (tree, file) => {\n    const message = file.message('Unexpected `foo`, expected `bar`', { place: tree.children.at(-1).position, ruleId: 'no-foo', source: 'remark-lint' });\n    message.fatal = false;\n  };\n}\n",
      });
      writeTree(directory, { '.content-lint.yml': 'remark:\n  plugins: [remark-lint-no-foo]\n', 'a.md': '# A\n\nfoo\n' });
      const refused = await runCliCaptured(['--format', 'compact'], directory);
      expect(refused).toMatchObject({ code: 2, stdout: '' });
      expect(refused.stderr).toContain('`remark.plugins` names `remark-lint-no-foo`: loading it runs code from this repository');
      const run = await runCliCaptured(['--format', 'compact', '--allow-plugins'], directory);
      expect(run.stdout).toBe('a.md:3:1: warning Unexpected `foo`, expected `bar` [remark-lint:no-foo]\n');
    });
  });

  it('never reads .remarkrc files or package.json#remarkConfig from the linted tree', async () => {
    await withTempDir(async (directory) => {
      const marker = path.join(directory, 'pwned');
      writeTree(directory, {
        '.content-lint.yml': 'remark:\n  presets: [recommended]\n',
        '.remarkrc.js': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'x');\nexport default { plugins: [] };\n`,
        '.remarkrc.json': '{"plugins": [["remark-lint-no-undefined-references", false]]}',
        'package.json': '{"remarkConfig": {"plugins": [["remark-lint-no-undefined-references", false]]}}',
        'a.md': '# A\n\nSee [nowhere][missing].\n',
      });
      const run = await runCliCaptured(['--format', 'compact', 'a.md'], directory);
      expect(run.stdout).toContain('[remark-lint:no-undefined-references]');
      expect(existsSync(marker)).toBe(false);
    });
  });

  it('lets a post switch a remark rule off inline, names it in SARIF, and checks MDX', async () => {
    await withTempDir(async (directory) => {
      writeTree(directory, {
        '.content-lint.yml': 'remark:\n  presets: [recommended]\n',
        'a.md': '# A\n\n<!-- content-lint-disable-next-line remark-lint:no-literal-urls -->\nhttps://example.com/one\n\nhttps://example.com/two\n',
        'b.mdx': 'import X from "./x.js"\n\n# B\n\n<X prop={1} />\n\nSee [b][nowhere].\n',
      });
      const compact = await runCliCaptured(['--format', 'compact'], directory);
      expect(compact.stdout).toBe(
        'a.md:6:1: warning Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after [remark-lint:no-literal-urls]\n' +
          'b.mdx:7:5: warning Unexpected reference to undefined definition, expected corresponding definition (`nowhere`) for a link or escaped opening bracket (`\\[`) for regular text [remark-lint:no-undefined-references]\n',
      );
      const sarif = JSON.parse((await runCliCaptured(['--format', 'sarif'], directory)).stdout).runs[0];
      const rule = sarif.tool.driver.rules.find((candidate: { id: string }) => candidate.id === 'remark-lint:no-literal-urls');
      expect(rule.helpUri).toBe('https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-literal-urls#readme');
      expect(sarif.results[0]).toMatchObject({ ruleId: 'remark-lint:no-literal-urls', ruleIndex: sarif.tool.driver.rules.indexOf(rule) });
    });
  });
});
