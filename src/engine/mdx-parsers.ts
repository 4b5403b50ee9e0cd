/**
 * The MDX parsers: acorn with JSX (fast-mdx.ts checks expressions and ESM with it) and micromark's
 * MDX extensions (markdown.ts falls back to them). Only `.mdx` files need them, and they are the
 * largest part of the bundle a run compiles at start-up (~40 ms of a one-file run of ~250 ms), so
 * they are a chunk of their own: `loadMdx()` loads it, and a run over Markdown never does.
 */
import { Parser } from 'acorn';
import acornJsx from 'acorn-jsx';

export { mdxFromMarkdown } from 'mdast-util-mdx';
export { mdxjs } from 'micromark-extension-mdxjs';

export const JsxParser = Parser.extend(acornJsx());
