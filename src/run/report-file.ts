/** Writing a report a piece at a time (a reporter's `Report`): to a file, or to a stream such as stdout. */

/** A report: text, or text in pieces. */
type Report = string | Iterable<string>;
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Writes `report` to `file` (its folder created), a piece at a time. */
export function writeReportFile(file: string, report: Report): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const descriptor = openSync(file, 'w');
  try {
    for (const chunk of pieces(report)) writeSync(descriptor, chunk);
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
