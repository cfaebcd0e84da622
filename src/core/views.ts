import type { Tally } from './polls/ballotBox.ts';
import type { ProjectorState, RunState } from './agenda/runTypes.ts';
import type { AgendaItem, PanelSpeaker, SessionPlan, SessionRoles } from './plan.ts';
import { isStaff, type Role } from './roles.ts';
import { resultsPublic, type Poll, type SessionState } from './session.ts';

/**
 * What each role is shown of the state. The server sends only these views; a participant's
 * view of a poll never includes a draft (PRIV-2), and a tally's distribution is left out
 * where the results are not public (PRIV-1). Participant identities are never part of a view.
 */

export interface SessionView {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string | null;
  readonly format: SessionPlan['format'];
  readonly durationMinutes: number;
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
}

export interface PollView {
  readonly id: string;
  readonly question: string;
  readonly kind: Poll['kind'];
  readonly options: Poll['options'];
  readonly status: Poll['status'];
  readonly resultsVisibility: Poll['resultsVisibility'];
  readonly revealed: boolean;
  /** Whether participants and the projector see the distribution now. */
  readonly resultsPublic: boolean;
  readonly openedAt: number | null;
  readonly closedAt: number | null;
  /** The agenda item the poll was prepared for, if any. */
  readonly agendaItem: number | null;
}

export interface TallyView {
  readonly pollId: string;
  /** Participants who voted. Always shown: it says how many took part, not how they voted. */
  readonly total: number;
  /** Votes per option id, or null where this role may not see the distribution. */
  readonly counts: Readonly<Record<string, number>> | null;
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
    youthMode: state.plan.youthMode,
    joinCode: state.joinCode,
    agenda: state.plan.agenda,
    speakers: state.plan.speakers,
    activePollId: state.activePollId,
    roles: state.plan.roles,
    retentionDays: state.plan.retentionDays,
    run: state.run,
    projector: state.projector,
  };
}

/** A poll as `role` sees it, or null if that role may not see it at all. */
export function pollView(role: Role, poll: Poll): PollView | null {
  if (poll.status === 'draft' && !isStaff(role)) return null;
  return {
    id: poll.id,
    question: poll.question,
    kind: poll.kind,
    options: poll.options,
    status: poll.status,
    resultsVisibility: poll.resultsVisibility,
    revealed: poll.revealed,
    resultsPublic: resultsPublic(poll),
    openedAt: poll.openedAt,
    closedAt: poll.closedAt,
    agendaItem: poll.agendaItem,
  };
}

export function pollViews(role: Role, state: SessionState): PollView[] {
  return state.pollOrder.flatMap((id) => {
    const poll = state.polls[id];
    const view = poll ? pollView(role, poll) : null;
    return view ? [view] : [];
  });
}

/** Whether `role` sees the distribution of `poll`'s votes. */
export function seesDistribution(role: Role, poll: Poll): boolean {
  return isStaff(role) || resultsPublic(poll);
}

/** A tally as `role` sees it, or null if that role may not see the poll at all. */
export function tallyView(role: Role, poll: Poll, tally: Tally): TallyView | null {
  if (poll.status === 'draft' && !isStaff(role)) return null;
  return { pollId: poll.id, total: tally.total, counts: seesDistribution(role, poll) ? tally.counts : null };
}
