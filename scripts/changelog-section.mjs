#!/usr/bin/env node
// Prints the CHANGELOG.md section of one version: the body of the release the release workflow
// creates (.github/workflows/release.yml), and its check that the section exists before anything
// is published.
//
//   node scripts/changelog-section.mjs 0.2.0               the body of `## [0.2.0] - …`
//   node scripts/changelog-section.mjs v0.2.0              the same (a tag name is taken as its version)
//   node scripts/changelog-section.mjs 0.2.0 OTHER.md      from another file
//   node scripts/changelog-section.mjs 0.2.0 --link-base https://github.com/OWNER/REPO/blob/v0.2.0/
//                                                          relative links made absolute (a release
//                                                          page would resolve them against itself)
//
// Exits 1, naming the heading it looked for, when the file has no such section or the section is
// empty: a release without notes is a mistake, caught before the package is published.
// Plain Node, no dependency: the release job runs it without `npm ci`.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `v1.2.3` → `1.2.3`; anything else as given. */
export function versionOf(tagOrVersion) {
  return tagOrVersion.replace(/^v(?=\d)/, '');
}

/** True when `line` is the level-2 heading of `version`: `## [1.2.3] - 2026-12-05`, `## [1.2.3]`, `## 1.2.3`. */
function isHeadingOf(line, version) {
  const match = /^##[ \t]+\[?v?([^\]\s]+)\]?(?:[ \t]|$)/.exec(line);
  return match !== null && match[1] === version;
}

/** A link reference definition (`[1.2.3]: https://…`), as Keep a Changelog puts at the end of the file. */
const DEFINITION = /^ {0,3}\[([^\]]+)\]:[ \t]*\S/;

/**
 * The body of `version`'s section (the lines after its heading up to the next level-1 or level-2
 * heading, blank lines at either end trimmed), followed by the link reference definitions of the
 * file that the body uses, so its `[#28]`-style links still resolve on the release page. `null`
 * when there is no such section. Headings inside fenced code blocks are not headings.
 */
export function changelogSection(text, tagOrVersion) {
  const version = versionOf(tagOrVersion);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const definitions = new Map();
  for (const line of lines) {
    const match = DEFINITION.exec(line);
    if (match) definitions.set(match[1].toLowerCase(), line.trim());
  }

  let start = -1;
  let end = lines.length;
  let fence = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length && line.trim() === opener[1]) fence = null;
      continue;
    }
    if (opener) {
      fence = opener[1];
      continue;
    }
    if (start === -1) {
      if (isHeadingOf(line, version)) start = index + 1;
    } else if (/^#{1,2}(?:[ \t]|$)/.test(line)) {
      end = index;
      break;
    }
  }
  if (start === -1) return null;

  const body = lines.slice(start, end);
  // The last section runs to the end of the file, over the file's link definitions: those are the
  // file's, not the section's.
  while (body.length > 0 && (body.at(-1).trim() === '' || DEFINITION.test(body.at(-1)))) body.pop();
  while (body.length > 0 && body[0].trim() === '') body.shift();
  if (body.length === 0) return '';

  const bodyText = body.join('\n');
  const used = [];
  for (const [label, line] of definitions) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`\\[${escaped}\\](?!\\()`, 'i').test(bodyText) && !body.includes(line)) used.push(line);
  }
  return used.length > 0 ? `${bodyText}\n\n${used.join('\n')}\n` : `${bodyText}\n`;
}

/**
 * Relative link targets (`](docs/x.md)`, `[label]: RELEASING.md`) prefixed with `base`; absolute
 * URLs, `#anchors` and `/site-absolute` paths are left as they are.
 */
export function absoluteLinks(markdown, base) {
  const relative = String.raw`(?![a-zA-Z][a-zA-Z0-9+.-]*:|#|/)([^\s)<>]+)`;
  return markdown
    .replace(new RegExp(String.raw`\]\(` + relative, 'g'), (_, target) => `](${base}${target}`)
    .replace(new RegExp(String.raw`^( {0,3}\[[^\]]+\]:[ \t]*)` + relative, 'gm'), (_, start, target) => `${start}${base}${target}`);
}

const USAGE = 'Usage: node scripts/changelog-section.mjs VERSION [CHANGELOG.md] [--link-base URL]\n';

function main(argv) {
  const positional = [];
  let linkBase = null;
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--link-base' && index + 1 < argv.length) linkBase = argv[++index];
    else if (argv[index].startsWith('-')) {
      process.stderr.write(USAGE);
      return 2;
    } else positional.push(argv[index]);
  }
  const [tagOrVersion, file = 'CHANGELOG.md'] = positional;
  if (!tagOrVersion || positional.length > 2) {
    process.stderr.write(USAGE);
    return 2;
  }
  const version = versionOf(tagOrVersion);
  let text;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch (error) {
    process.stderr.write(`changelog-section: cannot read ${file}: ${error.message}\n`);
    return 1;
  }
  const section = changelogSection(text, version);
  if (section === null) {
    process.stderr.write(`changelog-section: ${file} has no section \`## [${version}] - YYYY-MM-DD\`; move the Unreleased notes under it before tagging\n`);
    return 1;
  }
  if (section === '') {
    process.stderr.write(`changelog-section: the section \`## [${version}]\` of ${file} is empty; say what the release changes\n`);
    return 1;
  }
  process.stdout.write(linkBase === null ? section : absoluteLinks(section, linkBase));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
