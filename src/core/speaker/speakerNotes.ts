import type { DecideContext } from '../decideContext.ts';
import { accept, refuse, type Decision } from '../errors.ts';
import type { CommandsOf } from '../protocol/commandSpec.ts';
import type { SessionState } from '../sessionState.ts';
import type { speakerCommands } from './speakerCommands.ts';
import type { SpeakerEvent } from './speakerTypes.ts';

/** Decides and applies private notes to a panel speaker (SPEAK-2). */

export type SpeakerCommand = CommandsOf<typeof speakerCommands>;

export function decideSpeakerNote(state: SessionState, command: SpeakerCommand, ctx: Pick<DecideContext, 'now' | 'newId'>): Decision<SpeakerEvent> {
  if (command.panelSpeaker >= state.plan.speakers.length) return refuse('floor.noSuchPanelSpeaker', { number: command.panelSpeaker + 1 });
  return accept({ type: 'speaker.noted', at: ctx.now, note: { id: ctx.newId(), panelSpeaker: command.panelSpeaker, text: command.text, at: ctx.now } });
}

export function evolveSpeakerNotes(state: SessionState, event: SpeakerEvent): SessionState {
  return { ...state, speakerNotes: { ...state.speakerNotes, [event.note.panelSpeaker]: event.note } };
}
