// Bundles the action and the CLI into dist/ (committed: GitHub runs dist/index.js as it is).
import { rmSync } from 'node:fs';
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

// Start from nothing, so chunks of earlier builds never linger in the committed dist/.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', worker: 'src/engine/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  plugins: [oneAcorn, englishOnly],
  logLevel: 'warning',
});
