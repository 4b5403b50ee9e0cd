import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppendFile } from '../src/run/append-file.js';

describe('AppendFile', () => {
  it('gives back every append, whether it waits in memory or is on disk, and writes them all in order', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'content-lint-append-'));
    const file = path.join(folder, 'out');
    const descriptor = openSync(file, 'w+');
    try {
      const out = new AppendFile(descriptor);
      // Small lines past the first megabyte, one line larger than a megabyte, and small ones again.
      const pieces = [
        ...Array.from({ length: 3000 }, (_, index) => Buffer.from(`{"line":${index},"text":"ü — “${'x'.repeat(index % 700)}”"}\n`)),
        Buffer.alloc(1.5 * (1 << 20), 'y'),
        ...Array.from({ length: 50 }, (_, index) => Buffer.from(`tail ${index}\n`)),
      ];
      const places = pieces.map((piece) => ({ at: out.append(piece), length: piece.length }));
      expect(out.size).toBe(pieces.reduce((sum, piece) => sum + piece.length, 0));
      places.forEach(({ at, length }, index) => expect(out.read(at, length).equals(pieces[index] as Buffer)).toBe(true));
      out.flush();
      expect(readFileSync(file).equals(Buffer.concat(pieces))).toBe(true);
      places.forEach(({ at, length }, index) => expect(out.read(at, length).equals(pieces[index] as Buffer)).toBe(true));
      // Read ahead a megabyte at a time, but backwards and in any order as well.
      [...places].reverse().forEach(({ at, length }, index) => expect(out.read(at, length).equals(pieces[pieces.length - 1 - index] as Buffer)).toBe(true));
      [...places.entries()].filter(([index]) => index % 7 === 0).forEach(([index, { at, length }]) => expect(out.read(at, length).equals(pieces[index] as Buffer)).toBe(true));
      // Appends after a read: read back too, from memory and once flushed.
      const more = Buffer.from('after\n');
      const at = out.append(more);
      expect(out.read(at, more.length).equals(more)).toBe(true);
      out.flush();
      expect(out.read(at, more.length).equals(more)).toBe(true);
      // Past the end: a clear error, never bytes that are not there.
      expect(() => out.read(at, more.length + 1)).toThrow();
    } finally {
      closeSync(descriptor);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
