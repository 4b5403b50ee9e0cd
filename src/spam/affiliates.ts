import { HostIndex } from '../url/host-index.js';
import { hostMatches, registrableDomain } from '../url/url.js';

/**
 * Our own signature table of affiliate programmes, written from their public integration
 * documentation and from the links their publishers really write (not from filter lists, whose
 * licences forbid shipping them). One place to extend: add an entry, add a fixture.
 *
 * Hosts match the host itself and any subdomain of it.
 */

/** A query parameter a link must carry: its name in any case, its value of a shape. */
export interface QueryCondition {
  name: string;
  value?: RegExp;
}

export interface AffiliateProgramme {
  name: string;
  /** Hosts whose links are affiliate links (subdomains included). */
  hosts?: readonly string[];
  /** A family of hosts (`amazon.*`, `ebay.*`), for programmes whose sites span many country domains. */
  hostPattern?: RegExp;
  /** Paths that mark an affiliate link (on any host when there are no hosts). */
  path?: RegExp;
  /** Query parameters that must all be present. */
  query?: readonly QueryCondition[];
  /** Query parameters any one of which makes the link the site's own after all (Booking's own `aid`). */
  unless?: readonly QueryCondition[];
  /** Only likely (a warning): the link may carry no one's id. Certain (an error) otherwise. */
  likely?: boolean;
  /** What matched, as the message says it; by default the query parameters, else the path, else the host. */
  evidence?: string;
}

/** What made a link an affiliate link, and how sure that is. */
export interface AffiliateEvidence {
  /** The programme, or `null` for a generic mark (`aff_id=`, a `/go/…` redirector). */
  programme: string | null;
  /** Certain marks are errors; likely ones warnings. */
  certain: boolean;
  /** What matched: "host `geni.us`", "query parameter `aff_id`", "path `/go/…`". */
  evidence: string;
}

const AMAZON_HOST = /(?:^|\.)amazon\.(?:com|ca|co\.uk|de|fr|it|es|co\.jp|in|com\.au|com\.br|com\.mx|nl|se|pl|sg|ae|sa|com\.tr|com\.be|eg)$/;
const EBAY_HOST = /(?:^|\.)ebay\.(?:com|co\.uk|de|fr|it|es|ca|com\.au|at|ch|ie|nl|be|pl|com\.hk|com\.sg|com\.my|ph|in)$/;
const AMAZON_TAG: QueryCondition = { name: 'tag', value: /^[\w-]{1,40}-2[0-2]$/ };
const ALIEXPRESS_HOSTS = ['aliexpress.com', 'aliexpress.ru', 'aliexpress.us'];
const ENVATO_MARKET_HOSTS = ['themeforest.net', 'codecanyon.net', 'videohive.net', 'audiojungle.net', 'graphicriver.net', 'photodune.net', '3docean.net'];
const ADMITAD_HOSTS = ['ad.admitad.com', 'alitems.com', 'alitems.site', 'lenkmio.com', 'rzekl.com', 'pafutos.com', 'tjzuh.com', 'xpuvo.com', 'modato.ru', 'aflink.ru'];
const DIGITS = /^\d{1,12}$/;
const ID = /^[\w-]{1,40}$/;

/**
 * Every regular expression here is anchored and made of bounded runs of distinct character
 * classes, so it runs in linear time (checked by the ReDoS analyser in CI). Certain programmes
 * come first: the first match names the link.
 */
export const AFFILIATE_PROGRAMMES: readonly AffiliateProgramme[] = [
  // Impact: /c/<partner>/<ad>/<campaign> clicks and /i/… impressions, on impact's own and vanity domains.
  { name: 'Impact', path: /^\/[ci]\/\d{1,12}\/\d{1,12}\/\d{1,12}(?:\/|$)/, evidence: 'path `/c/<partner>/<ad>/<campaign>`' },
  { name: 'Impact', hosts: ['impactradius-go.com'], path: /^\/display-ad\// },
  {
    name: 'CJ',
    hosts: ['anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com', 'kqzyfj.com', 'tkqlhce.com', 'emjcd.com', 'qksrv.net', 'afcyhf.com', 'ftjcfx.com', 'lduhtrp.net', 'tqlkg.com'],
  },
  // ShareASale: r.cfm clicks, m-redirect.cfm and m-pr.cfm product links, shrsl.com short links.
  { name: 'ShareASale', hosts: ['shareasale.com', 'shareasale-analytics.com'], path: /^\/(?:r|m-redirect|m-pr)\.cfm$/i },
  { name: 'ShareASale', hosts: ['shrsl.com'] },
  // Awin: cread.php and awclick.php clicks, tidd.ly short links of its link builder.
  { name: 'Awin', hosts: ['awin1.com', 'zenaps.com'], path: /^\/(?:cread|awclick)\.php$/i },
  { name: 'Awin', hosts: ['tidd.ly'] },
  { name: 'Rakuten Advertising', hosts: ['click.linksynergy.com', 'linksynergy.com'] },
  { name: 'Partnerize', hosts: ['prf.hn'], path: /^\/click\// },
  { name: 'AvantLink', hosts: ['avantlink.com'], path: /^\/click\.php$/i },
  { name: 'Skimlinks', hosts: ['go.skimresources.com', 'go.redirectingat.com'] },
  { name: 'VigLink (Sovrn)', hosts: ['redirect.viglink.com', 'sovrn.co'] },
  { name: 'ClickBank', hosts: ['hop.clickbank.net'] },
  { name: 'FlexOffers', hosts: ['track.flexlinkspro.com', 'track.flexlinks.com'] },
  { name: 'Tradedoubler', hosts: ['tradedoubler.com'], path: /^\/(?:click|imp)(?:\/|$)/ },
  { name: 'Pepperjam', hosts: ['pjtra.com', 'pjatr.com', 'gopjn.com', 'pntra.com', 'pntrac.com', 'pntrs.com'] },
  // Admitad: /g/<hash>/ and /goto/<hash>/ clicks and /b/<hash>/ banners on its click domains (alitems.com is its AliExpress one), fas.st short links.
  { name: 'Admitad', hosts: ADMITAD_HOSTS, path: /^\/(?:g|goto)\/[0-9a-z]{1,40}\/?$/, evidence: 'path `/g/<hash>/`' },
  { name: 'Admitad', hosts: ADMITAD_HOSTS, path: /^\/b\/[0-9a-z]{1,40}\/?$/, evidence: 'path `/b/<hash>/`' },
  { name: 'Admitad', hosts: ['fas.st'] },
  { name: 'Webgains', hosts: ['track.webgains.com'] },
  { name: 'TradeTracker', hosts: ['tc.tradetracker.net'] },
  { name: 'Zanox', hosts: ['ad.zanox.com'] },
  { name: 'Affilinet', hosts: ['partners.webmasterplan.com'] },
  { name: 'bol.com Partner Programme', hosts: ['partner.bol.com'] },
  // Link managers and creator storefronts that exist to add affiliate ids.
  { name: 'Genius Link', hosts: ['geni.us'] },
  { name: 'LTK (rewardStyle)', hosts: ['rstyle.me', 'liketk.it'] },
  { name: 'ShopStyle Collective', hosts: ['shopstyle.it'] },
  { name: 'Howl', hosts: ['shop-links.co'] },
  { name: 'ShopMy', hosts: ['go.shopmy.us'] },
  { name: 'Travelpayouts', hosts: ['tp.media', 'tp.st'] },
  // Self-hosted affiliate software, on the merchant's own domain.
  // TUNE (HasOffers): /aff_c?offer_id=…&aff_id=… clicks and /aff_i impressions, on networks' own tracking domains.
  { name: 'TUNE (HasOffers)', path: /^\/aff_[ci]$/, query: [{ name: 'offer_id', value: DIGITS }, { name: 'aff_id', value: ID }], evidence: 'path `/aff_c` with `offer_id` and `aff_id`' },
  // 2Checkout (Verifone) resellers: /order/checkout.php?…AFFILIATE=<digits> on any host.
  { name: '2Checkout', path: /^\/order\/checkout\.php$/i, query: [{ name: 'AFFILIATE', value: DIGITS }] },
  { name: 'Post Affiliate Pro', query: [{ name: 'a_aid', value: ID }] },
  { name: 'PartnerStack', query: [{ name: 'ps_partner_key', value: ID }] },
  { name: 'PartnerStack', query: [{ name: 'gspk', value: ID }] },
  { name: 'Refersion', query: [{ name: 'rfsn', value: /^\d{1,10}(?:\.[0-9a-f]{1,16})?$/ }] },
  { name: 'Tapfiliate', query: [{ name: 'tap_a', value: /^\d{1,10}-[0-9a-f]{1,12}$/ }] },
  { name: 'iDevAffiliate', path: /(?:^|\/)idevaffiliate\.php$/i, evidence: 'path `…/idevaffiliate.php`' },
  { name: 'WHMCS', path: /(?:^|\/)aff\.php$/i, query: [{ name: 'aff', value: DIGITS }], evidence: 'path `…/aff.php` with `aff`' },
  { name: 'Digistore24', hosts: ['digistore24.com'], path: /^\/redir\//, evidence: 'path `/redir/<product>/<affiliate>`' },
  { name: 'JVZoo', hostPattern: /^(?:www\.)?jvz\d\.com$/, path: /^\/c\/\d{1,12}\/\d{1,12}(?:\/|$)/, evidence: 'path `/c/<affiliate>/<product>`' },
  { name: 'WarriorPlus', hosts: ['warriorplus.com'], path: /^\/o2\/a\//, evidence: 'path `/o2/a/<affiliate>`' },
  { name: 'Gumroad', hosts: ['gumroad.com'], path: /^\/a\/\d{3,12}(?:\/|$)/, evidence: 'path `/a/<affiliate>`' },
  { name: 'Bluehost', hosts: ['bluehost.com'], path: /^\/track\/[\w-]{1,40}(?:\/|$)/, evidence: 'path `/track/<affiliate>`' },
  // Income Access (casino and betting programmes): record.<brand>affiliates.com/_<token>/<n>/.
  { name: 'Income Access', hostPattern: /^record\.[a-z0-9-]{1,60}\.[a-z]{2,6}$/, path: /^\/_[\w-]{8,80}\/\d{1,4}\/?$/, evidence: 'path `/_<token>/<n>/` on a `record.` host' },
  // Hotmart's affiliate "hotlinks" (its producers' checkout is pay.hotmart.com).
  { name: 'Hotmart', hosts: ['go.hotmart.com'] },
  // Shopee's affiliate programme gives s.shopee.<country> short links; shope.ee and tokopedia.link also come from share buttons.
  { name: 'Shopee Affiliates', hostPattern: /^s\.shopee\.(?:co\.id|com\.my|ph|vn|co\.th|sg|com\.br|tw|com\.mx|com\.co|cl)$/ },
  { name: 'Shopee', hosts: ['shope.ee'], likely: true },
  { name: 'Tokopedia', hosts: ['tokopedia.link'], likely: true },
  // Merchants' own programmes.
  { name: 'Amazon Associates', hosts: ['amzn.to', 'amzn.eu', 'amzn.asia'] },
  { name: 'Amazon Associates', hostPattern: AMAZON_HOST, query: [AMAZON_TAG] },
  { name: 'Amazon Associates', hosts: ['amzn.com'], query: [AMAZON_TAG] },
  // The old format, still in old posts: /exec/obidos/ASIN/<asin>/<tag>-20.
  { name: 'Amazon Associates', hostPattern: AMAZON_HOST, path: /^\/(?:exec\/obidos|o)\/asin\/[a-z0-9]{10}\/[\w-]{1,40}-2[0-2](?:\/|$)/i, evidence: 'path `/exec/obidos/ASIN/…/<tag>-20`' },
  { name: 'eBay Partner Network', hosts: ['rover.ebay.com'] },
  { name: 'eBay Partner Network', hostPattern: EBAY_HOST, query: [{ name: 'campid', value: /^\d{9,10}$/ }] },
  // mkcid=1 is the Partner Network's channel, mkevt=1 a click (eBay's tracking link documentation).
  { name: 'eBay Partner Network', hostPattern: EBAY_HOST, query: [{ name: 'mkcid', value: /^1$/ }, { name: 'mkevt', value: /^1$/ }] },
  { name: 'AliExpress Portals', hosts: ['s.click.aliexpress.com'] },
  { name: 'AliExpress Portals', hosts: ALIEXPRESS_HOSTS, query: [{ name: 'aff_fcid' }] },
  { name: 'AliExpress Portals', hosts: ALIEXPRESS_HOSTS, query: [{ name: 'aff_trace_key' }] },
  // Booking.com: a partner's aid; 304142 and 356980 (with `gen173…`/`gog235…` labels) are Booking's own, in URLs copied from its pages.
  {
    name: 'Booking.com',
    hosts: ['booking.com'],
    query: [{ name: 'aid', value: DIGITS }],
    unless: [{ name: 'aid', value: /^(?:304142|356980)$/ }, { name: 'label', value: /^(?:gen173|gog235)/ }],
  },
  { name: 'Expedia Group', hosts: ['expedia.com', 'expedia.co.uk', 'expedia.ca', 'expedia.de', 'expedia.fr', 'hotels.com', 'vrbo.com'], path: /^\/affiliate\/[A-Za-z0-9]{1,20}\/?$/ },
  { name: 'GetYourGuide', hosts: ['getyourguide.com'], query: [{ name: 'partner_id', value: /^[A-Za-z0-9]{4,12}$/ }] },
  { name: 'Envato Market', hosts: ENVATO_MARKET_HOSTS, query: [{ name: 'ref', value: ID }] },
  { name: 'Flipkart', hosts: ['flipkart.com'], query: [{ name: 'affid', value: ID }] },
  // Likely only: Amazon's a.co short links come from its share button too, with or without a tag;
  // FirstPromoter's `fpr` is a short name that other sites could use.
  { name: 'Amazon', hosts: ['a.co'], likely: true },
  { name: 'FirstPromoter', query: [{ name: 'fpr', value: /^[a-z0-9_-]{2,40}$/ }], likely: true },
];

/** The programmes by host: a link is tested against its host's and those that name no host. */
const PROGRAMMES_BY_HOST = new HostIndex(AFFILIATE_PROGRAMMES.length, (index) => AFFILIATE_PROGRAMMES[index]?.hosts ?? null);

/** Generic affiliate parameters: any programme's, on any host other than the site's own. */
const AFFILIATE_PARAMETERS: ReadonlySet<string> = new Set(['aff', 'affid', 'aff_id', 'affiliate', 'affiliate_id', 'affiliateid', 'refid']);
/** Values of those that name no one. */
const NO_ONE = /^(?:0|1|true|false|yes|no|none|null|off|on)$/i;
/** A referrer tag as programmes hand them out: an id with a digit in it (`ref=4792`, `ref=jane42`), not a word (`ref=producthunt`). */
const REFERRAL_ID = /^[A-Za-z0-9_-]{1,40}$/;
/** A git commit (`ref=3f9c2a1`), a branch or tag name is no referral. */
const COMMIT = /^[0-9a-f]{7,40}$/i;
/** Hosts whose `ref=` is a git ref or the merchant's own navigation, not a referrer. */
const OWN_REF_HOSTS = ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'gitea.com', 'sr.ht', 'sourceforge.net', 'githubusercontent.com', 'jsdelivr.net'];
const FORGE_LABEL = /^(?:git|gitlab|gitea|forgejo|code)\./;

/**
 * Cloaking redirectors of affiliate plugins (ThirstyAffiliates' `/recommends/`, Pretty Links' and
 * Lasso's `/go/`, `/out/`, `/refer/`, `/track/`): the first path segment, then one slug.
 * A file (`/out/index.html`) or a deeper path (`/go/doc/effective_go`) is not one.
 */
const REDIRECTOR = /^\/(go|out|recommends|refer|track)\/[\w-]{1,80}\/?$/;
/** Hosts where such paths are content: Go's documentation, music tracks, carriers' parcel tracking, Docker's own short links. */
const REDIRECTOR_CONTENT_HOSTS = [
  'go.dev', 'golang.org', 'golang.google.cn', 'jetbrains.com', 'docker.com',
  'usps.com', 'ups.com', 'fedex.com', 'dhl.com', 'dhl.de', 'royalmail.com', 'canadapost-postescanada.ca', 'auspost.com.au', '17track.net', 'parcelsapp.com',
  'bandcamp.com', 'spotify.com', 'deezer.com', 'tidal.com', 'music.apple.com', 'soundcloud.com', 'napster.com', 'qobuz.com', 'beatport.com',
  'musicbrainz.org', 'jamendo.com', 'audiomack.com', 'music.youtube.com', 'music.amazon.com', 'anghami.com', 'boomplay.com',
];
/** `affiliate.php`, `affiliates.php`: the click script of many self-hosted programmes. */
const AFFILIATE_SCRIPT = /(?:^|\/)(affiliates?\.php)$/i;

export interface EvidenceOptions {
  /** The site's own registrable domains (`siteDomains`): its links are never generic affiliate redirectors. */
  ownDomains?: ReadonlySet<string>;
  /** Only certain evidence (for images: a generic mark on a banner's URL says little). */
  certainOnly?: boolean;
}

/** Why a link is an affiliate link, or `null`. */
export function affiliateEvidenceOf(url: URL, options: EvidenceOptions = {}): AffiliateEvidence | null {
  // URL's getters build a new string on every call: each is read once.
  const host = url.hostname;
  const pathname = url.pathname;
  const parameters = url.search.length > 1 ? queryParameters(url) : EMPTY;
  for (const index of PROGRAMMES_BY_HOST.candidates(host)) {
    const programme = AFFILIATE_PROGRAMMES[index] as AffiliateProgramme;
    if (options.certainOnly && programme.likely) continue;
    const evidence = programmeEvidence(programme, host, pathname, parameters);
    if (evidence !== null) return { programme: programme.name, certain: !programme.likely, evidence };
  }
  if (options.certainOnly) return null;
  const generic = genericEvidence(host, pathname, parameters);
  if (generic === null || options.ownDomains?.has(registrableDomain(host))) return null;
  return { programme: null, certain: false, evidence: generic };
}

function programmeEvidence(programme: AffiliateProgramme, host: string, pathname: string, parameters: ReadonlyMap<string, string>): string | null {
  let matchedHost: string | null = null;
  if (programme.hosts) {
    matchedHost = matchingHost(host, programme.hosts);
    if (matchedHost === null) return null;
  }
  if (programme.hostPattern && !programme.hostPattern.test(host)) return null;
  if (programme.path && !programme.path.test(pathname)) return null;
  // Plain loops: a closure here would be allocated for every programme of every link.
  if (programme.query) for (const condition of programme.query) if (!holds(condition, parameters)) return null;
  if (programme.unless) for (const condition of programme.unless) if (holds(condition, parameters)) return null;
  if (programme.evidence) return programme.evidence;
  if (programme.query) return parameterNames(programme.query.map((condition) => condition.name));
  if (programme.path) return `path \`${firstSegment(pathname)}\``;
  return `host \`${matchedHost ?? host}\``;
}

function holds(condition: QueryCondition, parameters: ReadonlyMap<string, string>): boolean {
  if (parameters.size === 0) return false;
  const value = parameters.get(condition.name.toLowerCase());
  return value !== undefined && (!condition.value || condition.value.test(value));
}

/** The generic marks of an affiliate link: likely, never certain. */
function genericEvidence(host: string, pathname: string, parameters: ReadonlyMap<string, string>): string | null {
  for (const [name, value] of parameters) {
    if (AFFILIATE_PARAMETERS.has(name) && ID.test(value) && !NO_ONE.test(value)) return parameterNames([name]);
    if (name === 'ref' && isReferralId(value) && !refIsNavigation(host)) return parameterNames([name]);
  }
  const redirector = REDIRECTOR.exec(pathname);
  if (redirector && !hostMatches(host, REDIRECTOR_CONTENT_HOSTS)) return `path \`/${redirector[1]}/…\``;
  const script = AFFILIATE_SCRIPT.exec(pathname);
  if (script) return `path \`…/${script[1]}\``;
  return null;
}

function isReferralId(value: string): boolean {
  return REFERRAL_ID.test(value) && /\d/.test(value) && !(COMMIT.test(value) && /[a-f]/i.test(value));
}

function refIsNavigation(host: string): boolean {
  return hostMatches(host, OWN_REF_HOSTS) || FORGE_LABEL.test(host) || AMAZON_HOST.test(host);
}

/** Which of `candidates` the host is, or is a subdomain of (allocating nothing: it runs for every link). */
function matchingHost(host: string, candidates: readonly string[]): string | null {
  for (const candidate of candidates) {
    const before = host.length - candidate.length - 1;
    if (before === -1 ? host === candidate : before >= 0 && host.charCodeAt(before) === 46 && host.endsWith(candidate)) return candidate;
  }
  return null;
}

function parameterNames(names: readonly string[]): string {
  const quoted = names.map((name) => `\`${name}\``);
  return names.length === 1 ? `query parameter ${quoted[0]}` : `query parameters ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** `/r.cfm` as is, `/click/camref:…` as `/click/…`. */
function firstSegment(pathname: string): string {
  const end = pathname.indexOf('/', 1);
  return end === -1 ? pathname : `${pathname.slice(0, end)}/…`;
}

const EMPTY: ReadonlyMap<string, string> = new Map();

/** The query's parameters by lower-case name, the first of each name. */
function queryParameters(url: URL): ReadonlyMap<string, string> {
  const parameters = new Map<string, string>();
  for (const [key, value] of url.searchParams) {
    const name = key.toLowerCase();
    if (!parameters.has(name)) parameters.set(name, value);
  }
  return parameters;
}
