/**
 * Arabic and Chinese profanity for the profanity detector (FILTER-3): curated roots and
 * phrases, with the forms children type them in (Arabizi with digits for letters, pinyin
 * initials, homophones). Short on purpose: a flag only sends a question to a moderator, and
 * every root here was checked against the clean words and place names that hold it.
 */

const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
/** Arabic prefixes that attach to a word: and, so, with, for, the, and the vocative "ya". */
const AR_PREFIX = String.raw`(?:و|ف|ب|ل|ال|وال|يا\s?)?`;

/**
 * Arabic, on text folded by `foldArabic` (no diacritics or tatweel, alef forms as ا, ة as ه,
 * ى as ي, ؤ as و, ئ as ي). `(?<!\p{L})` starts a word: كسلا, كسروان (places), زبيد, الزبداني
 * (places), خراب (ruin), تكنيك (technique), ميكانيك, نيكول (Nicole), شرم الشيخ hold a root
 * and stay clean. خول alone means "authorised"; only "يا خول" is flagged.
 */
export const ARABIC_PATTERNS: readonly RegExp[] = [
  // كس and its contractions: كسمك, كس امك, كسختك.
  new RegExp(String.raw`${B}${AR_PREFIX}كس(?:م|مك|مه|ك|ها|ختك|ختكم|\s*ا?و?م+(?:ك|كم|ه|ها)?|\s*ا?خت(?:ك|كم|ه)?)?${E}`, 'u'),
  /شرم[وا]ط|شراميط/u,
  new RegExp(String.raw`${B}${AR_PREFIX}(?:منيوك|منيك|منايك|متناك)`, 'u'),
  new RegExp(String.raw`${B}(?:ا|ي|ت|ن)?نيك(?:ك|ه|ها|هم|كم|و)?${E}`, 'u'),
  new RegExp(String.raw`${B}${AR_PREFIX}(?:زب|زبر)(?:ي|ك|ه|ها)?${E}`, 'u'),
  new RegExp(String.raw`${B}${AR_PREFIX}طيز(?:ك|ه|ها|ي|كم)?${E}`, 'u'),
  new RegExp(String.raw`${B}${AR_PREFIX}م?عرص(?:ه|ين|ات)?${E}`, 'u'),
  new RegExp(String.raw`${B}${AR_PREFIX}(?:قحب(?:ه|ات)?|قحاب)${E}`, 'u'),
  new RegExp(String.raw`${B}${AR_PREFIX}عاهر(?:ه|ات)?${E}`, 'u'),
  new RegExp(String.raw`${B}${AR_PREFIX}خر[اهي]${E}`, 'u'),
  /يلعن\s*(?:ابو|ام|دين|ميتين|روح|شكل|اهل|اخت|سماك|يومك)/u,
  new RegExp(String.raw`${B}(?:ابن|بنت|ولاد|اولاد)\s*(?:ال)?(?:كلب|حرام|شرموط|عاهر|قحب|متناك)`, 'u'),
  new RegExp(String.raw`يا\s*خول${E}`, 'u'),
];

/** Arabizi (Arabic in Latin letters, digits for letters: 7 ح, 5 خ, 3 ع, 6 ط), on lower-cased text. */
export const ARABIZI_PATTERNS: readonly RegExp[] = [
  /(?<![a-z])(?:kos\s?(?:om+|ekht|ukht|okht)[a-z]*|kosomak|ksm(?:ak)?)(?![a-z])/u,
  /sharm(?:o|oo|u)(?:6|t|tt)a|sharameet/u,
  /(?<![a-z0-9])a77?a(?![a-z0-9])/u,
  /(?<![a-z0-9])(?:5|kh)ara(?![a-z])/u,
  /(?<![a-z])(?:manyak|manyok|mnyok|metnak|mitnak)(?![a-z])/u,
  /(?<![a-z])(?:ibn|ebn|eben)\s?(?:el|al|il)?\s?(?:kalb|7aram|haram|sharm[a-z0-9]*)(?![a-z])/u,
  /(?<![a-z])(?:yel3an|yil3an|yl3n)(?![a-z])/u,
];

/** 操 followed by these is a clean word: 操作 operate, 操场 playground, 操心 worry, 体操 … */
const CAO_CLEAN = '作场心练纵控办守劳行盘持刀课演典性法';

/**
 * Chinese, on text with the spaces between Han characters removed (simplified and traditional
 * forms). 妈的 counts only at a clause start (爸妈的手机 "my parents' phone" is clean); 尼玛 alone
 * is a Tibetan name; 我草拟 "I drafted", 我日常 "my daily" and 我靠自己 "I rely on myself" are clean.
 */
export const CHINESE_PATTERNS: readonly RegExp[] = [
  /[操肏草艹屮日干幹][你妳尼他她泥](?:妈|媽|马|馬|玛|娘|老母|祖宗|全家)/u,
  new RegExp(String.raw`[卧握窝我](?:槽|艹|屮|操(?![${CAO_CLEAN}]))`, 'u'),
  new RegExp(String.raw`操(?![${CAO_CLEAN}])(?:你|妳|他|她|死|蛋|逼|屄)`, 'u'),
  /傻(?:逼|屄|比|笔|[Bb]|13|[Xx]|叉)|煞笔|沙比|二逼|装逼|牛逼|逼样|屌丝|[鸡雞][巴掰]|(?<!\p{sc=Han})屄/u,
  /[他她你]媽的|[他她你]妈的|去你[妈媽]|你[妈媽](?:逼|死|了个)|[妈媽]了个|尼玛的|(?<!\p{sc=Han})[妈媽]的/u,
  /婊子|[贱賤](?:人|货|貨|逼)|王八蛋|狗日|狗娘[养養]|混蛋|你麻痹|狗屎|吃屎|碧池|骚货|騷貨|杂种|雜種|屌你|混账|混賬/u,
];

/** Pinyin initials and pinyin of Chinese profanity, anywhere (lower-cased text). */
export const PINYIN_PATTERNS: readonly RegExp[] = [/(?<![a-z])(?:nmsl|cnm|mlgb|caonima|cao\s?ni\s?ma|wocao|sha\s?bi|ta\s?ma\s?de)(?![a-z])/u];

/** Initials that are Chinese profanity only in a text with Chinese in it ("sb" is "somebody" in English notes). */
export const PINYIN_WITH_HAN_PATTERNS: readonly RegExp[] = [/(?<![a-z])(?:s\s?b|tmd|nmb|rnm|2b)(?![a-z])/u];

const HAN = /\p{sc=Han}/u;
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Arabic folded for matching: diacritics and tatweel gone, the letter forms typed for one another made one. */
export function foldArabic(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ة/gu, 'ه')
    .replace(/ى/gu, 'ي')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ي');
}

/** Chinese read without the spaces typed between its characters ("傻 逼"). */
export function joinHan(text: string): string {
  return text.replace(/(?<=\p{sc=Han})\s+(?=\p{sc=Han})/gu, '');
}
