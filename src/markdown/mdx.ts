/**
 * Loading the MDX parsers (mdx-parsers.ts) on first need. `import()` is asynchronous and the rules
 * are not, so whatever lints a document awaits `loadMdx()` first when the document is MDX
 * (`lintPaths` and the workers do, for the files they are given); the parsers then come from
 * `mdxParsers()`, synchronously.
 */
type MdxParsers = typeof import('./mdx-parsers.js');

let parsers: MdxParsers | undefined;

/** Whether `path` names an MDX file (JSX and ESM inside Markdown) rather than CommonMark. */
export function isMdxPath(path: string): boolean {
  return path.toLowerCase().endsWith('.mdx');
}

export async function loadMdx(): Promise<void> {
  parsers ??= await import('./mdx-parsers.js');
}

export function mdxParsers(): MdxParsers {
  if (!parsers) throw new Error('internal error: an .mdx file was parsed before the MDX parsers were loaded (await loadMdx() first)');
  return parsers;
}
