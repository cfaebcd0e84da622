/**
 * Top-level domains and e-mail providers the e-mail and URL detectors (FILTER-4, FILTER-6)
 * recognise in bare or spelled-out form. A dotted word ending in anything else ("e.g.",
 * "U.N.", "node.js", "report.pdf") is not a domain.
 */

/** TLDs accepted on a bare domain ("example.com", "mail.ru"). */
export const TLDS: readonly string[] = [
  'com', 'org', 'net', 'edu', 'gov', 'int', 'info', 'biz', 'online', 'site', 'app', 'dev', 'xyz', 'club', 'shop', 'tv', 'gg', 'ly', 'io',
  'ru', 'su', 'ua', 'by', 'kz', 'uk', 'fr', 'es', 'pt', 'br', 'mx', 'ar', 'cl', 'pe', 'ng', 'ke', 'za', 'gh', 'ug', 'tz', 'eg', 'ma',
  'jp', 'cn', 'kr', 'au', 'nz', 'ca', 'eu', 'nl', 'pl', 'se', 'fi', 'dk', 'cz', 'gr', 'tr', 'ch', 'ir', 'pk', 'bd', 'ph', 'id', 'vn',
  'de', 'co', 'me', 'us', 'it', 'in', 'be', 'at', 'to', 'is', 'no', 'so', 'do', 'la', 'my', 'am', 'fm', 'ai', 'ro', 'hu', 'tk',
];

/**
 * TLDs that are also short words in the session's languages ("this.it", "log.in", "c'est.la"):
 * on a bare domain they count only with a path after them or "www." before.
 */
export const AMBIGUOUS_TLDS: ReadonlySet<string> = new Set(['co', 'me', 'us', 'it', 'in', 'be', 'at', 'to', 'is', 'no', 'so', 'do', 'la', 'my', 'am', 'ai', 'id', 'es']);

/** TLDs recognised in spelled-out addresses ("anna at gmail dot com"). */
export const SPOKEN_TLDS: readonly string[] = [
  'com', 'org', 'net', 'ru', 'de', 'fr', 'es', 'pt', 'br', 'uk', 'co.uk', 'ua', 'it', 'ng', 'ke', 'za', 'in', 'jp', 'mx', 'info', 'edu', 'eu', 'io',
  'cn', 'sa', 'ae', 'eg', 'ma', 'ar', 'co', 'cl', 'pe',
  // As written in Cyrillic and Arabic letters ("точка ру", "دوت كوم").
  'ру', 'ком', 'орг', 'كوم', 'نت', 'اورج',
];

/** Mail providers: "anna at gmail" is an address even without its TLD. */
export const MAIL_PROVIDERS: readonly string[] = [
  'gmail', 'googlemail', 'yahoo', 'hotmail', 'outlook', 'live', 'icloud', 'aol', 'proton', 'protonmail', 'yandex', 'mail.ru', 'gmx', 'web.de',
  'orange', 'free.fr', 'laposte', 'libero', 'ukr.net', 'rambler', 'bk.ru', 'list.ru', 'inbox.ru', 'qq', '163', '126', 'sina', 'sohu', 'foxmail', 'naver',
  // Spelled as heard: "g mail", and in Arabic and Cyrillic letters.
  'g mail', 'جيميل', 'الجيميل', 'جي ميل', 'جيمايل', 'الجيمايل', 'هوتميل', 'الهوتميل', 'هوتمايل', 'الهوتمايل', 'ياهو', 'الياهو', 'اوتلوك', 'الاوتلوك', 'мейл', 'майл', 'мэйл', 'яндекс', 'гмейл', 'гмайл', 'джимейл',
  'рамблер', '新浪',
];
