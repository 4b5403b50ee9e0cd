import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import "./chunk-VX4HL5QL.js";

// src/run/network.ts
import dns from "node:dns";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import path from "node:path";
import zlib from "node:zlib";
var BLOCKED = new net.BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4]
]) {
  BLOCKED.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8]
]) {
  BLOCKED.addSubnet(network, prefix, "ipv6");
}
function isPublicAddress(address) {
  const family = net.isIP(address);
  if (family === 0) return false;
  const mapped = family === 6 ? mappedIpv4(address) : null;
  if (mapped) return !BLOCKED.check(mapped, "ipv4");
  return !BLOCKED.check(address, family === 4 ? "ipv4" : "ipv6");
}
function mappedIpv4(address) {
  const match = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(.+)$/i.exec(address);
  if (!match?.[1]) return null;
  const tail = match[1];
  if (net.isIPv4(tail)) return tail;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail);
  if (!hex) return null;
  const high = Number.parseInt(hex[1] ?? "0", 16);
  const low = Number.parseInt(hex[2] ?? "0", 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}
var DEFAULT_NETWORK_OPTIONS = {
  allowHttp: false,
  ports: [443, 80],
  isAllowedAddress: isPublicAddress,
  connectTimeoutMs: 3e3,
  totalTimeoutMs: 1e4,
  maxBytes: 64 * 1024,
  maxRedirects: 3,
  perHost: 2,
  concurrency: 8,
  maxUrls: 500,
  retryAfterMaxMs: 5e3,
  cacheFile: null,
  cacheTtlMs: { ok: 7 * 24 * 36e5, broken: 24 * 36e5 }
};
var Refused = class extends Error {
};
async function checkUrls(urls, partial = {}, now = Date.now()) {
  const options = { ...DEFAULT_NETWORK_OPTIONS, ...partial };
  const distinct = [...new Set(urls)];
  const verdicts = /* @__PURE__ */ new Map();
  const cache = readCache(options.cacheFile);
  const pending = [];
  for (const url of distinct) {
    const cached = cache[url];
    const ttl = cached?.verdict.status === "ok" ? options.cacheTtlMs.ok : options.cacheTtlMs.broken;
    if (cached && now - cached.at < ttl) verdicts.set(url, cached.verdict);
    else if (pending.length < options.maxUrls) pending.push(url);
    else verdicts.set(url, { status: "skipped", reason: `not checked: over the limit of ${options.maxUrls} URLs per run` });
  }
  const perHost = /* @__PURE__ */ new Map();
  const queue = [...pending];
  const worker = async () => {
    for (; ; ) {
      const index = queue.findIndex((url2) => (perHost.get(hostKey(url2)) ?? 0) < options.perHost);
      if (index === -1) {
        if (queue.length === 0) return;
        await delay(20);
        continue;
      }
      const [url] = queue.splice(index, 1);
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
      if (verdict && (verdict.status === "ok" || verdict.status === "broken" || verdict.status === "blocked")) cache[url] = { verdict, at: now };
    }
    writeCache(options.cacheFile, cache);
  }
  return new Map(distinct.map((url) => [url, verdicts.get(url) ?? { status: "skipped", reason: "not checked" }]));
}
function hostKey(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
async function checkOne(original, options) {
  let current = original;
  let retried = false;
  for (let hop = 0; hop <= options.maxRedirects; ) {
    let url;
    try {
      url = new URL(current);
    } catch {
      return { status: "broken", reason: "not a valid URL" };
    }
    const refusal = refuse(url, options);
    if (refusal) return refusal;
    let response;
    try {
      response = await request(url, options);
    } catch (error) {
      if (error instanceof Refused) return { status: "blocked", reason: error.message };
      return { status: "transient", reason: describeError(error) };
    }
    const { status } = response;
    if ([301, 302, 303, 307, 308].includes(status)) {
      const location = response.location;
      if (!location) return { status: "broken", reason: `a ${status} redirect without a Location` };
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
    if (status === 429 || status >= 500) return { status: "transient", reason: `the server answered ${status}` };
    if (status >= 400) return { status: "broken", reason: `the server answered ${status}${status === 404 || status === 410 ? " (no such image)" : ""}` };
    if (status < 200 || status >= 300) return { status: "broken", reason: `the server answered ${status}` };
    const type = (response.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!type.startsWith("image/")) return { status: "broken", reason: `the server sends \`${type || "no content type"}\`, not an image` };
    if (!looksLikeImage(response.head)) return { status: "broken", reason: `the server says \`${type}\` but sends no image` };
    return { status: "ok" };
  }
  return { status: "broken", reason: `more than ${options.maxRedirects} redirects` };
}
function refuse(url, options) {
  if (url.protocol !== "https:" && !(url.protocol === "http:" && options.allowHttp)) return { status: "skipped", reason: `not fetched: \`${url.protocol}\` URLs are not fetched` };
  if (url.username || url.password) return { status: "blocked", reason: "URLs with credentials are not fetched" };
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  if (!options.ports.includes(port)) return { status: "skipped", reason: `not fetched: port ${port} is not fetched` };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && !options.isAllowedAddress(host)) return { status: "blocked", reason: `it points at a private or reserved address (${host})` };
  return null;
}
function request(url, options) {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    let settled = false;
    const finish = (error, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      if (error) reject(error);
      else resolve(value);
    };
    const lookup = (hostname, lookupOptions, callback) => {
      dns.lookup(hostname, { all: true, family: lookupOptions.family ?? 0 }, (error, addresses) => {
        if (error) return callback(error);
        const refused = addresses.find((entry) => !options.isAllowedAddress(entry.address));
        if (refused) return callback(new Refused(`\`${hostname}\` resolves to a private or reserved address (${refused.address})`));
        if (lookupOptions.all) callback(null, addresses);
        else callback(null, addresses[0]?.address ?? "", addresses[0]?.family ?? 4);
      });
    };
    const req = client.request(url, {
      method: "GET",
      lookup,
      headers: { "user-agent": "content-lint (image check)", accept: "image/*", "accept-encoding": "gzip, deflate, br" }
    });
    const total = setTimeout(() => req.destroy(new Error(`no complete answer within ${options.totalTimeoutMs / 1e3} s`)), options.totalTimeoutMs);
    req.on("socket", (socket) => {
      const connectTimer = setTimeout(() => req.destroy(new Error(`no connection within ${options.connectTimeoutMs / 1e3} s`)), options.connectTimeoutMs);
      const connected = () => {
        clearTimeout(connectTimer);
        const peer = socket.remoteAddress;
        if (!peer || !options.isAllowedAddress(peer)) req.destroy(new Refused(`the connection reached a private or reserved address (${peer ?? "unknown"})`));
      };
      if (socket.connecting) socket.once("connect", connected);
      else connected();
      socket.once("close", () => clearTimeout(connectTimer));
    });
    req.on("error", (error) => finish(error));
    req.on("response", (response) => {
      const base = {
        status: response.statusCode ?? 0,
        location: response.headers.location,
        retryAfter: response.headers["retry-after"],
        contentType: response.headers["content-type"]
      };
      if (base.status < 200 || base.status >= 300) {
        response.resume();
        req.destroy();
        finish(null, { ...base, head: Buffer.alloc(0) });
        return;
      }
      const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
      const decoder = encoding === "gzip" ? zlib.createGunzip() : encoding === "deflate" ? zlib.createInflate() : encoding === "br" ? zlib.createBrotliDecompress() : null;
      const stream = decoder ? response.pipe(decoder) : response;
      const chunks = [];
      let size = 0;
      const done = () => {
        req.destroy();
        decoder?.destroy();
        finish(null, { ...base, head: Buffer.concat(chunks).subarray(0, options.maxBytes) });
      };
      stream.on("data", (chunk) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= options.maxBytes) done();
      });
      stream.on("end", done);
      stream.on("error", (error) => size > 0 ? done() : finish(error));
    });
    req.end();
  });
}
function looksLikeImage(head) {
  const starts = (...bytes) => bytes.every((byte, index) => head[index] === byte);
  if (starts(137, 80, 78, 71) || starts(255, 216, 255) || starts(71, 73, 70, 56)) return true;
  if (starts(82, 73, 70, 70) && head.subarray(8, 12).toString("latin1") === "WEBP") return true;
  if (head.subarray(4, 8).toString("latin1") === "ftyp" && /^(?:avif|avis|heic|heix|mif1|msf1)$/.test(head.subarray(8, 12).toString("latin1"))) return true;
  if (starts(66, 77) || starts(0, 0, 1, 0) || starts(73, 73, 42, 0) || starts(77, 77, 0, 42)) return true;
  if (starts(255, 10) || starts(0, 0, 0, 12, 74, 88, 76, 32)) return true;
  return /<svg[\s>]/i.test(head.subarray(0, 4096).toString("utf8"));
}
function retryAfterMs(header) {
  if (header === void 0) return null;
  if (/^\d{1,6}$/.test(header.trim())) return Number(header.trim()) * 1e3;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}
function describeError(error) {
  const code = error.code;
  if (code === "ENOTFOUND") return "the host name does not resolve";
  if (code === "ECONNREFUSED") return "the connection was refused";
  if (code === "ECONNRESET") return "the connection was reset";
  return error.message || String(error);
}
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function readCache(file) {
  if (!file) return /* @__PURE__ */ Object.create(null);
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    return data.version === 1 && data.entries ? Object.assign(/* @__PURE__ */ Object.create(null), data.entries) : /* @__PURE__ */ Object.create(null);
  } catch {
    return /* @__PURE__ */ Object.create(null);
  }
}
function writeCache(file, cache) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ version: 1, entries: cache })}
`);
  } catch {
  }
}
export {
  DEFAULT_NETWORK_OPTIONS,
  checkUrls,
  isPublicAddress,
  looksLikeImage
};
