/**
 * Field sets of the site generators people use, with their real field names and types, written in
 * the field language. Generators and themes add fields of their own, so presets allow unknown keys;
 * a collection can be stricter (`unknownKeys: warn` or `strict`).
 */
import type { FieldInput, UnknownKeyPolicy } from './fields.js';

export interface Preset {
  description: string;
  fields: Record<string, FieldInput>;
  unknownKeys: UnknownKeyPolicy;
  /** Whether a file of such a collection must have front matter at all. */
  frontMatter: 'required' | 'optional';
  /** Pairs of date fields that must be in order: the first on or before the second. */
  dateOrder: Array<[string, string]>;
}

const text: FieldInput = 'string';
const requiredTitle: FieldInput = { type: 'string', required: true, nonEmpty: true };
const date: FieldInput = 'date';
const tagList: FieldInput = { type: ['string', 'array'], of: 'string' };
const stringList: FieldInput = { type: 'array', of: 'string' };

export const PRESETS = {
  hexo: {
    description: 'Hexo posts (source/_posts)',
    frontMatter: 'required',
    dateOrder: [['date', 'updated']],
    unknownKeys: 'allow',
    fields: {
      title: requiredTitle,
      date,
      updated: date,
      tags: tagList,
      // Hexo reads a nested list as a category hierarchy: [[Diary, Life], [Work]].
      categories: { type: ['string', 'array'], of: { type: ['string', 'array'], of: 'string' } },
      thumbnail: 'image',
      cover: 'image',
      banner: 'image',
      photos: { type: 'array', of: 'image' },
      description: text,
      excerpt: text,
      keywords: tagList,
      permalink: text,
      layout: text,
      comments: 'boolean',
      published: 'boolean',
      lang: text,
      author: text,
      disableNunjucks: 'boolean',
    },
  },
  hugo: {
    description: 'Hugo content (YAML or TOML front matter)',
    frontMatter: 'optional',
    dateOrder: [
      ['date', 'lastmod'],
      ['publishDate', 'expiryDate'],
    ],
    unknownKeys: 'allow',
    fields: {
      title: text,
      linkTitle: text,
      description: text,
      summary: text,
      date,
      lastmod: date,
      publishDate: date,
      expiryDate: date,
      draft: 'boolean',
      headless: 'boolean',
      tags: stringList,
      categories: stringList,
      series: stringList,
      keywords: stringList,
      aliases: stringList,
      images: { type: 'array', of: 'image' },
      slug: text,
      url: text,
      type: text,
      layout: text,
      weight: 'integer',
      isCJKLanguage: 'boolean',
      markup: text,
      outputs: stringList,
      translationKey: text,
      params: { type: 'object' },
    },
  },
  jekyll: {
    description: 'Jekyll posts and pages',
    frontMatter: 'required',
    dateOrder: [['date', 'last_modified_at']],
    unknownKeys: 'allow',
    fields: {
      layout: text,
      title: text,
      date,
      last_modified_at: date,
      categories: tagList,
      category: text,
      tags: tagList,
      permalink: text,
      published: 'boolean',
      excerpt: text,
      description: text,
      author: text,
      image: 'image',
      lang: text,
    },
  },
  astro: {
    description: "Astro's blog content collection (src/content/blog)",
    frontMatter: 'required',
    dateOrder: [['pubDate', 'updatedDate']],
    unknownKeys: 'allow',
    fields: {
      title: requiredTitle,
      description: { type: 'string', required: true },
      pubDate: { type: 'date', required: true, formats: ['D MMMM YYYY', 'MMMM D, YYYY', 'MMM D YYYY'] },
      updatedDate: { type: 'date', formats: ['D MMMM YYYY', 'MMMM D, YYYY', 'MMM D YYYY'] },
      heroImage: 'image',
      tags: stringList,
      draft: 'boolean',
    },
  },
  starlight: {
    description: 'Astro Starlight documentation pages (src/content/docs)',
    frontMatter: 'required',
    dateOrder: [],
    unknownKeys: 'allow',
    fields: {
      title: requiredTitle,
      description: text,
      slug: text,
      editUrl: { type: ['string', 'boolean'] },
      head: { type: 'array', of: 'object' },
      tableOfContents: { type: ['boolean', 'object'] },
      template: { type: 'enum', values: ['doc', 'splash'] },
      hero: { type: 'object' },
      banner: { type: 'object', fields: { content: text } },
      lastUpdated: { type: ['date', 'boolean'] },
      prev: { type: ['boolean', 'string', 'object'] },
      next: { type: ['boolean', 'string', 'object'] },
      pagefind: 'boolean',
      draft: 'boolean',
      sidebar: { type: 'object', fields: { label: text, order: 'number', hidden: 'boolean', badge: { type: ['string', 'object'] }, attrs: { type: 'object' } } },
    },
  },
  docusaurus: {
    description: 'Docusaurus docs and blog posts',
    frontMatter: 'optional',
    dateOrder: [],
    unknownKeys: 'allow',
    fields: {
      id: text,
      title: text,
      description: text,
      slug: text,
      date,
      image: 'image',
      tags: { type: 'array', of: { type: ['string', 'object'], fields: { label: text, permalink: text } } },
      keywords: stringList,
      authors: { type: ['string', 'array', 'object'] },
      sidebar_label: text,
      sidebar_position: 'number',
      sidebar_class_name: text,
      hide_title: 'boolean',
      hide_table_of_contents: 'boolean',
      draft: 'boolean',
      unlisted: 'boolean',
      pagination_label: text,
      last_update: { type: 'object', fields: { date, author: text } },
    },
  },
  blog: {
    description: 'Any Markdown: the common fields, none required',
    frontMatter: 'optional',
    dateOrder: [
      ['date', 'updated'],
      ['date', 'lastmod'],
    ],
    unknownKeys: 'allow',
    fields: {
      title: text,
      description: text,
      date,
      updated: date,
      lastmod: date,
      tags: tagList,
      categories: tagList,
      draft: 'boolean',
      thumbnail: 'image',
      cover: 'image',
      image: 'image',
      slug: text,
    },
  },
} satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
