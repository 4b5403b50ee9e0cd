/** `content-lint init`, and the first day on an existing site: init → run → baseline → only new problems fail. */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_TEMPLATE } from '../src/cli/init.js';
import { HAS_SHARED, REPO_ROOT, runCliCaptured, SHARED, withTempDir, writeTree } from './helpers.js';

/** 25 posts that share their fields (one lacks `category`), and two pages. */
function genericSite(directory: string): void {
  const files: Record<string, string> = {};
  for (let index = 1; index <= 25; index++) {
    const category = index === 7 ? '' : 'category: release\n';
    files[`content/posts/post-${index}.md`] = `---\ntitle: Post ${index}\ndate: 2024-01-${String(index).padStart(2, '0')}\n${category}author: Ann\ntags: [a, b]\n---\n\nText ${index}.\n`;
  }
  files['content/about.md'] = '---\ntitle: About\n---\n\nAbout us.\n';
  // The folder's listing page: a page, not a post without a date.
  files['content/posts/index.md'] = '---\ntitle: All posts\n---\n';
  files['content/contact.md'] = '---\ntitle: Contact\n---\n\nWrite to us.\n';
  files['static/CNAME'] = 'www.example.org\n';
  writeTree(directory, files);
}

describe('init', () => {
  it('writes a config whose only finding on an existing site is a real one; the baseline then lets only new problems fail', async () => {
    await withTempDir(async (directory) => {
      genericSite(directory);
      const init = await runCliCaptured(['init'], directory);
      expect(init.code).toBe(0);
      expect(init.stdout).toContain('Site generator: none detected (generic Markdown)');
      expect(init.stdout).toContain('posts        content/posts/**/*.{md,markdown,mdx}  25 files, requires title, date, author, tags, category');
      expect(init.stdout).toContain('Wrote .content-lint.yml');
      const config = readFileSync(path.join(directory, '.content-lint.yml'), 'utf8');
      expect(config).toMatch(/^# yaml-language-server: \$schema=https:\/\/github\.com\/content-lint\/content-lint\/raw\/v[\d.]+\/schema\/content-lint\.schema\.json\n/);
      expect(config).toContain('  domains: ["www.example.org"]   # from CNAME');
      expect(config).toContain('      tags: { type: array, required: true }');
      expect(config).toContain('    exclude: ["content/posts/**/{index,_index,README,readme}.{md,markdown,mdx}"]   # listing pages');

      const first = await runCliCaptured(['--format', 'compact'], directory);
      expect(first.stdout).toBe('content/posts/post-7.md:1:1: error Missing required `category`, expected a string [front-matter-schema]\n');

      expect((await runCliCaptured(['--write-baseline'], directory)).code).toBe(0);
      expect((await runCliCaptured([], directory)).code).toBe(0);

      // A new post with an ad block fails with exactly that finding; an edit above the old one keeps it baselined.
      writeFileSync(path.join(directory, 'content/posts/post-26.md'), '---\ntitle: New\ndate: 2024-02-01\ncategory: release\nauthor: Bo\ntags: [a]\n---\n\n<!-- ads begin -->\nBuy!\n<!-- ads end -->\n');
      const old = path.join(directory, 'content/posts/post-7.md');
      writeFileSync(old, readFileSync(old, 'utf8').replace('---\ntitle', '---\n# edited\ntitle'));
      const later = await runCliCaptured(['--format', 'compact'], directory);
      expect(later.code).toBe(1);
      expect(later.stdout).toMatch(/^content\/posts\/post-26\.md:9:1: error Unexpected ad block .*\[no-ad-markers\]\n$/);
    });
  });

  it('reads the generator, address and time zone of a known site, and never overwrites without --force', async () => {
    await withTempDir(async (directory) => {
      cpSync(path.join(REPO_ROOT, 'examples'), directory, { recursive: true });
      const init = await runCliCaptured(['init', '--force'], directory);
      expect(init.stdout).toContain('Site generator: hexo (from _config.yml)');
      expect(init.stdout).toContain('Site address:   https://blog.example.com');
      const config = readFileSync(path.join(directory, '.content-lint.yml'), 'utf8');
      expect(config).toContain('generator: hexo');
      expect(config).toContain('  url: "https://blog.example.com"');
      expect(config).not.toContain('collections:');

      const again = await runCliCaptured(['init'], directory);
      expect(again).toMatchObject({ code: 2, stdout: '' });
      expect(again.stderr).toBe('content-lint: .content-lint.yml already there; nothing written (--force replaces it)\n');
    });
  });

  it('--workflow writes the README\'s minimal workflow', async () => {
    await withTempDir(async (directory) => {
      genericSite(directory);
      await runCliCaptured(['init', '--workflow'], directory);
      const workflow = readFileSync(path.join(directory, '.github/workflows/content-lint.yml'), 'utf8');
      expect(workflow).toBe(WORKFLOW_TEMPLATE);
      const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
      const block = /<!-- workflow: content-lint\.yml -->\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
      expect(workflow.replace(/content-lint\/content-lint@v[\d.]+/, 'content-lint/content-lint@VERSION')).toBe(block?.replace(/content-lint\/content-lint@v[\d.]+/, 'content-lint/content-lint@VERSION'));
    });
  });

  it('imports a remark-lint-frontmatter-schema mapping, and never runs a .remarkrc.js', async () => {
    await withTempDir(async (directory) => {
      genericSite(directory);
      writeTree(directory, {
        '.remarkrc.json': JSON.stringify({ plugins: ['remark-frontmatter', ['remark-lint-frontmatter-schema', { schemas: { './schemas/post.schema.json': ['./content/posts/post-*.md'] } }]] }),
        'schemas/post.schema.json': JSON.stringify({ type: 'object', required: ['title', 'category'], properties: { title: { type: 'string' }, category: { type: 'string' } } }),
        '.remarkrc.js': "require('fs').writeFileSync('ran', 'yes'); module.exports = {};\n",
      });
      const init = await runCliCaptured(['init'], directory);
      expect(init.code).toBe(0);
      expect(init.stdout).toContain('Note: .remarkrc.js is code and was not run');
      expect(existsSync(path.join(directory, 'ran'))).toBe(false);
      const config = readFileSync(path.join(directory, '.content-lint.yml'), 'utf8');
      expect(config).toContain('  post:   # imported from .remarkrc.json\n    include: ["content/posts/post-*.md"]\n    schema: "schemas/post.schema.json"\n');
      const run = await runCliCaptured(['--format', 'compact'], directory);
      expect(run.stdout).toMatch(/^content\/posts\/post-7\.md:1:1: error .*`category`.* \[front-matter-schema\]\n$/);
    });
  });

  it('moves the remark-lint settings of a .remarkrc into the remark section, which then runs', async () => {
    await withTempDir(async (directory) => {
      genericSite(directory);
      writeTree(directory, {
        '.remarkrc.json': JSON.stringify({
          plugins: ['remark-frontmatter', 'remark-gfm', 'remark-preset-lint-recommended', ['remark-lint-list-item-indent', 'space'], ['lint-no-literal-urls', false], ['remark-lint-maximum-line-length', ['error', 120]], 'remark-lint-no-dead-urls', 'remark-toc'],
        }),
        'content/posts/style.md': '---\ntitle: Style\n---\n\nSee [the docs][missing].\n',
      });
      const init = await runCliCaptured(['init'], directory);
      expect(init.code).toBe(0);
      expect(init.stdout).toContain('remark-lint:    presets recommended and 4 rule settings, from .remarkrc.json');
      expect(init.stdout).toContain('Note: remark-lint-no-dead-urls: not bundled with content-lint; keep it installed, and run with `--allow-plugins`');
      expect(init.stdout).toContain('Note: .remarkrc.json: remark-toc is not a remark-lint rule and was not imported.');
      const config = readFileSync(path.join(directory, '.content-lint.yml'), 'utf8');
      expect(config).toContain(
        'remark:\n  presets: [recommended]\n  plugins: [remark-lint-no-dead-urls]   # installed in the site; loaded with --allow-plugins\n  rules:\n    list-item-indent: "space"\n    no-literal-urls: false\n    maximum-line-length: ["error",120]\n    no-dead-urls: true\n',
      );
      // Plugins load only when the run allows them; without the package, the CLI says so; once the line is removed, the imported settings run.
      expect((await runCliCaptured([], directory)).stderr).toContain('pass `--allow-plugins`');
      expect((await runCliCaptured(['--allow-plugins'], directory)).stderr).toContain('`remark-lint-no-dead-urls` is not installed');
      writeFileSync(path.join(directory, '.content-lint.yml'), config.replace(/  plugins: .*\n/, '').replace(/    no-dead-urls: true\n/, ''));
      const run = await runCliCaptured(['--format', 'compact', 'content/posts/style.md'], directory);
      expect(run.stdout).toContain('content/posts/style.md:5:5: warning Unexpected reference to undefined definition');
    });
  });

  it('imports a plain JSON Schema mapping named with --import, and says it cannot fetch a schema on the web', async () => {
    await withTempDir(async (directory) => {
      genericSite(directory);
      writeTree(directory, {
        'mapping.json': JSON.stringify({ 'schemas/page.json': 'content/*.md', 'https://example.com/post.json': ['content/posts/*.md'] }),
        'schemas/page.json': JSON.stringify({ type: 'object', required: ['title'] }),
      });
      const init = await runCliCaptured(['init', '--import', 'mapping.json'], directory);
      expect(init.stdout).toContain('Note: https://example.com/post.json: a schema on the web is not fetched');
      expect(readFileSync(path.join(directory, '.content-lint.yml'), 'utf8')).toContain('  page:   # imported from mapping.json\n    include: ["content/*.md"]\n    schema: "schemas/page.json"\n');
      const missing = await runCliCaptured(['init', '--force', '--import', 'nope.json'], directory);
      expect(missing).toMatchObject({ code: 2, stderr: 'content-lint: nope.json: not found\n' });
    });
  });
});

describe.skipIf(!HAS_SHARED)('init on a copy of ../shared/corpus/nodejs-org (blog posts of 2019–2020)', () => {
  it('finds only real problems, and none after --write-baseline', async () => {
    await withTempDir(async (directory) => {
      const blog = path.join(SHARED, 'corpus', 'nodejs-org', 'apps', 'site', 'pages', 'en', 'blog');
      // A slice of the site that keeps the run short: every category folder, and the uncategorised posts.
      for (const category of readdirSync(blog)) {
        const source = path.join(blog, category);
        if (!existsSync(source) || category.endsWith('.md')) continue;
        for (const file of readdirSync(source).sort().slice(0, 4)) cpSync(path.join(source, file), path.join(directory, 'blog', category, file));
      }
      expect((await runCliCaptured(['init'], directory)).code).toBe(0);
      const run = JSON.parse((await runCliCaptured(['--format', 'json'], directory)).stdout);
      const findings = run.files.flatMap((file: { file: string; findings: Array<{ ruleId: string; message: string }> }) => file.findings.map((finding) => `${file.file} ${finding.ruleId} ${finding.message}`));
      // The uncategorised posts lack the `category` every other post has: real, and nothing else.
      expect(findings.every((finding: string) => /^blog\/uncategorized\/\S+ front-matter-schema Missing required `category`/.test(finding))).toBe(true);
      expect(findings.length).toBeGreaterThan(0);
      await runCliCaptured(['--write-baseline'], directory);
      expect((await runCliCaptured([], directory)).code).toBe(0);
    });
  }, 60_000);
});
