import { z } from 'zod';
import { LintDocument } from '../engine/api.js';
import { nodeAt } from '../engine/api.js';
import { defineRule, quote } from '../engine/api.js';

/** The "last changed" field of each generator, in the order they are looked for. */
const UPDATED_FIELDS = ['updated', 'lastmod', 'last_modified_at', 'updatedDate'];

export default defineRule({
  meta: {
    id: 'date-updated',
    description: 'A post whose body changed has a new `updated` (or `lastmod`) date',
    rationale:
      'Readers, feeds and search engines rely on the "last updated" date. When a pull request ' +
      'changes a post\'s text but not that date, the change goes unannounced. This rule compares ' +
      'each file with its version at the base of the change (`--changed-since REF`, or the pull ' +
      'request\'s base in the action); it is off unless turned on, since not every site keeps such a date.',
    tags: ['dates', 'front-matter'],
    defaultSeverity: 'off',
    options: z
      .strictObject({
        field: z.string().min(1).optional().describe('The field to expect a change in (default: the first of `updated`, `lastmod`, `last_modified_at`, `updatedDate` the post has)'),
      })
      .prefault({}),
    dependsOn: ['git-history'],
    messages: {
      unchanged: 'Unexpected unchanged `{field}` `{value}`: the text changed since `{ref}`; expected the date of this change',
      missing: 'Missing `{field}`: the text changed since `{ref}`; expected `{field}` with the date of this change',
    },
  },
  activeIn: (project) => project.history !== null,
  check({ document, project, options, report }) {
    const history = project.history;
    const root = document.frontMatter?.root;
    if (!history || !root || !document.source.lintable) return;
    const previousText = history.previousText(document);
    if (previousText === null) return;
    const previous = LintDocument.fromText(document.path, previousText, document.projectPath);
    if (body(previous) === body(document)) return;

    const field = options.field ?? UPDATED_FIELDS.find((key) => nodeAt(root, [key])) ?? project.collectionFor(document)?.dateOrder[0]?.[1] ?? 'updated';
    const now = nodeAt(root, [field]);
    const before = previous.frontMatter?.root ? nodeAt(previous.frontMatter.root, [field]) : null;
    const rawOf = (located: typeof now) => (located?.value.type === 'scalar' ? located.value.raw.trim() : null);
    if (now && rawOf(now) !== rawOf(before)) return;
    if (now) {
      report({ messageId: 'unchanged', data: { field, value: quote(rawOf(now) ?? '', 40), ref: history.ref }, span: now.value.span });
    } else {
      const fence = document.frontMatter?.fence ?? '---';
      report({ messageId: 'missing', data: { field, ref: history.ref }, span: { line: 1, column: 1, endLine: 1, endColumn: fence.length + 1 } });
    }
  },
});

/** The text after the front matter, with trailing spaces and blank lines at the ends ignored. */
function body(document: LintDocument): string {
  return document.text
    .slice(document.bodyStart)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
