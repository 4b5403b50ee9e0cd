/** Whether an `<img>` is invisible to readers: a tracking pixel, not a picture. */
import type { HtmlElement } from '../engine/api.js';

function pixels(value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^(-?\d{1,6}(?:\.\d{1,4})?)\s*(?:px)?$/i.exec(value.trim());
  return match ? Number(match[1]) : null;
}

/** CSS declarations of a `style` attribute, names lower-cased. */
export function styleOf(element: HtmlElement): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const declaration of (element.attributes.get('style') ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) declarations.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim().toLowerCase());
  }
  return declarations;
}

/** Why an image is hidden (`0×0`, `hidden by its style`), or `null` when readers can see it. */
export function hiddenImageReason(element: HtmlElement): string | null {
  if (element.tagName !== 'img') return null;
  const style = styleOf(element);
  const width = pixels(element.attributes.get('width')) ?? pixels(style.get('width'));
  const height = pixels(element.attributes.get('height')) ?? pixels(style.get('height'));
  if (width !== null && height !== null && width <= 1 && height <= 1) return `${width}×${height}`;
  if (width === 0 || height === 0) return `${width ?? '?'}×${height ?? '?'}`;
  if (style.get('display') === 'none') return 'hidden by `display: none`';
  if (style.get('visibility') === 'hidden') return 'hidden by `visibility: hidden`';
  if (pixels(style.get('opacity')) === 0) return 'hidden by `opacity: 0`';
  const position = style.get('position');
  const offscreen = ['left', 'top'].some((side) => (pixels(style.get(side)) ?? 0) <= -100);
  if ((position === 'absolute' || position === 'fixed') && offscreen) return 'placed off screen';
  return null;
}
