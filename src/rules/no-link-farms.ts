import { z } from 'zod';
import { defineRule, quote, type HtmlElement, type LintDocument } from '../engine/api.js';
import { contentOf, type ContentLink, type LinkList } from '../spam/content.js';
import { commercialWords, labelKind, namedAfter, type LabelKind } from '../spam/farm-words.js';
import { hasFurniture, headlineSigns, isWidgetName } from '../spam/headlines.js';
import { plainText } from '../spam/visible-text.js';
import { registrableDomain, siteDomains } from '../url/url.js';

/** Platforms honest posts link to in bulk (code, video, reference): never a link farm's domain. */
export const DEFAULT_IGNORED_DOMAINS = ['github.com', 'gitlab.com', 'youtube.com', 'wikipedia.org', 'npmjs.com', 'mozilla.org', 'stackoverflow.com'];

/** Anchor texts stamped from a template: `[New] …`, `2024 Approved …`, `In 2024, …`. */
const TEMPLATED_ANCHOR = /^(?:\[(?:new|updated|hot|top|latest|best)\]|(?:19|20)\d\d approved\b|in (?:19|20)\d\d,)/i;

/**
 * Subdomain labels of the services projects and companies run for themselves: links to them are
 * citations, not a spread over a network (release notes link `doc.`, `blog.`, `internals.`, `forge.`,
 * `perf.` of their own project; a "Further reading" list links `learn.`, `devblogs.` and
 * `techcommunity.microsoft.com`; Wikipedia and MDN have a host per language). Measured on
 * ../shared/corpus: without them, honest posts reached the spread threshold. A farm's hosts are made
 * up (`tiktok-clips.`, `screen-mirroring-recording.`).
 */
const SERVICE_LABELS: ReadonlySet<string> = new Set([
  'www', 'www2', 'doc', 'docs', 'blog', 'blogs', 'forum', 'forums', 'discuss', 'community', 'internals', 'users', 'forge', 'perf',
  'static', 'cdn', 'assets', 'api', 'status', 'dev', 'developer', 'developers', 'support', 'help', 'news', 'play', 'playground',
  'releases', 'download', 'downloads', 'wiki', 'lists', 'mail', 'git', 'code', 'issues', 'bugs', 'ci', 'build', 'crates',
  'learn', 'devblogs', 'techcommunity', 'cloud', 'azure', 'aws', 'research', 'engineering', 'about', 'security', 'answers',
  'console', 'store', 'shop', 'apps', 'app', 'web', 'm', 'mobile', 'labs', 'opensource', 'source', 'events', 'careers', 'press',
  'education', 'academy', 'training', 'courses', 'tutorials', 'guides', 'reference', 'spec', 'specs', 'datatracker', 'tools',
  'home', 'portal', 'my', 'account', 'accounts', 'en', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'zh', 'ko', 'ru', 'nl', 'pl',
]);

/** A subdomain with a service's label or a version in it (`docs.`, `v6.docs.`, `en.m.`): the project's own. */
function isServiceSubdomain(subdomain: string): boolean {
  let known = serviceSubdomains.get(subdomain);
  if (known === undefined) {
    known = subdomain.split('.').some((label) => SERVICE_LABELS.has(label) || /^v?\d+(?:-\d+)*$/.test(label));
    // A post links to few subdomains, over and over (a farm to its made-up ones): each is split once (within a bound).
    if (serviceSubdomains.size >= 10_000) serviceSubdomains.clear();
    serviceSubdomains.set(subdomain, known);
  }
  return known;
}
const serviceSubdomains = new Map<string, boolean>();

/** What a block of links shows beyond its size: the signs that tell a farm from a citation list. */
interface Signs {
  count: number;
  /** The outside domain most of the links go to, its share of the links, and its host names that are not a project's own services. */
  domain: string | null;
  share: number;
  hosts: number;
  templated: number;
  /** Links whose anchors carry commercial words, the words, and the outside domains they go to. */
  commercial: number;
  words: string[];
  commercialDomains: Set<string>;
  /** Letters and digits of the commercial anchors. */
  commercialText: number;
  /** Outside domains named after the anchors that link to them (hyphenated keyword domains), with one anchor each; the links and their letters. */
  named: Map<string, string>;
  namedLinks: number;
  namedText: number;
  /** Links to the dominant domain whose texts read as bait headlines (a question alone is no bait), and the first of them. */
  headlines: number;
  headlineExample: string;
  /** Links to the dominant domain tagged with campaign parameters (`utm_medium=related`). */
  tracked: number;
  /** The sections of the dominant domain its article links spread over (`/salud/…`, `/famosos/…`), and those links. */
  sections: Set<string>;
  articles: number;
}

export default defineRule({
  meta: {
    id: 'no-link-farms',
    description: 'Content has no link farms: no blocks of links into one outside network, no keyword-link footers',
    rationale:
      'SEO spam rides along in posts as a block of links: to one network\'s pages, often spread over ' +
      'made-up subdomains; a content mill\'s recirculation widget ("Also read", "Trending now") pasted ' +
      'in with its bait headlines; or many sites with commercial anchors ("online casino", "buy essay"). ' +
      'A block is a run of entries that are nothing but a link each — list items, paragraphs or lines, ' +
      'table rows, headings that are links (a teaser under each), HTML `<li>`/`<p>`/`<a>` between ' +
      '`<br>`s — wrapped in bold or not, with a thumbnail or a little text such as "3 min read"; the ' +
      'label before it ("Also read", "You may also like", "Baca juga", "Lire aussi", "Читайте также", ' +
      '… in a heading, bold text or HTML) says what it is.\n\n' +
      'A block of links 60% to one outside domain needs a sign beyond its size. Signs of a network ' +
      'make it a farm whoever owns the domain: 3 or more made-up host names of it, template-stamped ' +
      'titles (`[New] 2024 Approved …`), commercial anchors. Signs of a widget make it one when the ' +
      'domain is known not to be the site\'s own (`site.url`, `site.domains`, the generator\'s config): ' +
      'bait headlines (a count, money, a shouted word, an exclamation, teaser words such as "nobody", ' +
      '"doctors warn", "esto es lo que") in a quarter of its links and at least 2, reading times, ages ' +
      'or view counts beside half of them, widget markup (`class="trending-list"`), thumbnails, ' +
      'campaign-tagged links (`utm_medium=related`); so does a recirculation label.\n\n' +
      'Errors (`--fix` removes the block): a labelled block of 4 links or more with such a sign; an ' +
      'unlabelled list of 5 links or more with one; 3 lines or more that each carry a label and one ' +
      'link ("Also read: [x](…)") with one; and a keyword-link footer: 3 anchors or more with ' +
      'commercial words to 3 outside domains or more in one block, or 4 outside domains or more named ' +
      'after their anchors (`[Kredit ohne Schufa](https://kredit-ohne-schufa-sofort.net/)`), in any ' +
      'language (in prose, where those anchors are a quarter of its letters or more).\n\n' +
      'Warnings: a block with only a widget\'s signs, or a recirculation label, while the site\'s ' +
      'domains are unknown (it may be the site\'s own: set `site.url`); 5 host names or more of one ' +
      'outside domain in a post; template-stamped anchors.\n\n' +
      'Left alone: citation labels ("See also", "Further reading", "Related", "References") over links ' +
      'to one documentation site (MDN, docs.python.org, learn.microsoft.com, RFCs) or to many reputable ' +
      'ones; release notes and changelogs with hundreds of pull-request links; blogrolls; a blog\'s ' +
      'related posts on its own domains (every `*.github.io` site counting as its own); API lists ' +
      '(`pin!`, `MAIN_SEPARATOR_STR` are code, not headlines); lists of open questions (a question ' +
      'alone is no bait); links in code. Many links to one domain alone is never a sign.\n\n' +
      'Measured on four honest sites (../shared/corpus, 2,704 posts, 175,304 links) with their ' +
      'domains unknown: of 1,323 runs of 3 links or more 60% to one domain, none has a made-up host ' +
      'name of it (the error needs 3; `v6.docs.` and `docs.` are a project\'s own), more than one bait ' +
      'headline (2), any reading time, age, view count, widget markup, thumbnail or campaign tag; no ' +
      'block has more than 2 domains named after their anchors (4); at most 2 labelled lines in a ' +
      'post (3); no anchor with a commercial word; no template-stamped anchor; at most 3 host names of ' +
      'one outside domain in a post (the warning needs 5). An unlabelled list into one outside host ' +
      'is no sign alone: one honest post lists 12 article titles of its foundation\'s site, 9.8 words ' +
      'each, just as a farm would.',
    tags: ['spam'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        relatedMinItems: z.number().int().min(1).default(4).describe('Links in a labelled block before it is a link farm (with a sign)'),
        listMinItems: z.number().int().min(1).default(5).describe('Links in an unlabelled list before it is a link farm (with a sign)'),
        listMinHosts: z.number().int().min(1).default(3).describe('Made-up host names of the dominant domain that make a block a farm'),
        linesMinCount: z.number().int().min(2).default(3).describe('Lines that each carry a label and one link ("Also read: …") before they are a link farm'),
        dominantShare: z.number().min(0).max(1).default(0.6).describe('Share of a block\'s links that go to one outside domain'),
        keywordMinAnchors: z.number().int().min(1).default(3).describe('Anchors with commercial words in one block before it is a keyword-link footer'),
        keywordMinDomains: z.number().int().min(1).default(3).describe('Outside domains those anchors go to'),
        keywordMinNamedDomains: z
          .number()
          .int()
          .min(2)
          .default(4)
          .describe('Outside domains in one block named after their anchors (`kredit-ohne-schufa-sofort.net`) before it is a keyword-link footer'),
        spreadMinHosts: z.number().int().min(2).default(5).describe('Host names of one outside domain in a post before a warning'),
        templatedMinAnchors: z.number().int().min(1).default(3).describe('Template-stamped anchors in a post before a warning'),
        ignoreDomains: z.array(z.string().min(1)).default(DEFAULT_IGNORED_DOMAINS).describe('Domains that never count as a farm (replaces the default list)'),
      })
      .prefault({}),
    messages: {
      related: 'Unexpected link farm: "{label}" and {count} links, {share}% to `{domain}`, {evidence}; remove the block',
      relatedOutside:
        'Unexpected "{label}" block of {count} links, {share}% to `{domain}`; remove it, or set `site.url` (or `site.domains`) if `{domain}` is the site\'s own',
      list: 'Unexpected link farm: a list of {count} links, {share}% to `{domain}`, {evidence}; remove the list',
      lines: 'Unexpected link farm: "{label}" line, one of {count} such lines, {share}% to `{domain}`, {evidence}; remove the line',
      linesOutside:
        'Unexpected {count} "{label}" lines, {share}% to `{domain}`; remove them, or set `site.url` (or `site.domains`) if `{domain}` is the site\'s own',
      listOutside:
        'Unexpected list of {count} links, {share}% to `{domain}`, {evidence}; remove it, or set `site.url` (or `site.domains`) if `{domain}` is the site\'s own',
      keywordDomains:
        'Unexpected keyword links: {count} anchors to {domains} outside domains named after them ("{anchor}" to `{domain}`); remove them',
      keywords: 'Unexpected keyword links: {count} anchors with commercial words ({words}) to {domains} outside domains in one block; remove them',
      spread: 'Unexpected links to {hosts} host names of `{domain}` ({examples}); a network of sites, not sources',
      templated: 'Unexpected template-stamped link texts ({count}, such as `{example}`); typical of link spam',
    },
  },
  check({ document, project, options, report }) {
    const site = siteDomains(project.site);
    // Whether "outside" is known for sure: without the site's domains, its own related posts look outside.
    const siteKnown = site.size > 0;
    const own = options.ignoreDomains.length === 0 ? site : new Set([...site, ...options.ignoreDomains.map((domain) => registrableDomain(domain.toLowerCase()))]);
    // "External": another site's domain, and not a platform posts link to in bulk.
    const external = (link: ContentLink) => link.url !== null && !own.has(link.domain);
    const { links, linkLists } = contentOf(document);
    const farmed = new Set<ContentLink>();
    const farmedDomains = new Set<string>();
    const take = (list: LinkList, domain: string | null) => {
      for (const link of list.links) farmed.add(link);
      if (domain) farmedDomains.add(domain);
    };

    for (const list of linkLists) {
      if (list.links.some((link) => farmed.has(link))) continue;
      const signs = signsOf(list.links, external);
      const share = Math.round(signs.share * 100);

      // A keyword-link footer: commercial anchors to several outside sites. Among prose, only where those anchors are a quarter of its letters or more.
      const keywordBlock =
        signs.commercial >= options.keywordMinAnchors &&
        signs.commercialDomains.size >= options.keywordMinDomains &&
        (list.kind !== 'block' || signs.commercialText * 4 >= signs.commercialText + list.textLength());
      // Or anchors to sites named after them (`[Kredit ohne Schufa](https://kredit-ohne-schufa-sofort.net/)`), in any language.
      const namedBlock =
        !keywordBlock &&
        signs.named.size >= options.keywordMinNamedDomains &&
        signs.namedLinks * 2 >= list.links.length &&
        (list.kind !== 'block' || signs.namedText * 4 >= signs.namedText + list.textLength());
      if (keywordBlock || namedBlock) {
        take(list, null);
        const fix = list.kind === 'lines' || list.kind === 'block' ? {} : { fix: { start: list.startOffset, end: list.endOffset } };
        if (keywordBlock) {
          const words = signs.words.slice(0, 4).map((word) => `\`${word}\``).join(', ');
          report({ messageId: 'keywords', data: { count: signs.commercial, words, domains: signs.commercialDomains.size }, span: list.span, ...fix });
        } else {
          const [domain, anchor] = [...signs.named][0] ?? ['', ''];
          report({ messageId: 'keywordDomains', data: { count: signs.namedLinks, domains: signs.named.size, anchor: quote(anchor, 40), domain }, span: list.span, ...fix });
        }
        continue;
      }
      if (list.kind === 'block' || !signs.domain || signs.share < options.dominantShare) continue;
      addDominantSigns(signs, list.links);
      const evidence = evidenceOf(signs, list, document, options);
      // A network's signs make a farm whoever owns the domain; a widget's signs make one only when the domain is known to be someone else's.
      const networkSigns = evidence.some((sign) => NETWORK_SIGNS.has(sign.kind));
      const widgetSigns = evidence.length > 0 && !networkSigns;
      const sure = (kind: LabelKind | null) => networkSigns || (siteKnown && (widgetSigns || kind === 'recirculation'));
      const unsure = (kind: LabelKind | null) => !sure(kind) && (widgetSigns || kind === 'recirculation');
      const described = describe(evidence, siteKnown);

      if (list.kind === 'lines') {
        const outside = list.entries.filter((entry) => external(entry.link));
        const kind = strongest(outside.map((entry) => labelKind(entry.label ?? '')));
        if (outside.length < options.linesMinCount || !kind) continue;
        const label = quote(outside[0]?.label ?? '', 40);
        if (!sure(kind)) {
          if (unsure(kind) && outside[0]) {
            report({ messageId: 'linesOutside', data: { count: outside.length, label, share, domain: signs.domain }, span: document.lines.span(outside[0].startOffset, outside[0].endOffset), severity: 'warning' });
          }
          continue;
        }
        take(list, signs.domain);
        for (const entry of outside) {
          report({
            messageId: 'lines',
            data: { label: quote(entry.label ?? '', 40), count: outside.length, share, domain: signs.domain, evidence: described },
            span: document.lines.span(entry.startOffset, entry.endOffset),
            fix: { start: entry.startOffset, end: entry.endOffset },
          });
        }
        continue;
      }

      const kind = list.label ? labelKind(list.label.text) : null;
      if (kind && list.label && list.links.length >= options.relatedMinItems) {
        const span = { line: list.label.span.line, column: list.label.span.column, endLine: list.span.endLine, endColumn: list.span.endColumn };
        const data = { label: quote(list.label.text, 40), count: list.links.length, share, domain: signs.domain };
        if (sure(kind)) {
          take(list, signs.domain);
          report({ messageId: 'related', data: { ...data, evidence: described }, span, fix: { start: Math.min(list.label.startOffset, list.startOffset), end: list.endOffset } });
        } else if (unsure(kind)) {
          take(list, signs.domain);
          report({ messageId: 'relatedOutside', data, span, severity: 'warning' });
        }
        continue;
      }
      if (!kind && list.links.length >= options.listMinItems && evidence.length > 0) {
        take(list, signs.domain);
        const data = { count: list.links.length, share, domain: signs.domain, evidence: described };
        if (sure(null)) report({ messageId: 'list', data, span: list.span, fix: { start: list.startOffset, end: list.endOffset } });
        else report({ messageId: 'listOutside', data, span: list.span, severity: 'warning' });
      }
    }

    const hostsByDomain = new Map<string, { hosts: Set<string>; first: ContentLink }>();
    for (const link of links) {
      if (!external(link)) continue;
      const { host, domain } = link;
      // A project's own services (`www.`, `docs.`, `blog.`, `forum.`…) are where honest posts send readers; a farm's hosts are made up.
      if (isServiceSubdomain(host.slice(0, host.length - domain.length - 1))) continue;
      const entry = hostsByDomain.get(domain) ?? { hosts: new Set<string>(), first: link };
      entry.hosts.add(host);
      hostsByDomain.set(domain, entry);
    }
    for (const [domain, { hosts, first }] of hostsByDomain) {
      if (hosts.size < options.spreadMinHosts || farmedDomains.has(domain)) continue;
      report({
        messageId: 'spread',
        data: { hosts: hosts.size, domain, examples: [...hosts].slice(0, 3).map((host) => `\`${host}\``).join(', ') },
        span: first.span,
        severity: 'warning',
      });
    }

    const templated = links.filter((link) => TEMPLATED_ANCHOR.test(link.text.trim()) && !farmed.has(link));
    const first = templated[0];
    if (first && templated.length >= options.templatedMinAnchors) {
      report({ messageId: 'templated', data: { count: templated.length, example: quote(first.text, 40) }, span: first.span, severity: 'warning' });
    }
  },
});

/** The signs of a block of links (see `Signs`). */
function signsOf(links: ContentLink[], external: (link: ContentLink) => boolean): Signs {
  const signs: Signs = { count: links.length, domain: null, share: 0, hosts: 0, templated: 0, commercial: 0, words: [], commercialDomains: new Set(), commercialText: 0, named: new Map(), namedLinks: 0, namedText: 0, headlines: 0, headlineExample: '', tracked: 0, sections: new Set(), articles: 0 };
  const byDomain = new Map<string, { count: number; hosts: Set<string> }>();
  for (const link of links) {
    if (TEMPLATED_ANCHOR.test(link.text.trim())) signs.templated++;
    if (!external(link)) continue;
    const { host, domain } = link;
    const entry = byDomain.get(domain) ?? { count: 0, hosts: new Set<string>() };
    entry.count++;
    const subdomain = host.slice(0, Math.max(0, host.length - domain.length - 1));
    if (subdomain !== '' && !isServiceSubdomain(subdomain)) entry.hosts.add(host);
    byDomain.set(domain, entry);
    if (namedAfter(link.text, domain)) {
      signs.namedLinks++;
      signs.namedText += letters(link.text);
      if (!signs.named.has(domain)) signs.named.set(domain, link.text.trim());
    }
    const words = commercialWords(link.text);
    if (words.length > 0) {
      signs.commercial++;
      signs.commercialDomains.add(domain);
      signs.commercialText += letters(link.text);
      for (const word of words) if (!signs.words.includes(word)) signs.words.push(word);
    }
  }
  for (const [domain, { count, hosts }] of byDomain) {
    const share = links.length === 0 ? 0 : count / links.length;
    if (share > signs.share) Object.assign(signs, { domain, share, hosts: hosts.size });
  }
  return signs;
}

/** The signs of the links to the dominant domain (headlines, campaign tags, sections), for a block that has one. */
function addDominantSigns(signs: Signs, links: ContentLink[]): void {
  for (const link of links) {
    if (!link.url || link.domain !== signs.domain) continue;
    if (headlineSigns(link.text).some((sign) => sign !== 'question')) {
      if (signs.headlines++ === 0) signs.headlineExample = link.text.trim();
    }
    for (const key of link.url.searchParams.keys()) {
      if (key.startsWith('utm_')) {
        signs.tracked++;
        break;
      }
    }
    const section = articleSection(link.url.pathname);
    if (section) {
      signs.articles++;
      signs.sections.add(section);
    }
  }
}

/** Signs of a network of sites, a farm whoever owns the domain; the others are a recirculation widget's, the site's own or another's. */
const NETWORK_SIGNS: ReadonlySet<Evidence['kind']> = new Set(['hosts', 'templated', 'commercial']);

type Evidence =
  | { kind: 'hosts' | 'templated' | 'headlines' | 'furniture' | 'thumbnails' | 'tracking' | 'desk'; count: number; example?: string }
  | { kind: 'commercial'; count: number; words: string[] }
  | { kind: 'widget'; name: string };

/**
 * The signs beyond size that make a block a farm, rather than a citation list. Measured on
 * ../shared/corpus (1,323 runs of 3 links or more, 60% to one domain): at most one bait headline
 * in a run (a question alone is none: one honest list holds five), and no reading times, ages or
 * view counts beside links, no widget markup, no thumbnails from the linked site, no campaign tags.
 */
function evidenceOf(signs: Signs, list: LinkList, document: LintDocument, options: { listMinHosts: number }): Evidence[] {
  const evidence: Evidence[] = [];
  const some = (count: number) => count >= 2 && count * 4 >= list.links.length;
  if (signs.hosts >= options.listMinHosts) evidence.push({ kind: 'hosts', count: signs.hosts });
  if (signs.templated >= 2) evidence.push({ kind: 'templated', count: signs.templated });
  if (signs.commercial >= 2) evidence.push({ kind: 'commercial', count: signs.commercial, words: signs.words });
  if (some(signs.headlines)) evidence.push({ kind: 'headlines', count: signs.headlines, example: signs.headlineExample });
  if (signs.tracked >= 3 && signs.tracked * 2 >= list.links.length) evidence.push({ kind: 'tracking', count: signs.tracked });
  if (signs.sections.size >= 4 && signs.articles * 3 >= list.links.length * 2) evidence.push({ kind: 'desk', count: signs.sections.size });
  let furniture = 0;
  let thumbnails = 0;
  for (const { source, links } of entrySources(list, document)) {
    let own = plainText(source);
    for (const link of links) own = own.replace(link.text, ' ');
    if (hasFurniture(own)) furniture++;
    if (/<img\b|!\[/i.test(source)) thumbnails++;
  }
  if (furniture >= 3 && furniture * 2 >= list.links.length) evidence.push({ kind: 'furniture', count: furniture });
  if (thumbnails >= 3 && thumbnails * 2 >= list.links.length && signs.share >= 0.8) evidence.push({ kind: 'thumbnails', count: thumbnails });
  const widget = widgetNameAround(list, document);
  if (widget) evidence.push({ kind: 'widget', name: widget });
  return evidence;
}

/** The source of each entry of a run (cut at 500 characters), with its links: an entry may hold several. */
function entrySources(list: LinkList, document: LintDocument): Array<{ source: string; links: ContentLink[] }> {
  const entries: Array<{ source: string; links: ContentLink[] }> = [];
  let previous = -1;
  for (const entry of list.entries) {
    if (entry.startOffset === previous) {
      entries.at(-1)?.links.push(entry.link);
      continue;
    }
    previous = entry.startOffset;
    entries.push({ source: document.text.slice(entry.startOffset, Math.min(entry.endOffset, entry.startOffset + 500)), links: [entry.link] });
  }
  return entries;
}

/** A class or id of a recirculation widget on the run's elements or just before them (its title). */
function widgetNameAround(list: LinkList, document: LintDocument): string | null {
  const elements = document.html().elements;
  const from = (list.label?.startOffset ?? list.startOffset) - 200;
  let low = 0;
  let high = elements.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((elements[middle] as HtmlElement).startOffset < from) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < elements.length && index < low + 200; index++) {
    const element = elements[index] as HtmlElement;
    if (element.startOffset >= list.endOffset) break;
    for (const name of ['class', 'id']) {
      const value = element.attributes.get(name);
      if (value && isWidgetName(value)) return `${name}="${value.slice(0, 40)}"`;
    }
  }
  return null;
}

function describe(evidence: Evidence[], siteKnown: boolean): string {
  if (evidence.length === 0) return siteKnown ? "not the site's own" : 'another site';
  // The first three signs say enough.
  return evidence.slice(0, 3).map(describeSign).join(', ');
}

function describeSign(sign: Evidence): string {
  switch (sign.kind) {
    case 'hosts':
      return `over ${sign.count} host names`;
    case 'templated':
      return `${sign.count} template-stamped titles`;
    case 'commercial':
      return `commercial words ${sign.words.slice(0, 3).map((word) => `\`${word}\``).join(', ')}`;
    case 'headlines':
      return `${sign.count} bait headlines such as "${quote(sign.example ?? '', 50)}"`;
    case 'furniture':
      return `${sign.count} reading times, ages or view counts beside the links`;
    case 'thumbnails':
      return `${sign.count} thumbnails`;
    case 'tracking':
      return `${sign.count} campaign-tagged links`;
    case 'desk':
      return `articles from ${sign.count} sections of a news site`;
    case 'widget':
      return `widget markup \`${sign.name}\``;
  }
}

/**
 * The section of an article's address (`/salud/dieta-arrasa-5-kilos` → `salud`): a first path
 * segment with a letter in it, then a slug of three words or more. A news site's river spreads over its sections
 * (celebrities, health, money, weather); a citation list stays in one or two.
 */
function articleSection(pathname: string): string | null {
  const segments = pathname.split('/').filter(Boolean);
  const slug = segments.at(-1) ?? '';
  const section = (segments[0] ?? '').toLowerCase();
  // A date (`/2025/02/13/…`) is an archive's order, not a section.
  if (segments.length < 2 || slug.split('-').length < 3 || !/[a-z]/.test(section)) return null;
  return section;
}

/** A recirculation label among the lines makes them recirculation lines. */
function strongest(kinds: Array<LabelKind | null>): LabelKind | null {
  return kinds.includes('recirculation') ? 'recirculation' : kinds.includes('citation') ? 'citation' : null;
}

function letters(text: string): number {
  let count = 0;
  for (const character of text) if (/[\p{L}\p{N}]/u.test(character)) count++;
  return count;
}
