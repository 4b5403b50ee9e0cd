import { z } from 'zod';
import { defineRule, quote, type FinishContext, type Report } from '../engine/api.js';
import { siteIndexOf, type Page, type Resolution } from '../links/site.js';
import type { PostLink } from '../links/view.js';
import { PAGE_FACTS, pageFactsOf, type PageFacts } from '../links/facts.js';

const options = z
  .strictObject({
    strict: z
      .boolean()
      .default(false)
      .describe('Judge site paths (`/x/y`) under folders no post lives in too (by default those are left to the theme: `/about/`, `/api/`)'),
  })
  .prefault({});

type Options = z.infer<typeof options>;

export default defineRule({
  meta: {
    id: 'link-internal',
    description: 'Links to other pages and files of the site lead somewhere, as the generator routes them',
    rationale:
      'A link to a post that was renamed, a mistyped permalink or a path in the wrong case builds ' +
      'without a word and gives readers a 404. Links are resolved offline the way the site\'s ' +
      'generator routes pages — relative file links, site paths through the permalink settings ' +
      '(Hexo, Jekyll, Hugo, Docusaurus, Astro/Starlight), absolute links to the site\'s own domain, ' +
      'and the generators\' link tags (`post_link`, `post_url`, `link`, `ref`/`relref`, `asset_img`) — ' +
      'and the closest existing address is suggested. In a pull request, posts that link to a ' +
      'renamed, moved or deleted post (or one whose slug changed) are checked too, and reported at ' +
      'their links. A missing file that is not a page (an image, a PDF) is a warning: a build step ' +
      'may make or copy it in. On a multilingual site (Hugo `languages`, Docusaurus `i18n`, ' +
      "Starlight `locales`), a link resolves in the linking page's language, with the generator's " +
      'fallback to the default language where it has one (Docusaurus, Starlight); a page that ' +
      'exists only in another language is a warning that says which.',
    tags: ['links'],
    defaultSeverity: 'error',
    // A slug or permalink changed in place moves the page: its old addresses come from the base's front matter.
    readsBase: true,
    options,
    messages: {
      missing: 'Unexpected link to `{target}`: no page or file of the site is there',
      missingSuggest: 'Unexpected link to `{target}`: no page or file of the site is there; the closest address is `{suggestion}`',
      wrongCase: 'Unexpected link to `{target}`: the address is `{actual}` (hosts are case-sensitive)',
      otherLanguage: 'Unexpected link to `{target}`: that page is only in `{language}`, at `{suggestion}`',
      missingTag: 'Unexpected `{tag}` target `{target}`: no such post or file; the site build fails or renders nothing',
      missingTagSuggest: 'Unexpected `{tag}` target `{target}`: no such post or file; the closest is `{suggestion}`',
    },
  },
  // The index is the run's, shared with link-anchor (links/site.ts `siteIndexOf`); a state marks a rule that compares files.
  createState: () => null,
  // A rename breaks the posts that link to it: they must be seen when only the renamed post changed.
  seesUncheckedFiles: () => true,
  collect: { schema: PAGE_FACTS, read: ({ document, project }) => ({ page: pageFactsOf(document, project) }) },
  gather({ file, projectPath, facts, project, checked }) {
    siteIndexOf(project).add({ file, projectPath, checked, page: facts.page as PageFacts, anchors: null }, project);
  },
  async finish(context) {
    forEachBrokenLink(context, (page, link, resolution, related) => {
      const target = quote(resolution.target, 80);
      const tag = link.kind === 'url' ? null : link.kind;
      let report: Report;
      if (resolution.wrongCase) report = { messageId: 'wrongCase', data: { target, actual: quote(resolution.wrongCase, 80) }, span: link.span };
      // The page is there, in another language: the link may be meant so, or miss a translation (a warning).
      else if (resolution.language) report = { messageId: 'otherLanguage', data: { target, language: quote(resolution.language, 20), suggestion: quote(resolution.suggestion, 80) }, span: link.span, severity: 'warning' };
      else if (tag) report = { messageId: resolution.suggestion ? 'missingTagSuggest' : 'missingTag', data: { tag, target, suggestion: quote(resolution.suggestion, 80) }, span: link.span };
      else report = { messageId: resolution.suggestion ? 'missingSuggest' : 'missing', data: { target, suggestion: quote(resolution.suggestion, 80) }, span: link.span };
      if (related) report.related = related;
      // A missing file (an image, a PDF) may be one the build makes or copies in; a missing page may not.
      if (isFileLink(link)) report.severity = 'warning';
      context.report(page.file, report);
    });
  },
});

/** A link to a file that is not a page: `asset_img`, or a path whose extension is not a page's. */
function isFileLink(link: PostLink): boolean {
  if (link.kind === 'asset_img' || link.kind === 'asset_link') return true;
  if (link.kind !== 'url') return false;
  const pathPart = link.target.split(/[?#]/)[0] ?? '';
  const extension = /\.([a-z0-9]{1,8})$/i.exec(pathPart)?.[1]?.toLowerCase();
  return extension !== undefined && !PAGE_EXTENSIONS.has(extension);
}

const PAGE_EXTENSIONS = new Set(['md', 'mdx', 'markdown', 'html', 'htm']);

/**
 * Every broken link of the run's pages: of the files it checks, and of the files it only shows in
 * a run over a change when the change is the cause — the link leads to where a page the change
 * renamed, moved or deleted used to be (its old address, file or name).
 */
function forEachBrokenLink(
  { project, options: settings }: FinishContext<Options, null>,
  report: (page: Page, link: PostLink, resolution: Extract<Resolution, { kind: 'broken' }>, related: Report['related'] | null) => void,
): void {
  const index = siteIndexOf(project);
  const pages = index.linkingPages;
  if (pages.length === 0) return;
  index.followDeleted(project);
  for (const page of pages) {
    for (const link of index.linksOf(page)) {
      const resolution = index.resolve(link, page, project, settings.strict);
      if (resolution.kind !== 'broken') continue;
      const target = resolution.suggestedPage;
      if (page.checked) report(page, link, resolution, null);
      else if (resolution.moved && target?.checked && project.checksAChange) report(page, link, resolution, { file: target.file, line: 1, column: 1, message: target.deleted ? 'deleted in this change' : 'changed in this run: renamed or moved?' });
    }
  }
}
