import { z } from 'zod';
import { hasAncestorIn, type HtmlElement } from '../engine/api.js';
import { defineRule, quote } from '../engine/api.js';
import { contentOf } from '../spam/content.js';
import { hiddenImageReason } from '../spam/pixels.js';
import { affiliateEvidenceOf } from '../spam/affiliates.js';
import { siteDomains } from '../url/url.js';

export default defineRule({
  meta: {
    id: 'no-affiliate-links',
    description: 'Content has no affiliate links or creatives, unless marked `rel="sponsored"` where the site allows it',
    rationale:
      'Affiliate links earn someone a commission on every sale they lead to: in a scraped or "guest" ' +
      'post, that someone is not the site. Each finding says what gave the link away, and how sure that is.\n\n' +
      'Errors are programmes recognised for certain, from their own link formats: the networks ' +
      '(Impact `/c/<partner>/<ad>/<campaign>` and `/i/…` paths on any host and its `display-ad` creatives, ' +
      'CJ, ShareASale `r.cfm`/`m-pr.cfm` and `shrsl.com`, Awin and `tidd.ly`, Rakuten, Partnerize, AvantLink, ' +
      'Skimlinks, VigLink, ClickBank, FlexOffers, Tradedoubler, Pepperjam, Admitad `/g/…` and `fas.st`, ' +
      'Webgains, TradeTracker, Zanox, Affilinet, bol.com); link managers and creator storefronts (`geni.us`, ' +
      'LTK `rstyle.me`/`liketk.it`, `shopstyle.it`, Howl, ShopMy, Travelpayouts); self-hosted programmes ' +
      '(TUNE/HasOffers `/aff_c?offer_id=…&aff_id=…`, 2Checkout `AFFILIATE=`, Post Affiliate Pro `a_aid`, ' +
      'PartnerStack `ps_partner_key`/`gspk`, Refersion `rfsn`, Tapfiliate `tap_a`, iDevAffiliate, WHMCS ' +
      '`aff.php?aff=`, Digistore24, JVZoo, WarriorPlus, Gumroad `/a/…`, Bluehost `/track/…`); and merchants\' ' +
      'own programmes (Amazon `tag=…-20`, `amzn.to`, `amzn.com` and the old `/exec/obidos/ASIN/…/<tag>-20`; ' +
      'eBay `rover.ebay.com`, `campid=`, `mkcid=1&mkevt=1`; AliExpress `s.click.aliexpress.com` and ' +
      '`aff_fcid`; Booking.com `aid=`; Expedia `/affiliate/…`; GetYourGuide `partner_id`; Envato Market ' +
      '`ref=`; Flipkart `affid`; Hotmart `go.hotmart.com`; Shopee `s.shopee.<country>`; Income Access ' +
      '`record.<brand>affiliates.com/_<token>/1/`).\n\n' +
      'Warnings are marks that are only likely: Amazon\'s `a.co`, Shopee\'s `shope.ee` and ' +
      '`tokopedia.link` short links (share buttons make them too), FirstPromoter\'s short `fpr=`, the generic parameters `aff`, `affid`, `aff_id`, `affiliate`, ' +
      '`affiliate_id`, `refid`, a `ref=` whose value is an id with a digit in it, an `affiliate.php` script, ' +
      'and the one-slug redirectors of affiliate plugins (`/go/…`, `/out/…`, `/recommends/…`, `/refer/…`, ' +
      '`/track/…`). Check each, and remove it if it pays someone.\n\n' +
      'Deliberately left alone, because honest posts are full of them: `ref=` naming a source as a word ' +
      '(`?ref=producthunt`, `?ref=github`), `ref=` on code forges (a branch, a tag or a commit) and on Amazon ' +
      '(its own navigation), `utm_*` parameters, Rewardful-style `via=` (also a Twitter share parameter), ' +
      'deeper paths and files under `/go/` or `/out/` (`golang.org/x/…`, `/docs/go/…`, `/out/index.html`), ' +
      'Go\'s documentation hosts, music services\' `/track/…` pages (a Spotify track is a song), Booking\'s ' +
      'own `aid` in URLs copied from its pages, and every generic mark on the site\'s own domains ' +
      '(`site.url`, `site.domains`): a site\'s own redirector is its business. Sites that publish paid links ' +
      'can allow those marked `rel="sponsored"`, as Google asks such links to be marked.',
    tags: ['spam'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        allowSponsored: z.boolean().default(false).describe('Allow affiliate links marked `rel="sponsored"`'),
      })
      .prefault({}),
    messages: {
      link: 'Unexpected {programme} affiliate link to `{url}` ({evidence}); remove it{sponsored}',
      likely: 'Unexpected probable {kind} link to `{url}` ({evidence}); remove it if it earns someone a commission{sponsored}',
      creative: 'Unexpected {programme} affiliate banner from `{url}` ({evidence}); remove it',
      url: 'Unexpected {kind} URL `{url}` in `{where}` ({evidence}); remove it',
    },
  },
  check({ document, project, options, report }) {
    const { links, images, urls } = contentOf(document);
    const ownDomains = siteDomains(project.site);
    const reportedAnchors = new Set<HtmlElement>();
    const sponsored = options.allowSponsored ? ', or mark it `rel="sponsored"`' : '';
    for (const link of links) {
      const found = link.url ? affiliateEvidenceOf(link.url, { ownDomains }) : null;
      if (!link.url || !found) continue;
      if (options.allowSponsored && link.rel.includes('sponsored')) continue;
      if (link.element) reportedAnchors.add(link.element);
      const url = quote(`${link.url.hostname}${link.url.pathname}`, 70);
      if (found.certain) {
        report({ messageId: 'link', data: { programme: found.programme ?? 'generic', url, evidence: found.evidence, sponsored }, span: link.span });
      } else {
        const kind = found.programme ? `${found.programme} affiliate` : 'affiliate';
        report({ messageId: 'likely', data: { kind, url, evidence: found.evidence, sponsored }, span: link.span, severity: 'warning' });
      }
    }
    for (const image of images) {
      // A generic mark on an image's URL says little: banners are recognised by programme only.
      const found = image.url ? affiliateEvidenceOf(image.url, { certainOnly: true }) : null;
      if (!image.url || !found) continue;
      // A banner inside a reported link is part of that finding; a hidden one is a tracking pixel.
      if (image.element && (hasAncestorIn(image.element, reportedAnchors) || hiddenImageReason(image.element))) continue;
      report({
        messageId: 'creative',
        data: { programme: found.programme ?? 'generic', url: quote(`${image.url.hostname}${image.url.pathname}`, 70), evidence: found.evidence },
        span: image.span,
      });
    }
    // Every other URL: definitions nothing refers to, form actions, `data-href`, `srcset`, posters, MDX props.
    const reported = new Set<HtmlElement>(reportedAnchors);
    for (const item of urls) {
      if (item.element && (reported.has(item.element) || hasAncestorIn(item.element, reported))) continue;
      const found = affiliateEvidenceOf(item.url, { ownDomains, certainOnly: IMAGE_ATTRIBUTES.has(item.where) });
      if (!found) continue;
      if (item.element) reported.add(item.element);
      const url = quote(`${item.url.hostname}${item.url.pathname}`, 70);
      const kind = found.programme ? `${found.programme} affiliate` : 'affiliate';
      report({ messageId: 'url', data: { kind, url, where: item.where, evidence: found.evidence }, span: item.span, ...(found.certain ? {} : { severity: 'warning' as const }) });
    }
  },
});

/** Attributes whose URL is fetched as an image: only a known programme's creative is evidence there. */
const IMAGE_ATTRIBUTES: ReadonlySet<string> = new Set(['srcset', 'data-srcset', 'poster', 'src', 'data-src', 'data-original', 'data-lazy-src', 'background']);
