/**
 * Which files a site has, looked up the way a case-sensitive web host serves them: `Cover.JPG` is
 * not `cover.jpg`, even on a laptop whose file system does not care. Paths never leave the root.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import type { FileLookup } from '../engine/rule.js';

export function siteFiles(root: string): (relativePath: string) => FileLookup {
  const listings = new Map<string, Map<string, string> | null>();
  const list = (directory: string) => {
    if (!listings.has(directory)) {
      try {
        // Lower-case name → real name, for the "wrong case" hint.
        const names = new Map<string, string>();
        for (const name of readdirSync(path.join(root, directory))) names.set(name, name);
        listings.set(directory, names);
      } catch {
        listings.set(directory, null);
      }
    }
    return listings.get(directory) ?? null;
  };
  return (relativePath) => {
    const normal = path.posix.normalize(relativePath.replace(/^\/+/, ''));
    if (normal === '..' || normal.startsWith('../') || normal === '.' || normal === '') return { found: false };
    const segments = normal.split('/');
    let directory = '';
    const actual: string[] = [];
    for (const segment of segments) {
      const names = list(directory);
      if (!names) return { found: false };
      if (names.has(segment)) {
        actual.push(segment);
      } else {
        const other = [...names.keys()].find((name) => name.toLowerCase() === segment.toLowerCase());
        if (!other) return { found: false };
        actual.push(other);
        // Keep going, to name the whole path as it really is.
        directory = path.posix.join(directory, other);
        const rest = segments.slice(actual.length);
        for (const next of rest) {
          const nextNames = list(directory);
          const match = nextNames && [...nextNames.keys()].find((name) => name.toLowerCase() === next.toLowerCase());
          if (!match) return { found: false };
          actual.push(match);
          directory = path.posix.join(directory, match);
        }
        return { found: false, caseMismatch: actual.join('/') };
      }
      directory = path.posix.join(directory, segment);
    }
    return { found: true };
  };
}
