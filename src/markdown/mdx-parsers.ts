/**
 * The MDX parsers: acorn with JSX (fast-mdx.ts checks expressions and ESM with it) and micromark's
 * MDX extensions (markdown.ts falls back to them), 320 KB that only `.mdx` files need: `loadMdx()`
 * (mdx.ts) imports this module, and a run over Markdown never does (docs/architecture.md, Start-up).
 */
import { Parser } from 'acorn';
import acornJsx from 'acorn-jsx';

export { mdxFromMarkdown } from 'mdast-util-mdx';
export { mdxjs } from 'micromark-extension-mdxjs';

export const JsxParser = Parser.extend(acornJsx());
