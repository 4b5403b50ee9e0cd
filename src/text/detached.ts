/**
 * A copy of a string that holds nothing of what it was made from. V8 keeps a string built by `+`
 * as a tree of its parts (a rope), and a `slice` as a view of the whole string it was cut from:
 * a finding's message or line context kept for the whole run would keep those parts alive — a
 * rope of eighty nodes for one line, or the whole post behind a quoted word. What a run keeps, it
 * keeps as flat copies.
 */
export function detached(text: string): string {
  // Shorter strings V8 copies rather than slices or joins (its SlicedString and ConsString minimum length).
  if (text.length < 13) return text;
  // Padding writes a new flat string; the slice of it holds that copy alone, one character longer
  // (five times faster than a JSON round trip, which this replaced: it runs for every finding).
  return text.padEnd(text.length + 1).slice(0, -1);
}

/** `data` of a finding with every string detached. */
export function detachedValues<T extends Record<string, string | number>>(data: T): T {
  const copy: Record<string, string | number> = {};
  for (const key of Object.keys(data)) {
    const value = data[key] as string | number;
    copy[key] = typeof value === 'string' ? detached(value) : value;
  }
  return copy as T;
}
