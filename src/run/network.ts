/**
 * Checking that image URLs answer with an image — without letting a pull request make the checker
 * reach inside the network it runs in. The rules of domain-notes §8, all of them:
 *
 * - https only (http when allowed), ports 443 and 80 only;
 * - every address is checked against private, loopback, link-local, unspecified, multicast and
 *   reserved ranges: IP literals before connecting (however written: `2130706433`, `0x7f.1`,
 *   `[::ffff:127.0.0.1]` — the WHATWG parser normalises them first), names at DNS lookup time, and
 *   the socket's peer once connected (which also defeats DNS rebinding);
 * - redirects followed by hand, at most 3, each hop checked again;
 * - connect and total time-outs; at most 64 KiB read after decompression (a gzip bomb stops there);
 * - a cap on URLs per run, a limit per host, `Retry-After` honoured once for 429 and 503;
 * - a cache of results that can be kept between runs.
 *
 * Transient failures (time-outs, 429, 5xx, DNS) are "transient": warnings, never blocking a merge.
 */
import dns from 'node:dns';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

import type { UrlVerdict } from '../engine/rule.js';

export type { UrlVerdict } from '../engine/rule.js';

export interface NetworkOptions {
  allowHttp: boolean;
  /** Ports a URL may name (default 443 and 80). */
  ports: number[];
  /** Whether an address may be connected to; the default refuses private and special ranges. */
  isAllowedAddress: (address: string) => boolean;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  perHost: number;
  concurrency: number;
  maxUrls: number;
  retryAfterMaxMs: number;
  /** A JSON file that keeps results between runs; `null` for none. */
  cacheFile: string | null;
  /** How long results stay valid in the cache. */
  cacheTtlMs: { ok: number; broken: number };
}

const BLOCKED = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

/** The default policy: public unicast addresses only. IPv4-mapped IPv6 addresses are judged as IPv4. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  const mapped = family === 6 ? mappedIpv4(address) : null;
  if (mapped) return !BLOCKED.check(mapped, 'ipv4');
  return !BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** `::ffff:127.0.0.1` or `::ffff:7f00:1` → `127.0.0.1`. */
function mappedIpv4(address: string): string | null {
  const match = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(.+)$/i.exec(address);
  if (!match?.[1]) return null;
  const tail = match[1];
  if (net.isIPv4(tail)) return tail;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail);
  if (!hex) return null;
  const high = Number.parseInt(hex[1] ?? '0', 16);
  const low = Number.parseInt(hex[2] ?? '0', 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

export const DEFAULT_NETWORK_OPTIONS: NetworkOptions = {
  allowHttp: false,
  ports: [443, 80],
  isAllowedAddress: isPublicAddress,
  connectTimeoutMs: 3_000,
  totalTimeoutMs: 10_000,
  maxBytes: 64 * 1024,
  maxRedirects: 3,
  perHost: 2,
  concurrency: 8,
  maxUrls: 500,
  retryAfterMaxMs: 5_000,
  cacheFile: null,
  cacheTtlMs: { ok: 7 * 24 * 3_600_000, broken: 24 * 3_600_000 },
};

class Refused extends Error {}

/** Checks each distinct URL once; the order of the result follows the input. */
export async function checkUrls(urls: readonly string[], partial: Partial<NetworkOptions> = {}, now = Date.now()): Promise<Map<string, UrlVerdict>> {
  const options = { ...DEFAULT_NETWORK_OPTIONS, ...partial };
  const distinct = [...new Set(urls)];
  const verdicts = new Map<string, UrlVerdict>();
  const cache = readCache(options.cacheFile);
  const pending: string[] = [];
  for (const url of distinct) {
    const cached = cache[url];
    const ttl = cached?.verdict.status === 'ok' ? options.cacheTtlMs.ok : options.cacheTtlMs.broken;
    if (cached && now - cached.at < ttl) verdicts.set(url, cached.verdict);
    else if (pending.length < options.maxUrls) pending.push(url);
    else verdicts.set(url, { status: 'skipped', reason: `not checked: over the limit of ${options.maxUrls} URLs per run` });
  }

  const perHost = new Map<string, number>();
  const queue = [...pending];
  const worker = async () => {
    for (;;) {
      const index = queue.findIndex((url) => (perHost.get(hostKey(url)) ?? 0) < options.perHost);
      if (index === -1) {
        if (queue.length === 0) return;
        await delay(20);
        continue;
      }
      const [url] = queue.splice(index, 1) as [string];
      const host = hostKey(url);
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      try {
        verdicts.set(url, await checkOne(url, options));
      } finally {
        perHost.set(host, (perHost.get(host) ?? 1) - 1);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, Math.max(1, pending.length)) }, worker));

  if (options.cacheFile) {
    for (const url of pending) {
      const verdict = verdicts.get(url);
      if (verdict && (verdict.status === 'ok' || verdict.status === 'broken' || verdict.status === 'blocked')) cache[url] = { verdict, at: now };
    }
    writeCache(options.cacheFile, cache);
  }
  return new Map(distinct.map((url) => [url, verdicts.get(url) ?? { status: 'skipped', reason: 'not checked' }]));
}

function hostKey(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

async function checkOne(original: string, options: NetworkOptions): Promise<UrlVerdict> {
  let current = original;
  let retried = false;
  for (let hop = 0; hop <= options.maxRedirects; ) {
    let url: URL;
    try {
      url = new URL(current);
    } catch {
      return { status: 'broken', reason: 'not a valid URL' };
    }
    const refusal = refuse(url, options);
    if (refusal) return refusal;
    let response: Response;
    try {
      response = await request(url, options);
    } catch (error) {
      if (error instanceof Refused) return { status: 'blocked', reason: error.message };
      return { status: 'transient', reason: describeError(error) };
    }
    const { status } = response;
    if ([301, 302, 303, 307, 308].includes(status)) {
      const location = response.location;
      if (!location) return { status: 'broken', reason: `a ${status} redirect without a Location` };
      current = new URL(location, url).href;
      hop++;
      continue;
    }
    if ((status === 429 || status === 503) && !retried) {
      const wait = retryAfterMs(response.retryAfter);
      if (wait !== null && wait <= options.retryAfterMaxMs) {
        retried = true;
        await delay(wait);
        continue;
      }
    }
    if (status === 429 || status >= 500) return { status: 'transient', reason: `the server answered ${status}` };
    if (status >= 400) return { status: 'broken', reason: `the server answered ${status}${status === 404 || status === 410 ? ' (no such image)' : ''}` };
    if (status < 200 || status >= 300) return { status: 'broken', reason: `the server answered ${status}` };
    const type = (response.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!type.startsWith('image/')) return { status: 'broken', reason: `the server sends \`${type || 'no content type'}\`, not an image` };
    if (!looksLikeImage(response.head)) return { status: 'broken', reason: `the server says \`${type}\` but sends no image` };
    return { status: 'ok' };
  }
  return { status: 'broken', reason: `more than ${options.maxRedirects} redirects` };
}

/**
 * Why a URL is not fetched at all, or `null`: a scheme, port or credentials the checker does not
 * use is a note ("skipped"); an address inside the network is refused ("blocked").
 */
function refuse(url: URL, options: NetworkOptions): UrlVerdict | null {
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && options.allowHttp)) return { status: 'skipped', reason: `not fetched: \`${url.protocol}\` URLs are not fetched` };
  if (url.username || url.password) return { status: 'blocked', reason: 'URLs with credentials are not fetched' };
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  if (!options.ports.includes(port)) return { status: 'skipped', reason: `not fetched: port ${port} is not fetched` };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) && !options.isAllowedAddress(host)) return { status: 'blocked', reason: `it points at a private or reserved address (${host})` };
  return null;
}

interface Response {
  status: number;
  location: string | undefined;
  retryAfter: string | undefined;
  contentType: string | undefined;
  head: Buffer;
}

function request(url: URL, options: NetworkOptions): Promise<Response> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (error: Error | null, value?: Response) => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      if (error) reject(error);
      else resolve(value as Response);
    };
    const lookup: net.LookupFunction = (hostname, lookupOptions, callback) => {
      dns.lookup(hostname, { all: true, family: lookupOptions.family ?? 0 }, (error, addresses) => {
        if (error) return (callback as (error: Error) => void)(error);
        const refused = addresses.find((entry) => !options.isAllowedAddress(entry.address));
        if (refused) return (callback as (error: Error) => void)(new Refused(`\`${hostname}\` resolves to a private or reserved address (${refused.address})`));
        if ((lookupOptions as { all?: boolean }).all) (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(null, addresses);
        else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4);
      });
    };
    const req = client.request(url, {
      method: 'GET',
      lookup,
      headers: { 'user-agent': 'content-lint (image check)', accept: 'image/*', 'accept-encoding': 'gzip, deflate, br' },
    });
    const total = setTimeout(() => req.destroy(new Error(`no complete answer within ${options.totalTimeoutMs / 1000} s`)), options.totalTimeoutMs);
    req.on('socket', (socket) => {
      const connectTimer = setTimeout(() => req.destroy(new Error(`no connection within ${options.connectTimeoutMs / 1000} s`)), options.connectTimeoutMs);
      const connected = () => {
        clearTimeout(connectTimer);
        // The last word: whatever the lookup said, the peer must be allowed.
        const peer = socket.remoteAddress;
        if (!peer || !options.isAllowedAddress(peer)) req.destroy(new Refused(`the connection reached a private or reserved address (${peer ?? 'unknown'})`));
      };
      if (socket.connecting) socket.once('connect', connected);
      else connected();
      socket.once('close', () => clearTimeout(connectTimer));
    });
    req.on('error', (error) => finish(error));
    req.on('response', (response) => {
      const base = {
        status: response.statusCode ?? 0,
        location: response.headers.location,
        retryAfter: response.headers['retry-after'],
        contentType: response.headers['content-type'],
      };
      if (base.status < 200 || base.status >= 300) {
        response.resume();
        req.destroy();
        finish(null, { ...base, head: Buffer.alloc(0) });
        return;
      }
      const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
      const decoder =
        encoding === 'gzip' ? zlib.createGunzip() : encoding === 'deflate' ? zlib.createInflate() : encoding === 'br' ? zlib.createBrotliDecompress() : null;
      const stream = decoder ? response.pipe(decoder) : response;
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        req.destroy();
        decoder?.destroy();
        finish(null, { ...base, head: Buffer.concat(chunks).subarray(0, options.maxBytes) });
      };
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= options.maxBytes) done();
      });
      stream.on('end', done);
      stream.on('error', (error) => (size > 0 ? done() : finish(error)));
    });
    req.end();
  });
}

/** Magic numbers of the image formats browsers show; SVG by its root element. */
export function looksLikeImage(head: Buffer): boolean {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return true;
  if (starts(0x52, 0x49, 0x46, 0x46) && head.subarray(8, 12).toString('latin1') === 'WEBP') return true;
  if (head.subarray(4, 8).toString('latin1') === 'ftyp' && /^(?:avif|avis|heic|heix|mif1|msf1)$/.test(head.subarray(8, 12).toString('latin1'))) return true;
  if (starts(0x42, 0x4d) || starts(0x00, 0x00, 0x01, 0x00) || starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return true;
  if (starts(0xff, 0x0a) || starts(0x00, 0x00, 0x00, 0x0c, 0x4a, 0x58, 0x4c, 0x20)) return true;
  return /<svg[\s>]/i.test(head.subarray(0, 4096).toString('utf8'));
}

function retryAfterMs(header: string | undefined): number | null {
  if (header === undefined) return null;
  if (/^\d{1,6}$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND') return 'the host name does not resolve';
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET') return 'the connection was reset';
  return (error as Error).message || String(error);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

type Cache = Record<string, { verdict: UrlVerdict; at: number }>;

function readCache(file: string | null): Cache {
  if (!file) return Object.create(null) as Cache;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; entries?: Cache };
    return data.version === 1 && data.entries ? Object.assign(Object.create(null) as Cache, data.entries) : (Object.create(null) as Cache);
  } catch {
    return Object.create(null) as Cache;
  }
}

function writeCache(file: string, cache: Cache): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ version: 1, entries: cache })}\n`);
  } catch {
    // A cache that cannot be written only costs time on the next run.
  }
}
