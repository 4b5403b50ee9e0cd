import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { IMAGE_EXTENSIONS, IMAGE_HOSTS, imageValuesOf } from '../images/values.js';
import { absoluteUrl } from '../url/url.js';
import { hostMatches } from '../url/url.js';

/** Query parameters with which image CDNs pick the format: `?format=webp`, `&fm=jpg`, `auto=format`. */
const FORMAT_QUERY = /[?&](?:format|fm|f|auto)=/i;

export default defineRule({
  meta: {
    id: 'image-type',
    description: 'Image fields point at images: a file with an image extension, or a known image CDN',
    rationale:
      'A thumbnail that links to an article page or a PDF shows nothing in feeds and social cards. ' +
      'A value looks like an image when its path ends in an image extension (`.jpg`, `.png`, `.webp`, ' +
      '`.avif`, `.svg`…), when it comes from an image CDN whose URLs need none (Cloudinary, imgix, ' +
      'Unsplash, Sanity, Contentful…), or when its query picks an image format. Anything else is a ' +
      'warning: some hosts serve images from bare URLs.',
    tags: ['images', 'front-matter'],
    defaultSeverity: 'warning',
    options: z
      .strictObject({
        allowHosts: z.array(z.string().min(1)).default([]).describe('More hosts whose URLs are images without an extension (subdomains included)'),
      })
      .prefault({}),
    messages: {
      notImage: 'Unexpected `{value}` in `{field}`: it does not look like an image (no image extension, not an image CDN)',
    },
  },
  check({ document, project, options, report }) {
    const hosts = [...IMAGE_HOSTS, ...options.allowHosts.map((host) => host.toLowerCase())];
    for (const image of imageValuesOf(document, project.collectionFor(document), project.images.body)) {
      const value = image.raw.trim();
      // Values that are not one URL or path are image-url's to report.
      if (value === '' || /\s/.test(value) || (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value))) continue;
      const url = absoluteUrl(value);
      const pathname = url ? url.pathname : value.split(/[?#]/)[0] ?? '';
      if (IMAGE_EXTENSIONS.test(pathname) || FORMAT_QUERY.test(value)) continue;
      if (url && hostMatches(url.hostname, hosts)) continue;
      report({ messageId: 'notImage', data: { field: image.field, value: quote(value, 70) }, span: image.span });
    }
  },
});
