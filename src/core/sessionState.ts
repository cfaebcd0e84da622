import type { ProjectorState, RunState } from './agenda/runTypes.ts';
import type { DeskState } from './desk/deskTypes.ts';
import type { FollowUp } from './followUp/followUpTypes.ts';
import type { FloorState } from './floor/floorTypes.ts';
import type { SessionPlan } from './plan.ts';
import type { PollsState } from './polls/pollTypes.ts';
import type { QaState } from './qa/qaTypes.ts';
import type { SpeakerNote } from './speaker/speakerTypes.ts';

/**
 * The authoritative control state of one session, rebuilt by folding its events with
 * `evolve` (`session.ts`). Each capability owns its part; they meet only here, as types.
 * Contributions (votes, upvotes) are not in here: they are commutative and live beside the
 * state, keyed by (item, participant), outside the session sequence.
 */
export interface SessionState extends PollsState {
  readonly id: string;
  /** Number of control events applied; the client's resume point. */
  readonly seq: number;
  readonly joinCode: string;
  readonly plan: SessionPlan;
  readonly createdAt: number;
  readonly floor: FloorState;
  /** The latest private note to each panel speaker, by index (SPEAK-2). */
  readonly speakerNotes: Readonly<Record<number, SpeakerNote>>;
  /** The run of show: current agenda item and actual durations (RUN rules). */
  readonly run: RunState;
  /** What the big screen shows (PROJ rules). */
  readonly projector: ProjectorState;
  /** The Q&A: questions without their text (see `qa/qaTypes.ts`). */
  readonly qa: QaState;
  /** The rapporteur's notes (REPORT-6..REPORT-10). */
  readonly desk: DeskState;
  /** The follow-up event the host announced, or null (REPORT-13). */
  readonly followUp: FollowUp | null;
}
