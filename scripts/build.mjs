// Bundles the action and the CLI into dist/ (committed: GitHub runs dist/index.js as it is).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

// acorn ships CommonJS and ESM builds; acorn-jsx require()s one, micromark's MDX extension imports
// the other. One copy (the ESM build) is enough: 236 KB less for every run to load.
const acornEsm = createRequire(import.meta.url).resolve('acorn').replace(/acorn\.js$/, 'acorn.mjs');
const oneAcorn = {
  name: 'one-acorn',
  setup(build) {
    build.onResolve({ filter: /^acorn$/ }, () => ({ path: acornEsm }));
  },
};

// zod exports every locale it ships (`z.locales`), and esbuild cannot drop a namespace export:
// 340 KB for every run to load. Its messages are English (`schemas.js` imports `en.js` itself);
// `z.locales` keeps only `en`.
const zodLocales = createRequire(import.meta.url).resolve('zod').replace(/index\.c?js$/, 'v4/locales/');
const englishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: 'zod-locales', namespace: 'zod-locales' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, () => ({ contents: `export { default as en } from ${JSON.stringify(path.join(zodLocales, 'en.js'))};`, loader: 'js', resolveDir: zodLocales }));
  },
};

// src/version.ts imports package.json for its version and its repository (the one place the
// repository's address is written; src/version.ts makes every URL from it): the bundles get these
// two fields alone, not the whole manifest (scripts, dev dependencies).
const manifest = path.resolve('package.json');
const versionAndRepository = {
  name: 'version-and-repository',
  setup(build) {
    build.onLoad({ filter: /package\.json$/ }, (args) => {
      if (args.path !== manifest) return undefined;
      const { version, repository } = JSON.parse(readFileSync(manifest, 'utf8'));
      return { contents: `export default ${JSON.stringify({ version, repository })};`, loader: 'js' };
    });
  },
};

// Start from nothing, so chunks of earlier builds never linger in the committed dist/.
rmSync('dist', { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'linked',
  plugins: [oneAcorn, englishOnly, versionAndRepository],
  logLevel: 'warning',
};

// The action, the pool's worker, the reader thread and the Node API: ES modules (the @actions packages are ESM-only), sharing chunks.
await build({
  ...shared,
  entryPoints: { index: 'src/index.ts', worker: 'src/run/worker.ts', reader: 'src/run/reader.ts', api: 'src/api.ts' },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
});

// The command-line program as one CommonJS script, which the command (src/bin.ts) compiles with a
// V8 code cache: Node 20 keeps code caches for scripts, not for ES modules.
await build({
  ...shared,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
});

// esbuild escapes what is not ASCII in strings, not in comments and regular expressions: escaped
// here too (\uXXXX means the same in both), so that the command reads the script as Latin-1, a
// third of the time of decoding UTF-8 (3 against 9 ms), into a one-byte string V8 scans faster.
const script = readFileSync('dist/cli.cjs', 'utf8').replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync('dist/cli.cjs', script);

// The command: a small ES module that loads dist/cli.cjs. It is given the script's digest, which
// names the build in its code cache: two builds of one version never share a cache.
await build({
  ...shared,
  entryPoints: { cli: 'src/bin.ts' },
  outdir: 'dist',
  format: 'esm',
  define: { CLI_BUNDLE_DIGEST: JSON.stringify(createHash('sha256').update(script).digest('hex').slice(0, 16)) },
});
