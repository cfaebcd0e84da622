import { z } from 'zod';
import { qaSettingsSchema } from './qa/qaSettings.ts';

/**
 * A session plan: what a host prepares before the session. `POST /api/sessions` takes one as
 * JSON; templates (see `templates.ts`) are plans with a name.
 */

export const STAKEHOLDER_GROUPS = [
  'Government',
  'Private Sector',
  'Civil Society',
  'Technical Community',
  'Intergovernmental Organization',
  'Academia',
  'Youth',
] as const;

export const REGIONAL_GROUPS = [
  'African Group',
  'Asia-Pacific Group',
  'Eastern European Group',
  'Latin American and Caribbean Group (GRULAC)',
  'Western European and Others Group (WEOG)',
] as const;

export const AGENDA_KINDS = ['opening', 'discussion', 'poll', 'qa', 'closing'] as const;
export const POLL_KINDS = ['single', 'multiple'] as const;
export const RESULTS_VISIBILITY = ['live', 'after_close', 'hidden'] as const;

export const MAX_POLL_OPTIONS = 12;
export const MAX_OPTION_LENGTH = 120;
export const MAX_QUESTION_LENGTH = 300;

const text = (max: number) => z.string().trim().min(1).max(max);

export const pollDraftSchema = z.strictObject({
  /** The question as shown on the projector and the phones. */
  question: text(MAX_QUESTION_LENGTH),
  /** `single`: exactly one option per vote; `multiple`: one or more distinct options. */
  kind: z.enum(POLL_KINDS).default('single'),
  /** Option labels, in display order. */
  options: z.array(text(MAX_OPTION_LENGTH)).min(2).max(MAX_POLL_OPTIONS)
    .refine((opts) => new Set(opts.map((o) => o.toLowerCase())).size === opts.length, 'options must be distinct'),
  /** When participants and the projector see the distribution of votes. */
  resultsVisibility: z.enum(RESULTS_VISIBILITY).default('live'),
});
export type PollDraft = z.infer<typeof pollDraftSchema>;

export const agendaItemSchema = z.strictObject({
  title: text(200),
  /** The policy question the item discusses, if any. */
  policyQuestion: text(500).optional(),
  plannedMinutes: z.number().int().min(1).max(600),
  kind: z.enum(AGENDA_KINDS),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const panelSpeakerSchema = z.strictObject({
  /** A role label such as "Speaker 1"; names are optional and never required. */
  label: text(120),
  organisation: text(200).optional(),
  stakeholderGroup: z.enum(STAKEHOLDER_GROUPS).optional(),
  regionalGroup: z.enum(REGIONAL_GROUPS).optional(),
  channel: z.enum(['onsite', 'online']).default('onsite'),
});
export type PanelSpeaker = z.infer<typeof panelSpeakerSchema>;

export const FLOOR_POLICY_NAMES = ['first_come', 'alternate', 'fewest_first', 'balance_stakeholder', 'balance_region'] as const;

/** How the floor runs: ordering policy and speaking time. */
export const floorSettingsSchema = z.strictObject({
  policy: z.enum(FLOOR_POLICY_NAMES).default('alternate'),
  /** Time limit per intervention. */
  speakingLimitSeconds: z.number().int().min(10).max(3600).default(180),
  /** A warning shows this long before the limit. */
  warningSeconds: z.number().int().min(0).max(600).default(30),
});
export type FloorSettings = z.infer<typeof floorSettingsSchema>;

export const sessionPlanSchema = z.strictObject({
  title: text(200),
  /** A short line under the title, e.g. the track or theme. */
  subtitle: text(200).optional(),
  format: z.enum(['round_table', 'workshop', 'training', 'plenary', 'other']).default('round_table'),
  durationMinutes: z.number().int().min(5).max(24 * 60).default(60),
  /** Youth mode: privacy and moderation defaults for sessions that may include children. */
  youthMode: z.boolean().default(true),
  agenda: z.array(agendaItemSchema).max(50).default([]),
  speakers: z.array(panelSpeakerSchema).max(50).default([]),
  /** Polls prepared ahead; they start as drafts. */
  polls: z.array(pollDraftSchema).max(50).default([]),
  floor: floorSettingsSchema.default({ policy: 'alternate', speakingLimitSeconds: 180, warningSeconds: 30 }),
  /** Q&A settings (see `qa/qaSettings.ts`); youth mode forces some of them. */
  qa: qaSettingsSchema.prefault({}),
});
export type SessionPlan = z.infer<typeof sessionPlanSchema>;
/** A plan as written by a host, before defaults are filled in. */
export type SessionPlanInput = z.input<typeof sessionPlanSchema>;
