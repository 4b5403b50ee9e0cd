/** A place in the original file: 1-based line and column, end exclusive (columns in UTF-16 code units). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
