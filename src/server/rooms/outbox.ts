import type { ServerMessages } from '../../core/protocol/serverMessages.ts';

/** Serialises one server message; typed by its name so a reshaped message breaks the build. */
export function frame<K extends keyof ServerMessages>(message: ServerMessages[K]): string {
  return JSON.stringify(message);
}

/**
 * Where a room's fan-out sends what it renders: every frame leaves through one of these, by
 * audience (PRIV-1, PRIV-2), so that no capability holds a socket. `Connections` is the one
 * implementation.
 */
export interface Outbox {
  /** Host and moderators: drafts, held questions, every distribution. */
  toStaff(data: string): void;
  /** Participants, projectors, speakers and the rapporteur. */
  toPublic(data: string): void;
  toEveryone(data: string): void;
  /** The big screens only. */
  toProjectors(data: string): void;
  /** Whether a projector is connected (to skip rendering what no one would receive). */
  readonly hasProjectors: boolean;
  /** Every open connection of one participant. */
  toParticipant(participantId: string, data: string): void;
  /** The connections of one panel speaker's links (SPEAK-2). */
  toPanelSpeaker(panelSpeaker: number, data: string): void;
  /** The rapporteur's links (REPORT-6). */
  toRapporteurs(data: string): void;
  /** Connected participants, each once. */
  participants(): Iterable<string>;
}
