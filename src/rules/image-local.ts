import path from 'node:path';
import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { imageValuesOf } from '../images/values.js';

export default defineRule({
  meta: {
    id: 'image-local',
    description: 'Local images exist in the repository, spelt with the same case',
    rationale:
      'A path to an image that is not committed, or that differs in case (`Cover.JPG` for ' +
      '`cover.jpg`), works on a laptop and breaks on the case-sensitive host the site deploys to. ' +
      'Paths are resolved as the generator resolves them: a site-absolute path (`/images/a.png`) in ' +
      'the folders the site is served from (Hexo `source/`, Hugo `static/` and `assets/`, Jekyll the ' +
      'site root, Astro `public/`, Docusaurus `static/`; `site.staticDirs` sets them), a relative one ' +
      'next to the post, in its Hexo asset folder or Hugo page bundle.',
    tags: ['images', 'front-matter'],
    defaultSeverity: 'error',
    options: z.strictObject({}).prefault({}),
    messages: {
      missing: 'Unexpected `{value}` in `{field}`: no such file (looked for {places})',
      wrongCase: 'Unexpected `{value}` in `{field}`: the file is `{actual}` (hosts are case-sensitive)',
    },
  },
  check({ document, project, report }) {
    const directory = path.posix.dirname(document.projectPath);
    const postName = path.posix.basename(document.projectPath).replace(/\.[^.]+$/, '');
    for (const image of imageValuesOf(document, project.collectionFor(document), project.images.body)) {
      const value = image.raw.trim();
      // URLs, `//host/…`, templates and values image-url reports are not local paths.
      if (value === '' || /\s/.test(value) || /^[a-z][a-z0-9+.-]*:|^\/\/|[{}%]{2}|^#/i.test(value)) continue;
      let target: string;
      try {
        target = decodeURIComponent(value.split(/[?#]/)[0] ?? '');
      } catch {
        target = value.split(/[?#]/)[0] ?? '';
      }
      if (target === '') continue;
      const candidates = target.startsWith('/')
        ? project.site.staticDirs.map((folder) => path.posix.join(folder, target))
        : [path.posix.join(directory, target), path.posix.join(directory, postName, target)];
      let mismatch: string | undefined;
      let found = false;
      for (const candidate of candidates) {
        const lookup = project.fileExists(candidate);
        if (lookup.found) {
          found = true;
          break;
        }
        mismatch ??= lookup.caseMismatch;
      }
      if (found) continue;
      const data = { value: quote(value, 70), field: image.field };
      if (mismatch) report({ messageId: 'wrongCase', data: { ...data, actual: quote(mismatch, 70) }, span: image.span });
      else report({ messageId: 'missing', data: { ...data, places: candidates.slice(0, 3).map((candidate) => `\`${quote(candidate, 60)}\``).join(', ') }, span: image.span });
    }
  },
});
