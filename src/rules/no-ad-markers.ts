import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import type { HtmlComment } from '../engine/api.js';

/**
 * Words that make a label an ad label: at least one must be there. Network names count where the
 * name means ads and nothing else. "Sponsor" is not one of them: honest posts thank their sponsors.
 */
const AD_WORDS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'advertising', 'adsense', 'adsbygoogle',
  'affiliate', 'affiliates', 'doubleclick', 'dfp', 'adthrive', 'raptive', 'ezoic', 'mediavine', 'taboola',
  'outbrain', 'mgid', 'adsterra', 'propellerads', 'popads', 'exoclick', 'revcontent', 'infolinks',
  'buysellads', 'carbonads', 'ethicalads', 'freestar', 'playwire',
  // The same label in the languages ad plugins ship it in.
  'werbung', 'anzeige', 'publicidad', 'anuncio', 'anuncios', 'publicité', 'publicite', 'pubblicità', 'реклама', '广告', '広告',
]);
const OPENS = new Set(['begin', 'begins', 'start', 'starts']);
const CLOSES = new Set(['end', 'ends', 'stop', 'stops']);
/**
 * What else a label is made of: where the slot is, what kind, which network, its size and number.
 * No verbs and no content words: `TODO: add the AdSense unit later` or `screenshot of the ad
 * blocker` is a sentence about ads, not a label.
 */
const LABEL_WORDS = new Set([
  ...OPENS, ...CLOSES,
  // The slot.
  'slot', 'slots', 'unit', 'units', 'block', 'blocks', 'zone', 'zones', 'space', 'spot', 'placement',
  'placeholder', 'area', 'box', 'code', 'tag', 'tags', 'widget', 'container', 'wrapper', 'wrap', 'section',
  'position', 'rail', 'label', 'snippet', 'script', 'network', 'link', 'links', 'banner', 'banners',
  // Where it goes.
  'header', 'footer', 'sidebar', 'side', 'top', 'bottom', 'middle', 'mid', 'center', 'centre', 'left',
  'right', 'inline', 'content', 'incontent', 'article', 'inarticle', 'post', 'body', 'page', 'feed',
  'infeed', 'home', 'main', 'first', 'second', 'third', 'last', 'after', 'before', 'between', 'above',
  'below', 'fold', 'atf', 'btf', 'here', 'paragraph', 'mobile', 'desktop', 'tablet', 'amp',
  // What kind, and whose.
  'display', 'responsive', 'native', 'text', 'image', 'video', 'matched', 'auto', 'sticky', 'anchor',
  'floating', 'popunder', 'interstitial', 'horizontal', 'vertical', 'square', 'rectangle', 'leaderboard',
  'skyscraper', 'billboard', 'large', 'small', 'medium', 'new', 'sponsored', 'google', 'amazon', 'yandex',
  'rtb', 'media', 'net', 'carbon', 'bing', 'yahoo', 'gpt', 'ca', 'pub',
  // Google's section targeting, `google_ad_section_start(weight=ignore)`.
  'weight', 'ignore',
  'of', 'for', 'by', 'the', 'in', 'on', 'and', 'via',
]);
/** Longer comments are prose (or code), never a label. */
const MAX_LABEL_LENGTH = 120;
const MAX_LABEL_WORDS = 8;
const URL = /\b(?:https?:)?\/\/\S{1,2000}/g;
/** A slot's own name after a colon: `ad slot: in_content_3`. */
const SLOT_NAME = /^[\w.-]{1,40}$/;

interface MarkerShape {
  opens: boolean;
  closes: boolean;
}

/**
 * The shape of an ad-marker comment, or `null` for any other comment: nothing but a label of a few
 * words (`Advertisement`, `AdSense 300x250`, `ad slot: sidebar`, `google_ad_section_start`), among
 * them an ad word, perhaps a begin or end word, perhaps a slash in front (`/ads`), perhaps a slot
 * name after a colon.
 */
function markerShape(data: string): MarkerShape | null {
  const text = data.trim();
  if (text.length > MAX_LABEL_LENGTH || text.startsWith('content-lint-')) return null;
  // Words inside a URL (`github.com/ads-team`) are not part of the label.
  const withoutUrls = text.replace(URL, ' ');
  const colon = withoutUrls.indexOf(':');
  const head = words(colon === -1 ? withoutUrls : withoutUrls.slice(0, colon));
  const tailText = colon === -1 ? '' : withoutUrls.slice(colon + 1).trim();
  const tail = words(tailText);
  if (head.length === 0 || head.length + tail.length > MAX_LABEL_WORDS) return null;
  if (!head.every(isLabelWord)) return null;
  if (!tail.every(isLabelWord) && !SLOT_NAME.test(tailText)) return null;
  const all = [...head, ...tail];
  if (!all.some((word) => AD_WORDS.has(word))) return null;
  const closes = text.startsWith('/') || all.some((word) => CLOSES.has(word));
  return { opens: !closes && all.some((word) => OPENS.has(word)), closes };
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function isLabelWord(word: string): boolean {
  return AD_WORDS.has(word) || LABEL_WORDS.has(word) || /^\d{1,20}$/.test(word) || /^\d{2,4}x\d{2,4}$/.test(word) || /^\p{L}$/u.test(word);
}

export default defineRule({
  meta: {
    id: 'no-ad-markers',
    description: 'Content has no ad-slot marker comments such as `<!-- affiliate ads begin -->` or `<!-- Advertisement -->`',
    rationale:
      'Comments that mark where ads go are left behind by ad plugins and copied along with scraped ' +
      'content. A marker has a shape: a comment that is nothing but a short label of an ad slot ' +
      '(`<!-- Advertisement -->`, `<!-- ads -->`, `<!-- AdSense 300x250 -->`, `<!-- ad slot: sidebar -->`), ' +
      'made of an ad word (ad, ads, advertisement, AdSense, affiliate, an ad network\'s name) and words ' +
      'that place or size the slot, perhaps with a begin or end word (`<!-- START ADVERTISEMENT -->`, ' +
      '`<!-- google_ad_section_end -->`, `<!-- /ads -->`). A begin marker and the next end marker enclose ' +
      'an ad block, reported once. Comments that merely mention ads stay quiet: sentences, TODOs and notes ' +
      '(`<!-- TODO: add the AdSense unit later -->`, `<!-- screenshot of the ad blocker -->`, ' +
      '`<!-- ad hoc notes -->`, `<!-- ads.txt explained below -->`) carry words no label has, and words ' +
      'inside URLs or code do not count. `--fix` removes a marked block with everything inside it.',
    tags: ['spam'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      block: 'Unexpected ad block marked `{open}` … `{close}` (lines {line}–{endLine}); remove it with its contents',
      marker: 'Unexpected ad marker comment `{text}`; remove it and whatever ad it marks',
    },
  },
  check({ document, report }) {
    const shapes = new Map<HtmlComment, MarkerShape>();
    for (const comment of document.html().comments) {
      const shape = markerShape(comment.data);
      if (shape) shapes.set(comment, shape);
    }
    const markers = [...shapes.keys()];
    const paired = new Set<HtmlComment>();
    // Each opening marker pairs with the first unpaired closing one after it. The closing markers
    // paired so far all come before that one, so one pass over them serves every opening (linear:
    // 49,000 markers took 65 s with a search from each).
    const closes = markers.flatMap((marker, index) => (shapes.get(marker)?.closes ? [{ marker, index }] : []));
    let next = 0;
    markers.forEach((open, index) => {
      if (paired.has(open) || !shapes.get(open)?.opens) return;
      while (next < closes.length && ((closes[next] as (typeof closes)[number]).index <= index || paired.has((closes[next] as (typeof closes)[number]).marker))) next++;
      const close = closes[next]?.marker;
      if (!close) return;
      paired.add(open).add(close);
      report({
        messageId: 'block',
        data: { open: quote(open.data, 40), close: quote(close.data, 40), line: open.span.line, endLine: close.span.endLine },
        span: { line: open.span.line, column: open.span.column, endLine: close.span.endLine, endColumn: close.span.endColumn },
        fix: { start: open.startOffset, end: close.endOffset },
      });
    });
    for (const marker of markers) {
      if (!paired.has(marker)) report({ messageId: 'marker', data: { text: quote(marker.data, 50) }, span: marker.span });
    }
  },
});
