import { checkstyle } from './checkstyle.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const reporters = { stylish, compact, json, sarif, markdown, github, junit, gitlab, checkstyle } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof reporters;
export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];
