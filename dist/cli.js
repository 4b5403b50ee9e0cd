#!/usr/bin/env node

// src/bin.ts
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import vm from "node:vm";

// package.json
var package_default = { "version": "0.1.0", "repository": { "type": "git", "url": "git+https://github.com/content-lint/content-lint.git" } };

// src/version.ts
var VERSION = package_default.version;
var GITHUB = "https://github.com";
function repositoryAddress(repository) {
  const url = typeof repository === "string" ? repository : repository.url;
  const match = /^(?:github:|git@github\.com:|(?:git\+)?(?:https|ssh|git):\/\/(?:git@)?github\.com\/)?([\w-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  if (!match) throw new Error(`package.json: \`repository\` is \`${url}\`, expected a GitHub repository, such as \`github:OWNER/NAME\``);
  return `${GITHUB}/${match[1]}/${match[2]}`;
}
var REPOSITORY_URL = repositoryAddress(package_default.repository);
var REPOSITORY = REPOSITORY_URL.slice(`${GITHUB}/`.length);
var RELEASE_TAG = `v${VERSION}`;
var DOCS_URL = `${REPOSITORY_URL}/tree/${RELEASE_TAG}#readme`;

// src/bin.ts
setFlagsFromString("--heap-growing-percent=30");
setFlagsFromString("--semi-space-growth-factor=8");
var KEPT_CACHES = 4;
var bundle = fileURLToPath(new URL("./cli.cjs", import.meta.url));
var loadDynamically = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
var cache = loadDynamically && !process.env.NODE_DISABLE_COMPILE_CACHE ? cacheFile() : null;
var program;
var script = null;
var cached = null;
if (cache) {
  const source = readFileSync(bundle, "latin1");
  cached = readCache(cache.file, cache.header);
  script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: bundle,
    ...cached ? { cachedData: cached } : {},
    importModuleDynamically: loadDynamically
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  program = module.exports;
} else {
  program = createRequire(import.meta.url)(bundle);
}
var { exitCode, linted } = await program.main((url) => import(url));
process.exitCode = exitCode;
if (cache && script && linted && (!cached || script.cachedDataRejected)) writeCache(cache.file, cache.header, script.createCachedData());
function cacheFile() {
  try {
    const folder = process.env.NODE_COMPILE_CACHE ? path.resolve(process.env.NODE_COMPILE_CACHE) : path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache"), "content-lint");
    const { size, mtimeMs } = statSync(bundle);
    return { file: path.join(folder, `cli-${VERSION}-${process.version}-${process.arch}.v8`), header: `content-lint ${VERSION} ${"456637c77e8fc603"} ${size} ${Math.trunc(mtimeMs)}
` };
  } catch {
    return null;
  }
}
function readCache(file, header) {
  let descriptor;
  try {
    descriptor = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(descriptor);
    if (process.getuid && (stat.uid !== process.getuid() || (stat.mode & 18) !== 0)) return null;
    const bytes = readFileSync(descriptor);
    return bytes.subarray(0, header.length).toString("latin1") === header ? bytes.subarray(header.length) : null;
  } catch {
    return null;
  } finally {
    closeSync(descriptor);
  }
}
function writeCache(file, header, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 448 });
    writeFileSync(temporary, Buffer.concat([Buffer.from(header, "latin1"), data]), { mode: 384 });
    renameSync(temporary, file);
  } catch {
    return;
  }
  pruneCaches(file);
}
function pruneCaches(file) {
  const folder = path.dirname(file);
  try {
    const caches = [];
    for (const name of readdirSync(folder)) {
      if (!/^cli-.+\.v8(?:\.\d+\.tmp)?$/.test(name)) continue;
      const full = path.join(folder, name);
      const stat = statSync(full);
      if (!stat.isFile() || process.getuid && stat.uid !== process.getuid()) continue;
      if (name.endsWith(".tmp")) {
        if (Date.now() - stat.mtimeMs > 36e5) rmSync(full, { force: true });
      } else if (full !== file) caches.push({ file: full, mtime: stat.mtimeMs });
    }
    caches.sort((a, b) => b.mtime - a.mtime);
    for (const { file: old } of caches.slice(KEPT_CACHES - 1)) rmSync(old, { force: true });
  } catch {
  }
}
