/**
 * The shapes of a content mill's recirculation block, as data: link texts written as bait headlines
 * ("7 Money Habits Nobody Talks About", "Médicos advierten: …", "Çaya yeni zam açıklandı!"), and the
 * widget furniture pasted along with them (reading times, "2h ago", view counts). A documentation
 * page's or a changelog's titles carry none of these: "Using the Fetch API", "Announcing Rust 1.70.0".
 *
 * Most signs are shapes that need no language (a count at the start, an amount of money, a question,
 * an exclamation, a shouted word); the teaser words are kept to the unambiguous ones of the languages
 * the farms write in, matched as whole words on folded text.
 */
import { foldText } from './farm-words.js';

export type HeadlineSign = 'count' | 'money' | 'question' | 'exclamation' | 'shouting' | 'teaser';

/** Link texts shorter than this, in words, are names rather than headlines ("Docs", "Node v20.1.0"). */
export const MIN_HEADLINE_WORDS = 4;

/** "7 Money Habits", "Top 10 …", "Los 10 alimentos", "The 15 Best" — a count of items, not a version or a year. */
const COUNT = /^(?:(?:top|the|los|las|les|i|le|die|os|as|en|de)\s+)?(\d{1,3})(?!\d|[.,:/-]\d)\s+\p{L}/iu;
/** A word of six capitals or more that is no known abbreviation: "BREAKING", "FAMÍLIA". */
const SHOUTING = /(?:^|[^\p{L}\p{N}])(\p{Lu}{6,})(?![\p{L}\p{N}])/u;

/** Marks of code in a link's text. */
const CODE = /`|::|\(\)|\w_\w|\w\.\w+\(|=>|[{}<>]/;

/** Teaser words and phrases, folded (accents dropped, lower case). */
const TEASERS = [
  // English
  'nobody', 'no one', 'never', 'secret', 'secrets', 'trick', 'tricks', 'hack', 'hacks', 'revealed', 'reveals', 'shocking',
  "here's", 'heres', "here's why", 'what happens', 'will make you', "you won't believe", 'you need to', 'you should never',
  'doctors', 'experts', 'warn', 'warns', 'viral', 'finally', 'everyone', 'instantly', 'genius', 'worst', 'ultimate', 'insane',
  'breaking', 'leak', 'leaks', 'dies', 'is dead', 'slams', 'stuns', 'you must', 'must see', 'mistakes', 'this is why',
  'according to', 'swore by', 'in minutes', 'actually works', 'nobody expected', 'shows feature',
  // Spanish, Portuguese
  'nunca', 'secreto', 'truco', 'esto es lo que', 'expertos', 'medicos', 'advierten', 'increible', 'debes', 'lo que debes saber',
  'segredo', 'ninguem', 'veja', 'confira', 'descubra', 'voce precisa', 'especialistas', 'alerta', 'golpe',
  // French, Italian
  'astuce', 'jamais', 'voici', 'incroyable', 'personne ne', 'danger', 'segreto', 'trucco', 'ecco', 'incredibile', 'rimedio',
  'della nonna', 'ti paga',
  // German, Dutch
  'achtung', 'geheimnis', 'irrtumer', 'lohnt sich', 'was jetzt', 'experten', 'warnen', 'dit is', 'geheim',
  // Turkish, Russian, Polish, Czech
  'dikkat', 'iste', 'uyardi', 'belli oldu', 'sok', 'flas', 'раскрыл', 'раскрыла', 'названа', 'названы', 'секрет', 'хитрость',
  'эксперты', 'врачи', 'ошибку', 'молчат', 'шок', 'sprawdz', 'szokuja', 'eksperci', 'uwaga', 'lekarze',
  // Indonesian, Vietnamese
  'viral', 'netizen', 'rahasia', 'ternyata', 'bikin', 'heboh', 'bi quyet', 'chuyen gia', 'meo', 'soc',
];
const TEASER_SET = new Set(TEASERS.map(foldText));
/** The words teasers start with: a phrase is put together only from one of these (most words of a headline start none). */
const TEASER_STARTS = new Set([...TEASER_SET].map((teaser) => teaser.split(' ')[0] as string));
const MAX_TEASER_WORDS = 4;

/** What makes `text` (a link's text) read as a bait headline; empty for a title or a name. */
export function headlineSigns(text: string): HeadlineSign[] {
  const trimmed = text.trim().slice(0, 300);
  // Code is named, never headlined: `pin!`, `MAIN_SEPARATOR_STR`, `fs.readFile()`.
  if (trimmed.split(/\s+/).length < MIN_HEADLINE_WORDS || CODE.test(trimmed)) return [];
  const words = foldText(trimmed).match(/[\p{L}\p{N}$']+/gu) ?? [];
  const signs: HeadlineSign[] = [];
  const count = COUNT.exec(trimmed);
  if (count && !isYear(count[1] as string)) signs.push('count');
  if (hasMoney(trimmed.split(/\s+/))) signs.push('money');
  if (/[?¿]/.test(trimmed)) signs.push('question');
  if (/![^=]|!$/.test(trimmed)) signs.push('exclamation');
  if (SHOUTING.test(trimmed)) signs.push('shouting');
  if (hasTeaser(words)) signs.push('teaser');
  return signs;
}

function hasTeaser(words: string[]): boolean {
  for (let index = 0; index < words.length; index++) {
    if (!TEASER_STARTS.has(words[index] as string)) continue;
    let phrase = '';
    for (let length = 1; length <= MAX_TEASER_WORDS && index + length <= words.length; length++) {
      phrase = length === 1 ? (words[index] as string) : `${phrase} ${words[index + length - 1]}`;
      if (TEASER_SET.has(phrase)) return true;
    }
  }
  return false;
}

function isYear(digits: string): boolean {
  return digits.length === 4;
}

/** A number as a word: "4", "1.2k", "10 000" (in pieces), "48". */
const NUMBER = /^\d+(?:[.,]\d+)?[kmb]?$/i;
/** A currency before the amount, written against it: "$12,000", "€500", "R$3", "Rp5.000". */
const CURRENCY_BEFORE = /^(?:[$€£¥₹₺]|r\$|rp\.?)\d/i;
/** An amount with its currency after it, written against it: "300€", "50zł". */
const CURRENCY_AFTER = /^\d+(?:[.,]\d+)*(?:€|\$|zł|tl)$/i;
const CURRENCIES = new Set(['$', '€', '£', 'r$', 'rp', 'tl', 'zł', 'reais', 'dollar', 'dollars', 'euro', 'euros', 'lira', 'juta', 'triệu', 'руб.', 'рубля', 'рублей', 'рубль', 'mil']);

/** "$12,000", "R$ 3 mil", "10 000 рублей", "300 TL": an amount of money among the words. */
function hasMoney(words: string[]): boolean {
  for (let index = 0; index < words.length; index++) {
    const word = (words[index] as string).toLowerCase();
    if (CURRENCY_BEFORE.test(word) || CURRENCY_AFTER.test(word)) return true;
    if (CURRENCIES.has(word) && NUMBER.test(words[index + 1] ?? '')) return true;
    if (!NUMBER.test(word)) continue;
    let next = index + 1;
    while (next < words.length && NUMBER.test(words[next] as string)) next++;
    if (CURRENCIES.has(trimPunctuation((words[next] ?? '').toLowerCase()))) return true;
  }
  return false;
}

/**
 * Widget furniture in an entry's own text, besides its link: a reading time ("— 4 min read"), an
 * age ("2h ago", "hace 3 horas", "il y a 2 jours", "5 saat önce"), a view count ("48 тыс.
 * просмотров", "1.2k views"). An honest list of sources carries a date at most. Read word by word.
 */
const MINUTES = new Set(['min', 'mins', 'minute', 'minutes', 'minuto', 'minutos', 'minuti', 'minuten', 'minut', 'мин', 'мин.', 'минут', 'phút', 'menit', 'dakika', 'dk']);
const UNITS = new Set(['s', 'm', 'h', 'd', 'w', 'hr', 'hrs', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'jam', 'hari', 'saat', 'gün', 'giờ', 'ngày', 'horas', 'hora', 'días', 'dias', 'jours', 'heures', 'stunden', 'tagen', 'ore', 'giorni', 'часа', 'часов', 'дня', 'дней', ...MINUTES]);
const AGO = new Set(['ago', 'lalu', 'önce', 'trước', 'назад', 'fa']);
const BEFORE_AGE = new Set(['hace', 'há', 'vor']);
const VIEWS = new Set(['views', 'reads', 'vistas', 'visite', 'aufrufe', 'görüntülenme', 'lecturas', 'visualizações', 'visualizaciones', 'wyświetleń', 'просмотров', 'просмотра', 'просмотры']);
/** A count with its unit against it: "4min", "2h", "3d", "1.2k". */
const COUNT_WITH_UNIT = /^(\d+)([a-z]+)$/i;

/** Whether an entry's own text (without its link's text) carries widget furniture. */
export function hasFurniture(text: string): boolean {
  if (text.length > 200) return false;
  const words = text.toLowerCase().split(/\s+/).map(trimPunctuation).filter(Boolean);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const attached = COUNT_WITH_UNIT.exec(word);
    let unit: string | undefined;
    let after = index + 1;
    if (attached) unit = attached[2];
    else if (NUMBER.test(word)) {
      while (after < words.length && (NUMBER.test(words[after] as string) || words[after] === 'тыс' || words[after] === 'тыс.' || words[after] === 'mil' || words[after] === 'rb')) after++;
      unit = words[after++];
    } else if ((BEFORE_AGE.has(word) || (word === 'a' && words[index - 1] === 'y')) && (NUMBER.test(words[index + 1] ?? '') || COUNT_WITH_UNIT.test(words[index + 1] ?? ''))) return true;
    if (unit === undefined) continue;
    if (MINUTES.has(unit) || VIEWS.has(unit) || (unit === 'lượt' && words[after] === 'xem') || (unit === 'kali' && words[after] === 'dilihat')) return true;
    if (UNITS.has(unit) && (AGO.has(words[after] ?? '') || (words[after] === 'yang' && words[after + 1] === 'lalu'))) return true;
  }
  return false;
}

/** A word without the punctuation around it: "(48", "просмотров)", "—". */
function trimPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && /[()[\]{},;:!?"'«»—–·|-]/.test(word[start] as string)) start++;
  while (end > start && /[()[\]{},;:!?"'«»—–·|-]/.test(word[end - 1] as string)) end--;
  return word.slice(start, end);
}

/** Class and id words of a recirculation widget's markup: `<ul class="trending-list">`, `<div id="jp-relatedposts">`. */
const WIDGET_WORDS = new Set(['related', 'relatedposts', 'trending', 'popular', 'latest', 'recommended', 'recirculation', 'recirc', 'widget', 'sidebar', 'yarpp', 'crp', 'readmore', 'headlines', 'teasers']);

/** Whether a class or id value names a recirculation widget (`trending-list`, `latest-news-list`, `widget-title`). */
export function isWidgetName(value: string): boolean {
  return value.toLowerCase().split(/[^a-z0-9]+/).some((word) => WIDGET_WORDS.has(word));
}
