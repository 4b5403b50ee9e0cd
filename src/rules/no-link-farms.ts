import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { contentOf, type ContentLink, type LinkList } from '../spam/content.js';
import { registrableDomain, siteDomains } from '../url/url.js';

/**
 * Labels that introduce a block of "more reading" in spam posts. Documentation's "See also" and
 * "Read more" are not among them: honest docs use them for short lists into one project.
 */
const RELATED_LABEL =
  /^(?:also read|read also|related(?: posts?| articles?| stories| reading)?|you (?:may|might) also like|recommended for you|trending(?: now| posts)?|popular posts|don'?t miss)\s*[:.]?$/i;

/** Platforms honest posts link to in bulk (code, video, reference): never a link farm's domain. */
export const DEFAULT_IGNORED_DOMAINS = ['github.com', 'gitlab.com', 'youtube.com', 'wikipedia.org', 'npmjs.com', 'mozilla.org', 'stackoverflow.com'];

/** Anchor texts stamped from a template: `[New] …`, `2024 Approved …`, `In 2024, …`. */
const TEMPLATED_ANCHOR = /^(?:\[(?:new|updated|hot|top|latest|best)\]|(?:19|20)\d\d approved\b|in (?:19|20)\d\d,)/i;

/**
 * Subdomain labels of the services projects run for themselves: links to them are citations, not a
 * spread over a network (release notes link `doc.`, `blog.`, `internals.`, `forge.`, `perf.` of their
 * own project). Measured on ../shared/corpus: without them, honest posts reached the spread threshold.
 */
const SERVICE_LABELS: ReadonlySet<string> = new Set([
  'www', 'doc', 'docs', 'blog', 'blogs', 'forum', 'forums', 'discuss', 'community', 'internals', 'users', 'forge', 'perf',
  'static', 'cdn', 'assets', 'api', 'status', 'dev', 'developer', 'developers', 'support', 'help', 'news', 'play', 'playground',
  'releases', 'download', 'downloads', 'wiki', 'lists', 'mail', 'git', 'code', 'issues', 'bugs', 'ci', 'build', 'crates',
]);

export default defineRule({
  meta: {
    id: 'no-link-farms',
    description: 'Content has no link farms: no blocks of links into one outside network',
    rationale:
      'SEO spam rides along in posts as a block of links to one network\'s pages, often spread over ' +
      'many subdomains. Four signs, measured on real spam and on clean sites (see the docs): a ' +
      '"related" label followed by a list of bare links mostly to one outside domain, and a long list ' +
      'of bare links to one outside domain over several host names (errors, `--fix` removes them); ' +
      'many host names of one outside domain in a post, and anchors stamped from a template ' +
      '(warnings). Many links to one domain alone is never a sign: release notes link hundreds of ' +
      'pull requests. "Outside" means another registrable domain than the site\'s (`site.url`, ' +
      '`site.domains`), counting every `*.github.io` site as its own.',
    tags: ['spam'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        relatedMinItems: z.number().int().min(1).default(5).describe('Links in a labelled block before it is a link farm'),
        listMinItems: z.number().int().min(1).default(8).describe('Links in an unlabelled list before it is a link farm'),
        listMinHosts: z.number().int().min(1).default(3).describe('Host names of the dominant domain in an unlabelled farm list'),
        dominantShare: z.number().min(0).max(1).default(0.6).describe('Share of a list\'s links that go to one outside domain'),
        spreadMinHosts: z.number().int().min(2).default(5).describe('Host names of one outside domain in a post before a warning'),
        templatedMinAnchors: z.number().int().min(1).default(3).describe('Template-stamped anchors in a post before a warning'),
        ignoreDomains: z.array(z.string().min(1)).default(DEFAULT_IGNORED_DOMAINS).describe('Domains that never count as a farm (replaces the default list)'),
      })
      .prefault({}),
    messages: {
      related: 'Unexpected link farm: "{label}" and {count} links, {share}% to `{domain}`; remove the block',
      list: 'Unexpected link farm: a list of {count} links, {share}% to `{domain}` over {hosts} host names; remove the list',
      spread: 'Unexpected links to {hosts} host names of `{domain}` ({examples}); a network of sites, not sources',
      templated: 'Unexpected template-stamped link texts ({count}, such as `{example}`); typical of link spam',
    },
  },
  check({ document, project, options, report }) {
    const own = siteDomains(project.site);
    for (const domain of options.ignoreDomains) own.add(registrableDomain(domain.toLowerCase()));
    // "External": another site's domain, and not a platform posts link to in bulk.
    const external = (link: ContentLink) => link.url !== null && !own.has(registrableDomain(link.url.hostname));
    const { links, linkLists } = contentOf(document);
    const farmed = new Set<ContentLink>();
    const farmedDomains = new Set<string>();

    for (const list of linkLists) {
      const dominant = dominantDomain(list, external);
      if (!dominant || dominant.share < options.dominantShare) continue;
      const share = Math.round(dominant.share * 100);
      const isRelated = list.label !== null && RELATED_LABEL.test(list.label.text) && list.links.length >= options.relatedMinItems;
      const isFarm = list.links.length >= options.listMinItems && dominant.hosts >= options.listMinHosts;
      if (!isRelated && !isFarm) continue;
      for (const link of list.links) farmed.add(link);
      farmedDomains.add(dominant.domain);
      if (isRelated && list.label) {
        report({
          messageId: 'related',
          data: { label: quote(list.label.text, 30), count: list.links.length, share, domain: dominant.domain },
          span: { line: list.label.span.line, column: list.label.span.column, endLine: list.span.endLine, endColumn: list.span.endColumn },
          fix: { start: list.label.startOffset, end: list.endOffset },
        });
      } else {
        report({
          messageId: 'list',
          data: { count: list.links.length, share, domain: dominant.domain, hosts: dominant.hosts },
          span: list.span,
          fix: { start: list.startOffset, end: list.endOffset },
        });
      }
    }

    const hostsByDomain = new Map<string, { hosts: Set<string>; first: ContentLink }>();
    for (const link of links) {
      if (!link.url || !external(link)) continue;
      const host = link.url.hostname.toLowerCase();
      const domain = registrableDomain(host);
      // A project's own services (`www.`, `docs.`, `blog.`, `forum.`…) are where honest posts send readers; a farm's hosts are made up.
      if (SERVICE_LABELS.has(host.slice(0, host.length - domain.length - 1))) continue;
      const entry = hostsByDomain.get(domain) ?? { hosts: new Set<string>(), first: link };
      entry.hosts.add(host);
      hostsByDomain.set(domain, entry);
    }
    for (const [domain, { hosts, first }] of hostsByDomain) {
      if (hosts.size < options.spreadMinHosts || farmedDomains.has(domain)) continue;
      report({
        messageId: 'spread',
        data: { hosts: hosts.size, domain, examples: [...hosts].slice(0, 3).map((host) => `\`${host}\``).join(', ') },
        span: first.span,
        severity: 'warning',
      });
    }

    const templated = links.filter((link) => TEMPLATED_ANCHOR.test(link.text.trim()) && !farmed.has(link));
    const first = templated[0];
    if (first && templated.length >= options.templatedMinAnchors) {
      report({ messageId: 'templated', data: { count: templated.length, example: quote(first.text, 40) }, span: first.span, severity: 'warning' });
    }
  },
});

function dominantDomain(list: LinkList, external: (link: ContentLink) => boolean): { domain: string; share: number; hosts: number } | null {
  const counts = new Map<string, { count: number; hosts: Set<string> }>();
  for (const link of list.links) {
    if (!link.url || !external(link)) continue;
    const domain = registrableDomain(link.url.hostname);
    const entry = counts.get(domain) ?? { count: 0, hosts: new Set<string>() };
    entry.count++;
    entry.hosts.add(link.url.hostname.toLowerCase());
    counts.set(domain, entry);
  }
  let best: { domain: string; share: number; hosts: number } | null = null;
  for (const [domain, { count, hosts }] of counts) {
    const share = count / list.links.length;
    if (!best || share > best.share) best = { domain, share, hosts: hosts.size };
  }
  return best;
}
