import type { MyQuestionView, QaBoardView, QuestionView } from './qaViews.ts';

/** The Q&A as a welcome carries it: the board and the questions this role sees. */
export interface QaSnapshot {
  readonly board: QaBoardView;
  readonly questions: readonly QuestionView[];
}

/** A participant's own Q&A: their questions and the questions they upvoted. */
export interface MyQa {
  readonly questions: readonly MyQuestionView[];
  readonly upvoted: readonly string[];
}

/**
 * Q&A messages from the server, part of `ServerMessages`. Each audience gets only what it may
 * see (QA-3): the public never receives a question before it is published, nor its id.
 */
export interface QaMessages {
  /** A question appeared or changed, as this role sees it. */
  'qa.question': { type: 'qa.question'; seq: number; question: QuestionView };
  /** A question left this role's view (archived, merged, rejected, withdrawn). */
  'qa.removed': { type: 'qa.removed'; seq: number; questionId: string };
  /** "Now answering", the policy, and for staff the relay counts. */
  'qa.board': { type: 'qa.board'; seq: number; board: QaBoardView };
  /** Coalesced upvote counts of the questions that changed. */
  'qa.upvotes': { type: 'qa.upvotes'; counts: Record<string, number> };
  /** To one participant: their own questions and statuses (QA-1). */
  'qa.mine': { type: 'qa.mine'; questions: MyQuestionView[] };
}
