import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { siteIndexOf, type Page } from '../links/site.js';
import { ANCHOR_FACTS, PAGE_FACTS, pageFactsOf, type PageFacts } from '../links/facts.js';
import { detached } from '../text/detached.js';
import type { HeadingIds } from '../links/slugs.js';
import { anchorsOf, headingIdsOf } from '../links/view.js';
import { didYouMean } from '../text/suggest.js';
import { decodedUriComponent } from '../url/url.js';

const ID_STYLES = ['auto', 'github', 'hugo-github', 'hugo-github-ascii', 'hugo-blackfriday', 'kramdown-gfm', 'kramdown', 'hexo', 'hexo-lower', 'hexo-upper'] as const;

const options = z
  .strictObject({
    headingIds: z
      .enum(ID_STYLES)
      .default('auto')
      .describe("How the site's renderer makes heading ids; `auto` follows the generator and its config (Hugo `autoHeadingIDType`, Jekyll `kramdown.input`, Hexo `marked.modifyAnchors`)"),
    idPrefix: z.string().optional().describe('A prefix the renderer puts before every heading id (kramdown `auto_id_prefix`); default: the config\'s'),
  })
  .prefault({});

type Options = z.infer<typeof options>;

/** The heading-id rules in force: the options' choice, else the generator's with its config. */
function idsFor(settings: Options, generator: string | null, routing: Parameters<typeof headingIdsOf>[1]): HeadingIds {
  const prefix = settings.idPrefix ?? routing.autoIdPrefix ?? '';
  switch (settings.headingIds) {
    case 'github':
      return { kind: 'github' };
    case 'hugo-github':
      return { kind: 'hugo', type: 'github' };
    case 'hugo-github-ascii':
      return { kind: 'hugo', type: 'github-ascii' };
    case 'hugo-blackfriday':
      return { kind: 'hugo', type: 'blackfriday' };
    case 'kramdown-gfm':
      return { kind: 'kramdown', input: 'GFM', prefix, transliterate: false };
    case 'kramdown':
      return { kind: 'kramdown', input: 'kramdown', prefix, transliterate: false };
    case 'hexo':
      return { kind: 'hexo', transform: 0 };
    case 'hexo-lower':
      return { kind: 'hexo', transform: 1 };
    case 'hexo-upper':
      return { kind: 'hexo', transform: 2 };
    default: {
      const ids = headingIdsOf(generator, routing);
      return ids.kind === 'kramdown' && settings.idPrefix !== undefined ? { ...ids, prefix } : ids;
    }
  }
}

/** Fragments no heading needs to give: the top of the page, text fragments, client-side routes. */
function judged(fragment: string): boolean {
  return fragment !== '' && fragment !== 'top' && !fragment.startsWith(':~:') && !fragment.startsWith('/') && !fragment.startsWith('!');
}

export default defineRule({
  meta: {
    id: 'link-anchor',
    description: 'A `#fragment` names a heading or element id that the target page has',
    rationale:
      'Headings change and links into them break silently: the page opens at the top. Ids are made ' +
      "the way the site's renderer makes them — github-slugger for Docusaurus and Starlight, goldmark's " +
      '`autoHeadingIDType` for Hugo, kramdown for Jekyll, hexo-renderer-marked for Hexo — with their ' +
      'suffixes for repeated headings, `{#custom}` ids where the generator has them, and HTML `id`/`name` ' +
      'attributes (not in Hugo unless `markup.goldmark.renderer.unsafe`).',
    tags: ['links'],
    defaultSeverity: 'error',
    options,
    messages: {
      missing: 'Unexpected fragment `#{fragment}` in a link to {page}: no heading or element has that id',
      missingSuggest: 'Unexpected fragment `#{fragment}` in a link to {page}: no heading or element has that id; the closest is `#{suggestion}`',
    },
  },
  // The index is the run's, shared with link-internal (links/site.ts `siteIndexOf`); a state marks a rule that compares files.
  createState: () => null,
  // A heading renamed in a pull request breaks the links into it from unchanged posts.
  seesUncheckedFiles: () => true,
  collect: {
    schema: PAGE_FACTS.extend(ANCHOR_FACTS.shape),
    read({ document, project, options: settings }) {
      const { generator, routing } = project.site;
      const ids = idsFor(settings, generator, routing);
      const rawHtml = generator !== 'hugo' || routing.rawHtml === true;
      // Plain Markdown without `headingIds`: nobody knows which ids its renderer makes, so none are judged;
      // nor in a file that could not be read (too large, too complex: `file-access` says so).
      const known = (generator !== null || settings.headingIds !== 'auto') && document.source.lintable;
      // Copies (a Set's strings may be views of the text): facts may wait for the files before them to be gathered.
      return { page: pageFactsOf(document, project), anchors: known ? [...anchorsOf(document, ids, generator, rawHtml)].map(detached) : null };
    },
  },
  gather({ file, projectPath, facts, project, checked }) {
    siteIndexOf(project).add({ file, projectPath, checked, page: facts.page as PageFacts, anchors: facts.anchors as string[] | null }, project);
  },
  async finish({ project, report }) {
    const index = siteIndexOf(project);
    // A page's ids are read back from the run's stash: once for a run of links into one page (a table of contents).
    let last: { page: Page; anchors: readonly string[] | null } | null = null;
    const idsOf = (page: Page) => (last?.page === page ? last : (last = { page, anchors: index.anchorsOf(page) })).anchors;
    for (const page of index.linkingPages) {
      for (const link of index.linksOf(page)) {
        if (!link.target.includes('#')) continue;
        const resolution = index.resolve(link, page, project, false);
        if (resolution.kind !== 'page' || resolution.fragment === null) continue;
        const fragment = decodedUriComponent(resolution.fragment);
        const target = resolution.page;
        const anchors = idsOf(target);
        if (!judged(fragment) || !anchors || anchors.includes(fragment)) continue;
        // In a partial run, an unchanged post is reported when the page it links into changed.
        if (!page.checked && !(target.checked && project.checksAChange)) continue;
        const suggestion = didYouMean(fragment, anchors);
        const data = { fragment: quote(fragment, 60), page: target === page ? 'this page' : `\`${quote(target.routes[0] ?? target.projectPath, 80)}\``, suggestion: quote(suggestion, 60) };
        report(page.file, {
          messageId: suggestion ? 'missingSuggest' : 'missing',
          data,
          span: link.span,
          ...(page.checked ? {} : { related: { file: target.file, line: 1, column: 1, message: 'changed in this run: heading renamed?' } }),
        });
      }
    }
  },
});
