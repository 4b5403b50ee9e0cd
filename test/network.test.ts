/**
 * Image URL checks against servers on 127.0.0.1 only. The fetching tests allow exactly the test
 * server's address and port; the SSRF tests keep the real policy and assert that a counting server
 * is never connected to, whatever form the address takes.
 */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrls, isPublicAddress, looksLikeImage, type NetworkOptions } from '../src/run/network.js';
import { withTempDir } from './helpers.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082', 'hex');
const BOMB = zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024));

let server: http.Server;
let base = '';
let requests = 0;
let tooManyServed = false;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests++;
    const url = request.url ?? '/';
    const redirect = /^\/redirect\/(\d+)$/.exec(url);
    if (url === '/image.png') response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    else if (url === '/page') response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>an article</body></html>');
    else if (url === '/fake.png') response.writeHead(200, { 'content-type': 'image/png' }).end('<html>not really</html>');
    else if (url === '/missing.png') response.writeHead(404).end();
    else if (url === '/gone.png') response.writeHead(410).end();
    else if (redirect) response.writeHead(302, { location: Number(redirect[1]) > 1 ? `/redirect/${Number(redirect[1]) - 1}` : '/image.png' }).end();
    else if (url === '/slow.png') setTimeout(() => response.writeHead(200, { 'content-type': 'image/png' }).end(PNG), 5_000).unref();
    else if (url === '/huge.png') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.write(PNG);
      const chunk = Buffer.alloc(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 200 && response.write(chunk)) sent++;
        if (sent < 200) response.once('drain', pump);
        else response.end();
      };
      pump();
    } else if (url === '/bomb.png') response.writeHead(200, { 'content-type': 'image/png', 'content-encoding': 'gzip' }).end(BOMB);
    else if (url === '/busy.png') {
      if (tooManyServed) response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      else {
        tooManyServed = true;
        response.writeHead(429, { 'retry-after': '1' }).end();
      }
    } else if (url === '/down.png') response.writeHead(503).end();
    else response.writeHead(500).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

function testOptions(extra: Partial<NetworkOptions> = {}): Partial<NetworkOptions> {
  const port = (server.address() as AddressInfo).port;
  return { allowHttp: true, ports: [port], isAllowedAddress: (address) => address === '127.0.0.1', totalTimeoutMs: 1_500, connectTimeoutMs: 1_000, ...extra };
}

describe('image checks', () => {
  it('tells images from pages, fakes, missing and gone files, and follows up to 3 redirects', async () => {
    const urls = ['/image.png', '/page', '/fake.png', '/missing.png', '/gone.png', '/redirect/3', '/redirect/4'].map((url) => base + url);
    const verdicts = await checkUrls(urls, testOptions());
    expect(urls.map((url) => verdicts.get(url))).toEqual([
      { status: 'ok' },
      { status: 'broken', reason: 'the server sends `text/html`, not an image' },
      { status: 'broken', reason: 'the server says `image/png` but sends no image' },
      { status: 'broken', reason: 'the server answered 404 (no such image)' },
      { status: 'broken', reason: 'the server answered 410 (no such image)' },
      { status: 'ok' },
      { status: 'broken', reason: 'more than 3 redirects' },
    ]);
  });

  it('gives up on a slow server within the time-out, as a transient failure', async () => {
    const started = Date.now();
    const verdicts = await checkUrls([`${base}/slow.png`], testOptions());
    expect(verdicts.get(`${base}/slow.png`)).toEqual({ status: 'transient', reason: 'no complete answer within 1.5 s' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('reads at most 64 KiB of a huge image and of a gzip bomb', async () => {
    const before = process.memoryUsage().rss;
    const verdicts = await checkUrls([`${base}/huge.png`, `${base}/bomb.png`], testOptions());
    expect(verdicts.get(`${base}/huge.png`)).toEqual({ status: 'ok' });
    expect(verdicts.get(`${base}/bomb.png`)).toEqual({ status: 'broken', reason: 'the server says `image/png` but sends no image' });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('honours Retry-After once for 429, and calls 503 transient', async () => {
    const verdicts = await checkUrls([`${base}/busy.png`, `${base}/down.png`], testOptions());
    expect(verdicts.get(`${base}/busy.png`)).toEqual({ status: 'ok' });
    expect(verdicts.get(`${base}/down.png`)).toEqual({ status: 'transient', reason: 'the server answered 503' });
  });

  it('keeps results in a cache file between runs', async () => {
    await withTempDir(async (directory) => {
      const cacheFile = path.join(directory, 'cache', 'urls.json');
      await checkUrls([`${base}/image.png`, `${base}/missing.png`], testOptions({ cacheFile }));
      expect(existsSync(cacheFile)).toBe(true);
      const count = requests;
      const verdicts = await checkUrls([`${base}/image.png`, `${base}/missing.png`], testOptions({ cacheFile }));
      expect(requests).toBe(count);
      expect(verdicts.get(`${base}/missing.png`)?.status).toBe('broken');
    });
  });

  it('checks at most maxUrls per run and says so for the rest', async () => {
    const verdicts = await checkUrls([`${base}/image.png`, `${base}/page`], testOptions({ maxUrls: 1 }));
    expect(verdicts.get(`${base}/page`)).toEqual({ status: 'skipped', reason: 'not checked: over the limit of 1 URLs per run' });
  });

  it('recognises image formats by their first bytes', () => {
    expect(looksLikeImage(PNG)).toBe(true);
    expect(looksLikeImage(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(true);
    expect(looksLikeImage(Buffer.from('<!doctype html><html>'))).toBe(false);
  });
});

describe('the image-reachable rule, end to end', () => {
  it('reports broken images as errors and unreachable ones as warnings, at their lines', async () => {
    const { lintPaths } = await import('../src/run/lint.js');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    await withTempDir(async (directory) => {
      mkdirSync(path.join(directory, '.git'));
      writeFileSync(
        path.join(directory, 'post.md'),
        `---\ntitle: x\nthumbnail: ${base}/missing.png\ncover: ${base}/image.png\nbanner: ${base}/down.png\n---\n`,
      );
      const { result } = await lintPaths({ cwd: directory, patterns: [], network: testOptions() });
      expect(result.files[0]?.findings.filter((finding) => finding.ruleId === 'image-reachable').map((finding) => `${finding.line} ${finding.severity} ${finding.message}`)).toEqual([
        `3 error Unexpected image \`${base}/missing.png\` in \`thumbnail\`: the server answered 404 (no such image)`,
        `5 warning Could not check image \`${base}/down.png\` in \`banner\`: the server answered 503; it is checked again on the next run`,
      ]);
    });
  });
});

describe('SSRF guard', () => {
  let counting: http.Server;
  let redirecting: http.Server;
  let connections = 0;
  let port = 0;
  let redirectPort = 0;

  beforeAll(async () => {
    counting = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(PNG));
    counting.on('connection', () => connections++);
    counting.listen(0, '127.0.0.1');
    await once(counting, 'listening');
    port = (counting.address() as AddressInfo).port;
    redirecting = http.createServer((_request, response) => response.writeHead(302, { location: `http://127.0.0.1:${port}/image.png` }).end());
    redirecting.listen(0, '127.0.0.2');
    await once(redirecting, 'listening');
    redirectPort = (redirecting.address() as AddressInfo).port;
  });

  afterAll(() => {
    counting.close();
    redirecting.close();
  });

  it('never connects to loopback, however the address is written', async () => {
    const forms = [
      `http://127.0.0.1:${port}/a.png`,
      `http://localhost:${port}/a.png`,
      `http://2130706433:${port}/a.png`,
      `http://0x7f.1:${port}/a.png`,
      `http://0177.0.0.1:${port}/a.png`,
      `http://[::ffff:127.0.0.1]:${port}/a.png`,
      `http://[::1]:${port}/a.png`,
      `http://0.0.0.0:${port}/a.png`,
      `http://user@127.0.0.1:${port}/a.png`,
      `http://169.254.169.254:${port}/latest/meta-data`,
      `http://[fe80::1]:${port}/a.png`,
      `http://10.0.0.1:${port}/a.png`,
      `http://192.168.1.1:${port}/a.png`,
    ];
    const verdicts = await checkUrls(forms, { allowHttp: true, ports: [port], connectTimeoutMs: 500, totalTimeoutMs: 1_000 });
    for (const url of forms) expect(verdicts.get(url)?.status, url).toBe('blocked');
    // (`http:` is allowed here so that each form reaches the address check.)
    expect(connections).toBe(0);
  });

  it('checks again after a redirect', async () => {
    const url = `http://127.0.0.2:${redirectPort}/a.png`;
    const verdicts = await checkUrls([url], { allowHttp: true, ports: [port, redirectPort], isAllowedAddress: (address) => address === '127.0.0.2' });
    expect(verdicts.get(url)).toEqual({ status: 'blocked', reason: `it points at a private or reserved address (127.0.0.1)` });
    expect(connections).toBe(0);
  });

  it('refuses plain http, other ports and credentials by default', async () => {
    const urls = ['http://example.com/a.png', 'https://example.com:8443/a.png', 'https://user:secret@example.com/a.png', 'ftp://example.com/a.png'];
    const verdicts = await checkUrls(urls);
    expect(urls.map((url) => verdicts.get(url))).toEqual([
      { status: 'skipped', reason: 'not fetched: `http:` URLs are not fetched' },
      { status: 'skipped', reason: 'not fetched: port 8443 is not fetched' },
      { status: 'blocked', reason: 'URLs with credentials are not fetched' },
      { status: 'skipped', reason: 'not fetched: `ftp:` URLs are not fetched' },
    ]);
  });

  it('classes addresses as a policy should', () => {
    expect(['8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'].map(isPublicAddress)).toEqual([true, true, true]);
    expect(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.0.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', 'not an address'].map(isPublicAddress)).toEqual(
      Array(14).fill(false),
    );
  });
});
