/**
 * A copy of a string that holds nothing of what it was made from. V8 keeps a string built by `+`
 * as a tree of its parts (a rope), and a `slice` as a view of the whole string it was cut from:
 * a finding's message or line context kept for the whole run would keep those parts alive — a
 * rope of eighty nodes for one line, or the whole post behind a quoted word. What a run keeps, it
 * keeps as flat copies.
 */
export function detached(text: string): string {
  return text.length === 0 ? '' : (JSON.parse(JSON.stringify(text)) as string);
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
