/**
 * Whether an `<img>` is invisible to readers — a tracking pixel, not a picture — read as a browser
 * lays it out: its size (attributes, inline style, `max-width`, `sizes`), the inline styles and
 * `hidden` attributes that hide it, and those of the elements around it.
 */
import type { HtmlElement } from '../engine/api.js';

/** Why an image is hidden, and which element hides it: the image itself or one of its ancestors. */
export interface HiddenImage {
  /** `1×1`, `?×0`, `hidden by \`display: none\``, `placed off screen`… */
  reason: string;
  /** The element that hides the image: the image itself, or the ancestor whose style or `hidden` hides it. */
  by: HtmlElement;
}

/** Why an image is hidden (`0×0`, `hidden by \`display: none\``), or `null` when readers can see it. */
export function hiddenImageReason(element: HtmlElement): string | null {
  return hiddenImage(element)?.reason ?? null;
}

/**
 * Why an `<img>` is invisible, or `null` when readers can see it. The image's own size and style
 * come first, then each ancestor's, nearest first: `hidden`, `display: none`, `visibility: hidden`
 * (unless a nearer element makes it visible again), `opacity: 0`, clipping, scaling to nothing,
 * off-screen placement, and a box of at most 1px with `overflow: hidden`. A `<noscript>` hides
 * nothing (browsers without scripts show it, and honest posts put lazy-loading fallbacks in it).
 */
export function hiddenImage(element: HtmlElement): HiddenImage | null {
  if (element.tagName !== 'img') return null;
  const size = imageSize(element);
  if (size) return { reason: size, by: element };
  const { hiding, visibility } = contextOf(element);
  const invisible = visibility && (visibility.value === 'hidden' || visibility.value === 'collapse') ? visibility : null;
  // The nearest wins; on one element, its `visibility` is read first.
  if (invisible && (!hiding || invisible.depth >= hiding.depth)) return { reason: `hidden by \`visibility: ${invisible.value}\``, by: invisible.by };
  return hiding ? { reason: hiding.reason, by: hiding.by } : null;
}

/** Whether an element is inside a `<template>`, whose content is neither shown nor loaded. */
export function insideTemplate(element: HtmlElement): boolean {
  return contextOf(element).template;
}

/** What an element inherits from the elements around it, computed once per element. */
interface Context {
  depth: number;
  /** The nearest element (this one included) that hides everything inside it, and how. */
  hiding: { reason: string; by: HtmlElement; depth: number } | null;
  /** The nearest `visibility` declared (it is inherited, and a nearer one overrides it). */
  visibility: { value: string; by: HtmlElement; depth: number } | null;
  template: boolean;
}

const contexts = new WeakMap<HtmlElement, Context>();

/**
 * An element's context, from its parent's: each element is read once, however many images it holds
 * and however deep they are (elements nest as deep as the file allows, so without recursion).
 */
function contextOf(element: HtmlElement): Context {
  const chain: HtmlElement[] = [];
  let current: HtmlElement | null = element;
  while (current && !contexts.has(current)) {
    chain.push(current);
    current = current.parent;
  }
  let parent = current;
  let context = current ? (contexts.get(current) as Context) : null;
  for (let index = chain.length - 1; index >= 0; index--) {
    const child = chain[index] as HtmlElement;
    context = ownContext(child, parent, context);
    contexts.set(child, context);
    parent = child;
  }
  return context as Context;
}

function ownContext(element: HtmlElement, parent: HtmlElement | null, inherited: Context | null): Context {
  const style = styleOf(element);
  const depth = (inherited?.depth ?? 0) + 1;
  const declared = style.get('visibility');
  // An image holds nothing: a 1px box with `overflow: hidden` hides only what is inside it.
  const reason = hiddenBy(element, style) ?? (element.tagName === 'img' ? null : overflowBox(element, style));
  return {
    depth,
    hiding: reason ? { reason, by: element, depth } : (inherited?.hiding ?? null),
    visibility: declared !== undefined ? { value: declared, by: element, depth } : (inherited?.visibility ?? null),
    template: parent !== null && ((inherited?.template ?? false) || parent.tagName === 'template'),
  };
}

/** How an element's own attributes and style hide it and everything inside it (visibility aside: it is inherited). */
function hiddenBy(element: HtmlElement, style: ReadonlyMap<string, string>): string | null {
  const hidden = element.attributes.get('hidden');
  if (hidden !== undefined && hidden !== '{false}') return 'hidden by the `hidden` attribute';
  if (style.get('display') === 'none') return 'hidden by `display: none`';
  if (style.get('content-visibility') === 'hidden') return 'hidden by `content-visibility: hidden`';
  const filtered = calls(style.get('filter') ?? '').some((call) => call.name === 'opacity' && call.args.length === 1 && isTransparent(call.args[0]));
  if (isTransparent(style.get('opacity')) || filtered) return 'hidden by `opacity: 0`';
  if (clipsToNothing(style)) return 'clipped to nothing';
  if (scalesToNothing(style)) return 'scaled to nothing';
  if (offScreen(element, style)) return 'placed off screen';
  return null;
}

// --- Sizes -----------------------------------------------------------------------------------

interface Length {
  /** In px for absolute and font-relative units; in the unit itself for `%` and viewport units. */
  size: number;
  relative: boolean;
  /** As the reason shows it: `1`, `0`, `0.1%`. */
  text: string;
}

const ABSOLUTE_UNITS: Record<string, number> = { '': 1, px: 1, pt: 4 / 3, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6 };
/** Font-relative units, as multiples of the element's font size (`ex` and `ch` about half an `em`). */
const FONT_UNITS: Record<string, number> = { em: 1, ex: 0.5, ch: 0.5, cap: 0.7, ic: 1, lh: 1.2 };
/** Units relative to a box whose size a post cannot know: containing block and viewport. */
const RELATIVE_UNITS = new Set(['%', 'vw', 'vh', 'vi', 'vb', 'vmin', 'vmax', 'svw', 'svh', 'lvw', 'lvh', 'dvw', 'dvh', 'cqw', 'cqh', 'cqi', 'cqb', 'cqmin', 'cqmax']);
const ROOT_FONT_SIZE = 16;

const CSS_LENGTH = /^([+-]?(?:\d{1,9}(?:\.\d{0,9})?|\.\d{1,9}))([a-z%]{0,5})$/;
/** The HTML rules for dimension attributes: leading digits, an optional fraction, then `%` or anything (ignored). */
const ATTRIBUTE_LENGTH = /^(\d{1,9}(?:\.\d{0,9})?)(%?)/;

/** A CSS length (`1px`, `.0625em`, `0`, `0.1%`), or `null` for anything else (`auto`, `calc(…)`, a negative size). */
function cssLength(value: string | undefined, element: HtmlElement, negative = false): Length | null {
  if (value === undefined) return null;
  const match = CSS_LENGTH.exec(value);
  if (!match) return null;
  const number = Number(match[1]);
  const unit = match[2] ?? '';
  if (!Number.isFinite(number) || (number < 0 && !negative)) return null;
  if (RELATIVE_UNITS.has(unit)) return { size: number, relative: true, text: `${number}${unit}` };
  const absolute = ABSOLUTE_UNITS[unit];
  const font = FONT_UNITS[unit];
  const px = absolute !== undefined ? number * absolute : font !== undefined ? number * font * fontSizeOf(element) : unit === 'rem' ? number * ROOT_FONT_SIZE : null;
  return px === null ? null : { size: px, relative: false, text: `${Math.round(px * 100) / 100}` };
}

function attributeLength(value: string | undefined): Length | null {
  if (value === undefined) return null;
  // A JSX number (`width={1}`) reaches here as `1`; an expression as `{…}`, which is no length.
  const match = ATTRIBUTE_LENGTH.exec(value.trim());
  if (!match) return null;
  const number = Number(match[1]);
  return match[2] === '%' ? { size: number, relative: true, text: `${number}%` } : { size: number, relative: false, text: `${number}` };
}

/** At most 1px; for sizes relative to a box of unknown size, at most 0.1 (0.1% of a 1,000px column is 1px). */
function isTiny(length: Length | null): boolean {
  return length !== null && length.size <= (length.relative ? 0.1 : 1);
}

const fontSizes = new WeakMap<HtmlElement, number>();

/** The font size an element's `em` resolves against, from its own and its ancestors' `font-size` (`font-size: 0` wrappers), each read once. */
function fontSizeOf(element: HtmlElement): number {
  const chain: HtmlElement[] = [];
  let current: HtmlElement | null = element;
  while (current && !fontSizes.has(current)) {
    chain.push(current);
    current = current.parent;
  }
  let size = current ? (fontSizes.get(current) as number) : ROOT_FONT_SIZE;
  for (let index = chain.length - 1; index >= 0; index--) {
    const child = chain[index] as HtmlElement;
    size = ownFontSize(styleOf(child).get('font-size'), size);
    fontSizes.set(child, size);
  }
  return size;
}

function ownFontSize(value: string | undefined, inherited: number): number {
  if (value === undefined || value === 'inherit') return inherited;
  const match = CSS_LENGTH.exec(value);
  if (!match) return ROOT_FONT_SIZE;
  const number = Number(match[1]);
  const unit = match[2] ?? '';
  const absolute = ABSOLUTE_UNITS[unit];
  if (absolute !== undefined) return number * absolute;
  if (unit === 'rem') return number * ROOT_FONT_SIZE;
  if (unit === 'em') return number * inherited;
  if (unit === '%') return (number / 100) * inherited;
  return ROOT_FONT_SIZE;
}

/** One dimension of an element: its inline style (which overrides the attribute), else the attribute, capped by `max-…`. */
function dimension(element: HtmlElement, style: ReadonlyMap<string, string>, name: 'width' | 'height'): Length | null {
  const declared = style.get(name);
  const length = declared !== undefined ? cssLength(declared, element) : attributeLength(element.attributes.get(name));
  const maximum = cssLength(style.get(`max-${name}`), element);
  return isTiny(maximum) && !isTiny(length) ? maximum : length;
}

/**
 * The size that makes an image invisible, as `width×height` (`?` where the image's own size
 * decides), or `null`: both sides at most 1px; either side 0; or one side at most 1px and the
 * other left to the image (a 1×1 GIF stays 1×1, a photo becomes a sliver). One side at most 1px
 * and the other larger is a visible line or a layout spacer, not a pixel.
 */
function imageSize(element: HtmlElement): string | null {
  const style = styleOf(element);
  const width = dimension(element, style, 'width') ?? widthFromSizes(element);
  const height = dimension(element, style, 'height');
  const text = `${width?.text ?? '?'}×${height?.text ?? '?'}`;
  if (isTiny(width) && isTiny(height)) return text;
  if (width?.size === 0 || height?.size === 0) return text;
  if ((isTiny(width) && height === null) || (isTiny(height) && width === null)) return text;
  return null;
}

/** With `srcset` width descriptors, `sizes` sets the width the image is shown at: every choice at most 1px hides it. */
function widthFromSizes(element: HtmlElement): Length | null {
  const sizes = element.attributes.get('sizes');
  if (sizes === undefined || !/\d\s{0,20}w\b/i.test(element.attributes.get('srcset') ?? '')) return null;
  let widest: Length | null = null;
  for (const choice of sizes.toLowerCase().split(',')) {
    // A choice is an optional media condition, then a length: the length is its last word.
    const words = choice.trim().split(/\s+/);
    const length = cssLength(words.at(-1), element);
    if (!isTiny(length)) return null;
    if (widest === null || (length as Length).size > widest.size) widest = length;
  }
  return widest;
}

/** A box of at most 1px that cuts off what overflows it: its content is invisible. */
function overflowBox(element: HtmlElement, style: ReadonlyMap<string, string>): string | null {
  const cuts = ['overflow', 'overflow-x', 'overflow-y'].some((name) => {
    const value = style.get(name) ?? '';
    return value.startsWith('hidden') || value.startsWith('clip');
  });
  if (!cuts) return null;
  const width = dimension(element, style, 'width');
  const height = dimension(element, style, 'height');
  if (!isTiny(width) && !isTiny(height)) return null;
  return `of ${width?.text ?? '?'}×${height?.text ?? '?'} with \`overflow: hidden\``;
}

// --- Hiding styles ------------------------------------------------------------------------------

/** `opacity: 0`, `.0`, `0%`, and anything up to 1%. */
function isTransparent(value: string | undefined): boolean {
  if (value === undefined) return false;
  const match = /^(\d{0,9}(?:\.\d{1,9})?)(%?)$/.exec(value);
  if (!match || match[1] === '') return false;
  const opacity = Number(match[1]) / (match[2] === '%' ? 100 : 1);
  return opacity <= 0.01;
}

/** The numbers of a CSS function's arguments, split at commas and spaces (`rect(0 0 0 0)`, `rect(0, 0, 0, 0)`). */
function argumentsOf(call: string): string[] {
  return call.split(/[\s,]+/).filter(Boolean);
}

/** The calls of CSS functions in a value: `scale(0)`, `inset(50%)`. */
function calls(value: string): Array<{ name: string; args: string[] }> {
  const found: Array<{ name: string; args: string[] }> = [];
  // Scanned by hand: each `(` reads its name backwards and its arguments up to the next parenthesis.
  let close = value.indexOf(')');
  for (let open = value.indexOf('('); open !== -1 && close !== -1; ) {
    const next = value.indexOf('(', open + 1);
    if (close < open) close = value.indexOf(')', open + 1);
    let start = open;
    while (start > 0 && /[a-z0-9-]/.test(value[start - 1] as string)) start--;
    if (start < open && close !== -1 && (next === -1 || close < next)) found.push({ name: value.slice(start, open), args: argumentsOf(value.slice(open + 1, close)) });
    open = next;
  }
  return found;
}

/** `clip: rect(…)` with no area, `clip-path: inset(…)` of at least 50% from opposite sides, `circle(0)`, `ellipse(0 0)`. */
function clipsToNothing(style: ReadonlyMap<string, string>): boolean {
  for (const call of calls(style.get('clip') ?? '')) {
    if (call.name !== 'rect' || call.args.length !== 4) continue;
    const [top, right, bottom, left] = call.args.map((arg) => (arg === 'auto' ? null : plainNumber(arg)));
    if ((top != null && bottom != null && bottom <= top) || (left != null && right != null && right <= left)) return true;
  }
  for (const call of calls(style.get('clip-path') ?? '')) {
    if (call.name === 'circle' || call.name === 'ellipse') {
      const radii = call.args.slice(0, call.args.indexOf('at') === -1 ? undefined : call.args.indexOf('at'));
      if (radii.length > 0 && radii.some((radius) => plainNumber(radius) === 0)) return true;
    } else if (call.name === 'inset') {
      const sides = call.args.slice(0, call.args.indexOf('round') === -1 ? undefined : call.args.indexOf('round'));
      const percent = sides.map((side) => (side.endsWith('%') ? plainNumber(side.slice(0, -1)) : null));
      const [top, right = top, bottom = top, left = right] = percent;
      if ((top != null && bottom != null && top + bottom >= 100) || (left != null && right != null && left + right >= 100)) return true;
    }
  }
  return false;
}

/** The number of `0`, `1px`, `-2.5`, or `null` for other units and words. */
function plainNumber(text: string): number | null {
  const match = /^([+-]?(?:\d{1,9}(?:\.\d{0,9})?|\.\d{1,9}))(?:px)?$/.exec(text);
  return match ? Number(match[1]) : null;
}

/** `transform: scale(0)`, `scaleX(0)`, `scale3d(1, 0, 1)`, `matrix(0, 0, 0, 0, …)`, or the `scale: 0` property. */
function scalesToNothing(style: ReadonlyMap<string, string>): boolean {
  const scale = style.get('scale');
  if (scale !== undefined && argumentsOf(scale).some((factor) => plainNumber(factor) === 0)) return true;
  for (const call of calls(style.get('transform') ?? '')) {
    const factors = call.args.map(plainNumber);
    if ((call.name === 'scale' || call.name === 'scalex' || call.name === 'scaley') && factors.some((factor) => factor === 0)) return true;
    if (call.name === 'scale3d' && factors.slice(0, 2).some((factor) => factor === 0)) return true;
    if (call.name === 'matrix' && factors.length === 6 && factors.slice(0, 4).every((factor) => factor === 0)) return true;
  }
  return false;
}

/**
 * Moved out of sight: a positioned element offset by -100px or more on any side (`left:-9999px`,
 * `top:-999em`, `right:-100vw`), or by -1,000px or more when it stays in the flow (`position:
 * relative`, a negative margin, a translation, an ancestor's negative `text-indent`). Honest layouts
 * pull images out by a few dozen pixels.
 */
function offScreen(element: HtmlElement, style: ReadonlyMap<string, string>): boolean {
  const position = style.get('position');
  const positioned = position === 'absolute' || position === 'fixed';
  const moved = position === 'relative' || position === 'sticky';
  const far = (length: Length | null, limit: number) => length !== null && length.size <= (length.relative ? -100 : limit);
  if (positioned || moved) {
    for (const side of ['left', 'top', 'right', 'bottom']) if (far(cssLength(style.get(side), element, true), positioned ? -100 : -1000)) return true;
  }
  // A negative `text-indent` moves the inline content of a box (an image), not the box itself.
  const shifts = element.tagName === 'img' ? ['margin-left', 'margin-top'] : ['margin-left', 'margin-top', 'text-indent'];
  for (const name of shifts) if (far(cssLength(style.get(name), element, true), -1000)) return true;
  for (const call of calls(style.get('transform') ?? '')) {
    if (call.name.startsWith('translate') && call.args.some((arg) => far(cssLength(arg, element, true), -1000))) return true;
  }
  return argumentsOf(style.get('translate') ?? '').some((arg) => far(cssLength(arg, element, true), -1000));
}

// --- Inline styles ------------------------------------------------------------------------------

const styles = new WeakMap<HtmlElement, Map<string, string>>();

/**
 * CSS declarations of a `style` attribute, names and values lower-cased, comments and `!important`
 * taken off; a later declaration wins, unless an earlier one is `!important` and it is not. In MDX,
 * a constant style object (`style={{display: 'none', width: 1}}`) is read the same way.
 */
export function styleOf(element: HtmlElement): ReadonlyMap<string, string> {
  let style = styles.get(element);
  if (style === undefined) {
    style = parseStyle(element.attributes.get('style') ?? '');
    styles.set(element, style);
  }
  return style;
}

function parseStyle(text: string): Map<string, string> {
  const declarations = new Map<string, string>();
  const important = new Set<string>();
  const trimmed = text.trim();
  const jsx = trimmed.startsWith('{{') && trimmed.endsWith('}}');
  const parts = jsx ? topLevelParts(trimmed.slice(2, -2), ',') : withoutComments(text).split(';');
  for (const part of parts) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    let name = unquote(part.slice(0, colon).trim());
    let value = unquote(part.slice(colon + 1).trim()).toLowerCase();
    if (jsx) {
      // React writes `marginLeft` for `margin-left` and adds `px` to bare numbers.
      name = name.replace(/[A-Z]/g, (letter) => `-${letter}`);
      if (/^-?\d{1,9}(?:\.\d{1,9})?$/.test(value) && name !== 'opacity') value = `${value}px`;
    }
    name = name.toLowerCase();
    const bang = value.lastIndexOf('!');
    const isImportant = bang !== -1 && value.slice(bang + 1).trim() === 'important';
    if (isImportant) value = value.slice(0, bang).trim();
    if (important.has(name) && !isImportant) continue;
    if (isImportant) important.add(name);
    declarations.set(name, value.replace(/\s+/g, ' '));
  }
  return declarations;
}

/** The text without `/* … *\/` comments (an unclosed one runs to the end, as in CSS). */
function withoutComments(text: string): string {
  let result = '';
  let at = 0;
  for (let start = text.indexOf('/*'); start !== -1; start = text.indexOf('/*', at)) {
    result += `${text.slice(at, start)} `;
    const end = text.indexOf('*/', start + 2);
    at = end === -1 ? text.length : end + 2;
  }
  return result + text.slice(at);
}

/** Parts of a JSX object literal between separators outside quotes and brackets. */
function topLevelParts(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoteChar = '';
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quoteChar) {
      if (char === quoteChar) quoteChar = '';
    } else if (char === '"' || char === "'" || char === '`') quoteChar = char;
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unquote(text: string): string {
  const first = text[0];
  return (first === '"' || first === "'" || first === '`') && text.length >= 2 && text.at(-1) === first ? text.slice(1, -1) : text;
}
