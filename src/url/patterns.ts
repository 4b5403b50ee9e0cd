import { isHostOf } from './url.js';

/**
 * URL patterns as the signature tables and the `allowHosts` options write them: a host
 * (`player.vimeo.com`: that host and its subdomains), or a host and a path prefix
 * (`loom.com/embed/`: those hosts, and only the paths under that one). A player vendor that also
 * serves pages, ads or trackers from the same host is allowed by its player's path alone.
 *
 * Paths are compared as the URL parser leaves them: dot segments resolved
 * (`loom.com/embed/../share` is not under `loom.com/embed/`), percent-encoding kept, case kept
 * (hosts are compared in lower case).
 */
export interface UrlPattern {
  host: string;
  /** `null` for a host alone. */
  path: string | null;
}

/** A host, or a host followed by a `/path` (no spaces): what a pattern entry may be. */
export const URL_PATTERN_SYNTAX = /^[^\s/]{1,253}(?:\/\S{0,2000})?$/;

export function compileUrlPatterns(entries: readonly string[]): UrlPattern[] {
  return entries.map((entry) => {
    const slash = entry.indexOf('/');
    return slash === -1 ? { host: entry.toLowerCase(), path: null } : { host: entry.slice(0, slash).toLowerCase(), path: entry.slice(slash) };
  });
}

/** Whether the URL's host is a pattern's host (or a subdomain of it) and its path is under the pattern's path. */
export function urlMatches(url: URL, patterns: readonly UrlPattern[]): boolean {
  const host = url.hostname.toLowerCase();
  if (host === '') return false;
  for (const pattern of patterns) {
    if (!isHostOf(host, pattern.host)) continue;
    if (pattern.path === null || pathUnder(url.pathname, pattern.path)) return true;
  }
  return false;
}

/** `/embed/` takes everything below it; `/player.js` takes itself (and anything below, as a folder would). */
export function pathUnder(path: string, prefix: string): boolean {
  if (prefix.endsWith('/')) return path.startsWith(prefix);
  return path === prefix || path.startsWith(`${prefix}/`);
}
