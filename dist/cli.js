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
var package_default = {
  name: "content-lint",
  version: "0.1.0",
  description: "Lint Markdown content repositories: front matter, dates, thumbnails, ads, affiliate and tracking embeds, link farms",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    "content-lint": "dist/cli.js"
  },
  files: [
    "dist",
    "schema",
    "docs",
    "action.yml"
  ],
  scripts: {
    start: "node dist/cli.js --config examples/.content-lint.yml --fail-on never examples",
    test: "vitest run",
    typecheck: "tsc -p .",
    build: "node scripts/build.mjs",
    generate: "tsx scripts/generate.ts",
    "check-generated": 'npm run --silent build && npm run --silent generate && git diff --exit-code --stat -- dist schema docs/rules .github/workflows && test -z "$(git status --porcelain -- dist schema docs/rules .github/workflows)" || { echo "Generated files differ from a fresh build: run npm run build && npm run generate, and commit." >&2; exit 1; }',
    "lint:corpus": "node scripts/lint-corpus.mjs",
    "test:nightly": "npm run --silent build && FUZZ_RUNS=100000 vitest run test/fuzz.test.ts test/log-safety.test.ts && node scripts/corpus-snapshots.mjs",
    "test:timezones": "for tz in America/Los_Angeles Asia/Tokyo; do TZ=$tz vitest run test/dates.test.ts test/fixtures.test.ts || exit 1; done",
    bench: "npm run --silent build && node scripts/bench.mjs"
  },
  keywords: [
    "markdown",
    "lint",
    "front-matter",
    "github-action",
    "hexo",
    "hugo",
    "jekyll",
    "astro",
    "docusaurus",
    "spam"
  ],
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "decode-named-character-reference": "^1.3.0",
    diff: "^9.0.0",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "gray-matter": "^4.0.3",
    ignore: "^7.0.17",
    "markdownlint-cli2": "^0.20.0",
    "mdast-util-from-markdown": "^2.1.0",
    "mdast-util-gfm": "^3.1.0",
    "mdast-util-mdx": "^3.0.0",
    "micromark-extension-gfm": "^3.0.0",
    "micromark-extension-mdxjs": "^3.0.0",
    parse5: "^8.1.1",
    picomatch: "^4.0.7",
    recheck: "^4.5.0",
    "remark-cli": "^12.0.1",
    "remark-frontmatter": "^5.0.0",
    "remark-gfm": "^4.0.1",
    "remark-lint": "^10.0.1",
    "remark-lint-frontmatter-schema": "^3.15.4",
    "remark-preset-lint-consistent": "^6.0.1",
    "remark-preset-lint-markdown-style-guide": "^6.0.1",
    "remark-preset-lint-recommended": "^7.0.1",
    tldts: "^7.6.0",
    "toml-eslint-parser": "^1.0.3",
    tsx: "^4.23.15",
    typescript: "^7.0.2",
    unified: "^11.0.5",
    vfile: "^6.0.3",
    vitest: "^4.1.12",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/content-lint/content-lint.git"
  },
  homepage: "https://github.com/content-lint/content-lint#readme",
  allowScripts: {
    esbuild: false
  }
};

// src/version.ts
var VERSION = package_default.version;

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
var { exitCode, linted } = await program.main();
process.exitCode = exitCode;
if (cache && script && linted && (!cached || script.cachedDataRejected)) writeCache(cache.file, cache.header, script.createCachedData());
function cacheFile() {
  try {
    const folder = process.env.NODE_COMPILE_CACHE ? path.resolve(process.env.NODE_COMPILE_CACHE) : path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache"), "content-lint");
    const { size, mtimeMs } = statSync(bundle);
    return { file: path.join(folder, `cli-${VERSION}-${process.version}-${process.arch}.v8`), header: `content-lint ${VERSION} ${"8bd7623147f8583b"} ${size} ${Math.trunc(mtimeMs)}
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
