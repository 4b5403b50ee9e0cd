/**
 * URLs as a browser reads them, for every rule that looks at one (links, images, scripts, iframes,
 * thumbnails): one place for the URL parser's leniency, so that no spelling a browser accepts slips
 * past a rule that compares hosts. Imports only text primitives.
 */
import { getDomain, getHostname } from 'tldts';
import { trimEndRun } from '../text/trim.js';

/**
 * A URL's text as the WHATWG URL parser takes it: C0 control characters and spaces stripped from
 * both ends, tabs and line breaks removed anywhere (`&#x01;https://…`, `ht\ttps://…` load the URL).
 */
export function urlText(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && raw.charCodeAt(start) <= 0x20) start++;
  while (end > start && raw.charCodeAt(end - 1) <= 0x20) end--;
  const trimmed = start === 0 && end === raw.length ? raw : raw.slice(start, end);
  return /[\t\n\r]/.test(trimmed) ? trimmed.replace(/[\t\n\r]/g, '') : trimmed;
}

/**
 * An absolute http(s) URL from an attribute or Markdown destination, or `null`. Protocol-relative
 * ones (`//host`, and `\\host`, which browsers read alike) are resolved against https; a host's
 * trailing dot (`amzn.to.`, the same host to DNS) is dropped.
 */
export function absoluteUrl(raw: string): URL | null {
  const text = urlText(raw);
  const candidate = isProtocolRelative(text) ? `https:${text}` : text;
  if (!/^https?:/i.test(candidate)) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.hostname.endsWith('.')) url.hostname = trimEndRun(url.hostname, '.');
  return url;
}

/** `//host/…` — with either slash, as browsers read it on an http(s) page. */
function isProtocolRelative(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  return (first === 47 || first === 92) && (second === 47 || second === 92);
}

/** Whether a URL names a scheme or a host of its own (`https:`, `data:`, `//cdn`), rather than a path on the site. */
export function leavesTheSite(raw: string): boolean {
  const text = urlText(raw);
  return isProtocolRelative(text) || /^[a-z][a-z0-9+.-]*:/i.test(text);
}

/**
 * The registrable domain of a host (`tiktok-clips.techidaily.com` → `techidaily.com`). Private
 * suffixes count, so every `*.github.io` or `*.netlify.app` site is a domain of its own.
 */
export function registrableDomain(host: string): string {
  let domain = domains.get(host);
  if (domain === undefined) {
    domain = getDomain(host, { allowPrivateDomains: true }) ?? getHostname(host) ?? host;
    // Sites link to few hosts, over and over: each is looked up once (within a bound).
    if (domains.size >= 10_000) domains.clear();
    domains.set(host, domain);
  }
  return domain;
}
const domains = new Map<string, string>();

type Site = { url?: string | undefined; domains: string[] };

/** The domains that belong to the site itself: its `url`'s and its `domains`'. Worked out once a site (four rules ask on every file). */
export function siteDomains(site: Site): ReadonlySet<string> {
  let own = ownDomains.get(site);
  if (own === undefined) {
    const hosts = [...site.domains];
    if (site.url) {
      const url = absoluteUrl(site.url);
      if (url) hosts.push(url.hostname);
    }
    own = new Set(hosts.map((host) => registrableDomain(host.toLowerCase())));
    ownDomains.set(site, own);
  }
  return own;
}
const ownDomains = new WeakMap<Site, ReadonlySet<string>>();

/**
 * Whether `host` is one of `candidates` or a subdomain of one, both in lower case (as `URL` gives
 * hosts). It allocates nothing: it runs for every link, against every programme's hosts.
 */
export function hostMatches(lower: string, candidates: readonly string[]): boolean {
  for (const candidate of candidates) if (isHostOf(lower, candidate)) return true;
  return false;
}

/** Whether `host` is `candidate` or a subdomain of it, both in lower case. */
export function isHostOf(host: string, candidate: string): boolean {
  const before = host.length - candidate.length - 1;
  return before === -1 ? host === candidate : before >= 0 && host.charCodeAt(before) === 46 && host.endsWith(candidate);
}

/** `decodeURIComponent`, or the text as it is when it is not valid percent-encoding (`100%`). */
export function decodedUriComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
