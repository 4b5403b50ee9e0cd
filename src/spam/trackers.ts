import { hostMatches } from '../url/url.js';

/**
 * Our own table of tracking endpoints: the addresses that the vendors' own "image" or `<noscript>`
 * tags send a page view to, written from each vendor's integration documentation (not from filter
 * lists, whose licences forbid shipping them). An image loaded from one of them is a tracking pixel
 * whatever its size: the request itself is the report. One place to extend: add an entry, add a
 * fixture line.
 *
 * Hosts match the host itself and any subdomain of it. Paths match by whole segments (`/tr` is
 * `/tr`, `/tr/` and `/tr/…`, never `/track`), in lower case.
 */
export interface Tracker {
  /** The vendor, as the message names it: "Unexpected Meta tracking pixel". */
  name: string;
  /** Hosts the beacon goes to; empty for an endpoint that any host can serve (a self-hosted Matomo). */
  hosts: string[];
  /** The beacon's paths; absent when the host serves nothing but beacons. */
  paths?: string[];
  /** The beacon's file name, in any folder (`matomo.php`), for endpoints on any host. */
  fileNames?: string[];
  /** A query parameter that every beacon carries, where the file name alone is too common (`idsite`). */
  query?: string;
}

export const TRACKERS: Tracker[] = [
  // Meta Pixel: the `<noscript>` fallback `<img height="1" width="1" src="https://www.facebook.com/tr?id=…&ev=PageView&noscript=1">`.
  { name: 'Meta', hosts: ['facebook.com'], paths: ['/tr'] },
  // Google Analytics Measurement Protocol (Universal `/collect`, GA4 `/g/collect`, older `/r/` and `/j/`, urchin `__utm.gif`).
  { name: 'Google Analytics', hosts: ['google-analytics.com'], paths: ['/collect', '/g/collect', '/r/collect', '/j/collect', '/__utm.gif'] },
  { name: 'Google Analytics', hosts: ['analytics.google.com'], paths: ['/g/collect'] },
  // Google Ads conversion tracking: the `<noscript>` image of the conversion and remarketing tags.
  { name: 'Google Ads', hosts: ['googleads.g.doubleclick.net'], paths: ['/pagead/viewthroughconversion'] },
  { name: 'Google Ads', hosts: ['googleadservices.com'], paths: ['/pagead/conversion'] },
  // WordPress.com Stats and Jetpack Stats: hosts that serve only the stats script and its beacons.
  { name: 'WordPress.com Stats', hosts: ['pixel.wp.com', 'stats.wp.com'] },
  // Microsoft Advertising Universal Event Tracking: `https://bat.bing.com/action/0?ti=…&Ver=2` in `<noscript>`.
  { name: 'Microsoft Advertising', hosts: ['bat.bing.com'], paths: ['/action'] },
  // X (Twitter) conversion tracking: `https://t.co/i/adsct?txn_id=…` and `analytics.twitter.com/i/adsct`.
  { name: 'X (Twitter) Ads', hosts: ['t.co'], paths: ['/i/adsct'] },
  { name: 'X (Twitter) Ads', hosts: ['analytics.twitter.com'] },
  // LinkedIn Insight Tag: `https://px.ads.linkedin.com/collect/?pid=…&fmt=gif` in `<noscript>`.
  { name: 'LinkedIn', hosts: ['px.ads.linkedin.com'] },
  { name: 'LinkedIn', hosts: ['dc.ads.linkedin.com'], paths: ['/collect'] },
  // Pinterest Tag: `https://ct.pinterest.com/v3/?event=init&tid=…&noscript=1`.
  { name: 'Pinterest', hosts: ['ct.pinterest.com'] },
  // Quantcast Measure: `//pixel.quantserve.com/pixel/p-….gif`.
  { name: 'Quantcast', hosts: ['pixel.quantserve.com'] },
  // comScore: `https://sb.scorecardresearch.com/p?c1=2&c2=…&cv=2.0&cj=1`; the domain serves measurement only.
  { name: 'comScore', hosts: ['scorecardresearch.com'] },
  // HubSpot analytics beacon.
  { name: 'HubSpot', hosts: ['track.hubspot.com'], paths: ['/__ptq.gif'] },
  // Mailchimp's email open tracker, pasted along with a newsletter: `https://….list-manage.com/track/open.php?u=…&id=…`.
  { name: 'Mailchimp', hosts: ['list-manage.com'], paths: ['/track/open.php'] },
  // MediaMath and Xandr (AppNexus) segment and conversion pixels: `pixel.mathtag.com/event/img?…`, `ib.adnxs.com/px?id=…&t=2`.
  { name: 'MediaMath', hosts: ['pixel.mathtag.com'] },
  { name: 'Xandr', hosts: ['ib.adnxs.com'] },
  // Yandex Metrica's `<noscript>` image: `https://mc.yandex.ru/watch/<counter>`.
  { name: 'Yandex Metrica', hosts: ['mc.yandex.ru', 'mc.yandex.com'], paths: ['/watch'] },
  // Statcounter's `<noscript>` image: `https://c.statcounter.com/<project>/0/<security>/1/`.
  { name: 'Statcounter', hosts: ['c.statcounter.com'] },
  // Affiliate impression pixels: Amazon Associates (`//ir-na.amazon-adsystem.com/e/ir?t=…-20`) and Rakuten (`ad.linksynergy.com/fs-bin/show?…`).
  { name: 'Amazon Associates', hosts: ['amazon-adsystem.com'], paths: ['/e/ir'] },
  { name: 'Rakuten Advertising', hosts: ['ad.linksynergy.com'], paths: ['/fs-bin/show'] },
  // Matomo (formerly Piwik) image tracking, self-hosted on any host: `https://stats.example.org/matomo.php?idsite=1&rec=1`.
  { name: 'Matomo', hosts: [], fileNames: ['matomo.php', 'piwik.php'], query: 'idsite' },
];

/** The tracker whose endpoint a URL is, or `null`. */
export function trackerOf(url: URL): Tracker | null {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  for (const tracker of TRACKERS) {
    if (tracker.hosts.length > 0 && !hostMatches(host, tracker.hosts)) continue;
    if (tracker.paths && !tracker.paths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) continue;
    if (tracker.fileNames && !tracker.fileNames.includes(path.slice(path.lastIndexOf('/') + 1))) continue;
    if (tracker.query && !hasParameter(url, tracker.query)) continue;
    return tracker;
  }
  return null;
}

function hasParameter(url: URL, name: string): boolean {
  for (const key of url.searchParams.keys()) if (key.toLowerCase() === name) return true;
  return false;
}
