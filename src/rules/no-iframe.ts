import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { absoluteUrl } from '../url/url.js';
import { hostMatches } from '../url/url.js';

/** Video, audio, slide and code embeds; each entry covers its subdomains (`youtube.com`: `www.youtube.com`). */
export const DEFAULT_FRAME_HOSTS = [
  'youtube.com',
  'youtube-nocookie.com',
  'player.vimeo.com',
  'codepen.io',
  'codesandbox.io',
  'stackblitz.com',
  'jsfiddle.net',
  'open.spotify.com',
  'w.soundcloud.com',
  'player.twitch.tv',
  'loom.com',
  'speakerdeck.com',
  'slideshare.net',
  'maps.google.com',
];

export default defineRule({
  meta: {
    id: 'no-iframe',
    description: 'Content frames only embeds from known video and code hosts',
    rationale:
      'A frame shows another site inside the page, with its own scripts, ads and trackers. Video and ' +
      'code embeds (YouTube, Vimeo, CodePen, CodeSandbox…) are what posts legitimately frame; ' +
      'anything else — ad frames, `srcdoc` frames that carry their own HTML, frames from unknown ' +
      'hosts — is reported. `allowHosts` sets the list (subdomains included).',
    tags: ['security', 'spam'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        allowHosts: z.array(z.string().min(1)).default(DEFAULT_FRAME_HOSTS).describe('Hosts whose frames are allowed; replaces the default list'),
      })
      .prefault({}),
    messages: {
      host: 'Unexpected `<{tag}>` from `{host}`, expected an embed from an allowed host (`allowHosts`)',
      srcdoc: 'Unexpected `<{tag} srcdoc>`: a frame with its own HTML; remove it',
      noSource: 'Unexpected `<{tag}>` without an http(s) `src` (`{src}`); remove it',
    },
  },
  check({ document, options, report }) {
    const allowed = options.allowHosts.map((host) => host.toLowerCase());
    for (const element of document.html().elements) {
      if (element.tagName !== 'iframe' && element.tagName !== 'frame') continue;
      const tag = element.tagName;
      if (element.attributes.has('srcdoc')) {
        report({ messageId: 'srcdoc', data: { tag }, span: element.span });
        continue;
      }
      const raw = element.attributes.get('src') ?? '';
      const url = absoluteUrl(raw);
      if (!url) {
        report({ messageId: 'noSource', data: { tag, src: quote(raw, 50) }, span: element.span });
      } else if (!hostMatches(url.hostname, allowed)) {
        report({ messageId: 'host', data: { tag, host: url.hostname }, span: element.span });
      }
    }
  },
});
