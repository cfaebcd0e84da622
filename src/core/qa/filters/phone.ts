import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * Phone numbers (FILTER-5): libphonenumber-js with full metadata finds valid numbers in
 * international form ("+44 20 7946 0958", found whatever the regions) and in the national
 * forms of each region given. Its DE and KE metadata accept some digit runs that are not
 * phone numbers in a policy question, so matches shaped like a year range ("2019-2023"),
 * a legal reference ("Regulation 2022/2065", "COM(2022) 209") or a grouped quantity
 * ("1,500,000", "1.500.000 niños") are dropped, and a number needs at least 7 digits.
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
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/u;
const QUANTITY_AFTER = /^\s*(?:%|€|\$|£|₽|[\p{L}]+)/u;
const PHONE_WORDS = /(?:phone|tel|call|mobile|cell|whats ?app|telegram|viber|signal|sms|text me|numéro|número|numero|nummer|ruf|handy|телефон|номер|звони|пиши)/iu;

/** True when the (normalised) text holds a phone number in international form or a listed region's national form. */
export function hasPhone(text: string, regions: readonly string[]): boolean {
  const readable = readLettersAsDigits(text);
  const digits = readable.match(/\d/gu);
  if (digits === null || digits.length < MIN_DIGITS) return false;
  // Only digit runs long enough to be a number are read, each on its own, and parsed rather
  // than searched (a search per region costs about eight parses): a run is one number unless
  // it is too long to be one, and is then searched.
  for (const candidate of readable.matchAll(CANDIDATE)) {
    const run = candidate[0];
    const digitCount = (run.match(/\d/gu) ?? []).length;
    if (digitCount < MIN_DIGITS) continue;
    const before = readable.slice(Math.max(0, candidate.index - 30), candidate.index);
    const after = readable.slice(candidate.index + run.length);
    // An empty region list still reads "+…" numbers.
    for (const region of regions.length > 0 ? regions : [undefined]) {
      const defaultCountry = region as CountryCode | undefined;
      if (digitCount <= MAX_DIGITS) {
        if (parsePhoneNumberFromString(run, defaultCountry)?.isValid() === true && isPhoneShaped(run, after, before)) return true;
        continue;
      }
      for (const match of findPhoneNumbersInText(run, defaultCountry === undefined ? undefined : { defaultCountry })) {
        const raw = run.slice(match.startsAt, match.endsAt);
        if (isPhoneShaped(raw, run.slice(match.endsAt) + after, before + run.slice(0, match.startsAt))) return true;
      }
    }
  }
  return false;
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
  if (IP_ADDRESS.test(raw) || DATE.test(raw) || YEAR_RANGE_OR_REFERENCE.test(raw) || NUMBER_WITH_YEAR.test(raw) || GROUPED_THOUSANDS.test(raw)) return false;
  // "1.500.000 niños" is a quantity; "600.123.456, call me" is a number.
  if (DOTTED_THOUSANDS.test(raw) && QUANTITY_AFTER.test(after) && !PHONE_WORDS.test(before)) return false;
  return true;
}
