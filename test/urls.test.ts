/**
 * One address for the repository (#28): package.json's `repository` is the only place it is
 * written, and every `https://github.com/…` URL the tool writes is that address, at the ref
 * src/version.ts chose (RELEASE_TAG, `v<version>`; `main` for the config schema's `$id` alone).
 * Read as they are on disk: the bundles of dist/ (run `npm run build` first) and schema/; and what
 * the command (bundled and from source) and the bundled action write.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryAddress } from '../src/version.js';
import { REPO_ROOT, runCliCaptured, withTempDir, writeTree } from './helpers.js';

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string; repository: { url: string } };
const ADDRESS = repositoryAddress(manifest.repository);
const REPOSITORY = ADDRESS.replace('https://github.com/', '');
const TAG = `v${manifest.version}`;

/** Repositories the tool links besides its own: the documentation of the remark-lint rules it hosts. */
const LINKED = ['remarkjs/remark-lint'];
/** Repositories named in the messages of bundled libraries (micromark, hast-util-to-jsx-runtime, @actions/github). */
const IN_BUNDLED_LIBRARIES = [
  'micromark/micromark-extension-mdx-expression',
  'micromark/micromark-extension-mdx-jsx',
  'micromark/micromark-extension-mdxjs-esm',
  'nodejs/undici',
  'octokit/octokit.js',
  'probot/octokit-auth-probot',
  'rehypejs/rehype-react',
];
/** The repository the action runs in below: links to the lines of its files. */
const USER_REPOSITORY = 'octo-org/blog';

/** Every `https://github.com/…` URL in a text (a sentence's closing punctuation left out). */
function githubUrls(text: string): string[] {
  return [...text.matchAll(/https:\/\/github\.com\/[^\s"'`<>()[\]\\|]+/g)].map((match) => match[0].replace(/[.,;:]+$/, ''));
}

/**
 * What is wrong with a URL, or null: a URL of this repository must be its address, at the release's
 * tag (`main` only where `allowMain`); every version tag in it must be the release's.
 */
function problem(url: string, others: readonly string[], allowMain = false): string | null {
  const match = /^https:\/\/github\.com\/([^/#?]+)\/([^/#?]+?)(?:\.git)?(?=[/#?]|$)(.*)$/.exec(url);
  if (!match) return `${url}: not a repository's URL`;
  const [, owner, name, rest = ''] = match;
  const repository = `${owner}/${name}`;
  if (repository !== REPOSITORY) return others.includes(repository) ? null : `${url}: not ${ADDRESS}`;
  const ref = /^\/(?:blob|raw|tree)\/([^/#?]+)/.exec(rest)?.[1];
  if (ref !== undefined && ref !== TAG && !(allowMain && ref === 'main')) return `${url}: at \`${ref}\`, expected \`${TAG}\``;
  for (const [tag] of url.matchAll(/(?<![\w.-])v\d+(?:\.\d+)*(?![\w.])/g)) if (tag !== TAG) return `${url}: names \`${tag}\`, expected \`${TAG}\``;
  return null;
}

/** What is wrong with a text's URLs and `uses:` lines (this action by the release's tag; actions/* by their SHA, as workflows.test.ts checks). */
function problems(text: string, others: readonly string[]): string[] {
  const found = githubUrls(text).flatMap((url) => problem(url, others) ?? []);
  for (const [, action = '', ref = ''] of text.matchAll(/uses: ([^\s@]+)@(\S+)/g)) {
    if (action.startsWith('actions/')) continue;
    if (action !== REPOSITORY || ref !== TAG) found.push(`uses: ${action}@${ref}: expected ${REPOSITORY}@${TAG}`);
  }
  return found;
}

/** URLs and `uses:` lines of this repository in a text. */
function ours(text: string): string[] {
  const urls = githubUrls(text).filter((url) => problem(url, []) === null);
  const uses = [...text.matchAll(/uses: (\S+)/g)].map((match) => match[1] as string).filter((use) => use.startsWith(`${REPOSITORY}@`));
  return [...urls, ...uses];
}

/** The files under a folder whose names match. */
function filesUnder(folder: string, name: RegExp): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(full, name);
    return name.test(entry.name) ? [full] : [];
  });
}

const SITE = { 'posts/a.md': '---\ntitle: Script\n---\n\n<script>x()</script>\n' };

type Run = (args: string[], cwd: string) => Promise<{ stdout: string; stderr: string }>;
const bundledCommand: Run = async (args, cwd) => {
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NODE_DISABLE_COMPILE_CACHE: '1' } });
  return { stdout: run.stdout, stderr: run.stderr };
};

/** What the command writes: help, init's config and workflow, SARIF and Markdown reports of a finding. */
async function commandOutputs(run: Run): Promise<Record<string, string>> {
  return withTempDir(async (directory) => {
    writeTree(directory, { ...SITE, '.git/HEAD': 'ref: refs/heads/main\n' });
    const help = await run(['--help'], directory);
    const init = await run(['init', '--workflow'], directory);
    return {
      help: help.stdout,
      init: init.stdout + init.stderr,
      '.content-lint.yml': readFileSync(path.join(directory, '.content-lint.yml'), 'utf8'),
      'content-lint.yml workflow': readFileSync(path.join(directory, '.github/workflows/content-lint.yml'), 'utf8'),
      sarif: (await run(['--format', 'sarif', 'posts'], directory)).stdout,
      markdown: (await run(['--format', 'markdown', 'posts'], directory)).stdout,
    };
  });
}

describe('the repository address', () => {
  it('is written once: in package.json\'s `repository`, and nowhere in src/, scripts/ or action.yml', () => {
    const spellings = [REPOSITORY, REPOSITORY.replace('/', '\\/')];
    const files = [...['src', 'scripts'].flatMap((folder) => filesUnder(path.join(REPO_ROOT, folder), /\.(?:ts|mjs|js|md)$/)), path.join(REPO_ROOT, 'action.yml')];
    const found = files.filter((file) => spellings.some((spelling) => readFileSync(file, 'utf8').includes(spelling)));
    expect(found.map((file) => path.relative(REPO_ROOT, file))).toEqual([]);
    expect(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8').split(REPOSITORY)).toHaveLength(2);
  });

  it('is the only one of ours in the bundles of dist/', () => {
    const files = filesUnder(path.join(REPO_ROOT, 'dist'), /\.c?js$/);
    expect(files.map((file) => path.relative(REPO_ROOT, file))).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/cli.cjs', 'dist/index.js', 'dist/worker.js']));
    const found = files.flatMap((file) => githubUrls(readFileSync(file, 'utf8')).flatMap((url) => problem(url, [...LINKED, ...IN_BUNDLED_LIBRARIES]) ?? []).map((text) => `${path.relative(REPO_ROOT, file)}: ${text}`));
    expect(found).toEqual([]);
  });

  it('names the config schema (`$id` on main) and nothing else in schema/', () => {
    for (const name of readdirSync(path.join(REPO_ROOT, 'schema')).filter((file) => file.endsWith('.json'))) {
      const text = readFileSync(path.join(REPO_ROOT, 'schema', name), 'utf8');
      const id = `${ADDRESS}/raw/main/schema/${name}`;
      expect((JSON.parse(text) as { $id?: string }).$id).toBe(id);
      expect(problem(id, [], true)).toBeNull();
      expect(githubUrls(text.replace(id, '')).flatMap((url) => problem(url, []) ?? [])).toEqual([]);
    }
  });

  it.each([
    ['the bundled command', bundledCommand],
    ['the command from source', runCliCaptured],
  ] as const)('is the only one in what %s writes, at the release\'s tag', async (_, run) => {
    const outputs = await commandOutputs(run);
    for (const [name, text] of Object.entries(outputs)) {
      if (name !== 'init') expect(ours(text), name).not.toEqual([]);
      expect(problems(text, LINKED), name).toEqual([]);
    }
    expect(outputs.help).toContain(`Docs: ${ADDRESS}/tree/${TAG}#readme`);
    expect(outputs['.content-lint.yml']).toContain(`$schema=${ADDRESS}/raw/${TAG}/schema/content-lint.schema.json`);
    expect(outputs['content-lint.yml workflow']).toContain(`uses: ${REPOSITORY}@${TAG}\n`);
    expect(outputs.sarif).toContain(`"helpUri": "${ADDRESS}/blob/${TAG}/docs/rules/no-script.md"`);
    expect(outputs.markdown).toContain(`[\`no-script\`](${ADDRESS}/blob/${TAG}/docs/rules/no-script.md)`);
  });

  it('is the only one of ours in the bundled action\'s job summary and log', async () => {
    await withTempDir((workspace) => {
      writeTree(workspace, SITE);
      writeTree(workspace, { 'summary.md': '', 'output.txt': '' });
      const summary = path.join(workspace, 'summary.md');
      const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'index.js')], {
        cwd: workspace,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_OUTPUT: path.join(workspace, 'output.txt'),
          GITHUB_STEP_SUMMARY: summary,
          GITHUB_REPOSITORY: USER_REPOSITORY,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
          GITHUB_WORKSPACE: workspace,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_API_URL: 'http://127.0.0.1:9',
          INPUT_PATHS: 'posts',
        },
      });
      expect(run.status).toBe(1);
      const text = readFileSync(summary, 'utf8');
      expect(text).toContain(`[\`no-script\`](${ADDRESS}/blob/${TAG}/docs/rules/no-script.md)`);
      expect(problems(text, [...LINKED, USER_REPOSITORY])).toEqual([]);
      expect(problems(run.stdout + run.stderr, [...LINKED, USER_REPOSITORY])).toEqual([]);
    });
  });

  it('finds an address or a tag other than package.json\'s (the check itself works)', () => {
    expect(problem(`${ADDRESS}/blob/${TAG}/docs/rules/no-script.md`, LINKED)).toBeNull();
    expect(problem(`${ADDRESS}#readme`, LINKED)).toBeNull();
    expect(problem('https://github.com/content-lint-fork/content-lint/blob/v0.1.0/README.md', LINKED)).toMatch(/not https/);
    expect(problem(`${ADDRESS}-old/blob/${TAG}/README.md`, LINKED)).toMatch(/not https/);
    expect(problem(`${ADDRESS}/blob/main/docs/rules/no-script.md`, LINKED)).toMatch(/at `main`/);
    expect(problem(`${ADDRESS}/raw/main/schema/content-lint.schema.json`, [], true)).toBeNull();
    expect(problem(`${ADDRESS}/blob/v0.0.1/docs/rules/no-script.md`, LINKED)).toMatch(/at `v0.0.1`/);
    expect(problem(`${ADDRESS}/releases/tag/v0.0.1`, LINKED)).toMatch(/names `v0.0.1`/);
    expect(problems(`uses: ${REPOSITORY}@v0\nuses: actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8`, [])).toEqual([`uses: ${REPOSITORY}@v0: expected ${REPOSITORY}@${TAG}`]);
    expect(githubUrls('see https://github.com/probot/octokit-auth-probot.')).toEqual(['https://github.com/probot/octokit-auth-probot']);
  });
});

describe('repositoryAddress', () => {
  it.each([
    'git+https://github.com/OWNER/NAME.git',
    'https://github.com/OWNER/NAME',
    'https://github.com/OWNER/NAME/',
    'github:OWNER/NAME',
    'OWNER/NAME',
    'git+ssh://git@github.com/OWNER/NAME.git',
    'git@github.com:OWNER/NAME.git',
    'git://github.com/OWNER/NAME.git',
  ])('%s is https://github.com/OWNER/NAME', (url) => {
    expect(repositoryAddress(url)).toBe('https://github.com/OWNER/NAME');
    expect(repositoryAddress({ url })).toBe('https://github.com/OWNER/NAME');
  });

  it('keeps dots in a name', () => {
    expect(repositoryAddress('git+https://github.com/octo-org/blog.js.git')).toBe('https://github.com/octo-org/blog.js');
  });

  it.each(['https://gitlab.com/OWNER/NAME', 'git+https://github.com/OWNER', 'https://github.com/OWNER/NAME/tree/main', 'gitlab:OWNER/NAME'])('refuses %s', (url) => {
    expect(() => repositoryAddress(url)).toThrow(`package.json: \`repository\` is \`${url}\`, expected a GitHub repository, such as \`github:OWNER/NAME\``);
  });
});
