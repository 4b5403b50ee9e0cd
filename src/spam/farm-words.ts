/**
 * The words of link farms, as data: the labels that introduce a block of "more reading" and the
 * commercial words of keyword-link footers. Matched as whole words on normalised text (lower case,
 * accents folded, punctuation at the ends dropped), never as patterns, so a label in any script
 * costs one set lookup per word.
 */

/** How a label invites the reader on. */
export type LabelKind =
  /** A site's own recirculation widget ("You may also like", "Trending now"): pasted into another site, a farm's block. */
  | 'recirculation'
  /** An author's pointer to sources ("See also", "Further reading"): honest over one documentation site. */
  | 'citation';

const RECIRCULATION_LABELS = [
  // English
  'also read', 'read also', 'also see this', 'check also', 'also check', 'also check out', 'check this out too',
  'related posts', 'related post', 'related articles', 'related article', 'related stories', 'related news', 'related content',
  'related topics', 'related guides', 'you may also like', 'you might also like', 'you may like', 'you might like',
  'you may also be interested in', 'you might also be interested in', 'you may be interested in', 'you might be interested in',
  'recommended for you', 'recommended posts', 'recommended articles', 'recommended stories', 'recommended for you to read',
  'trending', 'trending now', 'trending posts', 'trending articles', 'trending stories', 'trending today',
  'popular posts', 'popular articles', 'popular stories', 'popular now', 'most popular', 'most read', 'most viewed',
  "don't miss", 'do not miss', 'dont miss', "don't miss this", 'must read', 'must reads', 'must-read', 'must-reads',
  'read next', 'up next', 'what to read next', 'keep reading', 'more stories', 'more articles', 'more posts',
  'top stories', 'latest posts', 'latest articles', 'latest stories', 'latest news', 'hot news', 'hot posts',
  "editor's picks", 'editors picks', 'editor picks', 'more like this', 'similar posts', 'similar articles', 'you may have missed',
  // Spanish
  'Artículos relacionados', 'entradas relacionadas', 'publicaciones relacionadas', 'noticias relacionadas', 'post relacionados',
  'te puede interesar', 'te podría interesar', 'también te puede interesar', 'también te podría interesar', 'quizás te interese',
  'Lee también', 'Leer también', 'También puedes leer', 'No te pierdas', 'Más leídas', 'Lo más leído', 'te recomendamos',
  // French
  'articles similaires', 'Articles liés', 'articles connexes', 'À lire aussi', 'Lire aussi', 'À lire également', 'Lire également',
  'vous aimerez aussi', 'vous pourriez aussi aimer', 'vous aimerez aussi lire', 'ne manquez pas', 'Sur le même sujet',
  'À découvrir aussi', 'À découvrir également', 'les plus lus', 'À voir aussi', 'nos articles similaires',
  // German
  'Das könnte Sie auch interessieren', 'Das könnte dich auch interessieren', 'Ähnliche Beiträge', 'Ähnliche Artikel',
  'auch interessant', 'lesen sie auch', 'lies auch', 'weitere artikel', 'verwandte artikel', 'verwandte Beiträge',
  'empfohlene artikel', 'meistgelesen', 'meistgelesene artikel', 'passend zum thema', 'ebenfalls interessant',
  // Portuguese
  'Leia também', 'Veja também', 'artigos relacionados', 'posts relacionados', 'Você também pode gostar', 'Você pode gostar',
  'Confira também', 'Não perca', 'Mais lidas', 'Recomendados para você',
  // Italian
  'potrebbe interessarti', 'ti potrebbe interessare', 'potrebbero interessarti', 'articoli correlati', 'post correlati',
  'leggi anche', 'da non perdere', 'più letti', 'articoli consigliati',
  // Indonesian, Malay
  'baca juga', 'artikel terkait', 'berita terkait', 'postingan terkait', 'jangan lewatkan', 'artikel lainnya', 'baca lagi',
  // Dutch
  'lees ook', 'gerelateerde artikelen', 'gerelateerde berichten', 'misschien ook interessant', 'bekijk ook',
  'dit vind je misschien ook leuk', 'meest gelezen',
  // Turkish
  'İlgili yazılar', 'İlgili haberler', 'İlgili içerikler', 'Bunlar da ilginizi çekebilir', 'Şunlar da ilginizi çekebilir',
  'Ayrıca okuyun', 'Benzer yazılar', 'Benzer haberler', 'İlginizi çekebilir', 'İlginizi çekebilecek haberler', 'Bunları da okuyun', 'Gündem',
  // Russian, Ukrainian, Polish, Czech
  'Читайте также', 'Читайте ещё', 'Похожие статьи', 'Похожие записи', 'Вам также может понравиться', 'Рекомендуем',
  'Популярные статьи', 'Ещё по теме', 'Читайте також', 'Схожі статті', 'Czytaj także', 'Czytaj też', 'Podobne artykuły',
  'Polecane', 'Przeczytaj także', 'Mogą cię zainteresować', 'Mohlo by vás zajímat', 'Související články',
  // Vietnamese, Arabic, Chinese, Japanese, Korean
  'Bài viết liên quan', 'Tin liên quan', 'Có thể bạn quan tâm', 'اقرأ أيضا', 'مقالات ذات صلة', 'قد يعجبك أيضا',
  '相关文章', '相關文章', '猜你喜欢', '推荐文章', '热门文章', '関連記事', 'おすすめ記事', '人気記事', '관련 글', '관련 기사', '추천 글',
];

const CITATION_LABELS = [
  // English
  'see also', 'further reading', 'read more', 'related', 'related reading', 'related links', 'related resources',
  'related documentation', 'related docs', 'references', 'reference', 'resources', 'more resources', 'learn more',
  'additional resources', 'additional reading', 'useful links', 'links', 'sources', 'bibliography', 'external links',
  'recommended', 'recommended reading', 'suggested reading', 'more information', 'more info', 'further resources',
  'to learn more', 'read more about it', 'next steps', 'more reading', 'other resources', 'reading list',
  // Other languages
  'Ver también', 'Lectura adicional', 'Lecturas recomendadas', 'Referencias', 'Más información', 'Leer más', 'Leia mais',
  'Voir aussi', 'Pour aller plus loin', 'Lectures complémentaires', 'Références', 'En savoir plus',
  'Siehe auch', 'Weiterführende Links', 'Weiterführende Literatur', 'Quellen', 'Mehr erfahren', 'Weiterlesen',
  'Leitura adicional', 'Saiba mais', 'Vedi anche', 'Approfondimenti', 'Per saperne di più', 'Leggi di più',
  'zie ook', 'meer lezen', 'Смотрите также', 'См. также', 'Дополнительное чтение', 'Литература', 'Ссылки',
  'Zobacz też', 'Zobacz także', 'Đọc thêm', 'Xem thêm', 'baca selengkapnya', 'referensi', '延伸阅读', '延伸閱讀', '参考资料', '参考文献',
];

/** Labels that begin a name: "More from Tom's Hardware", "Popular on Example". */
const RECIRCULATION_PREFIXES = ['more from', 'popular on', 'latest from', 'trending on', 'also on', 'more on', 'more in', 'top stories from', 'mehr von', 'plus de', 'lainnya dari'];

/** A label is short: a longer line is prose. */
const MAX_LABEL_LENGTH = 60;
/** The name after a prefix label ("More from …"). */
const MAX_LABEL_NAME = 40;

/**
 * Text folded for comparison: lower case, compatibility forms, accents dropped ("À lire aussi",
 * "a lire aussi"), apostrophes one kind, white space single.
 */
export function foldText(text: string): string {
  // ASCII has no compatibility forms or marks: most anchors skip the Unicode work.
  return (ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const ASCII = /^[\x00-\x7f]*$/;

const LABELS = new Map<string, LabelKind>([
  ...CITATION_LABELS.map((label) => [foldText(label), 'citation'] as const),
  ...RECIRCULATION_LABELS.map((label) => [foldText(label), 'recirculation'] as const),
]);
const PREFIXES = RECIRCULATION_PREFIXES.map(foldText);

/** The first words of the labels: most text is ruled out by its first word, without folding the rest. */
const FIRST_WORDS = new Set([...LABELS.keys(), ...PREFIXES].map((label) => label.split(/[^\p{L}\p{N}]+/u).find(Boolean) ?? ''));

/** Whether a word (as written) can open a label. */
export function opensLabel(word: string): boolean {
  return FIRST_WORDS.has(ASCII.test(word) ? word.toLowerCase() : foldText(word));
}

/** The label's kind, or `null` when the text is not a label: "Also read:", "👉 Baca juga", "More from Example »". */
export function labelKind(text: string): LabelKind | null {
  if (text.length > MAX_LABEL_LENGTH * 2) return null;
  const folded = trimEnds(foldText(text));
  if (folded === '' || folded.length > MAX_LABEL_LENGTH) return null;
  const kind = LABELS.get(folded);
  if (kind) return kind;
  for (const prefix of PREFIXES) {
    if (folded.startsWith(`${prefix} `) && folded.length - prefix.length <= MAX_LABEL_NAME) return 'recirculation';
  }
  return null;
}

/** Drops symbols at the ends of a label: arrows, emoji, colons, dashes, quotes. */
function trimEnds(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && !LETTER_OR_DIGIT.test(text[start] as string)) start++;
  while (end > start && !LETTER_OR_DIGIT.test(text[end - 1] as string)) end--;
  return text.slice(start, end);
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Commercial words of keyword-link footers. Single words are unambiguous in an anchor; words that
 * have an honest meaning in technical writing ("slots" in Vue, "replica" in databases, "poker" in
 * planning poker, "essay" for Paul Graham's) count only in the phrases spam uses.
 */
const COMMERCIAL_WORDS = [
  'casino', 'casinos', 'casinò', 'cassino', 'kasino', 'kasyno', 'казино', 'sportsbook', 'bookmaker', 'bookmakers',
  'sportwetten', 'apuestas', 'scommesse', 'bahis', 'togel', 'gacor', 'baccarat', 'roulette', 'blackjack', 'jackpot',
  'viagra', 'cialis', 'levitra', 'kamagra', 'sildenafil', 'tadalafil', 'payday', 'escort', 'escorts', 'porn', 'xxx',
];
const COMMERCIAL_PHRASES = [
  'online casino', 'casino online', 'live casino', 'online slots', 'free slots', 'slot online', 'slot gacor', 'slots online', 'slot machines', 'judi online', 'situs judi', 'online poker',
  'poker online', 'sports betting', 'betting tips', 'betting sites', 'online betting', 'betting odds', 'live betting',
  'canlı bahis', 'deneme bonusu', 'paris sportifs', 'apostas esportivas', 'ставки на спорт', 'zakłady bukmacherskie',
  'payday loan', 'payday loans', 'cash advance', 'quick loans', 'fast loans', 'instant loans', 'bad credit', 'title loans',
  'online pharmacy', 'canadian pharmacy', 'buy viagra', 'diet pills', 'keto pills', 'male enhancement', 'weight loss',
  'cbd oil', 'cbd gummies', 'buy cbd', 'cbd products', 'cbd edibles', 'replica watches', 'replica bags', 'replica handbags',
  'replica rolex', 'essay writing', 'buy essay', 'buy essays', 'write my essay', 'essay writer', 'essay writers',
  'custom essay', 'custom essays', 'essay service', 'essay services', 'paper writing', 'dissertation help',
  'dissertation writing', 'term paper', 'term papers', 'homework help', 'crypto signals', 'forex signals', 'binary options',
  'trading signals', 'vpn deal', 'vpn deals', 'vpn coupon', 'vpn discount', 'best vpn', 'cheap vpn', 'buy followers',
  'instagram followers', 'tiktok followers', 'buy backlinks', 'seo services', 'купить диплом',
];
/** A word that makes the next one commercial ("cheap hosting", "cheap essays"). */
const COMMERCIAL_OPENERS = new Set(['cheap', 'cheapest', 'discount']);

const WORDS = new Set(COMMERCIAL_WORDS.map(foldText));
const PHRASES = new Set(COMMERCIAL_PHRASES.map(foldText));
/** The words phrases start with: a pair or triple is put together only from one of these (or an opener). */
const PHRASE_STARTS = new Set([...PHRASES].map((phrase) => phrase.split(' ')[0] as string));

/** The words (runs of letters and digits) of folded text: in ASCII, without the Unicode property classes. */
function wordsOf(folded: string): string[] {
  return folded.match(ASCII.test(folded) ? /[a-z0-9]+/g : /[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * `wordsOf(foldText(text))`. ASCII text is only put in lower case: what else folding does
 * (apostrophes, white space) is between words. Every link's text is read (0.3 s over 16,000 posts).
 */
function foldedWords(text: string): string[] {
  return ASCII.test(text) ? (text.toLowerCase().match(/[a-z0-9]+/g) ?? []) : wordsOf(foldText(text));
}

/** The commercial words of an anchor text, as found ("online casino", "cheap essays"); empty for an honest anchor. */
export function commercialWords(anchor: string): string[] {
  const words = foldedWords(anchor.slice(0, 300));
  const found: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    // Most words start no phrase: looked up alone, with no pair or triple built (every link of a post is read).
    if (!PHRASE_STARTS.has(word) && !COMMERCIAL_OPENERS.has(word)) {
      if (WORDS.has(word)) found.push(word);
      continue;
    }
    const pair = index + 1 < words.length ? `${word} ${words[index + 1]}` : null;
    const triple = pair && index + 2 < words.length ? `${pair} ${words[index + 2]}` : null;
    if (triple && PHRASES.has(triple)) {
      found.push(triple);
      index += 2;
    } else if (pair && (PHRASES.has(pair) || COMMERCIAL_OPENERS.has(word))) {
      found.push(pair);
      index++;
    } else if (WORDS.has(word)) found.push(word);
  }
  return found;
}

/**
 * Whether a domain is named after the anchor that links to it, the way keyword footers' sites are:
 * a hyphenated name holding a word of four letters or more of the anchor ("Kredit ohne Schufa" to
 * `kredit-ohne-schufa-sofort.net`, "cassino online" to `cassinoonline-brasil.bet`). Measured on
 * ../shared/corpus: at most two such domains in one block (`rust-for-linux.com`, `musl-libc.org`).
 */
export function namedAfter(anchor: string, domain: string): boolean {
  const label = domain.slice(0, domain.indexOf('.'));
  if (!label.includes('-')) return false;
  const squashed = label.replaceAll('-', '');
  const words = foldedWords(anchor.slice(0, 200));
  return words.some((word) => word.length >= 4 && squashed.includes(word));
}
