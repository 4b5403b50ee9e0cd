import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  lintPaths,
  lintSource
} from "./chunks/chunk-RHNKVQL7.js";
import "./chunks/chunk-2Z6G7ALV.js";
import "./chunks/chunk-3CBNAAFA.js";
import "./chunks/chunk-S7RZHQSS.js";
import "./chunks/chunk-PEKT56RC.js";
import "./chunks/chunk-VX4HL5QL.js";

// src/api.ts
async function lint(options = {}) {
  return (await lintPaths({ ...runOptions(options), patterns: options.paths ?? [] })).result;
}
async function lintText(text, options = {}) {
  const { result } = await lintSource(new TextEncoder().encode(text), options.path ?? "stdin.md", runOptions(options));
  return result.files[0];
}
function runOptions(options) {
  return {
    cwd: options.cwd ?? process.cwd(),
    configFile: options.config,
    allowPlugins: options.allowPlugins,
    ...options.now ? { now: options.now.getTime() } : {}
  };
}
export {
  lint,
  lintText
};
