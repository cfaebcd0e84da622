import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { clean } from './normalize.ts';

/** Personal-data detectors (FILTER-4..): e-mail, phone, URL, street address, age with name. */

export type PersonalDataFlag = 'email' | 'phone' | 'url' | 'address' | 'age_with_name';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|org|net|ru|de|fr|uk|io|info|me|ly|gl|co)\b/iu;
const ADDRESS = /\b\d{1,4}[a-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?)\b/u;
const AGE = /\b(?:I'?m|I am|my name is)\s+[A-Z][a-z]+,?\s+(?:and\s+I\s+am\s+)?\d{1,2}\b/u;

/** The personal-data flags the text raises. */
export function findPersonalData(text: string, phoneRegions: readonly string[]): PersonalDataFlag[] {
  const t = clean(text);
  const flags: PersonalDataFlag[] = [];
  if (EMAIL.test(t)) flags.push('email');
  if (phoneRegions.some((region) => findPhoneNumbersInText(t, region as CountryCode).length > 0)) flags.push('phone');
  if (URL.test(t)) flags.push('url');
  if (ADDRESS.test(t)) flags.push('address');
  if (AGE.test(t)) flags.push('age_with_name');
  return flags;
}
