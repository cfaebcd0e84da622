import type { Role } from '../roles.ts';
import type { AskedQuestion, QaFlag, QaPolicy, QaState, Question, QuestionStatus, RejectReason } from './qaTypes.ts';

/**
 * Control events of the Q&A; sequenced with the session's other control events and stored in
 * its log. They carry ids, statuses and moderation marks, never a question's text or display
 * name (QA-5): those go to the question table in the same transaction.
 */
export type QaEvent =
  | { readonly type: 'qa.asked'; readonly at: number; readonly question: AskedQuestion }
  /** The author or a moderator changed the text; `status` and `flags` follow the new text; the question's version goes up by one (QA-14). */
  | { readonly type: 'qa.edited'; readonly at: number; readonly questionId: string; readonly by: 'author' | Role; readonly status: QuestionStatus; readonly flags: readonly QaFlag[] }
  | { readonly type: 'qa.approved'; readonly at: number; readonly questionId: string; readonly by: Role }
  | { readonly type: 'qa.rejected'; readonly at: number; readonly questionId: string; readonly reason: RejectReason; readonly by: Role }
  | { readonly type: 'qa.withdrawn'; readonly at: number; readonly questionId: string }
  | { readonly type: 'qa.answered'; readonly at: number; readonly questionId: string }
  | { readonly type: 'qa.archived'; readonly at: number; readonly questionId: string }
  /** "Now answering" on the projector; null clears it. `pickedBy: 'policy'` when drawn by "Next question". */
  | { readonly type: 'qa.pinned'; readonly at: number; readonly questionId: string | null; readonly pickedBy: 'policy' | 'moderator' }
  | { readonly type: 'qa.merged'; readonly at: number; readonly questionId: string; readonly intoId: string }
  | { readonly type: 'qa.labelled'; readonly at: number; readonly questionId: string; readonly labels: readonly string[] }
  | { readonly type: 'qa.replied'; readonly at: number; readonly questionId: string; readonly reply: string | null }
  | { readonly type: 'qa.forwarded'; readonly at: number; readonly questionId: string }
  | { readonly type: 'qa.policySet'; readonly at: number; readonly policy: QaPolicy };

/** A participant set or cleared their upvote: a contribution keyed by (question, participant). */
export type QaUpvoted = { readonly type: 'qa.upvoted'; readonly at: number; readonly questionId: string; readonly participantId: string; readonly up: boolean };

export const QA_CONTRIBUTION_TYPES = ['qa.upvoted'] as const satisfies readonly QaUpvoted['type'][];

export const QA_EVENT_TYPES = [
  'qa.asked',
  'qa.edited',
  'qa.approved',
  'qa.rejected',
  'qa.withdrawn',
  'qa.answered',
  'qa.archived',
  'qa.pinned',
  'qa.merged',
  'qa.labelled',
  'qa.replied',
  'qa.forwarded',
  'qa.policySet',
] as const satisfies readonly QaEvent['type'][];

const QA_EVENTS: ReadonlySet<string> = new Set(QA_EVENT_TYPES);

export function isQaEvent(event: { readonly type: string }): event is QaEvent {
  return QA_EVENTS.has(event.type);
}

/** The question ids an event touches, for publishing. */
export function questionIdsOf(event: QaEvent): string[] {
  switch (event.type) {
    case 'qa.asked':
      return [event.question.id];
    case 'qa.merged':
      return [event.questionId, event.intoId];
    case 'qa.pinned':
    case 'qa.policySet':
      return [];
    default:
      return [event.questionId];
  }
}

function withQuestion(qa: QaState, questionId: string, change: (q: Question) => Question): QaState {
  const question = Object.hasOwn(qa.questions, questionId) ? qa.questions[questionId] : undefined;
  // Events come from `decide` against the same state: a missing question means a corrupted
  // log; ignoring it keeps replay total.
  if (!question) return qa;
  return { ...qa, questions: { ...qa.questions, [questionId]: change(question) } };
}

/** Leaving the list also leaves the projector. */
function unpinIf(qa: QaState, questionId: string): QaState {
  return qa.nowAnswering === questionId ? { ...qa, nowAnswering: null } : qa;
}

/** Applies one Q&A event. Pure and total, like `evolve`. */
export function evolveQa(qa: QaState, event: QaEvent): QaState {
  switch (event.type) {
    case 'qa.asked':
      return {
        ...qa,
        // Version 1 whatever the payload holds: the count lives in the state alone (QA-14).
        questions: { ...qa.questions, [event.question.id]: { ...event.question, version: 1 } },
        order: [...qa.order, event.question.id],
        nextTicket: Math.max(qa.nextTicket, event.question.ticket + 1),
      };
    case 'qa.edited':
      return withQuestion(qa, event.questionId, (q) => ({
        ...q,
        version: q.version + 1,
        status: event.status,
        flags: event.flags,
        editedByModerator: q.editedByModerator || event.by !== 'author',
        publishedAt: event.status === 'published' && q.publishedAt === null ? event.at : q.publishedAt,
      }));
    case 'qa.approved':
      return withQuestion(qa, event.questionId, (q) => ({ ...q, status: 'published', publishedAt: event.at }));
    case 'qa.rejected':
      return unpinIf(withQuestion(qa, event.questionId, (q) => ({ ...q, status: 'rejected', rejectReason: event.reason })), event.questionId);
    case 'qa.withdrawn':
      return withQuestion(qa, event.questionId, (q) => ({ ...q, status: 'withdrawn' }));
    case 'qa.answered':
      return unpinIf(withQuestion(qa, event.questionId, (q) => ({ ...q, status: 'answered', answeredAt: event.at })), event.questionId);
    case 'qa.archived':
      return unpinIf(withQuestion(qa, event.questionId, (q) => ({ ...q, status: 'archived' })), event.questionId);
    case 'qa.pinned':
      return { ...qa, nowAnswering: event.questionId };
    case 'qa.merged': {
      // Duplicates already folded into the merged question come along, so their upvotes still count.
      const carried = qa.questions[event.questionId]?.mergedFrom ?? [];
      const merged = withQuestion(qa, event.questionId, (q) => ({ ...q, status: 'merged', mergedInto: event.intoId }));
      const into = withQuestion(merged, event.intoId, (q) => ({ ...q, mergedFrom: [...q.mergedFrom, event.questionId, ...carried] }));
      return unpinIf(into, event.questionId);
    }
    case 'qa.labelled':
      return withQuestion(qa, event.questionId, (q) => ({ ...q, labels: event.labels }));
    case 'qa.replied':
      return withQuestion(qa, event.questionId, (q) => ({ ...q, reply: event.reply }));
    case 'qa.forwarded':
      return withQuestion(qa, event.questionId, (q) => ({ ...q, forwardedAt: event.at }));
    case 'qa.policySet':
      return { ...qa, policy: event.policy };
  }
}
