import path from 'node:path';
import picomatch from 'picomatch';
import { z } from 'zod';
import { defineRule, type ProjectContext } from '../engine/api.js';
import { addReference, imageReferences, isReferenced, type ReferenceContext } from '../images/references.js';
import { IMAGE_EXTENSIONS, imageValuesOf } from '../images/values.js';
import { contentOf } from '../spam/content.js';
import { trimEndRun } from '../text/trim.js';

/** What the run's files say, gathered as they are checked. */
interface State {
  references: Set<string>;
  /** Folders whose images belong to a post: its bundle or asset folder (all of it), its own folder (the files in it). */
  bundles: Set<string>;
  siblings: Set<string>;
}

/** Folders of templates, styles, data and config that refer to images, by generator; the root's own files are read too. */
const TEMPLATE_FOLDERS: Record<string, readonly string[]> = {
  hugo: ['layouts', 'themes', 'data', 'config', 'assets', 'i18n'],
  hexo: ['themes', 'scaffolds', 'source/_data'],
  jekyll: ['_layouts', '_includes', '_data', '_sass', 'assets'],
  docusaurus: ['src'],
  astro: ['src'],
};
/** Files whose text is read for references: templates, scripts, styles, data. */
const TEXT_FILE = /\.(?:html?|liquid|njk|ejs|pug|swig|hbs|astro|vue|svelte|[cm]?[jt]sx?|s?css|sass|less|styl|ya?ml|toml|json|xml|webmanifest)$/i;
/** The page-resource names Hugo's embedded `opengraph.html` and `twitter_cards.html` look for (`.Resources.GetMatch "*feature*"`). */
const HUGO_CARD_IMAGE = /feature|cover|thumbnail/i;
/** Build output and dependencies in a site served from its root (Jekyll): never the site's own images. */
const OUTPUT_FOLDERS = ['_site/', 'vendor/', 'public/', 'dist/', 'build/', 'resources/_gen/'];

export default defineRule({
  meta: {
    id: 'image-orphaned',
    description: 'Images in the site\'s folders are used by a post, page, template or config',
    rationale:
      'Images that nothing refers to any more are still committed, cloned and deployed. Off by default: ' +
      'turn it on to list the images under the static folders (`site.staticDirs`), in Hexo post asset ' +
      'folders and Hugo page bundles that no post or page, no generator config or data file, and no ' +
      'template, style or script in the theme folders names. It needs the whole site: a run over some ' +
      'paths, a pull request or a shard skips it (and says so once). A finding is on the image itself, ' +
      'at line 1.',
    tags: ['images'],
    defaultSeverity: 'off',
    options: z
      .strictObject({
        ignore: z
          .array(z.string().min(1))
          .default(['**/favicon*', '**/apple-touch-icon*', '**/android-chrome*', '**/mstile*', '**/safari-pinned-tab*'])
          .describe('Globs of images never reported, from the config\'s folder (browsers ask for icons that no page names)'),
        scan: z.array(z.string().min(1)).default([]).describe('More folders whose templates, styles, scripts and data refer to images, from the config\'s folder'),
      })
      .prefault({}),
    dependsOn: ['site-data', 'whole-site'],
    messages: {
      orphaned: 'Unexpected unused image `{image}`, expected a post, page, template or config to refer to it (or the file removed)',
    },
  },
  createState: (): State => ({ references: new Set(), bundles: new Set(), siblings: new Set() }),
  activeIn: (project) => project.wholeSite,
  check({ document, project, state }) {
    const folder = path.posix.dirname(document.projectPath);
    const name = path.posix.basename(document.projectPath);
    const stem = name.replace(/\.[^.]+$/, '');
    const context = referenceContext(project, folder, stem);
    // A leaf bundle (`index.md`) owns its folder and everything under it; a branch bundle
    // (`_index.md`) and any other page own the files beside them; a page's own folder of the same
    // name is its Hexo asset folder.
    if (stem === 'index') state.bundles.add(folder);
    else if (stem !== '_index') state.bundles.add(path.posix.join(folder, stem));
    state.siblings.add(folder);
    if (!document.source.lintable) return;
    imageReferences(document.text, context, state.references);
    for (const image of imageValuesOf(document, project.collectionFor(document), false)) addReference(image.raw, context, state.references);
    // Whole values too: a path with spaces (`![a](<my image.png>)`, `cover: my image.png`) is no word of the text.
    const { images, links } = contentOf(document);
    for (const item of [...images, ...links.filter((link) => IMAGE_EXTENSIONS.test(link.raw.split(/[?#]/)[0] ?? ''))]) addReference(item.raw, context, state.references);
  },
  async finish({ options, project, state, reportOnSiteFile }) {
    if (!project.wholeSite) return;
    const { references } = state;
    // The generator config, the site's other root files, its templates, styles and data, and the
    // text files it serves (a JSON or CSS file under static/ names images too).
    const rootFiles = project.listFiles('.').filter((file) => !file.includes('/'));
    const folders = [...(TEMPLATE_FOLDERS[project.site.generator ?? ''] ?? []), ...project.site.staticDirs, ...options.scan];
    const scanned = new Set<string>();
    for (const file of [...rootFiles, ...folders.flatMap((folder) => project.listFiles(folder))]) {
      if (scanned.has(file) || !TEXT_FILE.test(file) || OUTPUT_FOLDERS.some((output) => file.startsWith(output))) continue;
      scanned.add(file);
      const data = project.siteData(file);
      const text = data.kind === 'missing' ? null : data.text;
      if (text) imageReferences(text, referenceContext(project, path.posix.dirname(file), null), references);
    }
    const ignored = picomatch(options.ignore, { dot: true, nocase: true });
    const images = new Set<string>();
    for (const folder of project.site.staticDirs) {
      for (const file of project.listFiles(folder)) {
        if (folder === '.' && OUTPUT_FOLDERS.some((output) => file.startsWith(output))) continue;
        images.add(file);
      }
    }
    const resources = [
      ...[...state.bundles].flatMap((bundle) => project.listFiles(bundle)),
      ...[...state.siblings].flatMap((folder) => project.listFiles(folder).filter((file) => path.posix.dirname(file) === folder)),
    ];
    for (const file of resources) {
      // Hugo's embedded Open Graph and Twitter card templates take a page's `*feature*`, `*cover*` or `*thumbnail*` image.
      if (project.site.generator === 'hugo' && HUGO_CARD_IMAGE.test(path.posix.basename(file))) continue;
      images.add(file);
    }
    for (const image of [...images].sort()) {
      if (!IMAGE_EXTENSIONS.test(image) || ignored(image) || isReferenced(image, references)) continue;
      reportOnSiteFile(image, { messageId: 'orphaned', data: { image }, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } });
    }
  },
});

function referenceContext(project: ProjectContext, folder: string, stem: string | null): ReferenceContext {
  const ownHosts = new Set(project.site.domains.map((domain) => domain.toLowerCase()));
  let basePath = '';
  if (project.site.url) {
    try {
      const url = new URL(project.site.url);
      ownHosts.add(url.hostname.toLowerCase());
      basePath = trimEndRun(url.pathname, '/');
    } catch {
      // An address the config check reports.
    }
  }
  return { folder, stem, staticDirs: project.site.staticDirs, ownHosts, basePath };
}
