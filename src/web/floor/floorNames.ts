import type { FloorPolicy, Intent } from '../../core/floor/floorTypes.ts';
import type { Gender, RegionalGroup, StakeholderGroup } from '../../core/vocabulary.ts';
import type { Channel } from '../../core/roles.ts';
import { t, type MessageKey } from '../i18n/index.ts';

/*
 * Names of the floor's values, through the catalog. The lists of src/core are typed from it
 * but not imported as values: plan.ts loads zod, which has no place in the browser bundle.
 * Each table is a Record over the core's type, so a value added there breaks the build here
 * until it has a name; the lists below follow the tables' order.
 */

const INTENT_NAMES: Record<Intent, MessageKey> = {
  comment: 'intent.comment',
  question: 'intent.question',
  reply: 'intent.reply',
};

const POLICY_NAMES: Record<FloorPolicy, { name: MessageKey; detail: MessageKey }> = {
  first_come: { name: 'policy.firstCome', detail: 'policy.firstComeDetail' },
  alternate: { name: 'policy.alternate', detail: 'policy.alternateDetail' },
  fewest_first: { name: 'policy.fewestFirst', detail: 'policy.fewestFirstDetail' },
  balance_stakeholder: { name: 'policy.balanceStakeholder', detail: 'policy.balanceStakeholderDetail' },
  balance_region: { name: 'policy.balanceRegion', detail: 'policy.balanceRegionDetail' },
};

const STAKEHOLDER_NAMES: Record<StakeholderGroup, MessageKey> = {
  Government: 'stakeholder.government',
  'Private Sector': 'stakeholder.privateSector',
  'Civil Society': 'stakeholder.civilSociety',
  'Technical Community': 'stakeholder.technicalCommunity',
  'Intergovernmental Organization': 'stakeholder.intergovernmental',
  Academia: 'stakeholder.academia',
  Youth: 'stakeholder.youth',
};

const REGION_NAMES: Record<RegionalGroup, MessageKey> = {
  'African Group': 'region.african',
  'Asia-Pacific Group': 'region.asiaPacific',
  'Eastern European Group': 'region.easternEuropean',
  'Latin American and Caribbean Group (GRULAC)': 'region.grulac',
  'Western European and Others Group (WEOG)': 'region.weog',
};

const GENDER_NAMES: Record<Gender, MessageKey> = {
  woman: 'gender.woman',
  man: 'gender.man',
  another_gender: 'gender.another',
};

export const INTENT_LIST = Object.keys(INTENT_NAMES) as Intent[];
export const POLICY_LIST = Object.keys(POLICY_NAMES) as FloorPolicy[];
export const STAKEHOLDER_LIST = Object.keys(STAKEHOLDER_NAMES) as StakeholderGroup[];
export const REGION_LIST = Object.keys(REGION_NAMES) as RegionalGroup[];
export const GENDER_LIST = Object.keys(GENDER_NAMES) as Gender[];

export function intentName(intent: Intent): string {
  return t(INTENT_NAMES[intent]);
}

export function policyName(policy: FloorPolicy): string {
  return t(POLICY_NAMES[policy].name);
}

export function policyDetail(policy: FloorPolicy): string {
  return t(POLICY_NAMES[policy].detail);
}

/** A stakeholder group, regional group or gender, by its value; unknown values show as they are. */
export function declaredName(value: string): string {
  const key = STAKEHOLDER_NAMES[value as StakeholderGroup] ?? REGION_NAMES[value as RegionalGroup] ?? GENDER_NAMES[value as Gender];
  return key ? t(key) : value;
}

/** How a speaker is called: their label, or "Participant (onsite|online)" (FLOOR-2). */
export function speakerName(label: string | null, channel: Channel): string {
  if (label) return label;
  return channel === 'onsite' ? t('floor.participantOnsite') : t('floor.participantOnline');
}
