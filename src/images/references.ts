/**
 * Which of the site's files a text refers to as images, for `image-orphaned`: every word of the
 * text that ends in an image extension (Markdown and HTML images and links, front-matter fields,
 * shortcodes such as `{{< figure src=… >}}` and `{% asset_img … %}`, MDX imports, CSS `url(…)`,
 * template attributes), resolved the ways a generator might resolve it. Generous on purpose: a
 * reference resolved one way too many hides an unused image, one too few reports a used one.
 */
import path from 'node:path';
import { IMAGE_EXTENSIONS } from './values.js';
import { decodedUriComponent } from '../url/url.js';

/** Where a text sits, and where the site serves files from. */
export interface ReferenceContext {
  /** The folder of the file that holds the text, from the config's folder (`.` at the root). */
  folder: string;
  /** The file's name without its extension: a Hexo asset folder or Hugo bundle of that name. */
  stem: string | null;
  staticDirs: readonly string[];
  /** The site's own hosts (lower case) and its base path (`/blog`), for absolute URLs to itself. */
  ownHosts: ReadonlySet<string>;
  basePath: string;
}

/** Characters that cannot be part of a path as written in Markdown, HTML, CSS, YAML or templates. */
const SEPARATORS = /[\s"'`()<>[\]{}|,;=*]+/;

/** Every image path the text refers to, as lower-case paths from the config's folder; a bare file name (`cover.png`) also as `*` + `/cover.png`, any folder's. */
export function imageReferences(text: string, context: ReferenceContext, into: Set<string>): void {
  for (const word of text.split(SEPARATORS)) {
    if (word.length < 5 || word.length > 500) continue;
    const bare = word.split(/[?#]/)[0] ?? '';
    if (!IMAGE_EXTENSIONS.test(bare)) continue;
    addReference(bare, context, into);
  }
}

/** One value that names an image (a front-matter field, an `<img src>`), resolved as `imageReferences` resolves words. */
export function addReference(value: string, context: ReferenceContext, into: Set<string>): void {
  let target = value.trim().split(/[?#]/)[0] ?? '';
  try {
    target = decodeURIComponent(target);
  } catch {
    // Kept as written.
  }
  if (target === '') return;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) {
    let url: URL;
    try {
      url = new URL(target.startsWith('//') ? `https:${target}` : target);
    } catch {
      return;
    }
    if (!context.ownHosts.has(url.hostname.toLowerCase())) return;
    target = decodedUriComponent(url.pathname);
  }
  // Docusaurus's `@site/static/img/a.png` is from the site's folder.
  if (target.startsWith('@site/')) {
    add(target.slice('@site/'.length), into);
    return;
  }
  if (!target.includes('/')) into.add(`*/${target.toLowerCase()}`);
  const candidates: string[] = [];
  if (target.startsWith('/')) {
    const paths = [target];
    if (context.basePath !== '' && target.toLowerCase().startsWith(`${context.basePath.toLowerCase()}/`)) paths.push(target.slice(context.basePath.length));
    for (const absolute of paths) {
      for (const folder of context.staticDirs) candidates.push(path.posix.join(folder, absolute));
      candidates.push(absolute);
    }
  } else {
    candidates.push(path.posix.join(context.folder, target));
    if (context.stem) candidates.push(path.posix.join(context.folder, context.stem, target));
    // Themes often take `image: images/a.png` from the static folders.
    for (const folder of context.staticDirs) candidates.push(path.posix.join(folder, target));
  }
  for (const candidate of candidates) add(candidate, into);
}

function add(candidate: string, into: Set<string>): void {
  const normal = path.posix.normalize(candidate.replace(/^\/+/, ''));
  if (normal.startsWith('../')) return;
  into.add(normal.toLowerCase());
}

/** Whether an image file (a path from the config's folder) is among the references. */
export function isReferenced(file: string, references: ReadonlySet<string>): boolean {
  const lower = file.toLowerCase();
  return references.has(lower) || references.has(`*/${lower.split('/').pop() ?? ''}`);
}
