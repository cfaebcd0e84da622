import { hasAddress } from './address.ts';
import { hasAgeWithName } from './ageWithName.ts';
import { hasEmail, EMAIL_ADDRESSES } from './email.ts';
import { clean } from './normalize.ts';
import { hasPhone } from './phone.ts';
import { hasUrl } from './url.ts';

/** Personal-data detectors (FILTER-4..FILTER-8) run together on FILTER-2 normalised text. */

export type PersonalDataFlag = 'email' | 'phone' | 'url' | 'address' | 'age_with_name';

/** The personal-data flags the text raises, in FILTER order. */
export function findPersonalData(text: string, phoneRegions: readonly string[]): PersonalDataFlag[] {
  const t = clean(text);
  const flags: PersonalDataFlag[] = [];
  const email = hasEmail(t);
  if (email) flags.push('email');
  if (hasPhone(t, phoneRegions)) flags.push('phone');
  // An e-mail address's domain is not a link of its own.
  if (hasUrl(email ? t.replace(EMAIL_ADDRESSES, ' ') : t)) flags.push('url');
  if (hasAddress(t)) flags.push('address');
  if (hasAgeWithName(t)) flags.push('age_with_name');
  return flags;
}
