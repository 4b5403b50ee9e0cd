import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { imageValuesOf } from '../images/values.js';

const SCHEME = /^([a-z][a-z0-9+.-]{0,30}):/i;

export default defineRule({
  meta: {
    id: 'image-url',
    description: 'Image fields hold exactly one well-formed `https:` URL or path',
    rationale:
      'A thumbnail is the first thing readers and social cards show. Real posts have two URLs pasted ' +
      'into one field, stray spaces, `http:` images that browsers block on `https:` pages, and ' +
      '`javascript:` or `data:` values that are not images at all. Each value is parsed with the ' +
      'WHATWG URL parser, as browsers do, and the offending part is quoted.',
    tags: ['images', 'front-matter'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        http: z.enum(['warning', 'error', 'allow']).default('warning').describe('What an `http:` image is: a warning, an error, or allowed'),
      })
      .prefault({}),
    messages: {
      empty: 'Unexpected empty `{field}`, expected an image URL or path',
      twoValues: 'Unexpected second URL `{second}` in `{field}`, expected one image per value',
      whitespace: 'Unexpected space in `{field}` (`{value}`), expected one URL or path without spaces',
      http: 'Unexpected `http:` image `{value}` in `{field}`, expected `https:` (browsers block insecure images on secure pages)',
      scheme: 'Unexpected `{scheme}:` URL in `{field}`, expected an `https:` image URL or a path',
      invalid: 'Unexpected `{value}` in `{field}`: not a valid URL ({reason})',
    },
  },
  check({ document, project, options, report }) {
    for (const image of imageValuesOf(document, project.collectionFor(document), project.images.body)) {
      const value = image.raw.trim();
      const data = { field: image.field, value: quote(value, 70) };
      if (value === '') {
        report({ messageId: 'empty', data, span: image.span });
        continue;
      }
      if (/\s/.test(value)) {
        const parts = value.split(/\s+/);
        const second = parts.slice(1).find((part) => SCHEME.test(part) || part.startsWith('/'));
        if (second) report({ messageId: 'twoValues', data: { ...data, second: quote(second, 60) }, span: image.span });
        else report({ messageId: 'whitespace', data, span: image.span });
        continue;
      }
      const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
      if (scheme === undefined) continue; // a path, or `//host/…`: checked by image-local and image-hotlink
      if (scheme !== 'https' && scheme !== 'http') {
        report({ messageId: 'scheme', data: { ...data, scheme }, span: image.span });
        continue;
      }
      try {
        new URL(value);
      } catch {
        const reason = /^https?:\/\/[^/]*[^\w.:@[\]%-]/i.test(value) ? 'the host has characters a host cannot have' : 'the URL parser rejects it';
        report({ messageId: 'invalid', data: { ...data, reason }, span: image.span });
        continue;
      }
      if (scheme === 'http' && options.http !== 'allow') {
        report({ messageId: 'http', data, span: image.span, ...(options.http === 'warning' ? { severity: 'warning' as const } : {}) });
      }
    }
  },
});
