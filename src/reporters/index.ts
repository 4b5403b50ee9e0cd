import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const reporters = { stylish, compact, json, sarif, markdown, github } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof reporters;
export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];
