import { z } from 'zod';
import { hasAncestorIn, textOf, type HtmlElement } from '../engine/api.js';
import { defineRule, quote } from '../engine/api.js';
import { contentOf } from '../spam/content.js';
import { absoluteUrl } from '../url/url.js';
import { AD_NETWORKS, adNetworkOfLink, adNetworkOfResource, type AdNetwork } from '../spam/ad-networks.js';
import { adName, adTagOf, publisherIdIn } from '../spam/ad-tags.js';

/** Attributes that load something (a link's `href` is handled apart: linking to a network's site is no ad). */
const RESOURCE_ATTRIBUTES = ['src', 'data-src', 'data', 'href'];
const LINK_TAGS = new Set(['a', 'area']);
/** Each network's class names in lower case, worked out once: every element of every post is matched against every network. */
const LOWER_CLASSES = new Map(AD_NETWORKS.map((network) => [network, (network.classes ?? []).map((name) => name.toLowerCase())]));
/** The attributes any network's units are known by: an element with none of them, no class and no id has no network's markup. */
const MARKUP_ATTRIBUTES = new Set(AD_NETWORKS.flatMap((network) => [...(network.attributes ?? []), ...(network.attributeValues ?? []).map(([name]) => name)]));

export default defineRule({
  meta: {
    id: 'no-ad-embeds',
    description: 'Content embeds no ads: no ad units, ad scripts, frames, images or click links of ad networks',
    rationale:
      'Ads belong to the site\'s theme, where the owner chose them, not to a post. Scraped posts carry ' +
      'the ad units of the site they were copied from, and spam posts bring their own. Most units are ' +
      'placeholders that the network\'s script, loaded by the theme, fills: an AdSense ' +
      '`<ins class="adsbygoogle">`, a GPT `div-gpt-ad-…`, EthicalAds `data-ea-publisher`, Raptive ' +
      '`adthrive-…`/`raptive-…` classes, Yandex `yandex_rtb_…`, MGID `data-type="_mgwidget"` or ' +
      '`M…ScriptRootC…`, Carbon `#carbonads`, BuySellAds `bsa-zone_…`, Amazon `amzn-assoc-ad-…`, ' +
      'Freestar `data-freestar-ad`, Playwire `data-pw-desk`, Ezoic, Mediavine, Taboola, Outbrain… so the ' +
      'markup alone is reported, with or without a script. Scripts, frames and images from the networks\' ' +
      'hosts and their inline snippets are reported too. Left alone: generic class names such as `ad-slot` ' +
      'or `ad-banner` (they name no network, and honest pages use them), links to a network\'s own ' +
      'website (writing about a network is not running its ads; its click and ad-serving hosts are ' +
      'still reported), and anything in code blocks or inline code. Every URL a post holds is looked at: ' +
      'links and images, reference definitions, `srcset`, `poster`, form `action`s and MDX props. The ' +
      'generator\'s template tags are read for what they insert: a Hugo shortcode, a Liquid include or a ' +
      'Hexo/Jekyll tag named as an ad (`{{< adsense >}}`, `{% include google-ads.html %}`, `{% amazon … %}`) ' +
      'or carrying an AdSense publisher id, and MDX components so named (`<AdSense client=…>`); tags in ' +
      'the blocks the generator renders as code (`{% highlight %}`, `{% codeblock %}`) are code. `--fix` removes the unit.',
    tags: ['spam'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      unit: 'Unexpected {network} ad unit (`<{tag}>` {evidence}); remove it: ads belong in the site\'s theme, not in posts',
      link: 'Unexpected {network} ad link to `{host}`; remove it',
      url: 'Unexpected {network} ad URL from `{host}` in `{where}`; remove it',
      component: 'Unexpected ad component `<{name}>` ({evidence}): it renders an ad unit; remove it',
      tag: 'Unexpected ad tag `{tag}` ({evidence}): the theme renders an ad unit there; remove it',
    },
  },
  check({ document, project, report }) {
    const reported = new Set<HtmlElement>();
    for (const element of document.html().elements) {
      const match = matchElement(element);
      if (!match || hasAncestorIn(element, reported)) continue;
      reported.add(element);
      report({
        messageId: 'unit',
        data: { network: match.network.name, tag: element.tagName, evidence: match.evidence },
        span: element.span,
        fix: { start: element.startOffset, end: element.endOffset },
      });
    }
    // Template tags that insert an ad unit the text never shows (`{{< adsense >}}`, `{% include ads.html %}`).
    const { tags } = document.templates();
    for (const tag of tags) {
      const ad = adTagOf(tag, project.site.generator === 'hugo' ? 'hugo' : 'tag');
      if (ad) report({ messageId: 'tag', data: { tag: quote(ad.label, 60), evidence: ad.evidence }, span: document.lines.span(tag.start, tag.end), fix: { start: tag.start, end: tag.blockEnd ?? tag.end } });
    }
    // MDX components named as ad units (`<AdSense client=…>`, `<GoogleAd />`) or carrying a publisher id.
    for (const component of document.html().components) {
      const id = adName(component.tagName) ? null : [...component.attributes.values()].map(publisherIdIn).find(Boolean);
      if (id === undefined) continue;
      const evidence = id ? `the AdSense publisher id \`${id}\`` : `its name`;
      report({ messageId: 'component', data: { name: quote(component.tagName, 40), evidence }, span: component.span, fix: { start: component.startOffset, end: component.endOffset } });
    }
    // Markdown links and images to ad hosts (HTML ones were covered above), and every other URL the
    // post holds: definitions nothing refers to, `srcset`, `poster`, form actions, components' props.
    const { links, images, urls } = contentOf(document);
    for (const items of [links, images]) {
      for (const item of items) {
        if (item.element || !item.url) continue;
        const network = items === links ? adNetworkOfLink(item.url) : adNetworkOfResource(item.url);
        if (network) report({ messageId: 'link', data: { network: network.name, host: item.url.hostname }, span: item.span });
      }
    }
    for (const item of urls) {
      if (item.element && (reported.has(item.element) || hasAncestorIn(item.element, reported))) continue;
      const network = item.where === 'definition' ? adNetworkOfLink(item.url) : adNetworkOfResource(item.url);
      if (!network) continue;
      // One finding an element, however many of its attributes name the network.
      if (item.element) reported.add(item.element);
      report({ messageId: 'url', data: { network: network.name, host: item.url.hostname, where: item.where }, span: item.span });
    }
  },
});

function matchElement(element: HtmlElement): { network: AdNetwork; evidence: string } | null {
  return matchMarkup(element) ?? matchResource(element);
}

/** A network whose unit markup (class, id, attributes) the element carries. */
function matchMarkup(element: HtmlElement): { network: AdNetwork; evidence: string } | null {
  const classAttribute = element.attributes.get('class');
  const id = element.attributes.get('id') ?? '';
  // Most elements (links, images, paragraphs) carry none: no network to go through.
  if (!classAttribute && !id && ![...element.attributes.keys()].some((name) => MARKUP_ATTRIBUTES.has(name))) return null;
  // Each class as written (a prefix match names it so) and in lower case (for the comparison).
  const classes = (classAttribute ?? '').split(/\s+/).filter(Boolean).map((name) => ({ name, lower: name.toLowerCase() }));
  const lowerId = id.toLowerCase();
  for (const network of AD_NETWORKS) {
    const lowerClasses = LOWER_CLASSES.get(network) as string[];
    const exactAt = lowerClasses.findIndex((name) => classes.some(({ lower }) => lower === name));
    const exact = exactAt === -1 ? undefined : network.classes?.[exactAt];
    const className = exact ?? classes.find(({ lower }) => network.classPrefixes?.some((prefix) => lower.startsWith(prefix)))?.name;
    if (className) return { network, evidence: `with class \`${quote(className, 40)}\`` };
    if (id && (network.ids?.some((name) => lowerId === name) || network.idPrefixes?.some((prefix) => lowerId.startsWith(prefix)) || network.idPatterns?.some((pattern) => pattern.test(id)))) {
      return { network, evidence: `with id \`${quote(id, 40)}\`` };
    }
    const attribute = network.attributes?.find((name) => element.attributes.has(name));
    if (attribute) return { network, evidence: `with \`${attribute}\`` };
    const pair = network.attributeValues?.find(([name, value]) => element.attributes.get(name)?.trim().toLowerCase() === value);
    if (pair) return { network, evidence: `with \`${pair[0]}="${pair[1]}"\`` };
  }
  return null;
}

/** A network the element loads from, or whose snippet its script runs. */
function matchResource(element: HtmlElement): { network: AdNetwork; evidence: string } | null {
  for (const name of RESOURCE_ATTRIBUTES) {
    const url = absoluteUrl(element.attributes.get(name) ?? '');
    if (!url) continue;
    const network = name === 'href' && LINK_TAGS.has(element.tagName) ? adNetworkOfLink(url) : adNetworkOfResource(url);
    if (network) return { network, evidence: `from \`${url.hostname}\`` };
  }
  if (element.tagName === 'script') {
    const text = textOf(element);
    for (const network of AD_NETWORKS) {
      const snippet = network.scriptText?.find((candidate) => text.includes(candidate));
      if (snippet) return { network, evidence: `running \`${snippet}\`` };
    }
  }
  return null;
}
