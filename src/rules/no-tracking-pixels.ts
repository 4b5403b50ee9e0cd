import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { absoluteUrl } from '../url/url.js';
import { hiddenImageReason } from '../spam/pixels.js';

export default defineRule({
  meta: {
    id: 'no-tracking-pixels',
    description: 'Content has no tracking pixels: no 0×0 or 1×1 images, none hidden or placed off screen',
    rationale:
      'An image no reader can see exists only to tell a third party that the page was viewed: an ' +
      'affiliate impression, an email-style tracker, an ad network\'s beacon. Scraped and "guest" ' +
      'posts carry them next to their ad blocks. `--fix` removes them.',
    tags: ['spam', 'privacy'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      pixel: 'Unexpected tracking pixel ({reason} image from `{source}`); remove it',
    },
  },
  check({ document, report }) {
    for (const element of document.html().elements) {
      const reason = hiddenImageReason(element);
      if (!reason) continue;
      const raw = element.attributes.get('src') ?? '';
      const source = absoluteUrl(raw)?.hostname ?? (raw.trim() || 'nowhere');
      report({ messageId: 'pixel', data: { reason, source: quote(source, 60) }, span: element.span, fix: { start: element.startOffset, end: element.endOffset } });
    }
  },
});
