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
  /** The hash of the role link's token, so that revoking the link closes this connection (ROLE-2); null for participants and the host. */
  readonly tokenHash?: string | null;
  /** The label the host gave the link, for the audit log (AUDIT-1). */
  readonly label?: string | null;
  /** Speaker links: which panel speaker (index in the plan) this is (SPEAK-1). */
  readonly panelSpeaker?: number | null;
  /** Sends one serialised server message. */
  send(frame: string): void;
  /** Closes the connection with a close code and reason. */
  close?(code: number, reason: string): void;
  /**
   * Sends `lastFrame` and cuts the connection without a closing handshake, which a hostile
   * client could leave unanswered (a revoked link, ROLE-2).
   */
  terminate?(lastFrame: string): void;
}
