/**
 * The template tags a site generator runs over a post before (or while) it renders the Markdown:
 * Liquid in Jekyll, Nunjucks-style tag plugins in Hexo, shortcodes in Hugo. A tag is read for what
 * it is — `{% include ads.html %}` and `{{< adsense >}}` insert an ad unit the post's text never
 * shows — and the blocks a generator renders as code (`{% highlight %}`, `{% codeblock %}`,
 * `{{< highlight >}}`) or not at all (`{% comment %}`, `{# … #}`) are not live HTML.
 *
 * Where each generator runs its tags (checked against their documentation):
 * - Jekyll runs Liquid over the whole file, fenced code included (hence `{% raw %}` in its docs);
 *   inside `{% raw %}` nothing is a tag, but the text is still rendered.
 * - Hexo renders tag plugins after protecting fenced code (its `backtick_code_block` filter): tags
 *   in fenced or inline code are text. `{% raw %}` content is output as it is.
 * - Hugo runs shortcodes everywhere in the content, fenced code included; a shortcode with a comment
 *   inside its delimiters (`{{</*` … `*` `/>}}`) is the escaped, literal form.
 * Scanning is linear: one pass over `{%`/`{{`/`{#` openers, each tag bounded in length.
 */

export type TemplateSyntax = 'liquid' | 'nunjucks' | 'hugo';

const SYNTAX_OF_GENERATOR: Readonly<Record<string, TemplateSyntax>> = { jekyll: 'liquid', hexo: 'nunjucks', hugo: 'hugo' };

/** The template language a generator runs over posts; `null` for those that run none (Astro, Docusaurus, plain Markdown). */
export function templateSyntaxOf(generator: string | null): TemplateSyntax | null {
  return (generator && SYNTAX_OF_GENERATOR[generator]) || null;
}

export interface TemplateTag {
  /** The tag's or shortcode's name, as written (`include`, `adsense`, `highlight`); closing tags are not listed. */
  name: string;
  /** The rest of the tag: `ads.html slot="top"`, `lang:html`. */
  args: string;
  /** Offsets of the tag itself (`{% … %}`) in the document's text. */
  start: number;
  end: number;
  /** For a block tag (`{% highlight %}…{% endhighlight %}`), where the block (closing tag included) ends. */
  blockEnd: number | null;
}

export interface TemplateContent {
  syntax: TemplateSyntax | null;
  tags: TemplateTag[];
  /** Ranges that the generator renders as code, as a tag's output, or not at all, in order: no HTML, link or image written in them is live. */
  inert: Array<[number, number]>;
}

/**
 * Tags whose block is rendered as code (escaped) or dropped. Hugo has one built in (`highlight`);
 * `code` and `codeblock` are the names of the code shortcodes sites define for themselves (Hugo's
 * own documentation has `{{< code file="…" >}}`): by their names, blocks of code.
 */
const INERT_BLOCKS: Record<TemplateSyntax, ReadonlySet<string>> = {
  liquid: new Set(['highlight', 'comment']),
  nunjucks: new Set(['codeblock', 'code', 'comment']),
  hugo: new Set(['highlight', 'code', 'codeblock']),
};

/** Longest tag read: longer is not a tag the generators would take either. */
const MAX_TAG = 2000;

const NO_TEMPLATES: TemplateContent = Object.freeze({ syntax: null, tags: [], inert: [] });

/**
 * The template tags of `text` from `start`, and the ranges they make inert. `code` lists the
 * Markdown code spans and blocks (in order) — tags there are text for Hexo only.
 */
export function readTemplates(text: string, start: number, syntax: TemplateSyntax | null, code: ReadonlyArray<readonly [number, number]>): TemplateContent {
  if (!syntax || text.indexOf(syntax === 'hugo' ? '{{' : '{', start) === -1) return { ...NO_TEMPLATES, syntax };
  const raw = syntax === 'hugo' ? readShortcodes(text, start) : readTags(text, start, syntax, syntax === 'nunjucks' ? code : []);
  return pairBlocks(raw, syntax);
}

interface RawTag {
  name: string;
  args: string;
  start: number;
  end: number;
  closing: boolean;
}

/** `{% name args %}` (and `{%- … -%}`), with `{# … #}` comments for Nunjucks (listed as `#`, inert); nothing inside `{% raw %}` is a tag. */
function readTags(text: string, from: number, syntax: 'liquid' | 'nunjucks', code: ReadonlyArray<readonly [number, number]>): RawTag[] {
  const tags: RawTag[] = [];
  let codeIndex = 0;
  let inRaw = false;
  const closeTag = finder(text, '%}');
  const closeComment = finder(text, '#}');
  for (let at = text.indexOf('{', from); at !== -1; at = text.indexOf('{', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next !== 37 /* % */ && !(syntax === 'nunjucks' && next === 35) /* # */) continue;
    while (codeIndex < code.length && (code[codeIndex] as readonly [number, number])[1] <= at) codeIndex++;
    const inCode = codeIndex < code.length && (code[codeIndex] as readonly [number, number])[0] <= at;
    if (inCode) continue;
    const close = (next === 35 ? closeComment : closeTag)(at + 2);
    if (close === -1 || close - at > MAX_TAG) continue;
    const end = close + 2;
    if (next === 35) {
      if (inRaw) continue;
      tags.push({ name: '#', args: '', start: at, end, closing: false });
      at = end - 1;
      continue;
    }
    const body = text.slice(at + 2, close).replace(/^-/, '').replace(/-$/, '').trim();
    const space = body.search(/\s/);
    const name = (space === -1 ? body : body.slice(0, space)).toLowerCase();
    const args = space === -1 ? '' : body.slice(space + 1).trim();
    if (inRaw) {
      if (name !== 'endraw') continue;
      inRaw = false;
    }
    if (!/^[a-z_][\w-]{0,80}$/.test(name)) continue;
    // Inside `{% raw %}` … `{% endraw %}` nothing is a tag.
    if (name === 'raw') inRaw = true;
    const closing = name.startsWith('end') && name.length > 3;
    tags.push({ name: closing ? name.slice(3) : name, args, start: at, end, closing });
    at = end - 1;
  }
  return tags;
}

/** `{{< name args >}}` and `{{% name args %}}`, closing `{{< /name >}}`; one whose body is a comment is literal text. */
function readShortcodes(text: string, from: number): RawTag[] {
  const tags: RawTag[] = [];
  const closers = { '<': finder(text, '>}}'), '%': finder(text, '%}}') };
  for (let at = text.indexOf('{{', from); at !== -1; at = text.indexOf('{{', at + 2)) {
    let inner = at + 2;
    while (text.charCodeAt(inner) === 32 || text.charCodeAt(inner) === 9) inner++;
    const delimiter = text[inner];
    if (delimiter !== '<' && delimiter !== '%') continue;
    const close = closers[delimiter](inner + 1);
    if (close === -1 || close - at > MAX_TAG) continue;
    // `{{< x >}}` may be written `{{< x >}}` or `{{<x>}}`; the closer may have spaces before `}}`.
    const body = text.slice(inner + 1, close).trim();
    const end = close + 3;
    if (body.startsWith('/*')) {
      // Rendered as the literal shortcode: text, not markup (`</* … */>` is no comment).
      tags.push({ name: '#', args: '', start: at, end, closing: false });
      at = end - 2;
      continue;
    }
    const closing = body.startsWith('/');
    const bare = closing ? body.slice(1).trim() : body;
    const space = bare.search(/\s/);
    const name = (space === -1 ? bare : bare.slice(0, space)).toLowerCase();
    if (!/^[a-z_][\w/.-]{0,120}$/.test(name)) continue;
    tags.push({ name, args: space === -1 ? '' : bare.slice(space + 1).trim(), start: at, end, closing });
    at = end - 2;
  }
  return tags;
}

/** The first `needle` at or after `from`, remembered: the scan stays linear however many openers have no closer. */
function finder(text: string, needle: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = text.indexOf(needle, from);
    return found;
  };
}

/** Pairs each closing tag with the nearest open tag of its name; blocks of inert tags become inert ranges. */
function pairBlocks(raw: RawTag[], syntax: TemplateSyntax): TemplateContent {
  const tags: TemplateTag[] = [];
  const inert: Array<[number, number]> = [];
  const open = new Map<string, TemplateTag[]>();
  for (const tag of raw) {
    // A tag's own text is replaced by what it renders (template-elements.ts reads that): its
    // arguments are never Markdown or HTML (`link="https://…"` is no link of its own).
    inert.push([tag.start, tag.end]);
    if (tag.name === '#') continue;
    if (!tag.closing) {
      const created: TemplateTag = { name: tag.name, args: tag.args, start: tag.start, end: tag.end, blockEnd: null };
      tags.push(created);
      const stack = open.get(tag.name) ?? [];
      stack.push(created);
      open.set(tag.name, stack);
      continue;
    }
    const opening = open.get(tag.name)?.pop();
    if (!opening) continue;
    opening.blockEnd = tag.end;
    if (INERT_BLOCKS[syntax].has(tag.name)) inert.push([opening.start, tag.end]);
  }
  return { syntax, tags, inert: mergeRanges(inert) };
}

/** Ranges sorted, with nested and overlapping ones merged: ordered and disjoint. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Whether `offset` falls in one of the ordered, disjoint `ranges` (binary search). */
export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as readonly [number, number];
    if (offset < range[0]) high = middle - 1;
    else if (offset >= range[1]) low = middle + 1;
    else return true;
  }
  return false;
}
