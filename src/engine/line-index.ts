import type { Span } from './types.js';

/**
 * Maps offsets in a document's normalised text (LF line endings, no BOM) to 1-based lines and
 * columns. Normalisation never merges or splits lines, so these positions are also positions in the
 * original file, whatever its line endings were.
 */
export class LineIndex {
  readonly #lineStarts: number[] = [0];
  readonly #length: number;

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

  position(offset: number): { line: number; column: number } {
    const clamped = Math.min(Math.max(offset, 0), this.#length);
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (this.#lineStarts[low] ?? 0) + 1 };
  }

  span(startOffset: number, endOffset: number): Span {
    const start = this.position(startOffset);
    const end = this.position(Math.max(endOffset, startOffset));
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}
