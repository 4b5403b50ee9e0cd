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

// Hexo, Hugo and Jekyll turn numbers and booleans into text where they expect text: `title: 2019`
// is the title "2019", `tags: [2019, go]` two tags (read in their source: Hexo's warehouse String
// type and `removeEmptyTag`, Hugo's `cast.ToString` and `ToStringSlicePreserveString`, Jekyll's
// Liquid output and `populate_categories`). Astro and Docusaurus validate with zod and Joi: strict.
const scalarText: FieldInput = { type: 'string', coerce: true };
/** Hugo's `tags`, `keywords`, `aliases`…: one value or a list of them, each made a string. */
const hugoList: FieldInput = { type: ['string', 'array'], coerce: true, of: scalarText };

/** Hexo reads a string date with `new Date(…)`, then moment: its docs write `date: 2013/7/13 20:46:25`. */
const hexoDate: FieldInput = { type: 'date', formats: ['YYYY/M/D H:mm:ss', 'YYYY/M/D H:mm', 'YYYY/M/D'] };

export const PRESETS = {
  hexo: {
    description: 'Hexo posts (source/_posts)',
    frontMatter: 'required',
    dateOrder: [['date', 'updated']],
    unknownKeys: 'allow',
    fields: {
      title: { type: 'string', required: true, nonEmpty: true, coerce: true },
      date: hexoDate,
      updated: hexoDate,
      // One value or a list; Hexo makes each a string.
      tags: { type: ['string', 'array'], coerce: true, of: scalarText },
      // Hexo reads a nested list as a category hierarchy: [[Diary, Life], [Work]].
      categories: { type: ['string', 'array'], coerce: true, of: { type: ['string', 'array'], coerce: true, of: scalarText } },
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
      title: scalarText,
      linkTitle: scalarText,
      description: scalarText,
      summary: scalarText,
      date,
      lastmod: date,
      publishDate: date,
      expiryDate: date,
      draft: 'boolean',
      headless: 'boolean',
      tags: hugoList,
      categories: hugoList,
      series: hugoList,
      keywords: hugoList,
      aliases: hugoList,
      images: { type: 'array', of: 'image' },
      slug: scalarText,
      url: scalarText,
      type: scalarText,
      layout: scalarText,
      weight: 'integer',
      isCJKLanguage: 'boolean',
      markup: text,
      outputs: hugoList,
      translationKey: scalarText,
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
      title: scalarText,
      date,
      last_modified_at: date,
      // `Array(categories)`, each made a string; `tags` split when a string, kept when a list.
      categories: { type: ['string', 'array'], coerce: true, of: scalarText },
      category: scalarText,
      tags: { type: ['string', 'array'], of: scalarText },
      permalink: text,
      published: 'boolean',
      excerpt: scalarText,
      description: scalarText,
      // jekyll-seo-tag also takes `{name, twitter, picture}` or a list of authors.
      author: { type: ['string', 'object', 'array'], coerce: true },
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
