import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { configuredNames, nameHint } from '../taxonomy/known.js';
import { declaredTerms, termIdentity } from '../taxonomy/sources.js';
import { looseKey, taxonomyTermsOf } from '../taxonomy/terms.js';

/** A data file that did not read, and the taxonomy it was to declare: reported once, after the run. */
interface Unreadable {
  taxonomy: string;
  line: number;
  column: number;
  reason: string;
}

export default defineRule({
  meta: {
    id: 'taxonomy-known',
    description: 'Tags and categories are among the terms the site declares',
    rationale:
      'A site that lists its tags (Docusaurus `blog/tags.yml` and `docs/tags.yml`; `data/tags.yml` for ' +
      'Hugo, `_data/tags.yml` for Jekyll, `source/_data/tags.yml` for Hexo; or the `tags` and ' +
      '`categories` options) wants every post to use one of them: a misspelt tag makes a page of its own ' +
      'with one post on it. Docusaurus warns about such inline tags at build time (`onInlineTags`); this ' +
      'says so in the pull request, with the closest declared term. Without a list, nothing is checked.',
    tags: ['taxonomy', 'front-matter'],
    defaultSeverity: 'warning',
    options: z
      .strictObject({
        tags: z.array(z.string().min(1)).optional().describe('The known tags, when the site lists them nowhere else (replaces the data file)'),
        categories: z.array(z.string().min(1)).optional().describe('The known categories, when the site lists them nowhere else (replaces the data file)'),
        files: z
          .record(z.string().min(1), z.string().min(1))
          .default({})
          .describe('Data files that list the known terms of a taxonomy, from the config\'s folder: `{tags: data/topics.yml}`'),
      })
      .prefault({}),
    dependsOn: ['site-data'],
    unchecked: ['unreadable'],
    messages: {
      unknown: 'Unexpected term `{term}` in `{taxonomy}`, expected one declared in {source}{hint}',
      unreadable: 'Unexpected content in this data file: {reason}; expected the terms of `{taxonomy}` as data (they are not checked until it reads)',
    },
  },
  createState: () => new Map<string, Unreadable>(),
  check({ document, options, project, state, report }) {
    const uses = taxonomyTermsOf(document, project);
    if (uses.length === 0) return;
    const identity = termIdentity(project);
    for (const taxonomy of new Set(uses.map((use) => use.taxonomy))) {
      const listed = taxonomy === 'tags' ? options.tags : taxonomy === 'categories' ? options.categories : undefined;
      const known = listed ? configuredNames(listed, `the \`${taxonomy}\` option of \`taxonomy-known\``, identity) : declaredTerms(project, document, taxonomy, options.files);
      if (!known) continue;
      if (known.kind === 'invalid') {
        if (!state.has(known.source)) state.set(known.source, { taxonomy, line: known.line, column: known.column, reason: known.reason });
        continue;
      }
      const source = known.source.startsWith('the ') ? known.source : `\`${known.source}\``;
      for (const use of uses) {
        if (use.taxonomy !== taxonomy || known.names.has(identity(use.term))) continue;
        report({
          messageId: 'unknown',
          data: { term: quote(use.term, 60), taxonomy, source, hint: nameHint(use.term, known.names.values(), looseKey) },
          span: use.span,
        });
      }
    }
  },
  async finish({ state, reportOnSiteFile }) {
    for (const [file, { taxonomy, line, column, reason }] of state) {
      reportOnSiteFile(file, { messageId: 'unreadable', data: { taxonomy, reason: quote(reason, 160) }, span: { line, column, endLine: line, endColumn: column } });
    }
  },
});
