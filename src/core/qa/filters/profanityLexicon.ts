/**
 * The curated word lists behind the profanity detector (FILTER-3): what is taken out of or
 * added to obscenity's English dataset, and a short list of common insults and vulgar words in
 * other languages. Not exhaustive on purpose: a flag only sends a question to a moderator.
 */

/**
 * English dataset words NOT flagged: the clinical and policy vocabulary of a session on child
 * online safety ("child sexual abuse material", "revenge porn", "rape threats", "incest"), and
 * "negro", which is the everyday word for black in Spanish and Portuguese ("mercado negro").
 */
export const ENGLISH_WORDS_NOT_FLAGGED: ReadonlySet<string> = new Set([
  'sex', 'porn', 'rape', 'incest', 'penis', 'vagina', 'anus', 'anal', 'semen', 'ejaculate', 'orgasm',
  'bestiality', 'masturbate', 'negro',
]);

/**
 * Clean words that contain an English dataset pattern (place names, foods, people, words in
 * other languages), matched as whole terms: a match inside one of them is not profanity.
 */
export const ENGLISH_WHITELIST: readonly string[] = [
  'penistone', 'shiitake', 'dick van dyke', 'moby dick', 'dickinson', 'philip k. dick', 'retardant', 'retardation',
  'cumin', 'cummings', 'cum laude', 'cumple', 'cumpli', 'cumpla', 'niggardly', 'tit for tat', 'booby trap', 'cockpit', 'cockroach',
  'cockney', 'cockerel', 'cockatoo', 'cockburn', 'hitchcock', 'chinkiang', 'cuntis', 'scunthorpe', 'pissenlit', 'pissarro',
  'dicke', 'dicken', 'dicker', 'dickes', 'dickicht', 'titicaca', 'fukushima', 'fuk-', 'phuket', 'hancock', 'shitsuke',
  'shitterton', 'cumnock', 'wankie', 'fukuoka', 'twatt', 'cumming', 'de bitche', 'a bitche', 'de pissy', 'a pissy', 'merdrignac', 'montcuq',
  'traffick', 'kung fu', 'tofu', 'futon', 'sussex', 'wessex', 'essex', 'middlesex', 'assad', 'scunner', 'analys', 'bassist',
];

/**
 * Other languages' insults and vulgar words as obscenity patterns, matched on text without
 * diacritics (ß as ss, ñ kept: coño is not cono) after obscenity's transformers, which collapse
 * repeated letters except b, e, o, l, s and g: so "connard" is written `conard`. `|` marks a word
 * boundary.
 */
export const OTHER_LANGUAGE_PATTERNS: readonly { readonly language: string; readonly patterns: readonly string[] }[] = [
  {
    language: 'fr',
    // Not "bite" (an English word too), "con" (Spanish and Italian "with") nor "pd" (a slur,
    // but also "PD day", professional development, in English-speaking schools).
    patterns: ['|merde', '|emerd', '|putain', '|pute|', '|putes|', '|conard', '|conase', '|salope', '|salaud', '|encule', '|nique', '|niquer',
      '|ta gueule', '|foutre', '|couille', '|batard', '|enfoire', '|chier|', '|merdique', '|petasse', '|pouffiasse', '|poufiase'],
  },
  {
    language: 'es',
    patterns: ['|mierda', '|puta|', '|putas|', '|puto|', '|putos|', '|putada', '|cabron', '|gilipolla', '|pendejo', '|pendeja',
      '|joder|', '|jodete', '|jodido', '|chingad', '|chingar', '|chinga|', '|verga|', '|culero', '|maricon', '|carajo|', '|zora|', '|culo|',
      '|pinche|', '|pinches|', '|hijoputa', '|hijueputa', '|jueputa', '|malparid', '|conchetumadre', '|conchatumadre', '|conchesumadre', '|conchetumare', '|pelotud', '|culiao'],
  },
  {
    language: 'de',
    // Not "dick" (German for fat/thick: see ENGLISH_WHITELIST).
    patterns: ['|scheis', '|arsch', '|fotze', '|wichs', '|fick', '|gefickt', '|hurensohn', '|hure|', '|huren|', '|schlampe|', '|schlampen|',
      '|missgeburt', '|schwuchtel', '|spast|', '|spasti|', '|verpiss', '|leck mich'],
  },
  {
    language: 'pt',
    // Not "foder": obscenity reads "fodder" as "foder". Not "cu" alone (too short to tell apart), only in "vai tomar no cu".
    patterns: ['|merda', '|pora|', '|caralho', '|foda', '|fodase', '|fodid', '|fode|', '|buceta', '|boceta', '|arombad', '|viado',
      '|tomar no cu|', '|cuzao', '|puta|'],
  },
  {
    language: 'en',
    // English compounds the dataset's word-boundary "ass" pattern misses, and common misspellings.
    patterns: ['|dumbass', '|jackass', '|smartass', '|fatass', '|dipshit', '|bullshit', '|fcuk', '|phuck', '|phuk'],
  },
  { language: 'it', patterns: ['|cazo|', '|cazi|', '|vafanculo', '|stronz', '|putana', '|minchia', '|coglion'] },
  {
    language: 'ru-Latn',
    // Transliterated Russian; Cyrillic is matched by CYRILLIC_PATTERNS.
    patterns: ['|blyat', '|blyad', '|blya|', '|suka|', '|suki|', '|cyka|', '|pizd', '|nahui', '|nahuy', '|xuy|', '|xyu|', '|huyn', '|ebat|',
      '|yebat', '|mudak', '|pidor', '|pidar'],
  },
];

/**
 * Abbreviations of profane phrases (matched on lower-cased text without diacritics, before
 * obscenity's leetspeak reading, which would turn them into other words).
 */
export const ABBREVIATION_PATTERNS: readonly RegExp[] = [
  // English: stfu, gtfo, wtf, ffs, omfg, fml, mofo, mf, smd, fk/fck/fkn/fking, and "af" after a word ("boring af").
  /(?<![a-z])(?:stfu|gtfo|wtf|ffs|omfg|fml|mofo|mfs?|smd|fk|fck|fckn|fckin|fkn|fking|fkin)(?![a-z])|(?<=[a-z]{3}\s)af(?![a-z])/u,
  // "bs" and "pos" only where they are said of something: "that's bs", "you pos" (not a BS degree, a POS terminal).
  /(?<=(?:that's|thats|that is|this is|such|total|complete|pure|what|utter) )bs(?![a-z])|(?<=(?:you|ur|u|such a|what a|you're a|youre a) )pos(?![a-z])/u,
  // French: ntm (nique ta mère), fdp (fils de pute), vtff (va te faire foutre), ptn (putain). Not "tg": Telegram.
  /(?<![a-z])(?:ntm|fdp|vtff|ptn|ftg)(?![a-z])|(?<![a-z])nik(?= (?:ta|ton|sa|les|vos|la|tes) )/u,
  // Spanish: hdp (hijo de puta), ctm/csm (concha tu/su madre), ptm (puta madre), alv (a la verga), vrg, mrd.
  /(?<![a-z])(?:hdp|ctm|ctmr|ctmre|csm|ptm|ptmr|alv|vrg|mrd|pndj)(?![a-z])/u,
];

/**
 * Russian abbreviations, on text folded by foldToCyrillic: пздц, пзд, бл (not "бл." as in an
 * address's block), нах, ёпт, пох.
 */
export const CYRILLIC_ABBREVIATIONS: readonly RegExp[] = [/(?<!\p{L})(?:пи?здц|пзд|бл(?![\p{L}.])|нах|нх|пнх|епт|ептъ|пох)(?!\p{L})/u];

/**
 * Words told apart from clean ones by a letter obscenity folds away (its confusables read ñ as
 * n), matched on the case-folded text without other diacritics: Spanish coño, not cono (cone).
 */
export const ACCENTED_PATTERNS: readonly RegExp[] = [/(?<!\p{L})coñ[oa]s?(?!\p{L})/iu];

/**
 * Russian (and largely Ukrainian) vulgar roots, matched on text folded by foldToCyrillic
 * (lower case, ё as е, repeated letters collapsed). `(?<!\p{L})` is a word start: JavaScript's
 * `\b` knows only ASCII letters. Prefixes are listed where the root alone would match clean
 * words: "себя", "вебинар" and "учеба" hold "еб", "Херсон" holds "хер".
 */
export const CYRILLIC_PATTERNS: readonly RegExp[] = [
  /(?<!\p{L})(?:на|по|ни|от)?ху[йеяюи]/u,
  /пизд/u,
  /(?<!\p{L})(?:за|от|вы|до|на|под|раз|про|у|из|по)?ъ?еб(?:а|у|л|н|и|е|ы|о|ь|к)/u,
  /(?<!\p{L})бля(?:д|т|(?!\p{L}))/u,
  /(?<!\p{L})сук(?:а|и|у|ой|ам|ами|ах|ин|ина|ины|е)(?!\p{L})/u,
  /(?<!\p{L})(?:муда[кч]|мудил|мудоз)/u,
  /(?<!\p{L})(?:пид[оа]р|пидр)/u,
  /(?<!\p{L})г[ао]нд[оа]н/u,
  /(?<!\p{L})(?:шлюх|залуп|говн|жоп|дерьм|ублюд|дебил|сучк|сучар|шалав)/u,
  /(?<!\p{L})(?:на|по|вы|об|за)?сра(?:ть|ный|ная|ное|ные|ного|ному|л|ли|ла|ка)(?!\p{L})/u,
  /(?<!\p{L})мраз(?:ь|и|о)/u,
  /долбо[еяa]?б/u,
  /(?<!\p{L})хер(?:ня|ов|ово|ом)?(?!\p{L})/u,
];
