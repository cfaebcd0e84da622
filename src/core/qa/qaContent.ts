import type { Command } from '../protocol/commands.ts';
import type { SessionEvent } from '../events.ts';
import type { QuestionContent } from './qaTypes.ts';

/**
 * A change to a question's personal content (text and display name): written to the
 * question table in the same transaction as the events, never to the event log (QA-5).
 * `content: null` deletes it: the row keeps the id, the text and name become null.
 */
export interface ContentWrite {
  readonly questionId: string;
  readonly content: QuestionContent | null;
}

/**
 * The content writes that go with a command's events. The text comes from the command (the
 * events carry none); `current` gives a question's content now, to keep its display name
 * through an edit.
 */
export function qaContentWrites(command: Command, events: readonly SessionEvent[], current: (questionId: string) => QuestionContent | undefined): ContentWrite[] {
  const writes: ContentWrite[] = [];
  for (const event of events) {
    switch (event.type) {
      case 'qa.asked':
        if (command.type === 'qa.ask') writes.push({ questionId: event.question.id, content: { text: command.text, displayName: command.displayName } });
        break;
      case 'qa.edited':
        if ((command.type === 'qa.edit' || command.type === 'qa.approve') && command.text !== null) {
          writes.push({ questionId: event.questionId, content: { text: command.text, displayName: current(event.questionId)?.displayName ?? null } });
        }
        break;
      case 'qa.rejected':
      case 'qa.withdrawn':
        writes.push({ questionId: event.questionId, content: null });
        break;
      default:
        break;
    }
  }
  return writes;
}
