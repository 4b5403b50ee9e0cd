import { HostIndex } from '../url/host-index.js';
import { compileUrlPatterns, pathUnder, type UrlPattern } from '../url/patterns.js';

/**
 * Our own signature table of ad networks, written from their public integration documentation and
 * the embed codes they hand publishers (not from filter lists, whose licences forbid shipping them).
 * One place to extend: add an entry with its source, add a fixture.
 *
 * Most of these units are placeholders: an empty element that the network's script, loaded by the
 * site's theme, fills with an ad. A post copied from a site that ran the network carries the
 * placeholder without any script, so the markup alone identifies the unit.
 *
 * Generic names (`class="ad-slot"`, `ad-unit`, `ad-banner`, `advertisement`) are NOT signatures: they
 * name no network, and honest pages use them (CSS demonstrations, theme callouts, "ad hoc" classes).
 */

export interface AdNetwork {
  name: string;
  /**
   * URLs that serve the network's ads, frames and click links (hosts with their subdomains, or a
   * host and a path prefix: see `url/patterns.ts`). A link to them is an ad, as is anything loaded
   * from them.
   */
  hosts: string[];
  /**
   * The network's own domains, whose scripts, frames and images are ads but whose pages people
   * link to when they write about the network: loading from them is an ad, linking to them is not.
   */
  domains?: string[];
  /** Markup the network's units carry, matched on elements outside code, case-insensitively (ids and prefixes written in lower case). */
  classes?: string[];
  classPrefixes?: string[];
  ids?: string[];
  idPrefixes?: string[];
  /** Ids built by the network's code generator, such as MGID's `M123ScriptRootC456`. */
  idPatterns?: RegExp[];
  /** Attributes whose presence alone marks a unit. */
  attributes?: string[];
  /** Attributes that mark a unit with one value only: `[name, value]`. */
  attributeValues?: Array<readonly [string, string]>;
  /** Strings that only the network's inline snippets contain. */
  scriptText?: string[];
}

export const AD_NETWORKS: AdNetwork[] = [
  // AdSense help, "Ad code implementation guide": `<ins class="adsbygoogle" data-ad-client data-ad-slot>`
  // and `(adsbygoogle = window.adsbygoogle || []).push({})`; old units set `google_ad_client`.
  {
    name: 'Google AdSense',
    hosts: ['pagead2.googlesyndication.com', 'googlesyndication.com', 'adservice.google.com', 'googleadservices.com'],
    classes: ['adsbygoogle'],
    attributes: ['data-ad-client', 'data-ad-slot'],
    scriptText: ['adsbygoogle', 'google_ad_client'],
  },
  // Google Publisher Tag reference: `gpt.js` from securepubads, `div-gpt-ad-…` containers.
  {
    name: 'Google Publisher Tag',
    hosts: ['securepubads.g.doubleclick.net', 'pubads.g.doubleclick.net', 'googletagservices.com', 'ad.doubleclick.net'],
    idPrefixes: ['div-gpt-ad-'],
    scriptText: ['googletag.defineSlot', 'googletag.cmd', 'googletag.pubads'],
  },
  // Amazon Associates widgets (`amzn_assoc_*` variables) and Native Shopping Ads: a
  // `<div id="amzn-assoc-ad-<uuid>">` filled by `z-na.amazon-adsystem.com/widgets/onejs`, which renders
  // into `amzn-native-container`.
  {
    name: 'Amazon ads',
    hosts: ['amazon-adsystem.com', 'assoc-amazon.com'],
    classes: ['amzn-native-container'],
    idPrefixes: ['amzn-assoc-ad-'],
    scriptText: ['amzn_assoc_', 'amazon_ad_tag'],
  },
  // Taboola publisher docs: `<div id="taboola-below-article-thumbnails">` and `window._taboola`.
  { name: 'Taboola', hosts: ['cdn.taboola.com', 'trc.taboola.com'], domains: ['taboola.com'], idPrefixes: ['taboola-'], scriptText: ['_taboola'] },
  // Outbrain widget code: `<div class="OUTBRAIN" data-widget-id>`, `widgets.outbrain.com/outbrain.js`; paid clicks go through paid.outbrain.com.
  {
    name: 'Outbrain',
    hosts: ['widgets.outbrain.com', 'paid.outbrain.com'],
    domains: ['outbrain.com'],
    classes: ['OUTBRAIN', 'ob-widget'],
    scriptText: ['OBR.extern'],
  },
  // Ezoic placeholders docs: `<div id="ezoic-pub-ad-placeholder-101">`, `ezstandalone`.
  {
    name: 'Ezoic',
    hosts: ['ezojs.com', 'ezoic.net', 'ezodn.com'],
    domains: ['ezoic.com'],
    idPrefixes: ['ezoic-pub-ad-placeholder'],
    classes: ['ezoic-ad'],
    scriptText: ['ezstandalone'],
  },
  // Mediavine: in-content units render in `mv-ad-box`; the script comes from scripts.mediavine.com.
  // (Its `<div id="mediavine-settings" data-blocklist-all>` switches ads OFF on a page: not an ad.)
  { name: 'Mediavine', hosts: ['scripts.mediavine.com'], domains: ['mediavine.com'], classes: ['mv-ad-box'] },
  // Raptive (formerly AdThrive) publisher code: `ads.adthrive.com/sites/<id>/ads.min.js`, units
  // rendered as `<div id="AdThrive_Content_1_desktop" class="adthrive-ad adthrive-content …">`, and
  // the placeholders Raptive's help centre tells publishers to add (`raptive-pfn-…`).
  {
    name: 'Raptive (AdThrive)',
    hosts: ['ads.adthrive.com'],
    domains: ['adthrive.com'],
    classPrefixes: ['adthrive-', 'raptive-'],
    idPrefixes: ['adthrive_'],
    scriptText: ['adthrive.cmd'],
  },
  // EthicalAds client docs (readthedocs/ethical-ad-client): `<div data-ea-publisher="…" data-ea-type="text">`
  // and `media.ethicalads.io/media/client/ethicalads.min.js`; the ad server is server.ethicalads.io.
  {
    name: 'EthicalAds',
    hosts: ['media.ethicalads.io', 'server.ethicalads.io'],
    domains: ['ethicalads.io'],
    attributes: ['data-ea-publisher'],
  },
  // Carbon Ads embed code: `<script src="//cdn.carbonads.com/carbon.js?serve=…" id="_carbonads_js">`,
  // which renders `<div id="carbonads">` with click links to srv.carbonads.net.
  {
    name: 'Carbon Ads',
    hosts: ['cdn.carbonads.com', 'srv.carbonads.net', 'engine.carbonads.com'],
    domains: ['carbonads.com', 'carbonads.net'],
    ids: ['carbonads', '_carbonads_js'],
  },
  // BuySellAds: Optimize zones `<div id="bsa-zone_1623358681242-2_123456">` (`optimize.pushAll()`),
  // the older `<div id="bsap_1277044" class="bsarocks">` zones, and `_bsa.init(…)` for native units.
  {
    name: 'BuySellAds',
    hosts: ['srv.buysellads.com', 's3.buysellads.com', 'cdn4.buysellads.net', 'servedby-buysellads.com'],
    domains: ['buysellads.com', 'buysellads.net'],
    idPrefixes: ['bsa-zone_', 'bsap_'],
    classes: ['bsarocks'],
    scriptText: ['_bsa.init'],
  },
  // Yandex Advertising Network (RTB) code: `yandex.ru/ads/system/context.js`, `<div id="yandex_rtb_R-A-…">`,
  // `Ya.Context.AdvManager.render({blockId, renderTo})` queued on `yaContextCb`; the older loader came from an.yandex.ru.
  {
    name: 'Yandex Advertising Network',
    hosts: ['an.yandex.ru', 'yandex.ru/ads/'],
    idPrefixes: ['yandex_rtb_'],
    scriptText: ['Ya.Context.AdvManager', 'yaContextCb'],
  },
  // MGID widget code: `<div data-type="_mgwidget" data-widget-id="…">` with `_mgq.push(["_mgc.load"])`;
  // the older code is `<div id="M123456ScriptRootC789">` (`MarketGidScriptRootC…` before that) and a
  // `jsc.mgid.com` script. Its AdsKeeper brand ships the same code from jsc.adskeeper.com.
  {
    name: 'MGID',
    hosts: ['jsc.mgid.com', 'servicer.mgid.com', 'jsc.adskeeper.com', 'jsc.marketgid.com'],
    domains: ['mgid.com', 'adskeeper.com', 'marketgid.com'],
    attributeValues: [['data-type', '_mgwidget']],
    idPrefixes: ['marketgidscriptrootc'],
    idPatterns: [/^M\d{1,12}ScriptRootC\d{1,12}$/i],
    scriptText: ['MGID', '_mgc.load'],
  },
  // Freestar tags: `<div data-freestar-ad="__300x250" id="…">` with `freestar.config.enabled_slots.push(…)`,
  // the library from a.pub.network/<site>/pubfig.min.js.
  { name: 'Freestar', hosts: ['a.pub.network'], attributes: ['data-freestar-ad'], scriptText: ['freestar.config'] },
  // Playwire RAMP: `<div data-pw-desk="leaderboard_atf">` / `data-pw-mobi`, `cdn.intergient.com/<pub>/<site>/ramp.js`.
  { name: 'Playwire', hosts: ['cdn.intergient.com'], attributes: ['data-pw-desk', 'data-pw-mobi'], scriptText: ['ramp.que'] },
  // Publift Fuse: `<div data-fuse="…">` zones, `cdn.fuseplatform.net/publift/tags/…/fuse.js`, `fusetag.que`.
  { name: 'Publift Fuse', hosts: ['cdn.fuseplatform.net'], attributes: ['data-fuse'], scriptText: ['fusetag.'] },
  { name: 'Media.net', hosts: ['contextual.media.net'], domains: ['media.net'], scriptText: ['_mNHandle', 'medianet_'] },
  { name: 'PropellerAds', hosts: ['propellerclick.com', 'onclickads.net'], domains: ['propellerads.com'] },
  { name: 'PopAds', hosts: ['c1.popads.net'], domains: ['popads.net'] },
  { name: 'ExoClick', hosts: ['exosrv.com', 'exdynsrv.com'], domains: ['exoclick.com'], classes: ['eas6a97888e'] },
  { name: 'Revcontent', hosts: ['trends.revcontent.com'], domains: ['revcontent.com'], scriptText: ['revcontent'] },
  // Adsterra banner code: `atOptions = {'key': …, 'format': 'iframe', …}` then an `invoke.js` from a rotating host.
  { name: 'Adsterra', hosts: ['highperformanceformat.com'], domains: ['adsterra.com'], scriptText: ['atOptions'] },
  { name: 'Criteo', hosts: ['static.criteo.net'], domains: ['criteo.com'] },
  { name: 'Infolinks', hosts: ['resources.infolinks.com'], domains: ['infolinks.com'], scriptText: ['infolinks_pid'] },
];

/** Every network's patterns in one list, in table order, each with its network's index: the first that matches names the network. */
interface NetworkTable {
  patterns: Array<UrlPattern & { network: number }>;
  index: HostIndex;
}

function networkTable(patternsOf: (network: AdNetwork) => readonly string[]): NetworkTable {
  const patterns = AD_NETWORKS.flatMap((network, index) => compileUrlPatterns(patternsOf(network)).map((pattern) => ({ ...pattern, network: index })));
  return { patterns, index: new HostIndex(patterns.length, (index) => [(patterns[index] as UrlPattern).host]) };
}

function networkIn(table: NetworkTable, url: URL): AdNetwork | null {
  const host = url.hostname.toLowerCase();
  if (host === '') return null;
  let pathname: string | undefined;
  for (const index of table.index.candidates(host)) {
    const pattern = table.patterns[index] as UrlPattern & { network: number };
    if (pattern.path === null || pathUnder((pathname ??= url.pathname), pattern.path)) return AD_NETWORKS[pattern.network] as AdNetwork;
  }
  return null;
}

const LINK_TABLE = networkTable((network) => network.hosts);
const RESOURCE_TABLE = networkTable((network) => [...network.hosts, ...(network.domains ?? [])]);

/** The network a link (an `<a href>`, a Markdown link) goes to: its ad-serving and click hosts only. */
export function adNetworkOfLink(url: URL): AdNetwork | null {
  return networkIn(LINK_TABLE, url);
}

/** The network a loaded resource (script, frame, image, object) comes from: its serving hosts and its own domains. */
export function adNetworkOfResource(url: URL): AdNetwork | null {
  return networkIn(RESOURCE_TABLE, url);
}
