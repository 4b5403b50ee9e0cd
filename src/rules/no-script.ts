import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { spanOf } from '../engine/api.js';
import { absoluteUrl, hostMatches, leavesTheSite, urlText } from '../url/url.js';

/** Embed scripts of widely used services, allowed unless `allowHosts` says otherwise. */
export const DEFAULT_ALLOWED_HOSTS = [
  'gist.github.com',
  'platform.twitter.com',
  'asciinema.org',
  'cpwebassets.codepen.io',
  'static.codepen.io',
  'speakerdeck.com',
];

/** Attributes whose value is a URL a browser may navigate to or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];

export default defineRule({
  meta: {
    id: 'no-script',
    description: 'Content runs no scripts: no `<script>` elements, event-handler attributes or `javascript:` URLs',
    rationale:
      'A script in a post runs on every reader\'s page with the site\'s own origin: ad loaders, ' +
      'trackers and worse arrive this way in scraped or "guest" posts. Scripts the site serves itself ' +
      '(a relative or site-absolute `src`) and the embed scripts of a few well-known services are ' +
      'allowed; `allowHosts` sets that list (a host and its subdomains, as in every rule with `allowHosts`).',
    tags: ['security'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        allowHosts: z
          .array(z.string().min(1))
          .default(DEFAULT_ALLOWED_HOSTS)
          .describe('Hosts whose `<script src>` is allowed (subdomains included); replaces the default list'),
        allowSameSite: z
          .boolean()
          .default(true)
          .describe('Allow scripts loaded by a relative or site-absolute path (the site\'s own files)'),
      })
      .prefault({}),
    messages: {
      external: 'Unexpected `<script>` loading `{src}`; remove it: posts must not run scripts',
      inline: 'Unexpected inline `<script>`; remove it: posts must not run scripts',
      handler: 'Unexpected `{attribute}` handler on `<{tag}>`; remove it: posts must not run scripts',
      javascriptUrl: 'Unexpected `javascript:` URL in `{where}`; remove it: posts must not run scripts',
    },
  },
  check({ document, options, report }) {
    const allowHosts = options.allowHosts.map((host) => host.toLowerCase());
    for (const element of document.html().elements) {
      if (element.tagName === 'script') {
        const src = element.attributes.get('src')?.trim();
        if (src) {
          const host = hostOf(src);
          const allowed = host === null ? options.allowSameSite : hostMatches(host, allowHosts);
          if (!allowed) {
            report({ messageId: 'external', data: { src: quote(src, 80) }, span: element.span });
          }
        } else {
          report({ messageId: 'inline', span: element.span });
        }
      }
      for (const [name, value] of element.attributes) {
        if (name.startsWith('on') && name.length > 2) {
          report({ messageId: 'handler', data: { attribute: name, tag: element.tagName }, span: element.span });
        } else if (URL_ATTRIBUTES.includes(name) && isJavascriptUrl(value)) {
          report({ messageId: 'javascriptUrl', data: { where: `<${element.tagName} ${name}>` }, span: element.span });
        }
      }
    }
    for (const node of [...document.nodesOfType('link'), ...document.nodesOfType('definition')]) {
      if (isJavascriptUrl(node.url) && node.position) {
        const where = node.type === 'link' ? 'a Markdown link' : `the definition of [${node.label ?? node.identifier}]`;
        report({ messageId: 'javascriptUrl', data: { where: quote(where, 60) }, span: spanOf(node.position) });
      }
    }
  },
});

/** Browsers strip leading control characters and spaces and ignore tabs and newlines inside the scheme. */
function isJavascriptUrl(value: string): boolean {
  // The first character after the stripped ones must be a `j` (this runs for every link).
  let first = 0;
  while (first < value.length && value.charCodeAt(first) <= 0x20) first++;
  if ((value.charCodeAt(first) | 0x20) !== 0x6a) return false;
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^javascript:/i.test(cleaned);
}

/** The host a script URL loads from, or `null` for a path on the site itself. */
function hostOf(url: string): string | null {
  // As the browser reads it: `&#x01;https://ads.example/x.js` leaves the site as surely as `https://…`.
  if (!leavesTheSite(url)) return null;
  const absolute = absoluteUrl(url);
  if (absolute) return absolute.hostname.toLowerCase();
  try {
    return new URL(urlText(url), 'https://invalid.invalid/').hostname.toLowerCase();
  } catch {
    return '';
  }
}

