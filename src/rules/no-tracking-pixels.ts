import { z } from 'zod';
import { defineRule, quote, type HtmlElement, type LintDocument, type Span } from '../engine/api.js';
import { absoluteUrl, registrableDomain, siteDomains } from '../url/url.js';
import { contentOf } from '../spam/content.js';
import { hiddenImage, insideTemplate } from '../spam/pixels.js';
import { trackerOf, type Tracker } from '../spam/trackers.js';

/** Where an `<img>` names what it loads: `src`, the candidates of `srcset`, and the attributes lazy-loading scripts read. */
const SOURCE_ATTRIBUTES = ['src', 'data-src', 'data-lazy-src', 'data-original'];

/** Elements that may wrap a pixel and are removed with it when they hold nothing else (`<noscript><img …></noscript>`). */
const WRAPPERS = new Set(['noscript', 'div', 'span', 'p', 'a', 'center', 'font', 'figure']);

export default defineRule({
  meta: {
    id: 'no-tracking-pixels',
    description: 'Content has no tracking pixels: no images sent to known tracking endpoints, none of 0 or 1 pixel, hidden or placed off screen',
    rationale:
      'An image no reader can see exists only to tell a third party that the page was viewed: an ' +
      'affiliate impression, an analytics or ad-conversion beacon, an email open tracker. Scraped and ' +
      '"guest" posts carry them next to their ad blocks. Two kinds are recognised. Images (HTML ' +
      '`<img>` and Markdown `![](…)`) sent to a known tracking endpoint, whatever their size: Meta Pixel ' +
      '(`facebook.com/tr`), Google Analytics (`/collect`, `/g/collect`), Google Ads conversions, ' +
      'WordPress.com Stats, Microsoft UET, X and LinkedIn conversions, Pinterest, Quantcast, comScore, ' +
      'HubSpot, Mailchimp opens, MediaMath, Xandr, Yandex Metrica, Statcounter, Amazon and Rakuten ' +
      'impressions, and Matomo/Piwik (`matomo.php?idsite=` on any host). And `<img>` elements that ' +
      'load from another site and that readers cannot see: 1×1 or 0-sized (attributes or inline style, ' +
      'in any unit, `!important` or not, `max-width`/`max-height`, `sizes`), or one side at most 1px ' +
      'with the other left to the image; hidden by `hidden`, `display: none`, `visibility: hidden`, ' +
      '`opacity: 0`, `clip`/`clip-path`, `transform: scale(0)` or an off-screen offset — on the image ' +
      'or on an element around it (`<div style="display:none">`, `<span hidden>`, a 1px box with ' +
      '`overflow: hidden`). Left alone: images a reader sees (icons, badges, `max-width: 100%` ' +
      'screenshots, `loading="lazy"`); `aria-hidden` decorative images, which are still shown; ' +
      '`<noscript>` fallbacks of visible size (a browser without scripts shows them); a 1px-wide ' +
      'spacer or 1px-high rule with a larger other side, which is layout, not tracking; hidden images ' +
      'from the site itself or `data:` URIs, which tell no third party anything; and code, where ' +
      'posts about pixels show them. `--fix` removes the image (with a wrapper that holds nothing else).',
    tags: ['spam', 'privacy'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      pixel: 'Unexpected tracking pixel ({reason} image from `{source}`); remove it',
      hiddenParent: 'Unexpected tracking pixel (image from `{source}` in a `<{parent}>` {reason}); remove it',
      endpoint: 'Unexpected {tracker} tracking pixel sent to `{endpoint}`; remove it',
    },
  },
  check({ document, project, report }) {
    const own = siteDomains(project.site);
    for (const element of document.html().elements) {
      // A `<picture>`'s `<source srcset>` is loaded in place of its `<img>`.
      const source = element.tagName === 'source' && element.parent?.tagName === 'picture';
      if ((element.tagName !== 'img' && !source) || insideTemplate(element)) continue;
      const urls = sourcesOf(element).flatMap((raw) => absoluteUrl(raw) ?? []);
      const fix = removal(document, element);
      const endpoint = trackerMatch(urls);
      if (endpoint) {
        report({ messageId: 'endpoint', data: endpointData(endpoint.tracker, endpoint.url), span: element.span, fix });
        continue;
      }
      if (source) continue;
      const hidden = hiddenImage(element);
      // A hidden image from the site itself (a spacer, a preload) or a `data:` URI tells no third party anything.
      const external = urls.find((url) => !own.has(registrableDomain(url.hostname.toLowerCase())));
      if (!hidden || !external) continue;
      const from = quote(external.hostname, 60);
      if (hidden.by === element) report({ messageId: 'pixel', data: { reason: hidden.reason, source: from }, span: element.span, fix });
      else report({ messageId: 'hiddenParent', data: { source: from, parent: hidden.by.tagName, reason: hidden.reason }, span: element.span, fix });
    }
    // Markdown images (`![](https://www.facebook.com/tr?…)`): HTML ones were seen above.
    for (const image of contentOf(document).images) {
      if (image.element || !image.url) continue;
      const tracker = trackerOf(image.url);
      if (tracker) report({ messageId: 'endpoint', data: endpointData(tracker, image.url), span: image.span, fix: spanRange(document, image.span) });
    }
  },
});

/** The URLs an image may load: its source attributes and each `srcset` candidate. */
function sourcesOf(element: HtmlElement): string[] {
  const sources: string[] = [];
  for (const name of SOURCE_ATTRIBUTES) {
    const value = element.attributes.get(name);
    if (value !== undefined) sources.push(value);
  }
  // `srcset`: URLs, each followed by optional descriptors (`2x`, `640w`); a comma ends a candidate.
  let expectUrl = true;
  for (const word of (element.attributes.get('srcset') ?? '').split(/\s+/)) {
    let start = 0;
    let end = word.length;
    while (start < end && word[start] === ',') start++;
    while (end > start && word[end - 1] === ',') end--;
    if (start > 0) expectUrl = true;
    if (expectUrl && end > start) sources.push(word.slice(start, end));
    if (end > start) expectUrl = end < word.length;
    else if (word.length > 0) expectUrl = true;
  }
  return sources;
}

function trackerMatch(urls: URL[]): { tracker: Tracker; url: URL } | null {
  for (const url of urls) {
    const tracker = trackerOf(url);
    if (tracker) return { tracker, url };
  }
  return null;
}

function endpointData(tracker: Tracker, url: URL): Record<string, string> {
  return { tracker: tracker.name, endpoint: quote(`${url.hostname}${url.pathname}`, 70) };
}

/**
 * What `--fix` removes: the image, or the wrapper around it that holds nothing else (the
 * `<noscript>` of a Meta pixel), as long as the wrapper's end tag is written out.
 */
function removal(document: LintDocument, element: HtmlElement): { start: number; end: number } {
  let target = element;
  for (let parent = target.parent; parent && WRAPPERS.has(parent.tagName); parent = parent.parent) {
    if (parent.children.length !== 1 || parent.text.trim() !== '') break;
    const endTag = `</${parent.tagName}>`;
    if (document.text.slice(parent.endOffset - endTag.length, parent.endOffset).toLowerCase() !== endTag) break;
    target = parent;
  }
  return { start: target.startOffset, end: target.endOffset };
}

/** The offsets of a span in the document's text (a Markdown image). */
function spanRange(document: LintDocument, span: Span): { start: number; end: number } {
  return { start: document.lines.lineStart(span.line) + span.column - 1, end: document.lines.lineStart(span.endLine) + span.endColumn - 1 };
}
