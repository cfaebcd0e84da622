import { DEFAULT_MAX_QUESTION_LENGTH, type QaPolicy } from './qaTypes.ts';

/**
 * The Q&A settings in force for a plan (QA-2). Zod-free, so the browser may use it. Plans
 * stored before Q&A existed have no `qa`: they get the defaults.
 */
export interface QaSettingsInForce {
  readonly maxQuestionLength: number;
  readonly allowDisplayNames: boolean;
  readonly preModeration: boolean;
  readonly filters: boolean;
  readonly phoneRegions: readonly string[] | null;
  /** The organisers' domains the filters allow (FILTER-13); empty when unset. */
  readonly allowedDomains: readonly string[];
  readonly selectionPolicy: QaPolicy;
}

interface PlanLike {
  readonly youthMode: boolean;
  readonly qa?: {
    readonly maxQuestionLength?: number;
    readonly allowDisplayNames?: boolean;
    readonly preModeration?: boolean;
    readonly filters?: boolean;
    readonly phoneRegions?: readonly string[];
    readonly allowedDomains?: readonly string[];
    readonly selectionPolicy?: QaPolicy;
  };
}

export function qaSettingsOf(plan: PlanLike): QaSettingsInForce {
  const qa = plan.qa ?? {};
  const youth = plan.youthMode;
  return {
    maxQuestionLength: qa.maxQuestionLength ?? DEFAULT_MAX_QUESTION_LENGTH,
    allowDisplayNames: !youth && (qa.allowDisplayNames ?? false),
    preModeration: qa.preModeration ?? youth,
    filters: youth || (qa.filters ?? true),
    phoneRegions: qa.phoneRegions ?? null,
    allowedDomains: qa.allowedDomains ?? [],
    selectionPolicy: qa.selectionPolicy ?? 'most_upvoted',
  };
}
