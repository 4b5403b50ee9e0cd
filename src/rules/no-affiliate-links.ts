import { z } from 'zod';
import { hasAncestorIn, type HtmlElement } from '../engine/api.js';
import { defineRule, quote } from '../engine/api.js';
import { contentOf } from '../spam/content.js';
import { hiddenImageReason } from '../spam/pixels.js';
import { affiliateProgrammeOf } from '../spam/affiliates.js';

export default defineRule({
  meta: {
    id: 'no-affiliate-links',
    description: 'Content has no affiliate links or creatives, unless marked `rel="sponsored"` where the site allows it',
    rationale:
      'Affiliate links earn someone a commission on every sale they lead to: in a scraped or "guest" ' +
      'post, that someone is not the site. Links are recognised by programme: Impact (`/c/…/…/…` ' +
      'and `/i/…` paths on any host, its `display-ad` creatives), CJ, ShareASale, Awin, Rakuten, ' +
      'Partnerize, AvantLink, Skimlinks, VigLink, ClickBank, FlexOffers, 2Checkout `AFFILIATE=`, ' +
      'Amazon `tag=…-20` and `amzn.to`. Sites that publish paid links can allow those marked ' +
      '`rel="sponsored"`, as Google asks such links to be marked.',
    tags: ['spam'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        allowSponsored: z.boolean().default(false).describe('Allow affiliate links marked `rel="sponsored"`'),
      })
      .prefault({}),
    messages: {
      link: 'Unexpected {programme} affiliate link to `{url}`; remove it{sponsored}',
      creative: 'Unexpected {programme} affiliate banner from `{url}`; remove it',
    },
  },
  check({ document, options, report }) {
    const { links, images } = contentOf(document);
    const reportedAnchors = new Set<HtmlElement>();
    for (const link of links) {
      const programme = link.url ? affiliateProgrammeOf(link.url) : null;
      if (!link.url || !programme) continue;
      if (options.allowSponsored && link.rel.includes('sponsored')) continue;
      if (link.element) reportedAnchors.add(link.element);
      report({
        messageId: 'link',
        data: { programme: programme.name, url: quote(`${link.url.hostname}${link.url.pathname}`, 70), sponsored: options.allowSponsored ? ', or mark it `rel="sponsored"`' : '' },
        span: link.span,
      });
    }
    for (const image of images) {
      const programme = image.url ? affiliateProgrammeOf(image.url) : null;
      if (!image.url || !programme) continue;
      // A banner inside a reported link is part of that finding; a hidden one is a tracking pixel.
      if (image.element && (hasAncestorIn(image.element, reportedAnchors) || hiddenImageReason(image.element))) continue;
      report({ messageId: 'creative', data: { programme: programme.name, url: quote(`${image.url.hostname}${image.url.pathname}`, 70) }, span: image.span });
    }
  },
});
