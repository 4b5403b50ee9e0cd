/**
 * How each site generator reads YAML front matter, where that differs from YAML 1.2: which reader
 * it uses and which of the leniencies `front-matter/lenient.ts` reads it takes. Checked by running
 * the readers on the same inputs (docs/rules/front-matter-syntax.md lists them): js-yaml 3.15 and
 * 4.1, Psych 5 on libyaml 0.2.5 (Jekyll 4.3's `Psych.safe_load`), Hugo 0.111 (gopkg.in/yaml.v2) and
 * goccy/go-yaml 1.19.2 (Hugo 0.152 and later).
 */
import type { Generator } from './detect.js';

export interface YamlReader {
  /** The generator as its users write it. */
  generator: string;
  /** The YAML reader, for messages. */
  reader: string;
  /** A line continuing a quoted string or a flow collection may be indented no deeper than its key. */
  underIndented: boolean;
  /** …even when it starts with a tab, inside a quoted string. */
  tabLedInQuotes: boolean;
  /** Tabs at the start of lines count as two spaces each (Hexo rewrites them before reading). */
  leadingTabs: boolean;
  /** A key given twice keeps its last value instead of failing the file. */
  duplicateKeys: boolean;
}

export const YAML_READERS: Record<Generator, YamlReader> = {
  // hexo-front-matter 4 (every Hexo up to 8.1): js-yaml 4, after turning leading tabs into spaces.
  hexo: { generator: 'Hexo', reader: 'js-yaml', underIndented: true, tabLedInQuotes: true, leadingTabs: true, duplicateKeys: false },
  // @astrojs/internal-helpers (Astro 5 to 7): js-yaml 4; gray-matter (js-yaml 3) before.
  astro: { generator: 'Astro', reader: 'js-yaml', underIndented: true, tabLedInQuotes: true, leadingTabs: false, duplicateKeys: false },
  // @docusaurus/utils: gray-matter, that is js-yaml 3.
  docusaurus: { generator: 'Docusaurus', reader: 'js-yaml', underIndented: true, tabLedInQuotes: true, leadingTabs: false, duplicateKeys: false },
  // Psych.safe_load, on libyaml: last duplicate wins.
  jekyll: { generator: 'Jekyll', reader: 'Psych (libyaml)', underIndented: true, tabLedInQuotes: true, leadingTabs: false, duplicateKeys: true },
  // goccy/go-yaml since 0.152 (rejects duplicate keys and tab-led lines in quotes); yaml.v2 before, which took both.
  hugo: { generator: 'Hugo', reader: 'go-yaml', underIndented: true, tabLedInQuotes: false, leadingTabs: false, duplicateKeys: false },
};
