import type { ErrorCode } from '../errors.ts';
import type { BalanceMeter } from '../floor/balanceMeter.ts';
import type { Declared } from '../floor/floorTypes.ts';
import type { FloorView, MyFloorView } from '../floor/floorViews.ts';
import type { Channel, Role } from '../roles.ts';
import type { PollView, PresenceView, SessionView, TallyView } from '../views.ts';
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
    tallies: TallyView[];
    presence: PresenceView;
    /** The balance meter; null where this role is not shown it. */
    balance: BalanceMeter | null;
    /** Participants only: their own votes, channel, declared groups and place on the floor. */
    me: { channel: Channel | null; declared: Declared; votes: Record<string, string[]>; floor: MyFloorView; qa?: MyQa } | null;
  };
  /** A command was committed (or had already been). */
  ack: { type: 'ack'; id: string; seq: number | null };
  /** A command or frame was refused; nothing was written. `id` names the command, if any. */
  error: { type: 'error'; id: string | null; code: ErrorCode; message: string };
  'session.updated': { type: 'session.updated'; seq: number; session: SessionView };
  'poll.updated': { type: 'poll.updated'; seq: number; poll: PollView };
  'poll.removed': { type: 'poll.removed'; seq: number; pollId: string };
  /** Coalesced: sent a few times a second at most, never once per vote. */
  'floor.updated': { type: 'floor.updated'; seq: number; serverTime: number; floor: FloorView };
  /** To one participant: their own hand and place in the queue. */
  'floor.mine': { type: 'floor.mine' } & MyFloorView;
  /** Coalesced; null where this role is not (or no longer) shown the meter. */
  balance: { type: 'balance'; meter: BalanceMeter | null };
  tally: { type: 'tally' } & TallyView;
  presence: { type: 'presence' } & PresenceView;
}

export type ServerMessageType = keyof ServerMessages;
export type ServerMessage = ServerMessages[ServerMessageType];
