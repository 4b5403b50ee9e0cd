import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { absoluteUrl } from '../url/url.js';
import { compileUrlPatterns, URL_PATTERN_SYNTAX, urlMatches } from '../url/patterns.js';

/**
 * Video, audio, slide and code embeds, as each vendor's "embed" button gives them. An entry is a host
 * (with its subdomains) or a host and a path prefix, for vendors whose host also serves other pages:
 * only the player is allowed there.
 */
export const DEFAULT_FRAME_HOSTS = [
  'youtube.com',
  'youtube-nocookie.com',
  'player.vimeo.com',
  // Wistia's iframe ("fallback") embed: fast.wistia.net/embed/iframe/<id> (docs.wistia.com, "Construct a Wistia Embed Code").
  'fast.wistia.net/embed/',
  'fast.wistia.com/embed/',
  // Loom's embed code: www.loom.com/embed/<id> (the share pages are not players).
  'loom.com/embed/',
  // Vidyard's iframe embed: play.vidyard.com/<uuid>.html, a host that serves players only.
  'play.vidyard.com',
  // Brightcove Player iframe: players.brightcove.net/<account>/<player>_default/index.html?videoId=…
  'players.brightcove.net',
  // JW Player cloud-hosted players: cdn.jwplayer.com/players/<media>-<player>.html (content.jwplatform.com before).
  'cdn.jwplayer.com/players/',
  'content.jwplatform.com/players/',
  // Bilibili's share → embed: player.bilibili.com/player.html?bvid=…
  'player.bilibili.com',
  // Dailymotion: www.dailymotion.com/embed/video/<id>, and the current geo.dailymotion.com/player[/<id>].html?video=…
  'dailymotion.com/embed/',
  'geo.dailymotion.com/player.html',
  'geo.dailymotion.com/player/',
  'codepen.io',
  'codesandbox.io',
  'stackblitz.com',
  'jsfiddle.net',
  'open.spotify.com',
  'w.soundcloud.com',
  'player.twitch.tv',
  'clips.twitch.tv/embed',
  'speakerdeck.com',
  'slideshare.net',
  'maps.google.com',
];

export default defineRule({
  meta: {
    id: 'no-iframe',
    description: 'Content frames only embeds from known video and code hosts',
    rationale:
      'A frame shows another site inside the page, with its own scripts, ads and trackers. Video, audio, ' +
      'slide and code embeds are what posts legitimately frame: YouTube, Vimeo, Wistia, Loom, Vidyard, ' +
      'Brightcove, JW Player, Bilibili, Dailymotion, Twitch, Spotify, SoundCloud, CodePen, CodeSandbox… as ' +
      'their embed buttons give them. Where a vendor\'s host serves more than its player, only the ' +
      'player\'s path is allowed (`loom.com/embed/`, `cdn.jwplayer.com/players/`). Anything else — ad ' +
      'frames, `srcdoc` frames that carry their own HTML, frames from unknown hosts — is reported. ' +
      '`allowHosts` sets the list: hosts (subdomains included) or a host and a path prefix.',
    tags: ['security', 'spam'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        allowHosts: z
          .array(z.string().regex(URL_PATTERN_SYNTAX, 'a host, or a host and a path prefix such as `loom.com/embed/`'))
          .default(DEFAULT_FRAME_HOSTS)
          .describe('Hosts (subdomains included), or a host and a path prefix (`loom.com/embed/`), whose frames are allowed; replaces the default list'),
      })
      .prefault({}),
    messages: {
      host: 'Unexpected `<{tag}>` from `{host}`, expected an embed from an allowed host (`allowHosts`)',
      srcdoc: 'Unexpected `<{tag} srcdoc>`: a frame with its own HTML; remove it',
      noSource: 'Unexpected `<{tag}>` without an http(s) `src` (`{src}`); remove it',
    },
  },
  check({ document, options, report }) {
    const allowed = compileUrlPatterns(options.allowHosts);
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
      } else if (!urlMatches(url, allowed)) {
        report({ messageId: 'host', data: { tag, host: url.hostname }, span: element.span });
      }
    }
  },
});
