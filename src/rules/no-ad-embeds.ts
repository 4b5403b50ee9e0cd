import { z } from 'zod';
import { hasAncestorIn, textOf, type HtmlElement } from '../engine/api.js';
import { defineRule, quote } from '../engine/api.js';
import { contentOf } from '../spam/content.js';
import { absoluteUrl } from '../url/url.js';
import { AD_NETWORKS, adNetworkOfHost, type AdNetwork } from '../spam/ad-networks.js';
import { adName, adTagOf, publisherIdIn } from '../spam/ad-tags.js';

const URL_ATTRIBUTES = ['src', 'href', 'data-src', 'data'];

export default defineRule({
  meta: {
    id: 'no-ad-embeds',
    description: 'Content embeds no ads: no ad units, ad scripts, frames, images or click links of ad networks',
    rationale:
      'Ads belong to the site\'s theme, where the owner chose them, not to a post. Scraped posts carry ' +
      'the ad units of the site they were copied from (AdSense units often without any script: the ' +
      'theme would load it), and spam posts bring their own. Units are recognised by their markup ' +
      '(`<ins class="adsbygoogle">`, `data-ad-client`, `div-gpt-ad-…`) and by the hosts of AdSense, ' +
      'Google Publisher Tag, Amazon, Taboola, Outbrain, Ezoic, Mediavine, Media.net, PropellerAds, ' +
      'PopAds, ExoClick, MGID, Revcontent and others. `--fix` removes the unit.',
    tags: ['spam'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      unit: 'Unexpected {network} ad unit (`<{tag}>` {evidence}); remove it: ads belong in the site\'s theme, not in posts',
      link: 'Unexpected {network} ad link to `{host}`; remove it',
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
    // Markdown links and images to ad hosts (HTML ones were covered above).
    const { links, images } = contentOf(document);
    for (const items of [links, images]) {
      for (const item of items) {
        if (item.element || !item.url) continue;
        const host = item.url.hostname;
        const network = adNetworkOfHost(host);
        if (network) report({ messageId: 'link', data: { network: network.name, host }, span: item.span });
      }
    }
  },
});

function matchElement(element: HtmlElement): { network: AdNetwork; evidence: string } | null {
  const classes = (element.attributes.get('class') ?? '').split(/\s+/).filter(Boolean);
  const id = element.attributes.get('id') ?? '';
  for (const network of AD_NETWORKS) {
    const className = network.classes?.find((name) => classes.some((candidate) => candidate.toLowerCase() === name.toLowerCase()));
    if (className) return { network, evidence: `with class \`${className}\`` };
    const prefix = network.idPrefixes?.find((candidate) => id.toLowerCase().startsWith(candidate.toLowerCase()));
    if (prefix) return { network, evidence: `with id \`${quote(id, 40)}\`` };
    const attribute = network.attributes?.find((name) => element.attributes.has(name));
    if (attribute) return { network, evidence: `with \`${attribute}\`` };
  }
  for (const name of URL_ATTRIBUTES) {
    const url = absoluteUrl(element.attributes.get(name) ?? '');
    const network = url ? adNetworkOfHost(url.hostname) : null;
    if (url && network) return { network, evidence: `from \`${url.hostname}\`` };
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
