/**
 * CHANGELOG.md and scripts/changelog-section.mjs, which cuts a version's section out of it for the
 * release page (.github/workflows/release.yml) and stops a release whose notes are missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { absoluteLinks, changelogSection, versionOf } from '../scripts/changelog-section.mjs';
import { REPO_ROOT } from './helpers.js';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'changelog-section.mjs');
const changelog = readFileSync(path.join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

const SAMPLE = `# Changelog

Intro with a [Keep a Changelog] link.

## [Unreleased]

### Fixed

- Something not yet released.

## [1.1.0] - 2026-12-24

### Added

- A rule ([#28]).

\`\`\`md
## [0.9.0] inside a code block is no heading
\`\`\`

### Changed

- Messages (see [docs](docs/rules/README.md)).

## 1.0.0

- First.

## [0.1.0] - 2026-12-05

- Older.

[Keep a Changelog]: https://keepachangelog.com/en/1.1.0/
[#28]: https://github.com/content-lint/content-lint/issues/28
[Unreleased]: https://github.com/content-lint/content-lint/compare/v1.1.0...HEAD
[1.1.0]: https://github.com/content-lint/content-lint/compare/v1.0.0...v1.1.0
[0.1.0]: https://github.com/content-lint/content-lint/releases/tag/v0.1.0
`;

describe('changelogSection', () => {
  it("returns a section's body, up to the next version, with the link definitions it uses", () => {
    expect(changelogSection(SAMPLE, '1.1.0')).toBe(
      [
        '### Added',
        '',
        '- A rule ([#28]).',
        '',
        '```md',
        '## [0.9.0] inside a code block is no heading',
        '```',
        '',
        '### Changed',
        '',
        '- Messages (see [docs](docs/rules/README.md)).',
        '',
        '[#28]: https://github.com/content-lint/content-lint/issues/28',
        '',
      ].join('\n'),
    );
  });

  it('takes a tag name for its version, and a heading without brackets or date', () => {
    expect(versionOf('v1.1.0')).toBe('1.1.0');
    expect(versionOf('1.1.0')).toBe('1.1.0');
    expect(changelogSection(SAMPLE, 'v1.0.0')).toBe('- First.\n');
  });

  it("leaves the file's link definitions out of the last section", () => {
    expect(changelogSection(SAMPLE, '0.1.0')).toBe('- Older.\n');
  });

  it('tells a missing section (null) from an empty one', () => {
    expect(changelogSection(SAMPLE, '0.9.0')).toBeNull();
    expect(changelogSection(SAMPLE, '1.1')).toBeNull();
    expect(changelogSection('# Changelog\n\n## [2.0.0] - 2027-01-01\n\n## [1.0.0]\n\n- x\n', '2.0.0')).toBe('');
  });

  it('reads CRLF files', () => {
    expect(changelogSection(SAMPLE.replace(/\n/g, '\r\n'), '1.0.0')).toBe('- First.\n');
  });

  it('makes relative links absolute, and leaves URLs and anchors alone', () => {
    const base = 'https://github.com/o/r/blob/v1.1.0/';
    expect(absoluteLinks('[a](docs/a.md) [b](https://x.example/) [c](#security) [d](/abs) [e](README.md#security)\n[f]: RELEASING.md\n[g]: https://y.example/', base)).toBe(
      `[a](${base}docs/a.md) [b](https://x.example/) [c](#security) [d](/abs) [e](${base}README.md#security)\n[f]: ${base}RELEASING.md\n[g]: https://y.example/`,
    );
  });
});

describe('scripts/changelog-section.mjs', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'content-lint-changelog-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const sample = path.join(folder, 'CHANGELOG.md');
  writeFileSync(sample, SAMPLE);
  const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

  it('prints the section, links made absolute with --link-base', () => {
    const result = run('v1.1.0', sample, '--link-base', 'https://github.com/o/r/blob/v1.1.0/');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('### Added\n');
    expect(result.stdout).toContain('(https://github.com/o/r/blob/v1.1.0/docs/rules/README.md)');
    expect(result.stdout).not.toContain('[Unreleased]');
  });

  it('exits 1 naming the heading when the version has no section or an empty one, 2 on a usage mistake', () => {
    const missing = run('0.9.0', sample);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('no section `## [0.9.0] - YYYY-MM-DD`');
    const emptyFile = path.join(folder, 'EMPTY.md');
    writeFileSync(emptyFile, '# Changelog\n\n## [Unreleased]\n\n## [1.0.0]\n- x\n');
    const empty = run('Unreleased', emptyFile);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('is empty');
    expect(run().status).toBe(2);
    expect(run('1.0.0', sample, '--bogus').status).toBe(2);
  });
});

describe('CHANGELOG.md', () => {
  it('follows Keep a Changelog 1.1.0 and states semantic versioning', () => {
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toContain('[Keep a Changelog](https://keepachangelog.com/en/1.1.0/)');
    expect(changelog).toContain('[Semantic Versioning](https://semver.org/spec/v2.0.0.html)');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(changelog).toMatch(/^\[Unreleased\]: https:\/\/github\.com\/content-lint\/content-lint\/compare\/v[\d.]+\.\.\.HEAD$/m);
  });

  it("has a dated section for package.json's version, so tagging it can release", () => {
    expect(changelog).toMatch(new RegExp(`^## \\[${manifest.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    expect(changelogSection(changelog, manifest.version)).toMatch(/^### Added$/m);
    expect(execFileSync(process.execPath, [SCRIPT, `v${manifest.version}`], { cwd: REPO_ROOT, encoding: 'utf8' }).length).toBeGreaterThan(200);
  });

  it('has sections newest first, each version once, with only the headings Keep a Changelog names', () => {
    const versions = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((match) => match[1] as string);
    expect(versions[0]).toBe('Unreleased');
    expect(new Set(versions).size).toBe(versions.length);
    const released = versions.slice(1).map((version) => version.split(/[.-]/).slice(0, 3).map(Number));
    const sorted = [...released].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!);
    expect(released).toEqual(sorted);
    for (const [, heading] of changelog.matchAll(/^### (.+)$/gm)) expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(heading);
    for (const version of versions.slice(1)) expect(changelog).toContain(`\n[${version}]: https://github.com/content-lint/content-lint/`);
  });
});
