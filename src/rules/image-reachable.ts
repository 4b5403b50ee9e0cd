import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import type { Span } from '../engine/api.js';
import { imageValuesOf } from '../images/values.js';
import { absoluteUrl } from '../url/url.js';

interface Use {
  file: string;
  field: string;
  span: Span;
}

export default defineRule({
  meta: {
    id: 'image-reachable',
    description: 'Absolute image URLs answer with an image (checked only with `--check-urls`)',
    rationale:
      'A thumbnail that answers 404, or an HTML page, leaves an empty card. With `--check-urls` (or the ' +
      "action's `check-urls` input) each distinct image URL is fetched once, safely: https only, ports " +
      '443 and 80, never a private, loopback or link-local address (checked on every resolved address, ' +
      'at connect time and after each of at most 3 redirects), 3 s to connect and 10 s in all, at most ' +
      '64 KiB read. 404, 410, other 4xx and non-images are errors; time-outs, 429 and 5xx are warnings, ' +
      'so a flaky host never blocks a merge. Results can be cached between runs.',
    tags: ['images', 'network'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      broken: 'Unexpected image `{url}` in `{field}`: {reason}',
      blocked: 'Unexpected image `{url}` in `{field}`: not fetched, {reason}',
      transient: 'Could not check image `{url}` in `{field}`: {reason}; it is checked again on the next run',
      skipped: 'Image `{url}` in `{field}` was {reason}',
    },
  },
  createState: () => new Map<string, Use[]>(),
  activeIn: (project) => project.network !== null,
  check({ document, project, state }) {
    if (!project.network) return;
    for (const image of imageValuesOf(document, project.collectionFor(document), project.images.body)) {
      const url = absoluteUrl(image.raw);
      if (!url) continue;
      const uses = state.get(url.href) ?? [];
      uses.push({ file: document.path, field: image.field, span: image.span });
      state.set(url.href, uses);
    }
  },
  async finish({ project, state, report }) {
    if (!project.network || state.size === 0) return;
    const verdicts = await project.network.check([...state.keys()]);
    for (const [url, uses] of state) {
      const verdict = verdicts.get(url);
      if (!verdict || verdict.status === 'ok') continue;
      for (const use of uses) {
        const data = { url: quote(url, 80), field: use.field, reason: verdict.reason };
        const severity = verdict.status === 'transient' || verdict.status === 'skipped' ? ('warning' as const) : undefined;
        report(use.file, { messageId: verdict.status, data, span: use.span, ...(severity ? { severity } : {}) });
      }
    }
  },
});
