import { z } from 'zod';

/**
 * The follow-up event a host announces (REPORT-13): a webinar, a training or a partnership
 * call, with a title, a few words, when, and a public link (where anyone can sign up without
 * giving OpenFloor a contact: what a participant under 18 is offered instead). Staff text for
 * everyone; a participant's contact is never in here (it lives in `follow_up_signups`).
 */

export const FOLLOW_UP_KINDS = ['webinar', 'training', 'partnership_call'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

const line = (max: number) => z.string().trim().max(max).regex(/^[^\p{Cc}\p{Cf}]*$/u, 'plain text, one line');

export const followUpSchema = z.strictObject({
  kind: z.enum(FOLLOW_UP_KINDS),
  title: line(160).min(1),
  details: line(500).default(''),
  /** When it takes place (ms since the epoch); null when not fixed yet. */
  startsAt: z.number().int().min(0).nullable().default(null),
  /** The host's public page for it: https only. */
  publicLink: z.url({ protocol: /^https$/ }).max(500).nullable().default(null),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export type FollowUpEvent = { readonly type: 'followUp.announced'; readonly at: number; readonly followUp: FollowUp | null };

export const FOLLOW_UP_EVENT_TYPES = ['followUp.announced'] as const satisfies readonly FollowUpEvent['type'][];
