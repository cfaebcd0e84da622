import type { ErrorCode } from '../errorCodes.ts';
import type { RefusalParams, RefusalReason } from '../refusals.ts';
import type { DeskView } from '../desk/deskView.ts';
import type { BalanceMeter } from '../floor/balanceMeter.ts';
import type { Declared } from '../vocabulary.ts';
import type { FloorView, MyFloorView } from '../floor/floorViews.ts';
import type { GuidelinesView } from '../guidelines/guidelinesView.ts';
import type { Channel, Role } from '../roles.ts';
import type { SpeakerNote } from '../speaker/speakerTypes.ts';
import type { PresenceView, SessionView } from '../views.ts';
import type { PollView } from '../polls/pollViews.ts';
import type { TallyWire } from '../polls/tallyWire.ts';
import type { MyQa, QaMessages, QaSnapshot } from '../qa/qaMessages.ts';

/**
 * Messages from the server to a client, by name. The server builds them, the client module
 * reads them; neither redeclares them. What a message holds depends on the receiver's role
 * (see `views.ts`): participants never receive hidden results or another participant's identity.
 */
export interface ServerMessages extends QaMessages {
  /** First answer to a hello: who you are and the state you need. */
  welcome: {
    type: 'welcome';
    protocol: number;
    role: Role;
    /** The session sequence this state reflects. */
    seq: number;
    /** The server's clock (ms since the epoch) when sent, so that timers agree across screens. */
    serverTime: number;
    /**
     * The session and its polls as this role sees them. Left out when the client's `lastSeq`
     * already equals `seq`: it has all of it.
     */
    snapshot: { session: SessionView; polls: PollView[]; floor: FloorView; qa?: QaSnapshot } | null;
    tallies: TallyWire[];
    presence: PresenceView;
    /** The balance meter; null where this role is not shown it. */
    balance: BalanceMeter | null;
    /** Participants only: their own votes, channel, declared groups, place on the floor, code-of-conduct acceptance and questions. */
    me: { channel: Channel | null; declared: Declared; votes: Record<string, string[]>; floor: MyFloorView; conductAccepted: boolean; qa?: MyQa } | null;
    /** Speaker links only: which panel speaker (index in the plan) this is (SPEAK-1). */
    panelSpeaker: number | null;
    /** Guidelines per channel and the code of conduct, as safe trees (GUIDE-2). */
    guidelines: GuidelinesView;
    /** Speaker links only: the latest note from the moderators to this panel speaker (SPEAK-2). */
    speakerNote: SpeakerNote | null;
    /** Staff and the rapporteur: the desk (REPORT-6); null or absent for everyone else. */
    desk?: DeskView | null;
  };
  /** To staff and the rapporteur only: the desk after a note, an edit, a removal or a change of the floor (REPORT-6). */
  'desk.updated': { type: 'desk.updated'; seq: number; desk: DeskView };
  /** The host changed the guidelines or the code of conduct (GUIDE-4). */
  'guidelines.updated': { type: 'guidelines.updated'; seq: number; guidelines: GuidelinesView };
  /** To staff and to that panel speaker's links only: a private note (SPEAK-2). */
  'speaker.note': { type: 'speaker.note'; note: SpeakerNote };
  /** A command was committed (or had already been). */
  ack: { type: 'ack'; id: string; seq: number | null };
  /** The answer to a client's `ping` (PROTO-11), with the server's clock. */
  pong: { type: 'pong'; serverTime: number };
  /**
   * A command or frame was refused; nothing was written. `id` names the command, if any;
   * `reason` and `params` say which rule refused, `message` says it in English (PROTO-8).
   */
  error: { type: 'error'; id: string | null; code: ErrorCode; reason: RefusalReason; params: RefusalParams; message: string };
  'session.updated': { type: 'session.updated'; seq: number; session: SessionView };
  'poll.updated': { type: 'poll.updated'; seq: number; poll: PollView };
  'poll.removed': { type: 'poll.removed'; seq: number; pollId: string };
  /**
   * Not coalesced: sent after each committed control command whose events change the floor,
   * once per command however many floor events it made. Staff get the moderator view, the
   * public the participant view; `serverTime` is the server's clock when it was sent.
   */
  'floor.updated': { type: 'floor.updated'; seq: number; serverTime: number; floor: FloorView };
  /** To one participant: their own hand and place in the queue. */
  'floor.mine': { type: 'floor.mine' } & MyFloorView;
  /** Coalesced; null where this role is not (or no longer) shown the meter. */
  balance: { type: 'balance'; meter: BalanceMeter | null };
  tally: { type: 'tally' } & TallyWire;
  presence: { type: 'presence' } & PresenceView;
}

export type ServerMessageType = keyof ServerMessages;
export type ServerMessage = ServerMessages[ServerMessageType];
