import type { Span } from './span.js';

/**
 * Maps offsets in a document's normalised text (LF line endings, no BOM) to 1-based lines and
 * columns. Normalisation never merges or splits lines, so these positions are also positions in the
 * original file, whatever its line endings were.
 */
export class LineIndex {
  readonly #lineStarts: number[] = [0];
  readonly #length: number;
  /** The line of the last lookup: readers ask in document order, so the next answer is usually on it or just after. */
  #hint = 0;

  constructor(text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      this.#lineStarts.push(index + 1);
    }
    this.#length = text.length;
  }

  get lineCount(): number {
    return this.#lineStarts.length;
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.#lineStarts[Math.min(Math.max(line, 1), this.#lineStarts.length) - 1] ?? 0;
  }

  /** The 0-based line of a clamped offset: near the last one asked in a step or two, else by binary search. */
  #lineOf(offset: number): number {
    const starts = this.#lineStarts;
    const last = starts.length - 1;
    let line = this.#hint;
    if ((starts[line] as number) <= offset) {
      for (let step = 0; step < 4; step++) {
        if (line === last || (starts[line + 1] as number) > offset) return (this.#hint = line);
        line++;
      }
    }
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return (this.#hint = low);
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.min(Math.max(offset, 0), this.#length);
    const line = this.#lineOf(clamped);
    return { line: line + 1, column: clamped - (this.#lineStarts[line] as number) + 1 };
  }

  /** A unist point (line, column and offset) for an offset within the text. */
  point(offset: number): { line: number; column: number; offset: number } {
    const clamped = Math.min(Math.max(offset, 0), this.#length);
    const line = this.#lineOf(clamped);
    return { line: line + 1, column: clamped - (this.#lineStarts[line] as number) + 1, offset };
  }

  span(startOffset: number, endOffset: number): Span {
    const start = this.position(startOffset);
    const end = this.position(Math.max(endOffset, startOffset));
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}
