import { hostMatches } from '../url/url.js';

/**
 * Our own signature table of affiliate programmes, written from their public integration
 * documentation (not from filter lists, whose licences forbid shipping them). One place to extend:
 * add an entry, add a fixture.
 *
 * Hosts match the host itself and any subdomain of it.
 */

export interface AffiliateProgramme {
  name: string;
  /** Hosts whose links are affiliate links (subdomains included). */
  hosts?: string[];
  /** Paths that mark an affiliate link on any host (vanity domains). */
  path?: RegExp;
  /** A query parameter that marks an affiliate link on these hosts. */
  query?: { name: string; value?: RegExp; hosts?: RegExp };
}

/**
 * Every regular expression here is anchored and made of bounded runs of distinct character
 * classes, so it runs in linear time (checked by the ReDoS analyser in CI).
 */
export const AFFILIATE_PROGRAMMES: AffiliateProgramme[] = [
  // Impact: /c/<partner>/<ad>/<campaign> clicks and /i/… impressions, on impact's own and vanity domains.
  { name: 'Impact', path: /^\/[ci]\/\d{1,12}\/\d{1,12}\/\d{1,12}(?:\/|$)/ },
  { name: 'Impact', hosts: ['impactradius-go.com'], path: /^\/display-ad\// },
  { name: 'CJ Affiliate', hosts: ['anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com', 'kqzyfj.com', 'tkqlhce.com', 'emjcd.com', 'qksrv.net', 'afcyhf.com'] },
  { name: 'ShareASale', hosts: ['shareasale.com', 'shareasale-analytics.com'], path: /^\/(?:r|m-redirect)\.cfm/i },
  { name: 'Awin', hosts: ['awin1.com', 'zenaps.com'], path: /^\/(?:cread|awclick)\.php/i },
  { name: 'Rakuten Advertising', hosts: ['click.linksynergy.com', 'linksynergy.com'] },
  { name: 'Partnerize', hosts: ['prf.hn'], path: /^\/click\// },
  { name: 'AvantLink', hosts: ['avantlink.com'], path: /^\/click\.php/i },
  { name: 'Skimlinks', hosts: ['go.skimresources.com', 'go.redirectingat.com'] },
  { name: 'VigLink (Sovrn)', hosts: ['redirect.viglink.com', 'sovrn.co'] },
  { name: 'ClickBank', hosts: ['hop.clickbank.net'] },
  { name: 'FlexOffers', hosts: ['track.flexlinkspro.com', 'track.flexlinks.com'] },
  // 2Checkout (Verifone) resellers: /order/checkout.php?…AFFILIATE=<digits> on any host.
  { name: '2Checkout', path: /^\/order\/checkout\.php$/i, query: { name: 'AFFILIATE', value: /^\d{1,12}$/ } },
  { name: 'Amazon Associates', hosts: ['amzn.to', 'amzn.eu', 'amzn.asia'] },
  { name: 'Amazon Associates', query: { name: 'tag', value: /^[\w-]{1,40}-2[0-2]$/, hosts: /(?:^|\.)amazon\.(?:com|ca|co\.uk|de|fr|it|es|co\.jp|in|com\.au|com\.br|com\.mx|nl|se|pl|sg|ae|sa|com\.tr)$/ } },
];

export function affiliateProgrammeOf(url: URL): AffiliateProgramme | null {
  // URL's getters build a new string on every call: each is read once.
  const host = url.hostname;
  const pathname = url.pathname;
  for (const programme of AFFILIATE_PROGRAMMES) {
    if (programme.hosts && !hostMatches(host, programme.hosts)) continue;
    if (programme.path && !programme.path.test(pathname)) continue;
    if (programme.query) {
      if (programme.query.hosts && !programme.query.hosts.test(host)) continue;
      const value = queryValue(url, programme.query.name);
      if (value === undefined || (programme.query.value && !programme.query.value.test(value))) continue;
    }
    if (!programme.hosts && !programme.path && !programme.query) continue;
    return programme;
  }
  return null;
}

/**
 * A query parameter's value, its name in any case. (Kept out of the loop above: a closure there
 * would capture the loop's variable, and V8 would allocate a context for every programme of every link.)
 */
function queryValue(url: URL, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === wanted) return value;
  return undefined;
}
