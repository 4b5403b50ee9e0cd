import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';

export default defineRule({
  meta: {
    id: 'front-matter-syntax',
    description: 'Front matter is valid YAML 1.2 or TOML 1.0, with unique keys, no tags and bounded size',
    rationale:
      'A syntax error makes the generator drop or misread the post. Duplicate keys silently keep one ' +
      'value. Tags such as `!!js/function` ask the reader to build objects or run code. Aliases, size ' +
      'and nesting are bounded so that a few hundred bytes cannot expand into gigabytes.',
    tags: ['front-matter'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      syntax: 'Invalid {format}: {detail}',
      duplicateKey: 'Duplicate key `{key}`; keep one (the generator would silently use one of them)',
      unknownTag: 'Unexpected tag `{tag}`, expected plain data; remove the tag',
      tooLarge: 'Front matter of {size} bytes not read: over the limit of {limit}; move long text into the body',
      tooManyValues: 'Front matter expands to over {limit} values (aliases?); not read',
      tooDeep: 'Front matter nests deeper than {limit} levels; not read',
    },
    // Front matter over a limit is not read: none of its values was checked.
    unchecked: ['tooLarge', 'tooManyValues', 'tooDeep'],
  },
  check({ document, report }) {
    const frontMatter = document.frontMatter;
    if (!frontMatter) return;
    const format = frontMatter.format === 'toml' ? 'TOML' : 'YAML';
    for (const problem of frontMatter.problems) {
      switch (problem.kind) {
        case 'syntax':
          report({ messageId: 'syntax', data: { format, detail: quote(problem.detail, 120) }, span: problem.span });
          break;
        case 'duplicate-key':
          report({ messageId: 'duplicateKey', data: { key: quote(problem.key, 40) }, span: problem.span });
          break;
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
