import { z } from 'zod';
import { nodeAt } from '../engine/api.js';
import { defineRule, quote } from '../engine/api.js';

interface FirstUse {
  file: string;
  line: number;
  column: number;
}

export default defineRule({
  meta: {
    id: 'front-matter-unique',
    description: 'Fields a collection marks `unique` (slug, permalink…) differ between its files',
    rationale:
      'Two posts with the same slug or permalink are built to the same address: one silently ' +
      'replaces the other. A collection lists such fields with `unique: true` on the field or in its ' +
      '`unique` list; the second file with a value is reported, pointing at the first.',
    tags: ['front-matter', 'schema'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      duplicate: 'Unexpected `{field}` `{value}`, already used by `{first}`; expected a value unique in collection `{collection}`',
    },
  },
  createState: () => new Map<string, FirstUse>(),
  // A new post that takes an old post's slug must be caught when only the new post is checked.
  seesUncheckedFiles: (collections) => collections.some((collection) => collection.unique.length > 0),
  activeIn: (_project, collections) => collections.some((collection) => collection.unique.length > 0),
  check({ document, project, state, report }) {
    const collection = project.collectionFor(document);
    const root = document.frontMatter?.root;
    if (!collection || !root || collection.unique.length === 0) return;
    for (const field of collection.unique) {
      const located = nodeAt(root, [field]);
      if (!located || located.value.type !== 'scalar' || located.value.value === null) continue;
      const value = String(located.value.value).trim();
      if (value === '') continue;
      const key = JSON.stringify([collection.name, field, value]);
      const first = state.get(key);
      const span = located.value.span;
      if (!first) {
        state.set(key, { file: document.path, line: span.line, column: span.column });
        continue;
      }
      report({
        messageId: 'duplicate',
        data: { field, value: quote(value, 60), first: `${first.file}:${first.line}`, collection: collection.name },
        span,
        related: { ...first, message: `\`${field}\` first used here` },
      });
    }
  },
});
