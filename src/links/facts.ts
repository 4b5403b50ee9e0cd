/**
 * What the link rules keep of each page (`collect`), as plain data: read where the page is checked
 * (a worker thread), kept with its results in `--cache`, and given to the run's site index on the
 * main thread (`gather`), which never parses the page itself. `page` (its route data and its links
 * within the site) is shared by both rules; `anchors` is link-anchor's.
 */
import { z } from 'zod';
import type { LintDocument, ProjectContext } from '../engine/api.js';
import { absoluteUrl } from '../url/url.js';
import { detached } from '../text/detached.js';
import { routeDataOf, type RouteValue } from './routes.js';
import { linksOf, type PostLink } from './view.js';

export interface PageFacts {
  /** The front matter the page's routes follow from (links/routes.ts `routeDataOf`). */
  data: Record<string, RouteValue> | null;
  /** Its links that stay within the site (links to other sites are most links, and nothing here follows them). */
  links: PostLink[];
}

const LINK_KINDS = ['url', 'post_link', 'post_path', 'asset_link', 'asset_img', 'post_url', 'link', 'ref', 'relref'] as const;
const position = z.number().int().min(1);

/** `page`, as read back from the cache: checked, never trusted. */
export const PAGE_FACTS = z.object({
  page: z.object({
    data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).nullable(),
    links: z.array(z.object({ kind: z.enum(LINK_KINDS), target: z.string(), span: z.object({ line: position, column: position, endLine: position, endColumn: position }) })),
  }),
});

/** `anchors`: the ids the page offers, or `null` when nobody knows which ids its renderer makes. */
export const ANCHOR_FACTS = z.object({ anchors: z.array(z.string()).nullable() });

/** A page's `page` facts, read once per document (both link rules ask). */
export function pageFactsOf(document: LintDocument, project: ProjectContext): PageFacts {
  return document.derive('page facts', () => {
    const hosts = ownHosts(project.site);
    // Kept until the run ends (on this thread, without workers), so copied: a view of the text would keep the whole text alive.
    const links = linksOf(document)
      .filter((link) => link.kind !== 'url' || !leavesSite(link.target, hosts))
      .map((link) => ({ kind: link.kind, target: detached(link.target), span: { ...link.span } }));
    return { data: routeDataOf(document.frontMatter?.data ?? null), links };
  });
}

/**
 * Whether a URL is on another site (or is no web address: `mailto:`), read from its text without
 * building a URL: `https://host…`, `//host…`, `scheme:`. Zola's `@/` links are the site's.
 */
function leavesSite(target: string, hosts: ReadonlySet<string>): boolean {
  const trimmed = target.trimStart();
  const web = /^(?:https?:)?\/\/([^/?#\\]*)/i.exec(trimmed);
  if (web) {
    const host = (web[1] ?? '').replace(/^[^@]*@/, '').replace(/:\d*$/, '').toLowerCase().replace(/^www\./, '');
    return !hosts.has(host);
  }
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
}

/**
 * The site's own host names (its `url`'s and `domains`), without `www.`: the pages a link to them
 * opens are this site's. Worked out once per site settings (every post asks).
 */
export function ownHosts(site: { url?: string | undefined; domains: string[] }): ReadonlySet<string> {
  let hosts = hostsOf.get(site);
  if (!hosts) {
    const names = site.domains.map((host) => host.toLowerCase());
    const url = site.url ? absoluteUrl(site.url) : null;
    if (url) names.push(url.hostname.toLowerCase());
    hosts = new Set(names.map((host) => host.replace(/^www\./, '')));
    hostsOf.set(site, hosts);
  }
  return hosts;
}
const hostsOf = new WeakMap<object, ReadonlySet<string>>();
