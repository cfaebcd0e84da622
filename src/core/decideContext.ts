import type { Channel, Role } from './roles.ts';
import type { Declared } from './vocabulary.ts';

/** What the server knows of a participant who sends a command: their channel and groups. */
export interface ParticipantProfile {
  readonly channel: Channel | null;
  readonly declared: Declared;
}

/** Who sends a command. Participants carry their per-session id; staff roles do not. */
export interface Actor {
  readonly role: Role;
  readonly participantId: string | null;
  /** For participants: their declared channel and groups, as the server knows them. */
  readonly profile?: ParticipantProfile | null;
}

/** What a decision may depend on besides the state: injected so that the core stays pure. */
export interface DecideContext {
  readonly actor: Actor;
  /** Milliseconds since the epoch. */
  readonly now: number;
  /** A fresh unique id. */
  readonly newId: () => string;
  /** Upvotes of a question, for "Next question" (QA-9); none when left out. */
  readonly upvotes?: (questionId: string) => number;
}
