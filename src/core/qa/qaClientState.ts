import type { ServerMessages } from '../protocol/serverMessages.ts';
import type { MyQa, QaSnapshot } from './qaMessages.ts';
import type { MyQuestionView, QaBoardView, QuestionView } from './qaViews.ts';

/** The Q&A part of a client's state, built only from server messages. */
export interface QaClientState {
  readonly board: QaBoardView | null;
  /** In order of asking. */
  readonly questions: readonly QuestionView[];
  /** Participants only: their own questions, newest first. */
  readonly mine: readonly MyQuestionView[];
  /** Participants only: the questions they upvoted. */
  readonly upvoted: Readonly<Record<string, true>>;
}

export const emptyQaClientState: QaClientState = { board: null, questions: [], mine: [], upvoted: {} };

export type QaServerMessage = ServerMessages['qa.question' | 'qa.removed' | 'qa.board' | 'qa.upvotes' | 'qa.mine'];

/** The Q&A state of a welcome; what it leaves out stays as it was. */
export function qaFromWelcome(state: QaClientState, snapshot: QaSnapshot | undefined, me: MyQa | undefined | null): QaClientState {
  return {
    board: snapshot ? snapshot.board : state.board,
    questions: snapshot ? snapshot.questions : state.questions,
    mine: me ? me.questions : [],
    upvoted: me ? Object.fromEntries(me.upvoted.map((id) => [id, true as const])) : {},
  };
}

function upsert(questions: readonly QuestionView[], question: QuestionView): QuestionView[] {
  const index = questions.findIndex((q) => q.id === question.id);
  if (index === -1) return [...questions, question];
  const next = [...questions];
  next[index] = question;
  return next;
}

export function applyQaMessage(state: QaClientState, message: QaServerMessage): QaClientState {
  switch (message.type) {
    case 'qa.question':
      return { ...state, questions: upsert(state.questions, message.question) };
    case 'qa.removed':
      return { ...state, questions: state.questions.filter((q) => q.id !== message.questionId) };
    case 'qa.board':
      return { ...state, board: message.board };
    case 'qa.upvotes':
      return {
        ...state,
        questions: state.questions.map((q) => (Object.hasOwn(message.counts, q.id) ? { ...q, upvotes: message.counts[q.id] ?? q.upvotes } : q)),
        mine: state.mine.map((q) => (Object.hasOwn(message.counts, q.id) ? { ...q, upvotes: message.counts[q.id] ?? q.upvotes } : q)),
      };
    case 'qa.mine':
      return { ...state, mine: message.questions };
  }
}

/** Records the participant's own upvote once the server acknowledged it. */
export function withMyUpvote(state: QaClientState, questionId: string, up: boolean): QaClientState {
  const { [questionId]: _was, ...rest } = state.upvoted;
  return { ...state, upvoted: up ? { ...rest, [questionId]: true } : rest };
}

/** Published questions (answered last), by upvotes or newest first (QA-7). */
export function publishedQuestions(state: QaClientState, sort: 'popular' | 'recent'): QuestionView[] {
  const open = state.questions.filter((q) => q.status === 'published');
  const answered = state.questions.filter((q) => q.status === 'answered');
  const order = sort === 'popular' ? (a: QuestionView, b: QuestionView) => b.upvotes - a.upvotes || a.askedAt - b.askedAt : (a: QuestionView, b: QuestionView) => b.askedAt - a.askedAt;
  return [...open.sort(order), ...answered.sort(order)];
}

/** The question on the big screen, if it is one this client sees. */
export function nowAnswering(state: QaClientState): QuestionView | null {
  const id = state.board?.nowAnswering;
  return state.questions.find((q) => q.id === id) ?? null;
}
