import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { spanOf } from '../engine/api.js';
import { absoluteUrl, leavesTheSite, urlText } from '../url/url.js';
import { compileUrlPatterns, URL_PATTERN_SYNTAX, urlMatches } from '../url/patterns.js';

/**
 * Embed scripts of widely used services, allowed unless `allowHosts` says otherwise. Video players
 * are allowed by the path of their player script where the vendor's host serves more (an entry is a
 * host with its subdomains, or a host and a path prefix), and only those whose embed code needs no
 * inline script: a player that must be started by one (JW Player's `jwplayer().setup`, Twitch's
 * `new Twitch.Embed`) is reported for that inline script anyway.
 */
export const DEFAULT_ALLOWED_HOSTS = [
  'gist.github.com',
  'platform.twitter.com',
  'asciinema.org',
  'cpwebassets.codepen.io',
  'static.codepen.io',
  'speakerdeck.com',
  // Vimeo's embed code ends with its player API script.
  'player.vimeo.com/api/player.js',
  // Wistia's standard embed: fast.wistia.com/embed/medias/<id>.jsonp and assets/external/E-v1.js
  // ("All About E-v1.js"); the current one: fast.wistia.com/player.js and embed/<id>.js for a <wistia-player>.
  'fast.wistia.com/embed/',
  'fast.wistia.com/assets/external/E-v1.js',
  'fast.wistia.com/player.js',
  // Its iframe embed code is followed by the same script from fast.wistia.net (for the iframe's API and popovers).
  'fast.wistia.net/assets/external/E-v1.js',
  // Vidyard's inline embed: play.vidyard.com/embed/v4.js turns an <img class="vidyard-player-embed"> into the player.
  'play.vidyard.com/embed/v4.js',
  // Brightcove's in-page embed: <video-js data-account …> with players.brightcove.net/<account>/<player>_default/index.min.js.
  'players.brightcove.net',
  // JW Player's single-line embed: cdn.jwplayer.com/players/<media>-<player>.js (content.jwplatform.com before).
  'cdn.jwplayer.com/players/',
  'content.jwplatform.com/players/',
  // Dailymotion's script embed: <script src="https://geo.dailymotion.com/player/<player>.js" data-video="…">.
  'geo.dailymotion.com/player/',
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
      'allowed: gists, tweets, asciinema, CodePen, Speaker Deck, and the player scripts of Vimeo, ' +
      'Wistia, Vidyard, Brightcove, JW Player and Dailymotion, each by its player path where the ' +
      'vendor\'s host serves more than the player. Inline scripts are always reported. `allowHosts` ' +
      'sets the list: hosts (subdomains included, as in every rule with `allowHosts`) or a host and a ' +
      'path prefix.',
    tags: ['security'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        allowHosts: z
          .array(z.string().regex(URL_PATTERN_SYNTAX, 'a host, or a host and a path prefix such as `fast.wistia.com/embed/`'))
          .default(DEFAULT_ALLOWED_HOSTS)
          .describe('Hosts (subdomains included), or a host and a path prefix (`fast.wistia.com/embed/`), whose `<script src>` is allowed; replaces the default list'),
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
    const allowed = compileUrlPatterns(options.allowHosts);
    for (const element of document.html().elements) {
      if (element.tagName === 'script') {
        const src = element.attributes.get('src')?.trim();
        if (src) {
          const url = scriptUrl(src);
          if (!(url === null ? options.allowSameSite : urlMatches(url, allowed))) {
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

/** The URL a script loads from, or `null` for a path on the site itself. */
function scriptUrl(src: string): URL | null {
  // As the browser reads it: `&#x01;https://ads.example/x.js` leaves the site as surely as `https://…`.
  if (!leavesTheSite(src)) return null;
  const absolute = absoluteUrl(src);
  if (absolute) return absolute;
  try {
    // Another scheme (`data:`): a URL without a host, which no entry allows.
    return new URL(urlText(src), 'https://invalid.invalid/');
  } catch {
    return new URL('about:blank');
  }
}
