/**
 * The image values of a post: the image fields of its front matter (the presets' names and fields
 * typed `image`), as strings, lists or `{src}` objects — and, when the config asks, the images of
 * its body.
 */
import type { LintDocument } from '../engine/api.js';
import type { ValueNode } from '../engine/api.js';
import type { Span } from '../engine/api.js';
import type { Collection } from '../schema/collections.js';
import { normalizeField, typesOf } from '../schema/fields.js';
import { contentOf } from '../spam/content.js';

export const IMAGE_FIELDS = ['thumbnail', 'cover', 'image', 'images', 'banner', 'heroImage', 'hero_image', 'featured_image', 'featuredImage', 'og_image', 'ogImage', 'photos', 'header_image'];

export interface ImageValue {
  /** `thumbnail`, `images[1]`, `cover.src`, or `body` for an image in the text. */
  field: string;
  /** The value without surrounding quotes. */
  raw: string;
  span: Span;
  inBody: boolean;
}

/** The image values of a document, computed once and shared by the image rules. */
export function imageValuesOf(document: LintDocument, collection: Collection | null, includeBody: boolean): ImageValue[] {
  return document.derive(
    'image values',
    () => ({ collection, includeBody, values: readImageValues(document, collection, includeBody) }),
    (kept) => kept.collection !== collection || kept.includeBody !== includeBody,
  ).values;
}

function readImageValues(document: LintDocument, collection: Collection | null, includeBody: boolean): ImageValue[] {
  const values: ImageValue[] = [];
  const root = document.frontMatter?.root;
  if (root) {
    const typed = new Set(IMAGE_FIELDS);
    for (const [name, spec] of Object.entries(collection?.fields ?? {})) {
      const item = spec.of ? normalizeField(spec.of) : null;
      const isImage = typesOf(spec).includes('image') || (item !== null && typesOf(item).includes('image'));
      if (isImage) typed.add(name);
      else typed.delete(name);
    }
    for (const entry of root.entries) {
      if (typed.has(entry.key)) collect(entry.key, entry.value, values, 0);
    }
  }
  if (includeBody && document.source.lintable) {
    for (const image of contentOf(document).images) values.push({ field: 'body', raw: image.raw, span: image.span, inBody: true });
  }
  return values;
}

function collect(field: string, node: ValueNode, into: ImageValue[], depth: number): void {
  if (node.type === 'scalar') {
    if (typeof node.value === 'string') into.push({ field, raw: node.value, span: node.span, inBody: false });
  } else if (node.type === 'sequence' && depth === 0) {
    node.items.forEach((item, index) => collect(`${field}[${index}]`, item, into, depth + 1));
  } else if (node.type === 'mapping') {
    const source = node.entries.find((entry) => entry.key === 'src' || entry.key === 'url');
    if (source) collect(`${field}.${source.key}`, source.value, into, depth + 1);
  }
}

/** Image file name endings browsers show. */
export const IMAGE_EXTENSIONS = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|ico|tiff?|heic|heif|jxl|apng)$/i;

/**
 * Image CDNs and hosts whose URLs need not end in an image extension, and which a site may use for
 * its own images (so they are not hotlinks either). Each covers its subdomains.
 */
export const IMAGE_HOSTS = [
  'images.unsplash.com',
  'res.cloudinary.com',
  'imgix.net',
  'i.imgur.com',
  'googleusercontent.com',
  'ggpht.com',
  'cdn.sanity.io',
  'images.ctfassets.net',
  'pbs.twimg.com',
  'avatars.githubusercontent.com',
  'user-images.githubusercontent.com',
  'private-user-images.githubusercontent.com',
  'raw.githubusercontent.com',
  'github.com',
  'i.ytimg.com',
  'img.youtube.com',
  'img.shields.io',
  'i0.wp.com',
  'i1.wp.com',
  'i2.wp.com',
  'cdn.hashnode.com',
  'miro.medium.com',
  'substackcdn.com',
  'media.giphy.com',
  'images.pexels.com',
  'upload.wikimedia.org',
  'gravatar.com',
  'imagedelivery.net',
  'ucarecdn.com',
  'cdn.jsdelivr.net',
];
