import { z } from 'zod';
import { nodeAt, type ValueNode } from '../engine/api.js';
import { defineRule, quote } from '../engine/api.js';
import { didYouMean } from '../text/suggest.js';
import type { Span } from '../engine/api.js';
import { describeExpected, formatFieldPath, specAt, type FieldIssueParams } from '../schema/fields.js';
import type { ValidatorIssue } from '../schema/collections.js';

export default defineRule({
  meta: {
    id: 'front-matter-schema',
    description: "Front matter follows its collection's schema: required fields present, every value of the right type",
    rationale:
      'A missing title, a date that is not a date or a list where the theme expects a string breaks ' +
      'the page or silently drops it, and the build does not always say so. Each problem is reported ' +
      'at the key or value concerned. Collections come from the config, from the detected site ' +
      'generator, or the generic default.\n\n' +
      'Values are checked as the generator reads them. Front matter that only the generator\'s YAML ' +
      'reader takes (see `front-matter-syntax`) is checked as it reads it. Hexo, Hugo and Jekyll turn ' +
      'numbers and booleans into text where they expect text, so their presets accept `title: 2019` ' +
      'and `tags: [2019, go]` (`coerce: true` in the field language); Hugo also takes one value for a ' +
      'list (`tags: go`). Astro and Docusaurus validate front matter with zod and Joi, which do not: ' +
      'there a number is still not a string.',
    tags: ['front-matter', 'schema'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      missingFrontMatter: 'Missing front matter, expected fields such as {fields} (collection `{collection}`)',
      missing: 'Missing required `{field}`, expected {expected}',
      unexpected: 'Unexpected {found} for `{field}`, expected {expected}',
      unknownKey: 'Unexpected key `{field}`, not a field of collection `{collection}`{hint}',
      duplicateItem: 'Unexpected duplicate `{value}` in `{field}`, expected each item once',
    },
  },
  check({ document, project, report }) {
    const collection = project.collectionFor(document);
    if (!collection || !document.source.lintable) return;
    const frontMatter = document.frontMatter;
    if (!frontMatter) {
      if (collection.frontMatter === 'required') {
        const names = Object.entries(collection.fields ?? {})
          .filter(([, spec]) => spec.required)
          .map(([name]) => `\`${name}\``);
        report({
          messageId: 'missingFrontMatter',
          data: { fields: names.length > 0 ? names.join(', ') : '`title`', collection: collection.name },
          span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        });
      }
      return;
    }
    // Syntax and shape problems are reported by the other front-matter rules.
    if (!frontMatter.root || !frontMatter.data) return;
    const result = collection.validator.safeParse(frontMatter.data);
    if (result.success) return;

    const root = frontMatter.root;
    const fenceLine: Span = { line: 1, column: 1, endLine: 1, endColumn: frontMatter.fence.length + 1 };
    const fields = collection.fields;
    for (const issue of result.error.issues) {
      const path = issue.path;
      const field = formatFieldPath(path);
      if (issue.code === 'unrecognized_keys') {
        const policy = path.length === 0 ? collection.unknownKeys : (fields && specAt(fields, path)?.unknownKeys) ?? collection.unknownKeys;
        const known = Object.keys((fields && (path.length === 0 ? fields : specAt(fields, path)?.fields)) ?? {});
        for (const key of issue.keys ?? []) {
          const located = nodeAt(root, [...path, key]);
          const suggestion = didYouMean(key, known);
          report({
            messageId: 'unknownKey',
            data: {
              field: formatFieldPath([...path, key]),
              collection: collection.name,
              hint: suggestion ? ` (did you mean \`${suggestion}\`?)` : '',
            },
            span: located?.keySpan ?? located?.value.span ?? fenceLine,
            ...(policy === 'warn' ? { severity: 'warning' as const } : {}),
          });
        }
        continue;
      }
      const located = nodeAt(root, path);
      const spec = fields ? specAt(fields, path) : null;
      const expected = spec ? describeExpected(spec) : zodExpectation(issue);
      if (!located) {
        // Absent from the data: report at the mapping that should hold it.
        const parent = path.length > 1 ? nodeAt(root, path.slice(0, -1)) : null;
        report({ messageId: 'missing', data: { field, expected }, span: parent?.keySpan ?? fenceLine });
        continue;
      }
      const params = issue.params as FieldIssueParams | undefined;
      if (params?.kind === 'duplicate-item') {
        report({ messageId: 'duplicateItem', data: { value: quote(params.value ?? '', 40), field: formatFieldPath(path.slice(0, -1)) }, span: located.value.span });
        continue;
      }
      report({ messageId: 'unexpected', data: { found: describeFound(located.value), field, expected }, span: located.value.span });
    }
  },
});

function describeFound(node: ValueNode): string {
  if (node.type === 'sequence') return node.items.length === 0 ? 'empty list' : `list of ${node.items.length} item${node.items.length === 1 ? '' : 's'}`;
  if (node.type === 'mapping') return node.entries.length === 0 ? 'empty mapping' : 'mapping';
  if (node.value === null) return node.raw.trim() === '' ? 'empty value' : `\`${quote(node.raw, 40)}\``;
  if (typeof node.value === 'boolean') return `\`${node.value}\``;
  if (node.tag === 'date') return `date \`${quote(node.raw, 40)}\``;
  if (typeof node.value === 'number') return `number \`${quote(node.raw, 40)}\``;
  return node.value.trim() === '' ? 'empty string' : `string \`${quote(node.value, 60)}\``;
}

/** For schemas not written in the field language (JSON Schema, zod): zod's own words. */
function zodExpectation(issue: ValidatorIssue): string {
  if (issue.code === 'invalid_type' && issue.expected) return issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`;
  return issue.message.replace(/^Invalid input: /, '').replace(/^expected /, '');
}
