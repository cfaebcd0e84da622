import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * Phone numbers (FILTER-5): each run of digits that may be one number is parsed by
 * libphonenumber-js with full metadata, for each region given, and must be valid there;
 * international numbers ("+44 20 7946 0958") are valid whatever the regions. Some regions'
 * metadata (DE, KE) accept digit runs that are not phone numbers in a policy question, so runs
 * shaped like a date, a year range ("2019-2023"), a legal reference ("Regulation 2022/2065",
 * "COM(2022) 209", "resolution 2250 (2015)"), a grouped quantity ("1,500,000", "1.500.000
 * niños") or an IPv4 address are dropped, and a number needs at least 7 digits.
 */

/** Fewer digits than this in the whole text: no phone number, and no parsing (speed). */
const MIN_DIGITS = 7;

/** Dates ("12.03.2024", "2024-03-12") and times ("10:30"). */
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})$/u;
const YEAR_RANGE_OR_REFERENCE = /^\(?(?:19|20)\d\d\)?\s*[-–/]?\s*\d{1,4}$/u;
/** A numbered document with its year: "resolution 2250 (2015)". */
const NUMBER_WITH_YEAR = /^\d{1,5}\s*\(\s*(?:19|20)\d\d\s*\)$/u;
/** An IPv4 address ("192.168.1.20"): a link's host, not a phone number. */
const IP_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}$/u;
const GROUPED_THOUSANDS = /^\d{1,3}(?:,\d{3})+$/u;
/** Indian grouping (lakh, crore): "15,00,000", "1,20,00,000". */
const INDIAN_GROUPING = /^\d{1,2}(?:,\d{2})+,\d{3}$/u;
/** Thousands grouped with spaces ("3 500 000"): a quantity when a unit or a word follows, a currency comes before, or it ends in 000. */
const SPACED_THOUSANDS = /^\d{1,3}(?: \d{3}){2,}$/u;
const CURRENCY_BEFORE = /(?:EUR|USD|US\$|GBP|CHF|RUB|CNY|JPY|INR|AED|SAR|EGP|MXN|ARS|COP|BRL|€|\$|£|¥|₹|₽|руб\.?|рублей|دولار|ريال|درهم|جنيه|元|円)\s*$/iu;
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/u;
const QUANTITY_AFTER = /^\s*(?:%|€|\$|£|₽|¥|₹|[\p{L}]+)/u;
/** A currency, or a counted noun, right after a number: "3500000 دولار", "1200000 children". */
const AMOUNT_AFTER = /^\s*(?:€|\$|£|₽|¥|₹|%|euros?|dollars?|d[oó]lares|pesos|rubles|roubles|руб|рубл|долл|دولار|ريال|درهم|جنيه|يورو|元|円|美元|欧元|人民币|children|kids|users|people|pupils|students|reports|images|accounts|views|niños|usuarios|personas|enfants|utilisateurs|personnes|élèves|детей|человек|пользовател|طفل|أطفال|اطفال|مستخدم|شخص|儿童|用户|人|名|个)/iu;
const PHONE_WORDS = /(?:phone|tel|call|mobile|cell|whats ?app|telegram|viber|signal|sms|text me|numéro|número|numero|nummer|ruf|handy|телефон|номер|звони|пиши)/iu;

/** True when the (normalised) text holds a phone number in international form or a listed region's national form. */
export function hasPhone(text: string, regions: readonly string[]): boolean {
  const readable = readLettersAsDigits(text);
  const digits = readable.match(/\d/gu);
  if (digits === null || digits.length < MIN_DIGITS) return false;
  // Only digit runs long enough to be a number are read, each on its own, and parsed rather
  // than searched (a search per region costs about eight parses): a run is one number unless
  // it is too long to be one, and is then searched.
  let parses = 0;
  for (const window of numberWindows(readable)) {
    const { run, index } = window;
    // "1 1 1 1 1 1 1": a phone number has three different digits at least (and the bound on parses is kept for numbers).
    if (new Set(run.replace(/\D/gu, '')).size < 3) continue;
    const before = readable.slice(Math.max(0, index - 30), index);
    const after = readable.slice(index + run.length);
    // An empty region list still reads "+…" numbers.
    for (const region of regions.length > 0 ? regions : [undefined]) {
      // A bound on work per text: a question of digits only must not cost a second.
      if (++parses > MAX_PARSES) return false;
      if (isValidNumber(run, region) && isPhoneShaped(run, after, before)) return true;
    }
  }
  return false;
}

/**
 * Whether a run of digits is a valid number for the region (or, in `+…` form, anywhere).
 * Mexico's mobile numbers were written "+52 1 …" until 2019: the 1 is dropped.
 */
export function isValidNumber(run: string, region: string | undefined): boolean {
  if (parsePhoneNumberFromString(run, region as CountryCode | undefined)?.isValid() === true) return true;
  const mexican = /^\+\s*52[\s.-]*1[\s.-]*(\d[\d\s.-]{9,})$/u.exec(run);
  return mexican !== null && parsePhoneNumberFromString(`+52 ${mexican[1] ?? ''}`)?.isValid() === true;
}

/** Parses per text at most: 26 regions × 10 digit runs. */
const MAX_PARSES = 260;

/**
 * The stretches of the text that may be one phone number: each run of digits and separators
 * with 7 to MAX_DIGITS digits, and, in a longer run ("07700 900123 / 07700 900124"), each
 * stretch of whole digit groups from a group's start that reaches 7 digits.
 */
function* numberWindows(text: string): Generator<{ run: string; index: number }> {
  for (const candidate of text.matchAll(CANDIDATE)) {
    const run = candidate[0];
    const digitCount = (run.match(/\d/gu) ?? []).length;
    if (digitCount < MIN_DIGITS) continue;
    if (digitCount <= MAX_DIGITS) {
      yield { run, index: candidate.index };
      continue;
    }
    const groups = [...run.matchAll(/[+(]?\d+\)?/gu)];
    for (let first = 0; first < groups.length; first++) {
      let digits = 0;
      for (let last = first; last < groups.length && digits < MIN_DIGITS; last++) {
        digits += (groups[last]?.[0].match(/\d/gu) ?? []).length;
        const start = groups[first]?.index ?? 0;
        const end = (groups[last]?.index ?? 0) + (groups[last]?.[0].length ?? 0);
        if (digits >= MIN_DIGITS && digits <= MAX_DIGITS) yield { run: run.slice(start, end), index: candidate.index + start };
      }
    }
  }
}

/** More digits than one number has with its international prefix (E.164: 15, and "00"). */
const MAX_DIGITS = 17;

/** A run of digits with the separators phone numbers are written with. */
const CANDIDATE = /[+(]?\d[\d\s()./–-]*\d\)?/gu;

/** Digits typed as look-alike letters inside a run of digits ("O77OO 9OO l23"): read as digits. */
function readLettersAsDigits(text: string): string {
  return text.replace(LOOK_ALIKE_RUN, (run) => {
    const digits = (run.match(/\d/gu) ?? []).length;
    // A word of letters only ("lol", "Io") in the run means it is prose, not a number.
    const wordOfLetters = run.split(/[\s.()+-]+/u).some((token) => token.length > 1 && !/\d/u.test(token));
    return digits >= 4 && !wordOfLetters ? run.replace(/[Oo]/gu, '0').replace(/[lI]/gu, '1') : run;
  });
}

const LOOK_ALIKE_RUN = /(?<!\p{L})[\dOo+][\dOolI\s.()-]{5,}[\dOolI](?!\p{L})/gu;

function isPhoneShaped(raw: string, after: string, before: string): boolean {
  if ((raw.match(/\d/gu) ?? []).length < MIN_DIGITS) return false;
  if (raw.startsWith('+')) return true;
  if (IP_ADDRESS.test(raw) || DATE.test(raw) || YEAR_RANGE_OR_REFERENCE.test(raw) || NUMBER_WITH_YEAR.test(raw) || GROUPED_THOUSANDS.test(raw) || INDIAN_GROUPING.test(raw)) return false;
  // A bare number not dialled (no 0 or + first) with a currency or a counted noun beside it: "3500000 دولار".
  if (/^[1-9]\d*$/u.test(raw) && !PHONE_WORDS.test(before) && (CURRENCY_BEFORE.test(before) || AMOUNT_AFTER.test(after))) return false;
  // "EUR 3 500 000", "1 200 000 children": an amount or a count; "612 345 678, call me" is a number.
  if (SPACED_THOUSANDS.test(raw) && !PHONE_WORDS.test(before) && (CURRENCY_BEFORE.test(before) || QUANTITY_AFTER.test(after) || raw.endsWith(' 000'))) return false;
  // "1.500.000 niños" is a quantity; "600.123.456, call me" is a number.
  if (DOTTED_THOUSANDS.test(raw) && QUANTITY_AFTER.test(after) && !PHONE_WORDS.test(before)) return false;
  return true;
}
