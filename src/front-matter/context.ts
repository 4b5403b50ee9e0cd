/** What the simple front-matter readers (simple-yaml.ts, simple-toml.ts) share while they read. */
import type { Span } from '../text/span.js';

/** A front matter's text, where its values are, and the count of values against the limits. */
export interface Context {
  content: string;
  span: (start: number, end: number) => Span;
  /** Counts a value against the limits; false when one was reached (then the full parser reads it and reports). */
  admit: () => boolean;
}
