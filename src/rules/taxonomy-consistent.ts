import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { detached } from '../text/detached.js';
import { declaredTerms, termScope } from '../taxonomy/sources.js';
import { looseKey, taxonomyTermsOf, termPage } from '../taxonomy/terms.js';

interface FirstUse {
  term: string;
  file: string;
  line: number;
  column: number;
}

/** The first spelling of each term of one taxonomy (in one scope): under its page (the generator's) and under its loose key (ours). */
interface FirstUses {
  byPage: Map<string, FirstUse>;
  byKey: Map<string, FirstUse>;
}

/** By scope and taxonomy (`scope\0taxonomy`). */
type State = Map<string, FirstUses>;

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
  createState: (): State => new Map(),
  // A new post that spells an old tag another way must be caught when only the new post is checked.
  seesUncheckedFiles: () => true,
  check({ document, project, state, report }) {
    const uses = taxonomyTermsOf(document, project);
    if (uses.length === 0) return;
    const declared = new Map<string, boolean>();
    const generator = GENERATOR_NAMES[project.site.generator ?? ''] ?? 'the generator';
    const scope = termScope(project, document);
    for (const use of uses) {
      let listed = declared.get(use.taxonomy);
      if (listed === undefined) declared.set(use.taxonomy, (listed = declaredTerms(project, document, use.taxonomy) !== null));
      if (listed) continue;
      const group = `${scope}\0${use.taxonomy}`;
      let firstUses = state.get(group);
      if (!firstUses) state.set(group, (firstUses = { byPage: new Map(), byKey: new Map() }));
      const page = termPage(project, use.term);
      const key = looseKey(use.term);
      const samePage = page === null ? undefined : firstUses.byPage.get(page);
      const similar = firstUses.byKey.get(key);
      if ((page !== null && !samePage) || !similar) {
        // Kept for the run: a copy, not a view of the post's text (text/detached.ts).
        const here: FirstUse = { term: detached(use.term), file: document.path, line: use.span.line, column: use.span.column };
        // The keys too: a page or loose key may be the term itself, a view of the post's text.
        if (page !== null && !samePage) firstUses.byPage.set(detached(page), here);
        if (!similar) firstUses.byKey.set(detached(key), here);
      }
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
