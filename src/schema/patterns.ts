/**
 * The `pattern`s of field specs, matched in linear time. A config's regular expression runs on
 * every post's front matter, and JavaScript's backtracking engine takes minutes on some of them
 * with honest input (`^([a-z0-9]+-?)+$` on a 60-character slug ending in `_`): they run on re2js,
 * a pure-JavaScript port of RE2 whose matching time is linear in the input. Its syntax is
 * JavaScript's without backreferences and lookarounds; a pattern it cannot compile is a config error.
 *
 * re2js is loaded only by configs that use patterns (`loadPatterns`, from the config loader): its
 * module takes ~16 ms to start, which a run without patterns does not pay.
 */
type Re2js = typeof import('re2js');

let re2js: Re2js | undefined;

/** Loads the engine (once per thread). `compilePattern` needs it. */
export async function loadPatterns(): Promise<void> {
  re2js ??= await import('re2js');
}

export class PatternError extends Error {}

/** A test for `pattern` (unanchored, like `RegExp.prototype.test` with the `u` flag); throws `PatternError` when RE2 cannot compile it. */
export function compilePattern(pattern: string): (text: string) => boolean {
  if (!re2js) throw new Error('patterns are not loaded: load the config with loadConfig(), or await loadPatterns() first');
  const { RE2JS } = re2js;
  try {
    const compiled = RE2JS.compile(RE2JS.translateRegExp(pattern));
    return (text) => compiled.test(text);
  } catch (error) {
    throw new PatternError(`Unexpected pattern \`${pattern}\`: ${(error as Error).message}; patterns are matched in linear time (RE2 syntax: no backreferences or lookarounds)`);
  }
}

/** Whether a config input names a `pattern` in any collection's fields (then `loadPatterns` is needed before it is resolved). */
export function usesPatterns(input: unknown): boolean {
  const stack: unknown[] = [input];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (!Array.isArray(value) && typeof (value as { pattern?: unknown }).pattern === 'string') return true;
    stack.push(...Object.values(value));
  }
  return false;
}
