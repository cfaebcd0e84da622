import type { FollowUp } from './followUp/followUpTypes.ts';
import type { ProjectorState, RunState } from './agenda/runTypes.ts';
import type { AgendaItem, PanelSpeaker, SessionPlan, SessionRoles } from './plan.ts';
import type { PlanTranslation } from './planTexts.ts';
import type { SessionState } from './sessionState.ts';
import type { UnLanguage } from './vocabulary.ts';

/**
 * The session as every audience sees it: the plan's public parts, the run of show and the
 * projector. Capability views live with their capability (`polls/pollViews.ts`,
 * `floor/floorViews.ts`, `qa/qaViews.ts`).
 */

export interface SessionView {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string | null;
  readonly format: SessionPlan['format'];
  readonly durationMinutes: number;
  /** The session's language (I18N-4). */
  readonly language: SessionPlan['language'];
  /** The title and subtitle in other languages (I18N-5); agenda items carry their own. */
  readonly translations: Partial<Record<UnLanguage, Pick<PlanTranslation, 'title' | 'subtitle'>>>;
  readonly youthMode: boolean;
  readonly joinCode: string;
  readonly agenda: readonly AgendaItem[];
  readonly speakers: readonly PanelSpeaker[];
  readonly activePollId: string | null;
  /** Role labels of who runs the session. */
  readonly roles: SessionRoles;
  readonly retentionDays: number;
  /** The run of show; times are server times (RUN-4). */
  readonly run: RunState;
  /** What the big screen shows. */
  readonly projector: ProjectorState;
  /** The follow-up event the host announced, for everyone (REPORT-13); null when none. */
  readonly followUp: FollowUp | null;
}

/** Participants connected now, by the channel they declared. Counts only. */
export interface PresenceView {
  readonly onsite: number;
  readonly online: number;
  /** Connected but not (yet) said where they are. */
  readonly undeclared: number;
}

export function sessionView(state: SessionState): SessionView {
  return {
    id: state.id,
    title: state.plan.title,
    subtitle: state.plan.subtitle ?? null,
    format: state.plan.format,
    durationMinutes: state.plan.durationMinutes,
    language: state.plan.language,
    translations: titleTranslations(state.plan.translations),
    youthMode: state.plan.youthMode,
    joinCode: state.joinCode,
    agenda: state.plan.agenda,
    speakers: state.plan.speakers,
    activePollId: state.activePollId,
    roles: state.plan.roles,
    retentionDays: state.plan.retentionDays,
    run: state.run,
    projector: state.projector,
    followUp: state.followUp,
  };
}

/** Only the titles: the guidelines' translations travel parsed, in `GuidelinesView`. */
function titleTranslations(translations: SessionPlan['translations']): SessionView['translations'] {
  const out: Partial<Record<UnLanguage, Pick<PlanTranslation, 'title' | 'subtitle'>>> = {};
  for (const [language, version] of Object.entries(translations ?? {}) as [UnLanguage, PlanTranslation][]) {
    if (version.title !== undefined || version.subtitle !== undefined) out[language] = { title: version.title, subtitle: version.subtitle };
  }
  return out;
}
