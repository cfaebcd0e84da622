import type { DecideContext } from '../decideContext.ts';
import { accept, refuse, type Decision } from '../errors.ts';
import type { CommandsOf } from '../protocol/commandSpec.ts';
import { PUBLIC_STATUSES } from '../qa/qaTypes.ts';
import type { SessionState } from '../sessionState.ts';
import type { deskCommands, PullSource } from './deskCommands.ts';
import { channelFloor } from './deskTimeline.ts';
import { MAX_NOTES, type DeskEvent, type DeskState, type NoteAttachment } from './deskTypes.ts';

/** Decides and applies the rapporteur's notes (REPORT-6..REPORT-10). */

export type DeskCommand = CommandsOf<typeof deskCommands>;

/** What a pull attaches, or the reason it cannot: only what the rapporteur may see (REPORT-8). */
function attachmentOf(state: SessionState, source: PullSource, now: number): NoteAttachment | { refused: 'desk.notPublished' | 'poll.notFound' | 'desk.noSuchIntervention' } {
  switch (source.kind) {
    case 'question': {
      const question = Object.hasOwn(state.qa.questions, source.questionId) ? state.qa.questions[source.questionId] : undefined;
      // Only what everyone was shown: a held or rejected question stays with the moderators.
      return question && PUBLIC_STATUSES.has(question.status) ? { kind: 'question', questionId: question.id } : { refused: 'desk.notPublished' };
    }
    case 'poll': {
      const poll = Object.hasOwn(state.polls, source.pollId) ? state.polls[source.pollId] : undefined;
      return poll && poll.status !== 'draft' ? { kind: 'poll', pollId: poll.id } : { refused: 'poll.notFound' };
    }
    case 'balance':
      return { kind: 'balance', at: now, byChannel: channelFloor(state.floor, now) };
    case 'intervention': {
      const { ledger, current } = state.floor;
      const found = ledger.some((e) => e.id === source.interventionId) || current?.id === source.interventionId;
      return found ? { kind: 'intervention', interventionId: source.interventionId } : { refused: 'desk.noSuchIntervention' };
    }
  }
}

export function decideDesk(state: SessionState, command: DeskCommand, ctx: Pick<DecideContext, 'now' | 'newId'>): Decision<DeskEvent> {
  if (command.type === 'desk.remove') {
    if (!state.desk.notes.some((n) => n.id === command.noteId)) return refuse('desk.noSuchNote');
    return accept({ type: 'desk.removed', at: ctx.now, noteId: command.noteId });
  }
  if (command.agendaItem !== null && command.agendaItem >= state.plan.agenda.length) return refuse('run.noSuchItem', { number: command.agendaItem + 1 });
  if (command.type === 'desk.edit') {
    const note = state.desk.notes.find((n) => n.id === command.noteId);
    if (!note) return refuse('desk.noSuchNote');
    if (command.text === '' && note.attachment === null) return refuse('desk.emptyNote');
    return accept({ type: 'desk.edited', at: ctx.now, noteId: note.id, agendaItem: command.agendaItem, tag: command.tag, text: command.text });
  }
  if (state.desk.written >= MAX_NOTES) return refuse('desk.tooMany', { max: MAX_NOTES });
  let attachment: NoteAttachment | null = null;
  if (command.attach) {
    const found = attachmentOf(state, command.attach, ctx.now);
    if ('refused' in found) return refuse(found.refused);
    attachment = found;
  }
  if (command.text === '' && attachment === null) return refuse('desk.emptyNote');
  return accept({
    type: 'desk.noted',
    at: ctx.now,
    note: { id: ctx.newId(), agendaItem: command.agendaItem, tag: command.tag, text: command.text, attachment, at: ctx.now, editedAt: null },
  });
}

function evolveNotes(desk: DeskState, event: DeskEvent): DeskState {
  switch (event.type) {
    case 'desk.noted':
      return { notes: [...desk.notes, event.note], written: desk.written + 1 };
    case 'desk.edited':
      return { ...desk, notes: desk.notes.map((n) => (n.id === event.noteId ? { ...n, agendaItem: event.agendaItem, tag: event.tag, text: event.text, editedAt: event.at } : n)) };
    case 'desk.removed':
      return { ...desk, notes: desk.notes.filter((n) => n.id !== event.noteId) };
  }
}

export function evolveDesk(state: SessionState, event: DeskEvent): SessionState {
  return { ...state, desk: evolveNotes(state.desk, event) };
}
