import type { Role } from '../../core/roles.ts';

/**
 * One connected client as a room sees it. The room never touches a socket: the transport
 * adapts `ws` (or a test's in-memory pair) to this.
 */
export interface Peer {
  readonly role: Role;
  /** Participants only. */
  readonly participantId: string | null;
  /** Stable key of who sends commands, for retries: the participant id or the role token's hash. */
  readonly actor: string;
  /** Sends one serialised server message. */
  send(frame: string): void;
}
