import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { detached } from '../text/detached.js';
import { declaredTerms, termScope } from '../taxonomy/sources.js';
import { looseKey, taxonomyKeys, termPage, termsOf } from '../taxonomy/terms.js';

interface FirstUse {
  term: string;
  file: string;
  line: number;
  column: number;
}

/** The first spelling of each term, by taxonomy: under its page (the generator's) and under its loose key (ours). */
interface State {
  byPage: Map<string, FirstUse>;
  byKey: Map<string, FirstUse>;
}

const GENERATOR_NAMES: Record<string, string> = { hugo: 'Hugo', hexo: 'Hexo', docusaurus: 'Docusaurus', jekyll: 'Jekyll', astro: 'Astro' };

export default defineRule({
  meta: {
    id: 'taxonomy-consistent',
    description: 'Each tag and category is spelt one way across the site',
    rationale:
      'Terms that differ only in case, a plural `s`, or a hyphen, space or underscore (`JavaScript`, ' +
      '`javascript`, `java-script`; `tutorial`, `tutorials`) split one topic over several term pages, ' +
      'or are merged into one page by the generator, titled by whichever spelling it read first: Hugo ' +
      'lower-cases and `urlize`s terms, Docusaurus `kebabCase`s inline tags, Hexo `slugize`s them keeping ' +
      'the case, and Jekyll keys `site.tags` by the term as written. Files are read in path order: a ' +
      'later spelling is reported, pointing at the first. A taxonomy the site declares in a data file is ' +
      'left to `taxonomy-known`.',
    tags: ['taxonomy', 'front-matter'],
    defaultSeverity: 'warning',
    options: z.strictObject({}).prefault({}),
    dependsOn: ['site-data'],
    messages: {
      samePage: 'Unexpected `{term}` in `{taxonomy}`, expected `{first}` as in `{firstFile}`: {generator} makes both the one page `{page}`, titled by whichever it reads first',
      separatePages: 'Unexpected `{term}` in `{taxonomy}`, expected `{first}` as in `{firstFile}`: {generator} makes the pages `{page}` and `{firstPage}` for one topic',
      separateTerms: 'Unexpected `{term}` in `{taxonomy}`, expected `{first}` as in `{firstFile}`: the two spellings are two terms',
    },
  },
  createState: (): State => ({ byPage: new Map(), byKey: new Map() }),
  // A new post that spells an old tag another way must be caught when only the new post is checked.
  seesUncheckedFiles: () => true,
  check({ document, project, state, report }) {
    const uses = termsOf(document, taxonomyKeys(project), project);
    if (uses.length === 0) return;
    const declared = new Map<string, boolean>();
    const generator = GENERATOR_NAMES[project.site.generator ?? ''] ?? 'the generator';
    const scope = termScope(project, document);
    for (const use of uses) {
      let listed = declared.get(use.taxonomy);
      if (listed === undefined) declared.set(use.taxonomy, (listed = declaredTerms(project, document, use.taxonomy) !== null));
      if (listed) continue;
      // Kept for the run: a copy, not a view of the post's text (text/detached.ts).
      const here: FirstUse = { term: detached(use.term), file: document.path, line: use.span.line, column: use.span.column };
      const page = termPage(project, use.term);
      const pageKey = page === null ? null : `${scope}\0${use.taxonomy}\0${page}`;
      const looseKeyOf = `${scope}\0${use.taxonomy}\0${looseKey(use.term)}`;
      const samePage = pageKey === null ? undefined : state.byPage.get(pageKey);
      const similar = state.byKey.get(looseKeyOf);
      if (pageKey !== null && !samePage) state.byPage.set(pageKey, here);
      if (!similar) state.byKey.set(looseKeyOf, here);
      const first = samePage ?? similar;
      if (!first || first.term === use.term) continue;
      const firstPage = termPage(project, first.term);
      const data = { term: quote(use.term, 60), taxonomy: use.taxonomy, first: quote(first.term, 60), firstFile: `${first.file}:${first.line}`, generator };
      const related = { file: first.file, line: first.line, column: first.column, message: `\`${quote(first.term, 60)}\` first used here` };
      if (page !== null && page === firstPage) report({ messageId: 'samePage', data: { ...data, page }, span: use.span, related });
      else if (page !== null && firstPage !== null) report({ messageId: 'separatePages', data: { ...data, page, firstPage }, span: use.span, related });
      else report({ messageId: 'separateTerms', data, span: use.span, related });
    }
  },
});
