/**
 * Date and time text as front matter writes it, read into its parts without any calendar
 * arithmetic: `2024-02-30` is read as year 2024, month 2, day 30, and it is for the date rules to
 * say that no such day exists. Nothing here depends on the machine's time zone.
 */

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number | undefined;
  minute?: number | undefined;
  second?: number | undefined;
  /** Minutes east of UTC, when the text has a zone (`Z` is 0). */
  offsetMinutes?: number | undefined;
}

/**
 * YAML timestamps, ISO 8601 with or without a zone, and the Jekyll/Hexo form
 * `YYYY-MM-DD HH:MM[:SS] [±HHMM]`. Every part is a fixed-width or bounded run of digits, and
 * the separators are distinct characters, so matching is linear.
 */
const STANDARD =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]| +)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?: *([Zz]|[+-]\d{2}(?::?\d{2})?))?$/;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function parseDateText(text: string, formats: readonly string[] = []): DateParts | null {
  const trimmed = text.trim();
  const standard = STANDARD.exec(trimmed);
  if (standard) {
    const [, year, month, day, hour, minute, second, , zone] = standard;
    return {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: hour === undefined ? undefined : Number(hour),
      minute: minute === undefined ? undefined : Number(minute),
      second: second === undefined ? undefined : Number(second),
      offsetMinutes: zone === undefined ? undefined : parseOffset(zone),
    };
  }
  for (const format of formats) {
    const parts = compileFormat(format)(trimmed);
    if (parts) return parts;
  }
  return null;
}

function parseOffset(zone: string): number {
  if (zone === 'Z' || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/**
 * Custom formats a collection declares, in the tokens most date libraries use: `YYYY`, `M`/`MM`,
 * `MMM`/`MMMM` (month names), `D`/`DD`, `H`/`HH`, `mm`, `ss`, `Z` (`+05:30` or `Z`). Other
 * characters stand for themselves.
 */
const TOKENS: ReadonlyArray<[string, string, keyof DateParts | 'monthName' | 'zone']> = [
  ['YYYY', '(\\d{4})', 'year'],
  ['MMMM', '([A-Za-z]{3,9})', 'monthName'],
  ['MMM', '([A-Za-z]{3})', 'monthName'],
  ['MM', '(\\d{2})', 'month'],
  ['M', '(\\d{1,2})', 'month'],
  ['DD', '(\\d{2})', 'day'],
  ['D', '(\\d{1,2})', 'day'],
  ['HH', '(\\d{2})', 'hour'],
  ['H', '(\\d{1,2})', 'hour'],
  ['mm', '(\\d{2})', 'minute'],
  ['ss', '(\\d{2})', 'second'],
  ['Z', '([Zz]|[+-]\\d{2}:?\\d{2})', 'zone'],
];

const compiled = new Map<string, (text: string) => DateParts | null>();

export function compileFormat(format: string): (text: string) => DateParts | null {
  const cached = compiled.get(format);
  if (cached) return cached;
  let pattern = '';
  const fields: Array<(typeof TOKENS)[number][2]> = [];
  for (let index = 0; index < format.length; ) {
    const token = TOKENS.find(([name]) => format.startsWith(name, index));
    if (token) {
      pattern += token[1];
      fields.push(token[2]);
      index += token[0].length;
    } else {
      pattern += (format[index] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      index++;
    }
  }
  const regex = new RegExp(`^${pattern}$`);
  const parse = (text: string): DateParts | null => {
    const match = regex.exec(text);
    if (!match) return null;
    const parts: DateParts = { year: NaN, month: NaN, day: NaN };
    fields.forEach((field, position) => {
      const value = match[position + 1] ?? '';
      if (field === 'monthName') {
        const month = MONTHS.findIndex((name) => name.startsWith(value.toLowerCase()) && (value.length === 3 || name === value.toLowerCase()));
        parts.month = month === -1 ? NaN : month + 1;
      } else if (field === 'zone') {
        parts.offsetMinutes = parseOffset(value);
      } else {
        parts[field] = Number(value);
      }
    });
    return Number.isNaN(parts.year) || Number.isNaN(parts.month) || Number.isNaN(parts.day) ? null : parts;
  };
  compiled.set(format, parse);
  return parse;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why the parts are not a real date and time (`February 2024 has 29 days`), or `null` when they
 * are. This is the check YAML and JavaScript skip: they roll `2024-02-30` into 1 March.
 */
export function calendarProblem(parts: DateParts): string | null {
  if (parts.month < 1 || parts.month > 12) return `there is no month ${parts.month}`;
  if (parts.year < 1) return `there is no year ${parts.year}`;
  const days = daysInMonth(parts.year, parts.month);
  if (parts.day < 1 || parts.day > days) return `${MONTH_NAMES[parts.month - 1]} ${parts.year} has ${days} days`;
  if (parts.hour !== undefined && parts.hour > 23) return `there is no hour ${parts.hour}`;
  if (parts.minute !== undefined && parts.minute > 59) return `there is no minute ${parts.minute}`;
  if (parts.second !== undefined && parts.second > 59) return `there is no second ${parts.second}`;
  if (parts.offsetMinutes !== undefined && Math.abs(parts.offsetMinutes) > 14 * 60) return 'no time zone is more than 14 hours from UTC';
  return null;
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC of `timeZone` at the instant `utcMs`, from the ICU data, never from `TZ`. */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const formatter = formatterFor(timeZone);
  const fields = Object.fromEntries(formatter.formatToParts(new Date(utcMs)).map((part) => [part.type, Number(part.value)]));
  const asUtc = Date.UTC(fields.year ?? 1970, (fields.month ?? 1) - 1, fields.day ?? 1, fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * One formatter per time zone: building an `Intl.DateTimeFormat` costs about 0.2 ms, and a site
 * has one or two zones (its own, UTC) for thousands of dates. A bad zone throws here, as before.
 */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    if (formatters.size >= 64) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The instant the parts name: in their own offset when they have one, otherwise as a wall-clock
 * time in `timeZone` (the site's zone). A date without a time is the start of that day.
 */
export function toInstant(parts: DateParts, timeZone = 'UTC'): number {
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  if (parts.offsetMinutes !== undefined) return wall - parts.offsetMinutes * 60_000;
  // Two passes settle the offset across a daylight-saving change.
  let instant = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  instant = wall - zoneOffsetMinutes(instant, timeZone) * 60_000;
  return instant;
}

export function describeDay(parts: DateParts): string {
  return `${parts.day} ${MONTH_NAMES[parts.month - 1] ?? `month ${parts.month}`} ${parts.year}`;
}
