/**
 * A private note from the moderators to one panel speaker ("one minute left"), delivered only
 * to the sockets of that panel speaker's links and to staff (SPEAK-2).
 */
export interface SpeakerNote {
  readonly id: string;
  /** Index of the panel speaker in the plan's `speakers`. */
  readonly panelSpeaker: number;
  readonly text: string;
  readonly at: number;
}

/**
 * A note is a control event (ordered, stored, acknowledged after commit) delivered only to
 * the sockets of that panel speaker's links and to staff, never to participants or the projector.
 */
export type SpeakerEvent = { readonly type: 'speaker.noted'; readonly at: number; readonly note: SpeakerNote };

export const SPEAKER_EVENT_TYPES = ['speaker.noted'] as const satisfies readonly SpeakerEvent['type'][];
