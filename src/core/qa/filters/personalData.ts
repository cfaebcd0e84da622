import { hasAddress } from './address.ts';
import { hasAgeWithName } from './ageWithName.ts';
import { isAllowedMailHost, organisationNames } from './allowedDomains.ts';
import { emailDomains, EMAIL_ADDRESSES, hasEmail } from './email.ts';
import { hasHandle } from './handle.ts';
import { clean } from './normalize.ts';
import { hasPhone } from './phone.ts';
import { hasSpelledPhone } from './phoneWords.ts';
import { withoutReferences } from './references.ts';
import { hasUrl } from './url.ts';

/** Personal-data detectors (FILTER-4..FILTER-8, FILTER-12) run together on FILTER-2 normalised text. */

export type PersonalDataFlag = 'email' | 'phone' | 'url' | 'handle' | 'address' | 'age_with_name';

/** The personal-data flags the text raises, in FILTER order; `allowedDomains` are the host's (FILTER-13). */
export function findPersonalData(text: string, phoneRegions: readonly string[], allowedDomains: readonly string[] = []): PersonalDataFlag[] {
  const t = clean(text);
  const flags: PersonalDataFlag[] = [];
  const email = hasEmail(t);
  if (email && emailDomains(t).some((domain) => domain === null || !isAllowedMailHost(domain, allowedDomains))) flags.push('email');
  // Publication references (DOIs, PMIDs …) hold digit runs and dots that are neither numbers nor hosts.
  const referenceFree = withoutReferences(t);
  if (hasPhone(referenceFree, phoneRegions) || hasSpelledPhone(referenceFree, phoneRegions)) flags.push('phone');
  // An e-mail address's domain is not a link of its own, nor its local part a handle.
  const mailFree = email ? referenceFree.replace(EMAIL_ADDRESSES, ' ') : referenceFree;
  if (hasUrl(mailFree, allowedDomains)) flags.push('url');
  if (hasHandle(mailFree, organisationNames(allowedDomains))) flags.push('handle');
  if (hasAddress(t)) flags.push('address');
  if (hasAgeWithName(t)) flags.push('age_with_name');
  return flags;
}
