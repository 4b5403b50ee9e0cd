import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { YAML_READERS } from '../schema/readers.js';

export default defineRule({
  meta: {
    id: 'front-matter-syntax',
    description: 'Front matter is valid YAML 1.2 or TOML 1.0, with unique keys, no tags and bounded size',
    rationale:
      'A syntax error makes the generator drop or misread the post. Duplicate keys silently keep one ' +
      'value. Tags such as `!!js/function` ask the reader to build objects or run code. Aliases, size ' +
      'and nesting are bounded so that a few hundred bytes cannot expand into gigabytes.\n\n' +
      'Front matter is read as the generator reads it, which is not always YAML 1.2. A line that ' +
      'continues a quoted string or a `[…]`/`{…}` collection without being indented past its key ' +
      '(`title: "A long title` then `wrapped by hand"` at the first column) is read by js-yaml 3 and 4 ' +
      '(Docusaurus, Hexo, Astro), by Psych on libyaml (Jekyll) and by both of Hugo\'s go-yaml ' +
      'readers, but rejected by YAML 1.2 parsers, editors and other tools: it is a warning on those ' +
      'sites, with the value read as the generator reads it, and stays an error elsewhere and on Hugo ' +
      'when the line starts with a tab inside quotes (Hugo 0.152 and later reject that). Hexo turns ' +
      'tabs at the start of lines into two spaces each before reading: tab indentation is a warning ' +
      'on Hexo sites and an error elsewhere. Jekyll keeps the last of duplicate keys: a warning ' +
      'there, an error where the reader rejects the file (js-yaml, Hugo 0.152 and later).',
    tags: ['front-matter'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      syntax: 'Invalid {format}: {detail}',
      duplicateKey: 'Duplicate key `{key}`; keep one (the generator would silently use one of them)',
      duplicateKeyRejected: 'Duplicate key `{key}`; keep one ({reader}, which {generator} reads front matter with, rejects the file)',
      duplicateKeyLastWins: 'Duplicate key `{key}`; keep one ({generator} silently uses the last, other readers reject the file)',
      underIndented:
        'Unexpected unindented continuation of {what} from line {line}, expected it indented past {owner}; {reader}, which {generator} reads front matter with, accepts it, other YAML parsers reject it',
      underIndentedInvalid: 'Invalid YAML: continuation of {what} from line {line} not indented past {owner}; indent it (only lenient readers such as js-yaml and libyaml accept it)',
      underIndentedTab: 'Unexpected tab starting a continuation of {what} from line {line}, expected spaces past {owner}; Hugo 0.152 and later reject it',
      tabIndented: 'Unexpected tab indentation ({lines}), expected spaces; Hexo turns each leading tab into two spaces, other YAML parsers reject tabs',
      tabIndentedInvalid: 'Invalid YAML: tab indentation ({lines}); indent with spaces (only Hexo turns leading tabs into spaces)',
      unknownTag: 'Unexpected tag `{tag}`, expected plain data; remove the tag',
      tooLarge: 'Front matter of {size} bytes not read: over the limit of {limit}; move long text into the body',
      tooManyValues: 'Front matter expands to over {limit} values (aliases?); not read',
      tooDeep: 'Front matter nests deeper than {limit} levels; not read',
    },
    // Front matter over a limit is not read: none of its values was checked.
    unchecked: ['tooLarge', 'tooManyValues', 'tooDeep'],
  },
  check({ document, project, report }) {
    const frontMatter = document.frontMatter;
    if (!frontMatter) return;
    const format = frontMatter.format === 'toml' ? 'TOML' : 'YAML';
    const reader = project.site.generator ? YAML_READERS[project.site.generator] : null;
    for (const problem of frontMatter.problems) {
      switch (problem.kind) {
        case 'syntax':
          report({ messageId: 'syntax', data: { format, detail: quote(problem.detail, 120) }, span: problem.span });
          break;
        case 'duplicate-key':
          if (reader?.duplicateKeys && format === 'YAML') {
            report({ messageId: 'duplicateKeyLastWins', data: { key: quote(problem.key, 40), generator: reader.generator }, span: problem.span, severity: 'warning' });
          } else if (reader && format === 'YAML') {
            report({ messageId: 'duplicateKeyRejected', data: { key: quote(problem.key, 40), reader: reader.reader, generator: reader.generator }, span: problem.span });
          } else {
            report({ messageId: 'duplicateKey', data: { key: quote(problem.key, 40) }, span: problem.span });
          }
          break;
        case 'under-indented': {
          const key = problem.key === null ? null : `\`${quote(problem.key, 40)}\``;
          const data = { what: key ? `${problem.construct} ${key}` : `a ${problem.construct} in a list`, line: problem.openingLine, owner: key ?? 'its `-`' };
          if (!reader?.underIndented) {
            report({ messageId: 'underIndentedInvalid', data, span: problem.span });
          } else if (problem.tabLed && !reader.tabLedInQuotes) {
            report({ messageId: 'underIndentedTab', data, span: problem.span });
          } else {
            report({ messageId: 'underIndented', data: { ...data, reader: reader.reader, generator: reader.generator }, span: problem.span, severity: 'warning' });
          }
          break;
        }
        case 'tab-indented': {
          const lines = `${problem.lines} line${problem.lines === 1 ? '' : 's'}`;
          if (reader?.leadingTabs) report({ messageId: 'tabIndented', data: { lines }, span: problem.span, severity: 'warning' });
          else report({ messageId: 'tabIndentedInvalid', data: { lines }, span: problem.span });
          break;
        }
        case 'unknown-tag':
          report({ messageId: 'unknownTag', data: { tag: quote(problem.tag, 40) }, span: problem.span });
          break;
        case 'too-large':
          report({ messageId: 'tooLarge', data: { size: problem.bytes, limit: problem.limit }, span: problem.span });
          break;
        case 'too-many-values':
          report({ messageId: 'tooManyValues', data: { limit: problem.limit }, span: problem.span });
          break;
        case 'too-deep':
          report({ messageId: 'tooDeep', data: { limit: problem.limit }, span: problem.span });
          break;
      }
    }
  },
});
