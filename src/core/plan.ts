import { z } from 'zod';
import { agendaItemTranslationsSchema, planTranslationsSchema } from './planTexts.ts';
import { qaSettingsSchema } from './qa/qaSettings.ts';
import { FLOOR_POLICY_NAMES, REGIONAL_GROUPS, STAKEHOLDER_GROUPS, UN_LANGUAGES } from './vocabulary.ts';

/**
 * A session plan: what a host prepares before the session. `POST /api/sessions` takes one as
 * JSON; templates (see `templates.ts`) are plans with a name.
 */

export const AGENDA_KINDS = ['opening', 'discussion', 'poll', 'qa', 'closing'] as const;
/** Poll types (POLL-20..): choices, a scale, a ranking, free words, free text and a quiz. */
export const POLL_KINDS = ['single', 'multiple', 'rating', 'ranking', 'wordcloud', 'open_text', 'quiz'] as const;
export const RESULTS_VISIBILITY = ['live', 'after_close', 'hidden'] as const;

export const MAX_POLL_OPTIONS = 12;
export const MAX_OPTION_LENGTH = 120;
export const MAX_QUESTION_LENGTH = 300;

const text = (max: number) => z.string().trim().min(1).max(max);

/** Ends of a rating scale; labels say what the ends mean ("Not at all", "Completely"). */
export const ratingScaleSchema = z.strictObject({
  min: z.number().int().min(0).max(1).default(1),
  max: z.number().int().min(2).max(10).default(5),
  minLabel: text(60).optional(),
  maxLabel: text(60).optional(),
});
export type RatingScale = z.infer<typeof ratingScaleSchema>;

/** Longest word-cloud entry and open-text answer, in characters (POLL-24, POLL-25). */
export const MAX_WORD_LENGTH = 40;
export const MAX_ANSWER_LENGTH = 280;
export const MAX_WORDS_PER_BALLOT = 5;

const pollDraftFields = {
  /** The question as shown on the projector and the phones. */
  question: text(MAX_QUESTION_LENGTH),
  /**
   * `single`: exactly one option; `multiple`: one or more distinct options, at most `maxChoices`;
   * `rating`: one point of `scale`; `ranking`: every option, in order; `wordcloud`: up to
   * `maxWords` words; `open_text`: one answer, moderated like a question; `quiz`: one option,
   * scored against `correct` within `timerSeconds`.
   */
  kind: z.enum(POLL_KINDS).default('single'),
  /** Option labels, in display order (none for rating, word cloud and open text). */
  options: z.array(text(MAX_OPTION_LENGTH)).max(MAX_POLL_OPTIONS).default([])
    .refine((opts) => new Set(opts.map((o) => o.toLowerCase())).size === opts.length, 'options must be distinct'),
  /** When participants and the projector see the distribution of votes. */
  resultsVisibility: z.enum(RESULTS_VISIBILITY).default('live'),
  /** Multiple choice: the most options one ballot may name (POLL-20). */
  maxChoices: z.number().int().min(1).max(MAX_POLL_OPTIONS).optional(),
  /** Rating: the scale (POLL-22); 1 to 5 when left out. */
  scale: ratingScaleSchema.optional(),
  /** Word cloud: words per ballot (POLL-24); 3 when left out. */
  maxWords: z.number().int().min(1).max(MAX_WORDS_PER_BALLOT).optional(),
  /** Quiz: indexes of the correct options (POLL-26). */
  correct: z.array(z.number().int().min(0).max(MAX_POLL_OPTIONS - 1)).min(1).max(MAX_POLL_OPTIONS).optional(),
  /** Quiz: seconds to answer after opening (POLL-26); 30 when left out. */
  timerSeconds: z.number().int().min(5).max(600).optional(),
};

/** Options a kind needs: none for free text and scales, at least two otherwise (POLL-20). */
function checkPollDraft(draft: { kind: (typeof POLL_KINDS)[number]; options: readonly string[]; maxChoices?: number | undefined; correct?: readonly number[] | undefined }, ctx: z.RefinementCtx): void {
  const needsOptions = draft.kind === 'single' || draft.kind === 'multiple' || draft.kind === 'ranking' || draft.kind === 'quiz';
  if (needsOptions && draft.options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${draft.kind} poll needs at least 2 options` });
  if (!needsOptions && draft.options.length > 0) ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${draft.kind} poll has no options` });
  if (draft.maxChoices !== undefined && draft.kind !== 'multiple') ctx.addIssue({ code: 'custom', path: ['maxChoices'], message: 'only a multiple-choice poll has a maximum number of choices' });
  if (draft.kind === 'quiz') {
    if (!draft.correct) ctx.addIssue({ code: 'custom', path: ['correct'], message: 'a quiz names its correct options' });
    else if (draft.correct.some((i) => i >= draft.options.length)) ctx.addIssue({ code: 'custom', path: ['correct'], message: 'a correct option is not one of the options' });
  } else if (draft.correct !== undefined) ctx.addIssue({ code: 'custom', path: ['correct'], message: 'only a quiz has correct options' });
}

export const pollDraftSchema = z.strictObject(pollDraftFields).superRefine(checkPollDraft);
export type PollDraft = z.infer<typeof pollDraftSchema>;

export const agendaItemSchema = z.strictObject({
  title: text(200),
  /** The policy question the item discusses, if any. */
  policyQuestion: text(500).optional(),
  plannedMinutes: z.number().int().min(1).max(600),
  kind: z.enum(AGENDA_KINDS),
  /** Speaking-time limit while this item runs, instead of `floor.speakingLimitSeconds` (RUN-5). */
  speakingLimitSeconds: z.number().int().min(10).max(3600).optional(),
  /** The title and policy question in other languages than the session's (I18N-5). */
  translations: agendaItemTranslationsSchema.optional(),
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

/** How the floor runs: ordering policy and speaking time. */
export const floorSettingsSchema = z.strictObject({
  policy: z.enum(FLOOR_POLICY_NAMES).default('alternate'),
  /** Time limit per intervention. */
  speakingLimitSeconds: z.number().int().min(10).max(3600).default(180),
  /** A warning shows this long before the limit. */
  warningSeconds: z.number().int().min(0).max(600).default(30),
});
export type FloorSettings = z.infer<typeof floorSettingsSchema>;

/** Longest guideline or code of conduct, in characters of Markdown (GUIDE-1). */
export const MAX_GUIDELINE_LENGTH = 4000;
const markdownText = z.string().trim().max(MAX_GUIDELINE_LENGTH);

/** What participants are asked to do, per channel, and the code of conduct they accept (GUIDE-1). */
export const guidelinesSchema = z.strictObject({
  onsite: markdownText.default(''),
  online: markdownText.default(''),
});
export type Guidelines = z.infer<typeof guidelinesSchema>;

/** Who runs the session, as role labels ("Organiser 1"); personal names are never needed. */
export const sessionRolesSchema = z.strictObject({
  moderator: text(120).optional(),
  onlineModerator: text(120).optional(),
  rapporteur: text(120).optional(),
});
export type SessionRoles = z.infer<typeof sessionRolesSchema>;

/** A poll prepared in the plan; `agendaItem` (index into the agenda) is where it is meant to run. */
export const preparedPollSchema = z.strictObject({
  ...pollDraftFields,
  agendaItem: z.number().int().min(0).max(49).optional(),
  /**
   * Before and after (POLL-36): the index into `polls` of an earlier prepared poll this one asks
   * again, with the same kind and options; the session pairs them (POLL-34) without a moderator
   * doing it by hand.
   */
  repeats: z.number().int().min(0).max(49).optional(),
}).superRefine(checkPollDraft);
export type PreparedPoll = z.infer<typeof preparedPollSchema>;

export const DEFAULT_RETENTION_DAYS = 30;

const sessionPlanObject = z.strictObject({
  title: text(200),
  /** A short line under the title, e.g. the track or theme. */
  subtitle: text(200).optional(),
  format: z.enum(['round_table', 'workshop', 'training', 'plenary', 'other']).default('round_table'),
  durationMinutes: z.number().int().min(5).max(24 * 60).default(60),
  /** The session's language: the projector and the pre-session page speak it (I18N-4). */
  language: z.enum(UN_LANGUAGES).default('en'),
  /** Youth mode: privacy and moderation defaults for sessions that may include children. */
  youthMode: z.boolean().default(true),
  agenda: z.array(agendaItemSchema).max(50).default([]),
  speakers: z.array(panelSpeakerSchema).max(50).default([]),
  /** Polls prepared ahead; they start as drafts. */
  polls: z.array(preparedPollSchema).max(50).default([]),
  floor: floorSettingsSchema.default({ policy: 'alternate', speakingLimitSeconds: 180, warningSeconds: 30 }),
  /** Markdown, per channel; shown at join and on the pre-session page (GUIDE-1). */
  guidelines: guidelinesSchema.default({ onsite: '', online: '' }),
  /** Markdown; when not empty, participants accept it before a first contribution (GUIDE-3). */
  codeOfConduct: markdownText.default(''),
  /** Role labels of the moderator, the online moderator and the rapporteur. */
  roles: sessionRolesSchema.default({}),
  /** Days after the session ends before its contributions are deleted. */
  retentionDays: z.number().int().min(1).max(3650).default(DEFAULT_RETENTION_DAYS),
  /** Q&A settings (see `qa/qaSettings.ts`); youth mode forces some of them. */
  qa: qaSettingsSchema.prefault({}),
  /** Title, subtitle, guidelines and code of conduct in other languages than `language` (I18N-5). */
  translations: planTranslationsSchema.optional(),
});

/** The kinds a before-and-after pair can be made of: those whose result is a share per option (POLL-34). */
export const PAIRABLE_POLL_KINDS: readonly PreparedPoll['kind'][] = ['single', 'multiple', 'rating', 'quiz'];

/**
 * Why prepared poll `index` cannot repeat the poll its `repeats` names, or null when it can
 * (POLL-36): the poll exists and comes earlier, both are of a kind with shares per option, and
 * they ask with the same options (the same scale for a rating) in the same order.
 */
export function repeatProblem(polls: readonly PreparedPoll[], index: number): string | null {
  const poll = polls[index];
  if (poll?.repeats === undefined) return null;
  const before = polls[poll.repeats];
  if (!before) return `there is no poll ${poll.repeats + 1}`;
  if (poll.repeats >= index) return `poll ${poll.repeats + 1} does not come before this one`;
  if (!PAIRABLE_POLL_KINDS.includes(poll.kind)) return `a ${poll.kind} poll has no shares to compare`;
  if (before.kind !== poll.kind) return `poll ${poll.repeats + 1} is of another kind`;
  const sameOptions = before.options.length === poll.options.length && before.options.every((o, i) => o === poll.options[i]);
  const scale = (p: PreparedPoll) => `${String(p.scale?.min ?? 1)}-${String(p.scale?.max ?? 5)}`;
  if (!sameOptions || (poll.kind === 'rating' && scale(before) !== scale(poll))) return `poll ${poll.repeats + 1} has other options`;
  return null;
}

export const sessionPlanSchema = sessionPlanObject.superRefine((plan, ctx) => {
  // A poll's agenda item must exist: the error names the poll's field.
  plan.polls.forEach((poll, i) => {
    if (poll.agendaItem !== undefined && poll.agendaItem >= plan.agenda.length) {
      ctx.addIssue({ code: 'custom', path: ['polls', i, 'agendaItem'], message: `there is no agenda item ${poll.agendaItem + 1}` });
    }
    const problem = repeatProblem(plan.polls, i);
    if (problem !== null) ctx.addIssue({ code: 'custom', path: ['polls', i, 'repeats'], message: problem });
  });
});
export type SessionPlan = z.infer<typeof sessionPlanSchema>;
/** A plan as written by a host, before defaults are filled in. */
export type SessionPlanInput = z.input<typeof sessionPlanSchema>;
