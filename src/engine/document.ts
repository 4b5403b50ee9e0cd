import type { Nodes, Root } from 'mdast';
import { hexoReadsDifferently, readFrontMatter, type FrontMatter } from '../front-matter/front-matter.js';
import { LineIndex } from '../text/line-index.js';
import { nodesByType, parseMarkdown, type ParsedMarkdown } from '../markdown/parse.js';
import { extractHtml, NO_HTML, type HtmlContent } from '../markdown/html.js';
import { FAST_READER_BUILDS, parseFastMarkdown } from '../markdown/fast-markdown.js';
import { isMdxPath } from '../markdown/mdx.js';
import { readTemplates, type TemplateContent, type TemplateSyntax } from '../markdown/templates.js';
import { digestOf } from './digest.js';
import { decodeSource, type DecodedSource } from '../text/source.js';
import { timed } from './timing.js';
import { mentionsDirectives, parseDirectives, type Directive } from './suppression.js';

/** Why a file's content could not be read; `file-access` reports it. */
export type AccessProblem =
  | { kind: 'symlink'; target: string }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'unreadable'; reason: string }
  /** The file took longer than the time budget, or more memory than allowed: it was stopped. */
  | { kind: 'too-complex'; reason: string };

/**
 * One file as every rule sees it. Decoding and front matter are done up front (they are cheap and
 * every file needs them); the Markdown tree and the HTML inside it are parsed on first use and then
 * shared by all rules.
 */
export class LintDocument {
  /** The name reports use: relative to the working directory. */
  readonly path: string;
  /** Relative to the config's folder: what collections and file-name rules look at. */
  readonly projectPath: string;
  readonly source: DecodedSource;
  readonly access: AccessProblem | null;
  readonly lines: LineIndex;
  #frontMatter: FrontMatter | null;
  #frontMatterReader: 'hexo' | null = null;
  /** The file's bytes, until `digest` is asked for (only `--cache` and workers ask). */
  #bytes: Uint8Array | null;
  #digest: string | undefined;
  #markdown: ParsedMarkdown | undefined;
  #html: HtmlContent | undefined;
  #templateSyntax: TemplateSyntax | null = null;
  #templates: TemplateContent | undefined;
  #directives: Directive[] | undefined;
  /** Whether the text mentions a directive, when the reader thread found out (a search of every file's text, off the main thread). */
  #mentionsDirectives: boolean | undefined;
  #remarkTree: Root | undefined;
  #nodesByType: Map<string, Nodes[]> | undefined;
  #derived: Map<string, unknown> | undefined;
  /** Shared steps that could not be done (see `failures`). */
  readonly #failures: string[] = [];

  private constructor(path: string, source: DecodedSource, access: AccessProblem | null, projectPath = path, bytes: Uint8Array | null = null) {
    this.path = path;
    this.#bytes = bytes;
    this.projectPath = projectPath;
    this.source = source;
    this.access = access;
    this.lines = new LineIndex(source.text);
    this.#frontMatter = source.lintable ? readFrontMatter(source.text, this.lines) : null;
  }

  static fromBytes(path: string, bytes: Uint8Array, projectPath = path): LintDocument {
    return new LintDocument(path, decodeSource(bytes), null, projectPath, bytes);
  }

  /** A file decoded where it was read (the reader thread: run/read-ahead.ts), with its bytes' digest and whether it mentions a directive. */
  static fromSource(path: string, source: DecodedSource, projectPath: string, digest: string, mentions: boolean): LintDocument {
    const document = new LintDocument(path, source, null, projectPath);
    document.#digest = digest;
    document.#mentionsDirectives = mentions;
    return document;
  }

  /** SHA-1 of the file's bytes, for `--cache`; empty for a file that was not read. Hashed on first use (80 ms over the corpus when nobody asks). */
  get digest(): string {
    if (this.#digest === undefined) {
      this.#digest = this.#bytes ? digestOf(this.#bytes) : '';
      this.#bytes = null;
    }
    return this.#digest;
  }

  static fromText(path: string, text: string, projectPath = path): LintDocument {
    return LintDocument.fromBytes(path, new TextEncoder().encode(text), projectPath);
  }

  /** A file that was not read: only `file-access` has something to say about it. */
  static unread(path: string, access: AccessProblem, projectPath = path): LintDocument {
    return new LintDocument(path, { text: '', lintable: false, hadBom: false, lineEnding: 'none', problems: [] }, access, projectPath);
  }

  /** Normalised text: LF line endings, no BOM. */
  get text(): string {
    return this.source.text;
  }

  /** Where the Markdown body starts in `text`: after the front-matter block, or 0. */
  get frontMatter(): FrontMatter | null {
    return this.#frontMatter;
  }

  /**
   * Reads the front matter the way the site's generator splits it, where that differs: Hexo's
   * optional opening separator and `;;;` JSON (see `readFrontMatter`). Set before any rule runs.
   */
  useFrontMatterReader(reader: 'hexo' | null): void {
    if (reader === this.#frontMatterReader || !this.source.lintable) return;
    this.#frontMatterReader = reader;
    // Most posts open with a fence that every reader splits alike: not read twice.
    if (!hexoReadsDifferently(this.source.text)) return;
    const reread = readFrontMatter(this.source.text, this.lines, { hexo: reader === 'hexo' });
    if (reread?.blockEnd === this.#frontMatter?.blockEnd && reread?.fence === this.#frontMatter?.fence) return;
    this.#frontMatter = reread;
    this.#markdown = undefined;
    this.#remarkTree = undefined;
    this.#nodesByType = undefined;
    this.#templates = undefined;
    this.#html = undefined;
    this.#derived = undefined;
    this.#directives = undefined;
  }

  get bodyStart(): number {
    return this.frontMatter?.blockEnd ?? 0;
  }

  /** Whether the body is MDX (JSX and ESM inside Markdown) rather than CommonMark. */
  get isMdx(): boolean {
    return isMdxPath(this.path);
  }

  markdown(): Root {
    return this.parsedMarkdown().root;
  }

  /**
   * Whether the body can be read without micromark (which is slow, and super-linear on hostile
   * input): true for plain Markdown the fast reader models, whose tree is then kept.
   */
  readsFast(): boolean {
    if (!this.source.lintable || this.#markdown) return true;
    let root: Root | null = null;
    try {
      root = timed('Markdown', () => parseFastMarkdown(this.text, this.bodyStart, this.lines, this.isMdx));
    } catch {
      // What the fast reader fails on, micromark reads (in a worker, with a time budget).
    }
    if (root) this.#markdown = { root, mdxError: null, complete: false };
    return root !== null;
  }

  parsedMarkdown(): ParsedMarkdown {
    this.#markdown ??= timed('Markdown', () =>
      this.#attempt('reading its Markdown', () => parseMarkdown(this.text, this.bodyStart, this.lines, this.isMdx), () => ({ root: emptyRoot(), mdxError: null, complete: true })),
    );
    return this.#markdown;
  }

  /**
   * The shared steps that failed, each as a reason (`reading its Markdown failed: Maximum call stack
   * size exceeded`): the rules then saw an empty tree, so the file was not fully checked, which
   * `file-access` reports. A step fails once; every rule gets its empty result.
   */
  get failures(): readonly string[] {
    return this.#failures;
  }

  /** `step()`, or — when it throws (a parser out of stack on deep nesting) — the failure noted and `fallback()`. */
  #attempt<T>(what: string, step: () => T, fallback: () => T): T {
    try {
      return step();
    } catch (error) {
      this.#failures.push(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      return fallback();
    }
  }

  /**
   * The file as remark reads it with remark-frontmatter and remark-gfm (remark-mdx for `.mdx`): a
   * complete tree from micromark, never the fast reader's subset (the body tree the other rules use
   * is shared when it is micromark's: MDX, fallbacks); the front matter as one `yaml` or `toml` node
   * (read by content-lint, not parsed again); positions in the original file. Built on first use:
   * only the `remark-lint` rule asks for it.
   */
  remarkTree(): Root {
    if (this.#remarkTree) return this.#remarkTree;
    const body = this.#markdown?.complete
      ? this.#markdown.root
      : timed('Markdown for remark-lint', () => this.#attempt('reading its Markdown for remark-lint', () => parseMarkdown(this.text, this.bodyStart, this.lines, this.isMdx, false).root, emptyRoot));
    const point = (offset: number) => this.lines.point(offset);
    const frontMatter = this.frontMatter;
    const head =
      frontMatter && frontMatter.closingLine !== null
        ? [
            {
              type: frontMatter.fence.startsWith('+') ? 'toml' : 'yaml',
              value: this.text.slice(frontMatter.contentStart, frontMatter.contentEnd),
              position: { start: point(0), end: point(frontMatter.blockEnd) },
            } as unknown as Root['children'][number],
          ]
        : [];
    // A new root over the body's children: the body tree is not changed.
    this.#remarkTree = { type: 'root', children: [...head, ...body.children], position: { start: point(0), end: point(this.text.length) } };
    return this.#remarkTree;
  }

  /**
   * The template language the site's generator runs over posts (Liquid, Hexo's tags, Hugo's
   * shortcodes), set by the run before the rules look: views built for another one are dropped.
   */
  useTemplates(syntax: TemplateSyntax | null): void {
    if (syntax === this.#templateSyntax) return;
    this.#templateSyntax = syntax;
    this.#templates = undefined;
    this.#html = undefined;
    this.#derived = undefined;
    this.#directives = undefined;
  }

  /** The generator's template tags in the body, and the blocks it renders as code or not at all (see markdown/templates.ts). */
  templates(): TemplateContent {
    this.#templates ??= timed('Template tags', () => {
      const syntax = this.#templateSyntax;
      // Hexo's tags in Markdown code are text: the code is found only when it matters.
      const code = syntax === 'nunjucks' && this.text.includes('{', this.bodyStart) ? codeRanges([...this.nodesOfType('code'), ...this.nodesOfType('inlineCode')]) : [];
      return readTemplates(this.text, this.bodyStart, syntax, code);
    });
    return this.#templates;
  }

  html(): HtmlContent {
    if (!this.#html) {
      // No `<` in the body (nor a `{` where MDX or template tags may render elements): no element, comment, JSX or tag to read.
      const start = this.bodyStart;
      const none = this.text.indexOf('<', start) === -1 && !(this.text.includes('{', start) && (this.isMdx || this.#templateSyntax !== null));
      this.#html = none
        ? NO_HTML
        : timed('HTML', () => this.#attempt('reading its HTML', () => extractHtml(this.markdown(), this.text, this.lines, this.isMdx, this.templates()), () => NO_HTML));
    }
    return this.#html;
  }

  /** The Markdown tree's nodes of one type, in document order: the tree is sorted by type once, so each rule goes through its links or texts, not every node. */
  nodesOfType<Type extends Nodes['type']>(type: Type): ReadonlyArray<Extract<Nodes, { type: Type }>> {
    // The fast reader's subset is a contract: a rule asking for what it does not build would see
    // nothing on most files and something on micromark's — it fails, loudly, on every file instead.
    if (!FAST_READER_BUILDS.has(type)) throw new Error(`no rule may ask for \`${type}\` nodes: the fast Markdown reader does not build them (see FAST_READER_BUILDS)`);
    this.#nodesByType ??= timed('Markdown', () => this.#attempt('reading its Markdown', () => nodesByType(this.markdown()), () => new Map()));
    return (this.#nodesByType.get(type) ?? []) as unknown as ReadonlyArray<Extract<Nodes, { type: Type }>>;
  }

  /**
   * A value derived from this document and shared by rules (the content view, date fields, image
   * values), under `key` (which also names it in `--timing`): computed on first use, and again when
   * `stale` says the kept one does not fit. Kept with the document rather than in a module-level
   * WeakMap keyed by it: V8's young-generation collector keeps a WeakMap's values alive, so every
   * tree and view held in one was copied to the old generation before it died (on the corpus:
   * 352 MB promoted instead of 40 MB, and scavenges of 870 ms instead of 230 ms; see
   * docs/architecture.md, Memory).
   */
  derive<T>(key: string, compute: () => T, stale?: (kept: T) => boolean): T {
    const derived = (this.#derived ??= new Map());
    if (derived.has(key)) {
      const kept = derived.get(key) as T;
      if (!stale?.(kept)) return kept;
    }
    const value = timed(key, compute);
    derived.set(key, value);
    return value;
  }

  /** Inline `content-lint-*` directives; the Markdown is parsed only when the text mentions one. */
  directives(): Directive[] {
    this.#directives ??= (this.#mentionsDirectives ?? mentionsDirectives(this.text)) ? parseDirectives(this.html().comments) : [];
    return this.#directives;
  }
}

/** The nodes' offset ranges, in order. */
function codeRanges(nodes: Nodes[]): Array<[number, number]> {
  return nodes.map((node): [number, number] => [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]).sort((a, b) => a[0] - b[0]);
}

function emptyRoot(): Root {
  return { type: 'root', children: [] };
}
