#!/usr/bin/env node
/**
 * `node scripts/synthetic-site.mjs --posts N --out DIR [--seed S]`: a synthetic spam site, for
 * measuring content-lint at sizes no real corpus has (issue #25).
 *
 * Writes a Hexo-shaped site — `DIR/_config.yml` (`url: https://spam-network.example`) and
 * `DIR/source/_posts/<slug>.md` — with N posts. One post in every eight (at a random place in each
 * run of eight) is honest: plain prose, a couple of links, a fenced code block, no ads. The others
 * are shaped like ../shared/examples/seed-post.md: front matter (title, ISO `date` and `updated`,
 * tags, categories, a hotlinked thumbnail) and 10–30 KB (about 18 KB on average) of HTML-dense body:
 * headings and prose full of inline links, ad blocks marked `<!-- ads begin -->` … `<!-- ads end -->`
 * around an AdSense unit and its scripts, Amazon affiliate cards with a 1×1 impression pixel,
 * tables, lists, images, and an "Also read" link farm of 8–12 links over made-up subdomains of one
 * network domain.
 *
 * Deterministic: the same seed gives the same bytes (mulberry32, no dependency). Each post has its
 * own generator seeded from the seed and its number, so post i is the same whatever N is. The words
 * come from a vocabulary of a few thousand made from syllables (drawn from the seed) mixed with
 * common English words, so no two posts are alike. Posts are written one at a time: the site is
 * never held in memory. Prints the files and bytes written.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE_URL = 'https://spam-network.example';

/** mulberry32: a 32-bit state, a float in [0, 1) a call. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit mix of two integers (the seed and a post's number), for per-post generators. */
function mix(a, b) {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const COMMON = `the of and to in a is that for it as with was on be by this are from at or an have not
which but they has were their more all can one been new also will its about when there into only
other than most some over our these after many we first time such two could would may between
through each during under while where both those very just because should before without year
years while data system server device market users software network report support model power
company price industry product design update version service storage chip board video camera
screen battery memory review test speed phone laptop desktop release team cloud security source
patent court business maker chips performance display driver feature quality mode level option`
  .split(/\s+/)
  .filter(Boolean);

const ONSETS = ['b', 'bl', 'br', 'c', 'ch', 'cl', 'cr', 'd', 'dr', 'f', 'fl', 'fr', 'g', 'gl', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'qu', 'r', 's', 'sc', 'sh', 'sk', 'sl', 'sn', 'sp', 'st', 'str', 't', 'th', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ea', 'ee', 'io', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm', 'nd', 'st', 'nt', 'ck', 'x', 'th', 'rk', 'ng'];
const VOCABULARY_SIZE = 4000;

/** A few thousand made-up words of one to three syllables, different for every seed. */
function vocabulary(seed) {
  const random = mulberry32(mix(seed, 0x766f63));
  const pick = (list) => list[(random() * list.length) | 0];
  const words = new Set();
  while (words.size < VOCABULARY_SIZE) {
    const syllables = 1 + ((random() * 3) | 0);
    let word = '';
    for (let index = 0; index < syllables; index++) word += pick(ONSETS) + pick(VOWELS) + (index === syllables - 1 ? pick(CODAS) : '');
    if (word.length >= 3 && word.length <= 12) words.add(word);
  }
  return [...words];
}

const FENCE = '```';
const TABLE_HEADS = [
  ['Model', 'Price', 'Rating'],
  ['Feature', 'Basic', 'Pro'],
  ['Spec', 'Value', 'Notes'],
  ['Plan', 'Storage', 'Monthly'],
];
const FARM_PREFIXES = ['[New] ', '[Updated] ', 'In 2024, ', '2024 Approved ', '[New] 2024 Approved ', '', '', ''];
const CODE_LANGUAGES = ['js', 'python', 'bash', 'go', 'rust'];

/** The words, names and hosts a site is made of: the same for every post of one seed. */
function siteParts(seed) {
  const words = vocabulary(seed);
  const random = mulberry32(mix(seed, 0x73697465));
  const word = () => words[(random() * words.length) | 0];
  const list = (count, make) => Array.from({ length: count }, make);
  return {
    words,
    // Sites the network "scrapes" (inline links), where it hotlinks its pictures, and its farm domains.
    newsSites: list(24, () => `www.${word()}${word()}.com`),
    imageHosts: list(12, () => `cdn.${word()}media.net`),
    farmDomains: list(16, () => `${word()}${['daily', 'hub', 'zone', 'tips'][(random() * 4) | 0]}.com`),
    honestHosts: ['developer.mozilla.org/en-US/docs/Web', 'nodejs.org/api', 'docs.python.org/3/library', 'go.dev/doc', 'doc.rust-lang.org/std', 'en.wikipedia.org/wiki'],
  };
}

/** One post's text and file name. */
function makePost(parts, seed, number, honest) {
  const random = mulberry32(mix(seed, number + 1));
  const { words } = parts;
  const below = (limit) => (random() * limit) | 0;
  const between = (low, high) => low + below(high - low + 1);
  const pick = (list) => list[below(list.length)];
  const word = () => (random() < 0.38 ? COMMON[below(COMMON.length)] : words[below(words.length)]);
  const rare = () => words[below(words.length)];
  const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  const phrase = (count) => {
    let text = word();
    for (let index = 1; index < count; index++) text += ` ${word()}`;
    return text;
  };
  const titleCase = (count) => {
    let text = capital(rare());
    for (let index = 1; index < count; index++) text += ` ${capital(word())}`;
    return text;
  };
  const digits = (count) => {
    let text = String(1 + below(9));
    for (let index = 1; index < count; index++) text += below(10);
    return text;
  };
  const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  const code = (count) => {
    let text = '';
    for (let index = 0; index < count; index++) text += ALNUM[below(ALNUM.length)];
    return text;
  };
  const iso = (ms) => new Date(ms).toISOString();
  const date = Date.UTC(2019, 0, 1) + below(7 * 365 * 86_400) * 1000 + below(1000);
  const title = titleCase(between(5, 11));
  const slug = `${title.toLowerCase().split(' ').slice(0, 6).join('-')}-${number.toString(36)}`;
  const tags = Array.from({ length: between(1, 3) }, rare);
  const category = pick(['hardware', 'software', 'gaming', 'mobile', 'news', 'reviews', 'guides']);

  if (honest) {
    const host = pick(parts.honestHosts);
    const sentence = () => `${capital(phrase(between(7, 20)))}.`;
    const paragraph = (sentences) => Array.from({ length: sentences }, sentence).join(' ');
    const linked = (paragraphText) => {
      const at = paragraphText.indexOf(' ', between(20, 60));
      const anchor = phrase(between(1, 3));
      return `${paragraphText.slice(0, at)} [${anchor}](https://${host}/${rare()}) ${paragraphText.slice(at + 1)}`;
    };
    const language = pick(CODE_LANGUAGES);
    const codeLines = Array.from({ length: between(4, 12) }, () => `${'  '.repeat(below(3))}${rare()}_${rare()}(${rare()}, ${between(0, 999)})`).join('\n');
    let body = `${linked(paragraph(between(3, 6)))}\n\n`;
    for (let section = between(2, 4); section > 0; section--) body += `## ${titleCase(between(2, 5))}\n\n${paragraph(between(3, 7))}\n\n`;
    body += `${FENCE}${language}\n${codeLines}\n${FENCE}\n\n${linked(paragraph(between(2, 5)))}\n`;
    const frontMatter = `---\ntitle: ${title}\ndate: ${iso(date)}\ntags:\n${tags.map((tag) => `  - ${tag}\n`).join('')}categories:\n  - ${category}\n---\n\n`;
    return { slug, text: frontMatter + body };
  }

  const news = pick(parts.newsSites);
  const imageHost = pick(parts.imageHosts);
  const farmDomain = pick(parts.farmDomains);
  const affiliateTag = `${rare()}${rare()}-20`;
  const publisher = `ca-pub-${digits(16)}`;
  const target = 10_000 + Math.floor(20_000 * random() ** 1.6);
  const link = (anchor) => `[${anchor}](https://${news}/${pick(['tag', 'news', 'reviews', 'features'])}/${rare()}-${rare()})`;
  /** A sentence with inline links, as scraped news copy has them. */
  const linkedSentence = () => {
    const count = between(8, 22);
    let text = capital(word());
    for (let index = 1; index < count; index++) text += random() < 0.1 ? ` ${link(`${capital(rare())} ${capital(rare())}`)}` : ` ${word()}`;
    return `${text}.`;
  };
  const paragraph = () => {
    let text = ' ' + linkedSentence();
    for (let count = between(2, 6); count > 0; count--) text += ` ${linkedSentence()}`;
    return text;
  };
  const adBlock = () => {
    let block = '<!-- ads begin -->\n';
    if (random() < 0.5) block += `<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=${publisher}" crossorigin="anonymous"></script>\n`;
    block += `<ins class="adsbygoogle" style="display:block${random() < 0.5 ? '; text-align:center;' : ''}" data-ad-client="${publisher}" data-ad-slot="${digits(10)}" data-ad-format="${pick(['auto', 'fluid', 'autorelaxed'])}"${random() < 0.5 ? ' data-full-width-responsive="true"' : ''}></ins>\n`;
    block += '<script>\n     (adsbygoogle = window.adsbygoogle || []).push({});\n</script>\n<!-- ads end -->';
    return block;
  };
  const affiliateCard = () => {
    const asin = `B0${code(8)}`;
    const product = titleCase(between(3, 7));
    const href = `https://www.amazon.com/dp/${asin}?tag=${affiliateTag}&amp;linkCode=${pick(['ll1', 'll2', 'osi', 'as2'])}`;
    return [
      `<div class="product-card" style="border:1px solid #ddd;padding:12px;margin:16px 0;">`,
      `<a href="${href}" target="_blank" rel="nofollow noopener"><img src="https://m.media-amazon.com/images/I/${code(11)}L._AC_SL1500_.jpg" alt="${product}" width="${pick([160, 200, 250])}" height="${pick([160, 200, 250])}"></a>`,
      `<p><strong>${product}</strong>: ${phrase(between(8, 20))}. <a href="${href}" rel="nofollow">Check the price on Amazon</a></p>`,
      `<img src="https://ir-na.amazon-adsystem.com/e/ir?t=${affiliateTag}&amp;language=en_US&amp;l=li3&amp;o=1&amp;a=${asin}" width="1" height="1" border="0" alt="" style="border:none !important; margin:0px !important;" />`,
      '</div>',
    ].join('\n');
  };
  const table = () => {
    const head = pick(TABLE_HEADS);
    let text = `| ${head.join(' | ')} |\n| --- | ---: | --- |\n`;
    for (let row = between(3, 8); row > 0; row--) {
      text += `| ${random() < 0.3 ? link(titleCase(2)) : titleCase(between(1, 3))} | $${between(19, 1999)}.${between(10, 99)} | ${phrase(between(2, 6))} |\n`;
    }
    return text.slice(0, -1);
  };
  const list = () => {
    let text = '';
    for (let item = between(3, 7); item > 0; item--) text += `- ${random() < 0.5 ? `${link(titleCase(between(2, 4)))}: ` : ''}${phrase(between(5, 14))}\n`;
    return text.slice(0, -1);
  };
  const image = () => {
    const alt = phrase(between(2, 6));
    const src = `https://${imageHost}/uploads/${2019 + below(7)}/${String(1 + below(12)).padStart(2, '0')}/${rare()}-${rare()}-${between(300, 1600)}.${pick(['jpg', 'png', 'webp'])}`;
    return random() < 0.5 ? `![${alt}](${src})` : `<img src="${src}" alt="${alt}" width="${pick([640, 800, 1024])}" height="${pick([360, 450, 576])}" loading="lazy">`;
  };
  const farm = () => {
    let text = `<span class="atpl-alsoreadstyle">Also read:</span>\n<div><ul>\n`;
    for (let item = between(8, 12); item > 0; item--) {
      const headline = `${pick(FARM_PREFIXES)}${titleCase(between(4, 10))}`;
      text += `<li><a href="https://${rare()}-${rare()}.${farmDomain}/${headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}/"><u>${headline}</u></a></li>\n`;
    }
    return `${text}</ul></div>`;
  };

  const blocks = [`## ${titleCase(between(6, 14))}`, paragraph()];
  let size = blocks[0].length + blocks[1].length;
  let ads = 0;
  let cards = 0;
  const add = (block) => {
    blocks.push(block);
    size += block.length + 2;
  };
  // ~2 KB for the farm at the end.
  while (size < target - 2000) {
    const roll = random();
    if (roll < 0.22) add(`## ${titleCase(between(3, 10))}`);
    if (roll < 0.6) add(paragraph());
    else if (roll < 0.7) {
      add(adBlock());
      ads++;
    } else if (roll < 0.8) {
      add(affiliateCard());
      cards++;
    } else if (roll < 0.87) add(table());
    else if (roll < 0.94) add(list());
    else add(image());
  }
  if (ads === 0) blocks.splice(2, 0, adBlock());
  if (cards === 0) blocks.splice(blocks.length - 1, 0, affiliateCard());
  blocks.push(farm());
  const updated = date + below(60 * 86_400) * 1000 + below(1000);
  const frontMatter = [
    '---',
    `title: ${title}`,
    `date: ${iso(date)}`,
    `updated: ${iso(updated)}`,
    'tags:',
    ...tags.map((tag) => `  - ${tag}`),
    'categories:',
    `  - ${category}`,
    `thumbnail: https://${imageHost}/${code(22)}-320-80.jpg`,
    '---',
    '',
    '',
  ].join('\n');
  return { slug, text: `${frontMatter}${blocks.join('\n\n')}\n` };
}

/** Writes the site; returns the files and bytes written. */
export function generateSite({ posts, out, seed = 1 }) {
  const postsFolder = path.join(out, 'source', '_posts');
  if (existsSync(postsFolder) && readdirSync(postsFolder).length > 0) throw new Error(`${postsFolder} is not empty`);
  mkdirSync(postsFolder, { recursive: true });
  const config = `# A synthetic spam site (scripts/synthetic-site.mjs --posts ${posts} --seed ${seed})\ntitle: Spam Network\nurl: ${SITE_URL}\nlanguage: en\ntimezone: UTC\npermalink: :year/:month/:day/:title/\nsource_dir: source\npublic_dir: public\nnew_post_name: :title.md\n`;
  writeFileSync(path.join(out, '_config.yml'), config);
  let bytes = Buffer.byteLength(config);
  const parts = siteParts(seed);
  // One honest post in every run of eight, at a place drawn per run.
  const placer = mulberry32(mix(seed, 0x686f6e));
  let honestAt = -1;
  let honestCount = 0;
  for (let number = 0; number < posts; number++) {
    if (number % 8 === 0) honestAt = number + ((placer() * 8) | 0);
    const honest = number === honestAt;
    if (honest) honestCount++;
    const { slug, text } = makePost(parts, seed, number, honest);
    const buffer = Buffer.from(text);
    const fd = openSync(path.join(postsFolder, `${slug}.md`), 'w');
    try {
      writeSync(fd, buffer);
    } finally {
      closeSync(fd);
    }
    bytes += buffer.length;
  }
  return { files: posts + 1, posts, honest: honestCount, bytes };
}

function main(argv) {
  const value = (name) => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const posts = Number(value('--posts'));
  const out = value('--out');
  const seed = value('--seed') === undefined ? 1 : Number(value('--seed'));
  if (!Number.isInteger(posts) || posts < 1 || !out || !Number.isInteger(seed)) {
    console.error('usage: node scripts/synthetic-site.mjs --posts N --out DIR [--seed S]  (N ≥ 1, S an integer, default 1)');
    process.exit(2);
  }
  const started = performance.now();
  const written = generateSite({ posts, out: path.resolve(out), seed });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `synthetic-site: ${written.files} files (${written.posts} posts, ${written.honest} honest), ${written.bytes} bytes (${(written.bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s (${(written.bytes / 1e6 / seconds).toFixed(0)} MB/s) to ${path.resolve(out)}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
