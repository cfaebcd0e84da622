import { foldArabic } from './profanityLexiconArabicChinese.ts';
import { isValidNumber } from './phone.ts';

/**
 * Phone numbers spelled out in words (FILTER-5): "zero seven seven zero zero nine …",
 * "zéro six douze trente-quatre …", "восемь девятьсот двенадцать …", "صفر خمسة صفر واحد …",
 * "一三八一二三四五六七八", digits and words mixed ("zero 7 7 double zero 9 …"). Each run of
 * number words (and digits) is read as the digits a person would dial: words of one number
 * add up while each is smaller than the one before ("soixante-dix-huit" 78, "сорок пять" 45,
 * "treinta y cuatro" 34), a new number starts a new group ("six douze" 612). A run of 8 digits
 * or more, with at least two number words in it, is a phone number when it is valid in a
 * region (as digits typed would be) or has 10 digits or more.
 */

const WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    // English ("oh" only inside a run).
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
    fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90, hundred: 100,
    // French (diacritics removed).
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14,
    quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100,
    // Spanish.
    cero: 0, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13,
    catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintiun: 21, veintidos: 22,
    veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40,
    cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200, trescientos: 300,
    cuatrocientos: 400, quinientos: 500, seiscientos: 600, setecientos: 700, ochocientos: 800, novecientos: 900,
    // Russian (ё read as е).
    ноль: 0, нуль: 0, один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
    одиннадцать: 11, двенадцать: 12, тринадцать: 13, четырнадцать: 14, пятнадцать: 15, шестнадцать: 16, семнадцать: 17, восемнадцать: 18,
    девятнадцать: 19, двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60, семьдесят: 70, восемьдесят: 80, девяносто: 90,
    сто: 100, двести: 200, триста: 300, четыреста: 400, пятьсот: 500, шестьсот: 600, семьсот: 700, восемьсот: 800, девятьсот: 900,
    // Arabic, folded (ة as ه, alef forms as ا).
    صفر: 0, واحد: 1, واحده: 1, اثنان: 2, اثنين: 2, اتنين: 2, ثنين: 2, ثلاثه: 3, ثلاث: 3, تلاته: 3, تلات: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5,
    سته: 6, ست: 6, سبعه: 7, سبع: 7, ثمانيه: 8, ثماني: 8, ثمان: 8, تمانيه: 8, تمنيه: 8, تسعه: 9, تسع: 9,
    // Chinese digits, everyday and financial forms (幺 and 两 for one and two).
    零: 0, 〇: 0, 一: 1, 幺: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
    壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
  }),
);

/** Words that join parts of one number: "thirty and four", "trente et un", "treinta y cuatro". */
const JOINERS: ReadonlySet<string> = new Set(['and', 'et', 'y', 'и']);
/** The next digit twice or three times: "double zero". */
const REPEATS: ReadonlyMap<string, number> = new Map([['double', 2], ['triple', 3], ['doble', 2], ['triplo', 3]]);
const PLUS: ReadonlySet<string> = new Set(['plus', 'плюс', 'mas', 'زائد']);

/** Tokens: a word, a run of digits, or a single Han character. */
const TOKEN = /\p{sc=Han}|[\p{L}]+|\d+/gu;
/** What may stand between two tokens of one run: spaces and the punctuation numbers are written with. */
const BETWEEN = /^[\s,.\-–/()]*$/u;

interface Group {
  readonly value: number;
  /** The last part added: 900 in 912 so far, then 12. */
  readonly last: number;
}

const MIN_DIGITS = 8;
const ALWAYS_DIGITS = 10;

/** The digit strings of the text's runs of spelled-out numbers (at least two number words, MIN_DIGITS digits). */
export function spelledNumbers(text: string): string[] {
  const t = foldArabic(text.normalize('NFD').replace(/(?<=[a-zA-Z])\p{M}+/gu, '').normalize('NFC').toLowerCase().replace(/ё/gu, 'е'));
  const runs: string[] = [];
  let digits = '';
  let words = 0;
  let group: Group | null = null;
  let repeat = 1;
  let lastEnd = 0;
  const flushGroup = () => {
    if (group !== null) digits += String(group.value);
    group = null;
  };
  const endRun = () => {
    flushGroup();
    if (words >= 2 && digits.replace(/\D/gu, '').length >= MIN_DIGITS) runs.push(digits);
    digits = '';
    words = 0;
    repeat = 1;
  };
  for (const match of t.matchAll(TOKEN)) {
    const token = match[0];
    if (!BETWEEN.test(t.slice(lastEnd, match.index))) endRun();
    lastEnd = match.index + token.length;
    if (/^\d+$/u.test(token)) {
      flushGroup();
      digits += token.repeat(repeat);
      repeat = 1;
      continue;
    }
    // Arabic "and" is a prefix: "وخمسة".
    const word = WORDS.has(token) ? token : token.startsWith('و') && WORDS.has(token.slice(1)) ? token.slice(1) : token;
    const value = WORDS.get(word);
    if (value === undefined) {
      if (JOINERS.has(token) && group !== null) continue;
      if (REPEATS.has(token)) {
        flushGroup();
        repeat = REPEATS.get(token) ?? 1;
        continue;
      }
      if (PLUS.has(token) && digits === '' && group === null) {
        digits = '+';
        continue;
      }
      if (token === 'oh' && (digits !== '' || group !== null)) {
        flushGroup();
        digits += '0';
        continue;
      }
      endRun();
      continue;
    }
    words++;
    if (repeat > 1 && value < 10) {
      flushGroup();
      digits += String(value).repeat(repeat);
      repeat = 1;
      continue;
    }
    repeat = 1;
    // Set in the closures above too: TypeScript's narrowing does not see that.
    const open = group as Group | null;
    if (open !== null && joins(open, value)) {
      group = value === 100 || (value === 20 && open.value === 4) ? { value: open.value * value, last: value === 20 ? 80 : 100 } : { value: open.value + value, last: value };
    } else {
      flushGroup();
      group = { value, last: value };
    }
  }
  endRun();
  return runs;
}

/** Whether `value` continues the number in `group`: a smaller part after a larger one, or a multiplier. */
function joins(group: Group, value: number): boolean {
  const { value: sum, last } = group;
  if (value === 100) return sum >= 1 && sum <= 9;
  // "quatre-vingt" is 4 × 20.
  if (value === 20 && sum === 4) return true;
  if (last === 0) return false;
  if (last >= 100) return value < 100;
  // "soixante-dix", "quatre-vingt-douze": 60 and 80 take 10 to 19 in French.
  if ((last === 60 || last === 80) && value >= 10 && value <= 19) return true;
  if (last >= 20 && last % 10 === 0) return value < 10 && value > 0;
  if (last === 10) return value < 10 && value > 0;
  return false;
}

/** True when the (normalised) text holds a phone number spelled out in words. */
export function hasSpelledPhone(text: string, regions: readonly string[]): boolean {
  return spelledNumbers(text).some((run) => {
    const digits = run.replace(/\D/gu, '');
    // "一一一一…": a phone number has three different digits at least.
    if (new Set(digits).size < 3) return false;
    return digits.length >= ALWAYS_DIGITS || regions.some((region) => isValidNumber(run, region)) || (run.startsWith('+') && isValidNumber(run, undefined));
  });
}
