import { sessionPlanSchema, type SessionPlan } from './plan.ts';

/**
 * The plan settings that protect participants (AUTH-4): only the host changes them. A
 * moderator runs the session (agenda, polls, floor, Q&A order) but may not lower the
 * protections the host chose, nor raise them behind the host's back:
 * - `youthMode`: the privacy and moderation defaults for sessions that may include children;
 * - `qa.filters`, `qa.phoneRegions`, `qa.allowedDomains`: the profanity and personal-data
 *   filters, the phone numbers they recognise and the domains they let through;
 * - `qa.preModeration`: questions wait for a moderator before anyone sees them;
 * - `qa.allowDisplayNames`: whether participants may sign a question with a name;
 * - `guidelines.onsite`, `guidelines.online`, `codeOfConduct`: what participants are asked
 *   to respect and accept (GUIDE-1, GUIDE-3);
 * - `retentionDays`: how long contributions are kept.
 * The list is by path in the plan, as refusals and the audit log name them.
 */
export const PROTECTED_SETTINGS = [
  'youthMode',
  'qa.filters',
  'qa.phoneRegions',
  'qa.allowedDomains',
  'qa.preModeration',
  'qa.allowDisplayNames',
  'guidelines.onsite',
  'guidelines.online',
  'codeOfConduct',
  'retentionDays',
] as const;
export type ProtectedSetting = (typeof PROTECTED_SETTINGS)[number];

/** The value at a dotted `path` of a plan-like object, or undefined. */
export function valueAt(plan: unknown, path: string): unknown {
  let value: unknown = plan;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Readonly<Record<string, unknown>>)[key];
  }
  return value;
}

/**
 * A stored plan with the schema's defaults filled in: plans stored before a setting existed
 * lack it, and a missing setting is its default, not a change. A plan the schema no longer
 * accepts is taken as it is.
 */
export function withDefaults(plan: SessionPlan): SessionPlan {
  const parsed = sessionPlanSchema.safeParse(plan);
  return parsed.success ? parsed.data : plan;
}

/** The same JSON value: settings are plain data (booleans, numbers, strings, arrays of them). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The first protected setting `next` changes from `current`, or null (AUTH-4). */
export function changedProtectedSetting(current: SessionPlan, next: SessionPlan): ProtectedSetting | null {
  const before = withDefaults(current);
  return PROTECTED_SETTINGS.find((path) => !sameValue(valueAt(before, path), valueAt(next, path))) ?? null;
}
