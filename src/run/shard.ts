/** Shards (`--shard I/N`): which files a job of a matrix checks. */
import { crypto } from '../engine/builtins.js';

/** Shard `index` of `count`, counting from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** Reads `2/4`; `null` unless 1 ≤ index ≤ count. */
export function parseShard(text: string): Shard | null {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}

/**
 * Whether a file is in a shard: by a hash of its path from the config's folder, so a file stays in
 * its shard as others come and go, and every machine splits the same way.
 */
export function inShard(projectPath: string, shard: Shard): boolean {
  return crypto().createHash('sha1').update(projectPath).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}
