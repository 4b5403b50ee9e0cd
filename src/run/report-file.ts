/** Writing a report a piece at a time (a reporter's `Report`): to a file, or to a stream such as stdout. */

/** A report: text, or text in pieces. */
type Report = string | Iterable<string>;
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

const BUFFER = 1 << 20;

/** Writes `report` to `file` (its folder created), a piece at a time. */
export function writeReportFile(file: string, report: Report): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const descriptor = openSync(file, 'w');
  // A report comes in thousands of small pieces: they are encoded into one buffer and written a megabyte at a time.
  const buffer = Buffer.allocUnsafe(BUFFER);
  let used = 0;
  const flush = () => {
    let written = 0;
    while (written < used) written += writeSync(descriptor, buffer, written, used - written);
    used = 0;
  };
  try {
    for (const chunk of pieces(report)) {
      // Room for the worst case: three bytes a UTF-16 unit.
      if (chunk.length * 3 > BUFFER - used) flush();
      if (chunk.length * 3 > BUFFER) writeSync(descriptor, chunk);
      else used += buffer.write(chunk, used);
    }
    flush();
  } finally {
    closeSync(descriptor);
  }
}

/** Writes `report` to a stream, a piece at a time. */
export function writeReportTo(stream: { write(text: string): unknown }, report: Report): void {
  for (const chunk of pieces(report)) if (chunk !== '') stream.write(chunk);
}

function pieces(report: Report): Iterable<string> {
  return typeof report === 'string' ? [report] : report;
}
