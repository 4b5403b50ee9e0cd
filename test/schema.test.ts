/** Collections, presets, zero-config detection, the field language and `content-lint schema`. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/engine/config.js';
import { parseDateText } from '../src/schema/dates.js';
import { detectSite } from '../src/schema/detect.js';
import { compileField, describeExpected, type FieldSpec } from '../src/schema/fields.js';
import { PRESETS } from '../src/schema/presets.js';
import { rules } from '../src/rules/index.js';
import { REPO_ROOT, runCliCaptured as cli, withTempDir, writeTree as tree } from './helpers.js';



describe('zero-config detection', () => {
  it.each([
    ['hexo', { '_config.yml': 'url: https://hexo.example\ntimezone: Asia/Tokyo\n', 'source/_posts/a.md': '' }, 'https://hexo.example', 'Asia/Tokyo', ['posts', 'pages']],
    ['jekyll', { '_config.yml': 'url: https://jekyll.example\nbaseurl: /blog\ntimezone: America/New_York\n', '_posts/2025-01-01-a.md': '' }, 'https://jekyll.example/blog', 'America/New_York', ['posts', 'pages']],
    ['hugo', { 'hugo.toml': 'baseURL = "https://hugo.example/"\ntimeZone = "Europe/Berlin"\n' }, 'https://hugo.example/', 'Europe/Berlin', ['content']],
    ['hugo', { 'config.yaml': 'baseURL: https://old-hugo.example/\n' }, 'https://old-hugo.example/', undefined, ['content']],
    ['astro', { 'astro.config.mjs': "export default defineConfig({ site: 'https://astro.example' });\n" }, 'https://astro.example', undefined, ['blog', 'docs', 'content']],
    ['docusaurus', { 'docusaurus.config.ts': "const config = { url: 'https://docs.example', baseUrl: '/' };\n" }, 'https://docs.example', undefined, ['docs', 'blog']],
  ] as const)('detects %s', (generator, files, url, timezone, collections) => {
    withTempDir((directory) => {
      const site = detectSite(tree(directory, files));
      expect([site.generator, site.url, site.timezone]).toEqual([generator, url, timezone]);
      expect(site.collections.map((collection) => collection.name)).toEqual(collections);
    });
  });

  it('takes a Zola config.toml (base_url) for generic Markdown, not Hugo', () => {
    withTempDir((directory) => {
      expect(detectSite(tree(directory, { 'config.toml': 'base_url = "https://zola.example"\n' })).generator).toBeNull();
    });
  });

  it('never runs a JavaScript generator config', () => {
    withTempDir((directory) => {
      const marker = path.join(directory, 'ran');
      tree(directory, { 'astro.config.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'x');\nexport default { site: 'https://astro.example' };\n` });
      expect(detectSite(directory).url).toBe('https://astro.example');
      expect(existsSync(marker)).toBe(false);
    });
  });

  it('lets the config force a generator, or none', () => {
    withTempDir((directory) => {
      tree(directory, { 'hugo.toml': 'baseURL = "https://hugo.example/"\n' });
      expect(detectSite(directory, 'jekyll').generator).toBe('jekyll');
      expect(detectSite(directory, 'none').collections.map((collection) => collection.preset)).toEqual(['blog']);
    });
  });

  it('applies the detected collections: a Hexo post without a title is reported, a page is not', async () => {
    await withTempDir(async (directory) => {
      tree(directory, {
        '.git/HEAD': '',
        '_config.yml': 'url: https://hexo.example\n',
        'source/_posts/untitled.md': '---\ndate: 2024-09-21\n---\n',
        'source/about/index.md': '---\nlayout: page\n---\n',
      });
      const result = await cli(['-f', 'compact'], directory);
      expect(result.stdout).toBe('source/_posts/untitled.md:1:1: error Missing required `title`, expected a non-empty string [front-matter-schema]\n');
      const printed = JSON.parse((await cli(['--print-config', 'source/_posts/untitled.md'], directory)).stdout);
      expect(printed).toMatchObject({ generator: 'hexo', detectedFrom: '_config.yml', collection: { name: 'posts', preset: 'hexo', source: 'detected' } });
    });
  });
});

describe('JavaScript configs with zod schemas', () => {
  it('are loaded when named with --config, and their zod schemas apply', async () => {
    await withTempDir(async (directory) => {
      const zod = pathToFileURL(path.join(REPO_ROOT, 'node_modules', 'zod', 'index.js')).href;
      tree(directory, {
        '.git/HEAD': '',
        'content-lint.config.mjs': `import { z } from ${JSON.stringify(zod)};\nexport default { collections: { posts: { include: ['**/*.md'], schema: z.object({ title: z.string(), weight: z.number().int().optional() }) } } };\n`,
        'a.md': '---\ntitle: 5\nweight: 2\n---\n',
      });
      const result = await cli(['--config', 'content-lint.config.mjs', '-f', 'compact'], directory);
      expect(result.stdout).toBe('a.md:2:8: error Unexpected number `5` for `title`, expected a string [front-matter-schema]\n');
    });
  });

  it('are never found on their own', async () => {
    await withTempDir(async (directory) => {
      const marker = path.join(directory, 'ran');
      tree(directory, {
        '.git/HEAD': '',
        'content-lint.config.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'x'); export default {};\n`,
        '.content-lint.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'x'); export default {};\n`,
        'a.md': '---\ntitle: ok\n---\n',
      });
      expect((await cli([], directory)).code).toBe(0);
      expect(existsSync(marker)).toBe(false);
    });
  });
});

describe('`content-lint schema`', () => {
  it('lists the collections and prints one as JSON Schema', async () => {
    await withTempDir(async (directory) => {
      tree(directory, {
        '.git/HEAD': '',
        '.content-lint.yml': 'collections:\n  posts:\n    include: ["posts/**"]\n    preset: hexo\n    fields:\n      slug: { type: string, required: true }\n',
      });
      expect((await cli(['schema'], directory)).stdout).toBe('posts\tposts/**\thexo (config)\n');
      const schema = JSON.parse((await cli(['schema', 'posts'], directory)).stdout);
      expect(schema.required).toEqual(['title', 'slug']);
      expect(schema.properties.tags.description).toBe('Expected a string or a list of strings');
      const missing = await cli(['schema', 'pages'], directory);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('Unexpected collection `pages`, expected one of `posts`');
    });
  });
});

describe('collection config errors', () => {
  it('name the collection, the key and the valid choices', async () => {
    await withTempDir(async (directory) => {
      tree(directory, { '.git/HEAD': '', '.content-lint.yml': 'collections:\n  posts:\n    include: ["**"]\n    preset: wordpress\n' });
      await expect(loadConfig(directory, rules)).rejects.toThrow(
        'Unexpected string `"wordpress"` for `collections.posts.preset`, expected one of `hexo`, `hugo`, `jekyll`, `astro`, `starlight`, `docusaurus`, `blog`',
      );
    });
  });

  it('report a missing JSON Schema file', async () => {
    await withTempDir(async (directory) => {
      tree(directory, { '.git/HEAD': '', '.content-lint.yml': 'collections:\n  docs:\n    include: ["**"]\n    schema: nope.json\n' });
      await expect(loadConfig(directory, rules)).rejects.toThrow('`collections.docs.schema`: cannot read JSON Schema `nope.json`');
    });
  });

  it('report an unknown field type', async () => {
    await withTempDir(async (directory) => {
      tree(directory, { '.git/HEAD': '', '.content-lint.yml': 'collections:\n  posts:\n    include: ["**"]\n    fields:\n      title: text\n' });
      await expect(loadConfig(directory, rules)).rejects.toThrow('collections.posts.fields.title');
    });
  });
});

describe('the field language in words', () => {
  it.each<[FieldSpec, string]>([
    [{ type: 'string' }, 'a string'],
    [{ type: 'string', coerce: true }, 'a string'],
    [{ type: 'string', nonEmpty: true, maxLength: 70 }, 'a non-empty string of at most 70 characters'],
    [{ type: 'integer', min: 1 }, 'a whole number of at least 1'],
    [{ type: 'number', min: 0, max: 5 }, 'a number from 0 to 5'],
    [{ type: 'boolean' }, '`true` or `false`'],
    [{ type: 'date' }, 'a date such as `2024-09-21`'],
    [{ type: 'datetime' }, 'a date and time such as `2024-09-21T16:06:00Z`'],
    [{ type: 'url' }, 'an http(s) URL'],
    [{ type: 'image' }, 'an image URL or path, or `{src, alt}`'],
    [{ type: 'email' }, 'an email address'],
    [{ type: 'enum', values: ['draft', 'live'] }, 'one of `draft`, `live`'],
    [{ type: 'array', of: 'string', minItems: 1, uniqueItems: true }, 'a list of strings (at least 1) without duplicates'],
    [{ type: ['string', 'array'], of: 'string' }, 'a string or a list of strings'],
    [{ type: 'object', fields: { src: 'string', alt: 'string' } }, 'a mapping with `src`, `alt`'],
  ])('%j → %s', (spec, words) => {
    expect(describeExpected(spec)).toBe(words);
  });
});

describe('`coerce`: numbers and booleans as text', () => {
  it('takes them where the spec says, and keeps string limits for strings', () => {
    const text = compileField({ type: 'string', coerce: true, nonEmpty: true });
    expect([2019, 3.5, true, 'Go'].map((value) => text.safeParse(value).success)).toEqual([true, true, true, true]);
    expect([' ', [2019], { a: 1 }, null].map((value) => text.safeParse(value).success)).toEqual([false, false, false, false]);
    expect(compileField({ type: 'string' }).safeParse(2019).success).toBe(false);
  });

  it.each([
    ['hugo', { title: 2049, tags: [2019, 'go'], categories: 2019, keywords: 'hugo sites' }, true],
    ['jekyll', { title: 1984, categories: 2019, tags: ['orwell', 1984], author: { name: 'Sam' } }, true],
    ['hexo', { title: 404, tags: 2020, categories: [[2020, 'Diary'], 'Work'] }, true],
    ['astro', { title: 2024, description: 'd', pubDate: '2024-01-01' }, false],
    ['docusaurus', { title: 2024 }, false],
  ] as const)('%s: `title: 2049` and friends are %s', (preset, data, valid) => {
    const fields = PRESETS[preset].fields as Record<string, FieldSpec | string>;
    const results = Object.entries(data).map(([key, value]) => compileField(typeof fields[key] === 'string' ? { type: fields[key] as FieldSpec['type'] } : (fields[key] as FieldSpec)).safeParse(value).success);
    expect(results.every(Boolean)).toBe(valid);
  });
});

describe('date text', () => {
  it.each([
    ['2024-09-21', { year: 2024, month: 9, day: 21 }],
    ['2024-09-21T16:06:13.907Z', { year: 2024, month: 9, day: 21, hour: 16, minute: 6, second: 13, offsetMinutes: 0 }],
    ['2025-01-29 18:15:32 +0530', { hour: 18, offsetMinutes: 330 }],
    ['2019-01-11 22:13', { hour: 22, minute: 13, second: undefined }],
    ['2001-12-14t21:59:43.10-05:00', { offsetMinutes: -300 }],
    ['2024-02-30', { month: 2, day: 30 }],
  ])('reads %s', (text, parts) => {
    expect(parseDateText(text)).toMatchObject(parts);
  });

  it.each(['yesterday', '21/09/2024', '2024-9', '2024-09-21T', '20240921'])('does not read %s', (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it('reads the formats a collection declares', () => {
    expect(parseDateText('25 October 2024', ['D MMMM YYYY'])).toMatchObject({ year: 2024, month: 10, day: 25 });
    expect(parseDateText('Oct 26 2024', ['MMM D YYYY'])).toMatchObject({ month: 10, day: 26 });
    expect(parseDateText('25 Octobre 2024', ['D MMMM YYYY'])).toBeNull();
  });
});
