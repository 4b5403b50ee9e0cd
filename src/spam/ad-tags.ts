/**
 * Template tags and MDX components that insert ads: a Hugo shortcode (`{{< adsense >}}`), a Liquid include
 * (`{% include google-ads.html %}`), a Hexo or Jekyll tag plugin (`{% adsense %}`, `{% amazon … %}`).
 * The post's text never shows the unit: the theme's partial or the plugin writes it, so the tag is
 * read by its name — the words of the tag, shortcode or included file — and by an AdSense publisher
 * id among its arguments. Names are split into words (`google-ads`, `ad_unit`, `AdSense`), so
 * `add-comment.html`, `adobe` or `shadow` are not ads.
 */
import type { TemplateTag } from '../engine/api.js';

/** Words that name an ad unit or an ad network in a tag or file name. */
const AD_WORDS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'adsense', 'adsbygoogle', 'advert', 'adverts', 'advertisement', 'advertisements', 'advertising', 'googleads', 'adunit', 'adslot',
  'adsterra', 'adthrive', 'raptive', 'ethicalads', 'carbonads', 'taboola', 'outbrain', 'ezoic', 'mediavine', 'medianet', 'propellerads', 'mgid', 'revcontent', 'infolinks',
  'affiliate', 'affiliates',
]);

/** Tags that name files rather than ads (`include`), whose file name is what is read. */
const INCLUDES: ReadonlySet<string> = new Set(['include', 'include_relative', 'include_cached', 'partial']);

/** An AdSense publisher id (`ca-pub-1234567890123456`), the surest sign of an AdSense unit. */
const PUBLISHER_ID = /\bca-pub-\d{6,20}\b/;

export interface AdTag {
  /** What the tag is called in messages: `{{< adsense >}}`, `{% include ads.html %}`. */
  label: string;
  evidence: string;
}

/** Whether a template tag inserts an ad unit, and why; `null` for other tags. */
export function adTagOf(tag: TemplateTag, syntax: 'hugo' | 'tag'): AdTag | null {
  const included = INCLUDES.has(tag.name) ? fileName(tag.args) : null;
  const name = included ?? tag.name;
  const label = syntax === 'hugo' ? `{{< ${tag.name} >}}` : included ? `{% ${tag.name} ${included} %}` : `{% ${tag.name} %}`;
  const named = adName(name.replace(/\.[a-z]{1,8}$/i, '')) ?? (amazonProduct(name, tag.args) ? 'amazon' : null);
  if (named) return { label, evidence: included ? `it includes \`${included}\`` : `its name \`${tag.name}\`${named === 'amazon' ? ', an Amazon product link' : ''}` };
  const id = publisherIdIn(tag.args);
  if (id) return { label, evidence: `the AdSense publisher id \`${id}\`` };
  return null;
}

/**
 * The ad word a tag's, file's or component's name is made of (`google-ads`: `ads`; `AdSense`: `ad`),
 * or `amazon` when that is the whole name (the Amazon product-link plugins, `{% amazon asin %}`);
 * `null` for other names.
 */
export function adName(name: string): string | null {
  const words = wordsOf(name);
  const word = words.find((candidate) => AD_WORDS.has(candidate));
  if (word) return word;
  return words.length === 1 && words[0] === 'amazon' ? 'amazon' : null;
}

/** An Amazon product's id (ASIN): `B0CNV9F72P`, or `asin="…"`. */
const ASIN = /\bB0[A-Z0-9]{8}\b|\basin\s*=/i;

/** A tag named for Amazon (`amzn`, `amazon-product`, `amazon_link`) given a product: a product-link box. */
function amazonProduct(name: string, args: string): boolean {
  return wordsOf(name).some((word) => word === 'amazon' || word === 'amzn') && ASIN.test(args);
}

/** The AdSense publisher id in a text, if any. */
export function publisherIdIn(text: string): string | null {
  return PUBLISHER_ID.exec(text)?.[0] ?? null;
}

/** The included file's path (`ads/in-article.html` of `ads/in-article.html slot="top"` or `"ads.html"`): its folders name it too. */
function fileName(args: string): string | null {
  return /^["']?([^\s"']{1,200})/.exec(args)?.[1] ?? null;
}

/** `GoogleAds-unit_2` → `google`, `ads`, `unit`, `2`. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
