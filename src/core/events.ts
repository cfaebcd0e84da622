import type { AgendaEvent } from './agenda/runEvents.ts';
import type { DeskEvent } from './desk/deskTypes.ts';
import type { FollowUpEvent } from './followUp/followUpTypes.ts';
import type { FloorEvent } from './floor/floorEvents.ts';
import { GUIDELINES_CONTRIBUTION_TYPES, type ConductAccepted, type GuidelinesEvent } from './guidelines/guidelinesEvents.ts';
import { PARTICIPANT_CONTRIBUTION_TYPES, type ParticipantEvent } from './participants/participantEvents.ts';
import type { SessionPlan } from './plan.ts';
import { POLL_CONTRIBUTION_TYPES, type PollEvent, type VoteCast } from './polls/pollEvents.ts';
import { QA_CONTRIBUTION_TYPES, type QaEvent, type QaUpvoted } from './qa/qaEvents.ts';
import type { SpeakerEvent } from './speaker/speakerTypes.ts';

/**
 * Every event of a session, as the union of the capabilities' events. Control events are
 * ordered by the session's sequence and stored in its log; contributions are commutative,
 * idempotent upserts, committed in groups and never sequenced.
 */

/** The first event of every session's log. */
export type SessionCreated = { readonly type: 'session.created'; readonly at: number; readonly sessionId: string; readonly joinCode: string; readonly plan: SessionPlan };

/** Control events: ordered by the per-session sequence and stored in the session's log. */
export type SessionEvent = SessionCreated | PollEvent | GuidelinesEvent | SpeakerEvent | FloorEvent | AgendaEvent | QaEvent | DeskEvent | FollowUpEvent;

/** Contribution events: high-rate, commutative, idempotent upserts; never sequenced. */
export type ContributionEvent = VoteCast | ParticipantEvent | ConductAccepted | QaUpvoted;

export type DomainEvent = SessionEvent | ContributionEvent;

const CONTRIBUTION_TYPES: ReadonlySet<string> = new Set<ContributionEvent['type']>([
  ...POLL_CONTRIBUTION_TYPES,
  ...PARTICIPANT_CONTRIBUTION_TYPES,
  ...GUIDELINES_CONTRIBUTION_TYPES,
  ...QA_CONTRIBUTION_TYPES,
]);

export function isSessionEvent(event: DomainEvent): event is SessionEvent {
  return !CONTRIBUTION_TYPES.has(event.type);
}
