import { z } from 'zod';
import { defineRule, quote, type Span, type ValueNode } from '../engine/api.js';
import { configuredNames, nameHint } from '../taxonomy/known.js';
import { declaredAuthors, docusaurusAuthorsFiles, termIdentity } from '../taxonomy/sources.js';
import { looseKey } from '../taxonomy/terms.js';

interface AuthorReference {
  name: string;
  field: string;
  span: Span;
}

interface Unreadable {
  line: number;
  column: number;
  reason: string;
}

export default defineRule({
  meta: {
    id: 'author-known',
    description: 'Authors named by key are in the site\'s authors file',
    rationale:
      'Docusaurus fails the build on a blog post whose `authors` names a key missing from ' +
      '`blog/authors.yml` ("Blog author with key … not found in the authors map file"), or names any key ' +
      'when there is no such file. Hugo (`data/authors.*` or `data/authors/<key>.*`), Jekyll ' +
      '(`_data/authors.yml`) and Hexo (`source/_data/authors.yml`) themes look authors up the same way ' +
      'and show a bare name, or nothing, when the key is missing: a warning there. Inline authors ' +
      '(`authors: {name: …}`, Docusaurus\'s `author:` fields) need no entry.',
    tags: ['front-matter', 'authors'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        authors: z.array(z.string().min(1)).optional().describe('The known author keys, when the site lists them nowhere else (replaces the authors file)'),
        file: z.string().min(1).optional().describe('The authors file, from the config\'s folder, when it is not where the generator keeps it'),
      })
      .prefault({}),
    dependsOn: ['site-data'],
    unchecked: ['unreadable'],
    messages: {
      unknown: 'Unexpected author `{name}` in `{field}`, expected a key declared in {source}{hint}',
      noAuthorsFile: 'Unexpected author key `{name}` in `{field}`: the blog has no `{file}`, so Docusaurus cannot resolve it; expected an inline author (`name: …`) or the file',
      unreadable: 'Unexpected content in this authors file: {reason}; expected the authors as data (they are not checked until it reads)',
    },
  },
  createState: () => new Map<string, Unreadable>(),
  check({ document, options, project, state, report }) {
    const root = document.frontMatter?.root;
    if (!root) return;
    const docusaurus = project.site.generator === 'docusaurus';
    // Docusaurus reads keys from `authors` only (`author` is an inline name); themes of the others read either.
    const fields = docusaurus ? ['authors'] : ['authors', 'author'];
    const references: AuthorReference[] = [];
    for (const entry of root.entries) {
      if (fields.includes(entry.key)) collect(entry.value, entry.key, references, 0);
    }
    if (references.length === 0) return;
    // Hugo's themes and taxonomy pages find `Jane Doe` under `jane-doe`: authors compare as terms do.
    const identity = termIdentity(project);
    const known = options.authors ? configuredNames(options.authors, 'the `authors` option of `author-known`', identity) : declaredAuthors(project, document, options.file);
    if (!known) {
      // A blog post naming keys with no authors file fails the Docusaurus build; a warning only, as the
      // file may be named in a config we read as text (`authorsMapPath` set in code is not seen).
      const files = docusaurus && document.projectPath.startsWith('blog/') && !options.authors && options.file === undefined ? docusaurusAuthorsFiles(project, 'blog') : 'unknown';
      if (files === 'unknown') return;
      for (const reference of references) {
        report({ messageId: 'noAuthorsFile', data: { name: quote(reference.name, 60), field: reference.field, file: files[0] ?? 'blog/authors.yml' }, span: reference.span, severity: 'warning' });
      }
      return;
    }
    if (known.kind === 'invalid') {
      if (!state.has(known.source)) state.set(known.source, { line: known.line, column: known.column, reason: known.reason });
      return;
    }
    const source = known.source.startsWith('the ') ? known.source : `\`${known.source}\``;
    for (const reference of references) {
      if (known.names.has(identity(reference.name))) continue;
      report({
        messageId: 'unknown',
        data: { name: quote(reference.name, 60), field: reference.field, source, hint: nameHint(reference.name, known.names.values(), looseKey) },
        span: reference.span,
        // Only Docusaurus fails the build; elsewhere the page shows the bare key.
        ...(docusaurus || options.authors ? {} : { severity: 'warning' as const }),
      });
    }
  },
  async finish({ state, reportOnSiteFile }) {
    for (const [file, { line, column, reason }] of state) {
      reportOnSiteFile(file, { messageId: 'unreadable', data: { reason: quote(reason, 160) }, span: { line, column, endLine: line, endColumn: column } });
    }
  },
});

/** Author keys: strings, items of a list, and the `key` of an author object (`{key: jane, title: …}`); inline objects are not keys. */
function collect(node: ValueNode, field: string, into: AuthorReference[], depth: number): void {
  if (node.type === 'scalar') {
    if (typeof node.value === 'string' && node.value.trim() !== '') into.push({ name: node.value.trim(), field, span: node.span });
  } else if (node.type === 'sequence' && depth === 0) {
    for (const item of node.items) collect(item, field, into, depth + 1);
  } else if (node.type === 'mapping') {
    const key = node.entries.find((entry) => entry.key === 'key');
    if (key) collect(key.value, field, into, depth + 1);
  }
}
