import { z } from 'zod';
import { DEFAULT_MAX_QUESTION_LENGTH, QA_POLICIES } from './qaTypes.ts';

/** Q&A settings of a session plan (`plan.qa`). */

export const qaSettingsSchema = z.strictObject({
  /** Longest question a participant may send, in characters. */
  maxQuestionLength: z.number().int().min(20).max(1000).default(DEFAULT_MAX_QUESTION_LENGTH),
  /** Whether participants may sign a question with a display name. Always off in youth mode. */
  allowDisplayNames: z.boolean().default(false),
  /** Questions wait for a moderator before anyone sees them. Unset: on in youth mode, off otherwise. */
  preModeration: z.boolean().optional(),
  /** Profanity and personal-data filters. Always on in youth mode; on by default otherwise. */
  filters: z.boolean().default(true),
  /** Region codes (ISO 3166) whose phone numbers the filter knows; unset: the filter's defaults. */
  phoneRegions: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1).max(20).optional(),
  /** The "Next question" policy a session starts with. */
  selectionPolicy: z.enum(QA_POLICIES).default('most_upvoted'),
});
export type QaSettingsInput = z.input<typeof qaSettingsSchema>;
export type QaSettingsPlan = z.infer<typeof qaSettingsSchema>;

