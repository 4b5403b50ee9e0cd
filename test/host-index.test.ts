/**
 * The tables every link is checked against (#25): indexed by host, they must answer as a scan of
 * the whole table in order would — the first entry that matches names the network or programme.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { adNetworkOfLink, adNetworkOfResource, AD_NETWORKS } from '../src/spam/ad-networks.js';
import { affiliateEvidenceOf } from '../src/spam/affiliates.js';
import { detached } from '../src/text/detached.js';
import { HostIndex } from '../src/url/host-index.js';
import { compileUrlPatterns, urlMatches } from '../src/url/patterns.js';

describe('HostIndex', () => {
  const hosts = [['example.com'], null, ['ads.example.com', 'example.net'], ['com'], null];
  const index = new HostIndex(hosts.length, (entry) => hosts[entry] ?? null);

  it('gives the entries of the host, its parent domains and the hostless ones, in table order', () => {
    expect(index.candidates('ads.example.com')).toEqual([0, 1, 2, 3, 4]);
    expect(index.candidates('www.example.com')).toEqual([0, 1, 3, 4]);
    expect(index.candidates('example.net')).toEqual([1, 2, 4]);
    expect(index.candidates('badexample.net')).toEqual([1, 4]);
    expect(index.candidates('example.org')).toEqual([1, 4]);
  });

  it('does not take a host for its suffix without a dot (`notexample.com` is not `example.com`)', () => {
    expect(index.candidates('notexample.com')).toEqual([1, 3, 4]);
  });
});

describe('the ad network tables', () => {
  /** What the tables said before they were indexed: every network's patterns in turn. */
  const scan = (url: URL, resources: boolean) =>
    AD_NETWORKS.find((network) => urlMatches(url, compileUrlPatterns([...network.hosts, ...(resources ? (network.domains ?? []) : [])]))) ?? null;
  const urls = [
    ...AD_NETWORKS.flatMap((network) => [...network.hosts, ...(network.domains ?? [])]).flatMap((pattern) => [`https://${pattern}`, `https://sub.${pattern}/x`, `https://${pattern}x/`]),
    'https://example.com/',
    'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js',
    'https://www.googletagservices.com/tag/js/gpt.js',
  ];

  it('name the same network as a scan of the table in order, for links and resources', () => {
    for (const raw of urls) {
      const url = new URL(raw);
      expect(adNetworkOfLink(url)?.name ?? null, raw).toBe(scan(url, false)?.name ?? null);
      expect(adNetworkOfResource(url)?.name ?? null, raw).toBe(scan(url, true)?.name ?? null);
    }
  });
});

describe('affiliate programmes by host', () => {
  it('still find host, host-pattern, path and query programmes, the first in the table winning', () => {
    const programme = (raw: string) => affiliateEvidenceOf(new URL(raw))?.programme ?? null;
    expect(programme('https://www.anrdoezrs.net/click-1-2')).toBe('CJ');
    expect(programme('https://amzn.to/3xYz')).toBe('Amazon Associates');
    expect(programme('https://www.amazon.de/dp/B000?tag=site-21')).toBe('Amazon Associates');
    expect(programme('https://shop.example.com/c/123/456/789')).toBe('Impact');
    // An Impact-shaped path on a host of a programme listed later: the path programme comes first in the table.
    expect(programme('https://geni.us/c/1/2/3')).toBe('Impact');
    expect(programme('https://geni.us/abc')).toBe('Genius Link');
    expect(programme('https://example.com/?a_aid=jane')).toBe('Post Affiliate Pro');
    expect(programme('https://example.com/plain')).toBeNull();
  });
});

describe('detached', () => {
  it('keeps nothing of the text a string was cut from', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let posts: string[] | null = Array.from({ length: 200 }, (_, index) => `post ${index} `.repeat(20_000));
    const kept = posts.map((post) => detached(post.slice(5_000, 5_100)));
    gc();
    const before = process.memoryUsage().heapUsed;
    posts = null;
    gc();
    // About 40 MB of posts: all of it freed, the 200 copies kept.
    expect(before - process.memoryUsage().heapUsed).toBeGreaterThan(30_000_000);
    expect(kept[7]).toBe(`post 7 `.repeat(20_000).slice(5_000, 5_100));
  });

  it('leaves short strings as they are', () => {
    expect(detached('')).toBe('');
    expect(detached('short')).toBe('short');
  });
});
