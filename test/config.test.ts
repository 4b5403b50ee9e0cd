/** A config mistake names the file, the key and the valid choices. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveConfig } from '../src/engine/config.js';
import { rules } from '../src/rules/index.js';
import { withTempDir } from './helpers.js';

function errorOf(input: unknown): string {
  try {
    resolveConfig(input, rules, { root: '.', file: '.content-lint.yml' });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a config error');
}

describe('config validation', () => {
  it.each([
    [{ rules: { 'no-scrpit': 'error' } }, /Unexpected key `rules\.no-scrpit`, expected one of `file-access`, .*`no-script`.* \(did you mean `no-script`\?\)/],
    [{ rules: { 'no-script': 'loud' } }, 'Unexpected string `"loud"` for `rules.no-script`, expected `off`, `warning`, `error` or `[severity, options]`'],
    [{ rules: { 'no-script': ['loud'] } }, 'Unexpected string `"loud"` for `rules.no-script[0]`, expected one of `off`, `warning`, `error`'],
    [{ rules: { 'no-script': ['error', { allowHost: [] }] } }, 'Unexpected key `rules.no-script[1].allowHost`, expected one of `allowHosts`, `allowSameSite` (did you mean `allowHosts`?)'],
    [{ rules: { 'no-script': ['error', { allowHosts: 'x' }] } }, 'Unexpected string `"x"` for `rules.no-script[1].allowHosts`, expected a list'],
    [{ includes: ['x'] }, /Unexpected key `includes`, expected one of .*\(did you mean `include`\?\)/],
    [{ site: { url: 'ftp://example.com' } }, 'for `site.url`, expected an http(s) address such as `https://blog.example.com`'],
    [{ allowInlineDisable: ['front-matter-syntax'] }, /for `allowInlineDisable\[0\]`, expected one of `front-matter-fence`, .*`no-script`, .*`inline-config`/],
    [{ maxFileSize: -1 }, 'Unexpected number `-1` for `maxFileSize`'],
    [[], 'Unexpected list for `(root)`, expected a mapping'],
  ])('%j', (input, expected) => {
    const message = errorOf(input);
    expect(message.startsWith('.content-lint.yml: ')).toBe(true);
    if (typeof expected === 'string') expect(message).toContain(expected);
    else expect(message).toMatch(expected);
  });

  it('fills in defaults and rule options', () => {
    const config = resolveConfig({ rules: { 'no-script': 'warning' } }, rules, { root: '/site', file: null });
    expect(config.rules.get('no-script')).toEqual({
      severity: 'warning',
      options: { allowHosts: expect.arrayContaining(['gist.github.com']), allowSameSite: true },
    });
    expect(config.rules.get('file-access')).toEqual({ severity: 'error', options: {} });
    expect(config.include).toEqual(['**/*.md', '**/*.markdown', '**/*.mdx', '**/*.mkd', '**/*.mkdn', '**/*.mkdown', '**/*.mdown']);
    expect(config.exclude).toContain('public/**');
    expect(config.exclude).toContain('**/node_modules/**');
  });

  it('reports invalid YAML in a config file at its line', async () => {
    await withTempDir(async (directory) => {
      writeFileSync(path.join(directory, '.content-lint.yml'), 'rules:\n  no-script: [error\n');
      await expect(loadConfig(directory, rules)).rejects.toThrow(/\.content-lint\.yml:3:1: invalid YAML/);
    });
  });

  it('reports invalid JSON in a config file', async () => {
    await withTempDir(async (directory) => {
      writeFileSync(path.join(directory, '.content-lint.json'), '{ "rules": ');
      await expect(loadConfig(directory, rules)).rejects.toThrow(/\.content-lint\.json: invalid JSON/);
    });
  });

  it('does not resolve tags in a config file', async () => {
    await withTempDir(async (directory) => {
      writeFileSync(path.join(directory, '.content-lint.yml'), 'include: !!js/function "f"\n');
      await expect(loadConfig(directory, rules)).rejects.toThrow(/invalid YAML: Unresolved tag/);
    });
  });
});

describe('the generated JSON Schema (schema/content-lint.schema.json)', () => {
  it('accepts every config in the repository and rejects a wrong one, as the zod schema does', async () => {
    const { createRequire } = await import('node:module');
    // ajv is CommonJS: require gives the class itself.
    const Ajv = createRequire(import.meta.url)('ajv') as typeof import('ajv').default;
    const { readFileSync, readdirSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { REPO_ROOT } = await import('./helpers.js');
    const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schema', 'content-lint.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    const configs = (readdirSync(path.join(REPO_ROOT, 'test', 'fixtures'), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.content-lint.yml'))
      .map((file) => path.join(REPO_ROOT, 'test', 'fixtures', file))
      .concat(path.join(REPO_ROOT, 'examples', '.content-lint.yml'));
    expect(configs.length).toBeGreaterThan(10);
    for (const file of configs) {
      const data = parse(readFileSync(file, 'utf8'));
      expect(validate(data) ? [] : validate.errors, file).toEqual([]);
    }
    expect(validate({ rules: { 'no-script': 'loud' } })).toBe(false);
    expect(validate({ collections: { posts: { include: ['x'], fields: { title: 'text' } } } })).toBe(false);
  });
});
