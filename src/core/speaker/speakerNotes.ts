import { accept, refuse, type Decision } from '../errors.ts';
import type { CommandOf } from '../protocol/commands.ts';
import type { DomainEvent, SessionState } from '../session.ts';

/**
 * Private notes from the moderators to one panel speaker ("one minute left"). They are
 * control events (ordered, stored, acknowledged after commit) delivered only to the sockets
 * of that panel speaker's links and to staff, never to participants or the projector (SPEAK-2).
 */
export interface SpeakerNote {
  readonly id: string;
  /** Index of the panel speaker in the plan's `speakers`. */
  readonly panelSpeaker: number;
  readonly text: string;
  readonly at: number;
}

export function decideSpeakerNote(state: SessionState, command: CommandOf<'speaker.note'>, ctx: { readonly now: number; readonly newId: () => string }): Decision<DomainEvent> {
  if (command.panelSpeaker >= state.plan.speakers.length) return refuse('not_found', `the plan has no panel speaker ${command.panelSpeaker}`);
  return accept({ type: 'speaker.noted', at: ctx.now, note: { id: ctx.newId(), panelSpeaker: command.panelSpeaker, text: command.text, at: ctx.now } });
}
