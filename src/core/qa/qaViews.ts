import type { StakeholderGroup } from '../vocabulary.ts';
import type { Audience, Channel } from '../roles.ts';
import type { SessionState } from '../sessionState.ts';
import { qaSettingsOf } from './effectiveQaSettings.ts';
import { PUBLIC_STATUSES, type QaFlag, type QaPolicy, type QaState, type Question, type QuestionContent, type QuestionStatus } from './qaTypes.ts';

/**
 * What each role is shown of the Q&A (QA-3, QA-8). The public (participants, projector) gets
 * published and answered questions only; staff get the queue with the filters' flags. No view
 * carries a participant's id; the public gets no declared group either.
 */

export interface QuestionView {
  readonly id: string;
  /** Which text this is (QA-14): a moderator's approve, reject, merge or edit names it. */
  readonly version: number;
  readonly text: string;
  readonly displayName: string | null;
  readonly status: QuestionStatus;
  readonly channel: Channel;
  readonly askedAt: number;
  readonly agendaItem: number | null;
  /** Upvotes, merged duplicates included. */
  readonly upvotes: number;
  readonly labels: readonly string[];
  readonly reply: string | null;
  readonly answeredAt: number | null;
  /** Staff only (null for the public): what the filters found. */
  readonly flags: readonly QaFlag[] | null;
  /** Staff only. */
  readonly stakeholderGroup: StakeholderGroup | null;
  readonly forwarded: boolean | null;
  readonly mergedInto: string | null;
  readonly mergedCount: number;
  readonly editedByModerator: boolean;
}

/** Counts a remote moderator reports (QA-11): per channel, questions asked, forwarded to the room, answered. */
export interface RelayCounts {
  readonly onsite: { readonly asked: number; readonly forwarded: number; readonly answered: number };
  readonly online: { readonly asked: number; readonly forwarded: number; readonly answered: number };
}

export interface QaBoardView {
  /** The question on the big screen, if any. */
  readonly nowAnswering: string | null;
  readonly policy: QaPolicy;
  readonly maxQuestionLength: number;
  readonly allowDisplayNames: boolean;
  readonly preModeration: boolean;
  /** Staff only. */
  readonly relay: RelayCounts | null;
}

/** What the author sees of their own question. Rejected ones show as "not published", without text. */
export interface MyQuestionView {
  readonly id: string;
  /** Which text this is (QA-14): the author's edit names it. */
  readonly version: number;
  readonly text: string | null;
  readonly status: 'pending' | 'held' | 'published' | 'answered' | 'archived' | 'merged' | 'not_published';
  readonly askedAt: number;
  readonly upvotes: number;
  readonly reply: string | null;
}

/** Content and upvote counts the room keeps beside the state. */
export interface QaSources {
  readonly content: (questionId: string) => QuestionContent | undefined;
  readonly upvotes: (question: Question) => number;
}

/** Statuses staff see in the console; withdrawn and rejected ones have no text left. */
const STAFF_STATUSES: ReadonlySet<QuestionStatus> = new Set(['pending', 'held', 'published', 'answered', 'archived', 'merged']);

/** Whether `audience` sees this question at all. */
export function seesQuestion(audience: Audience, question: Question): boolean {
  return audience === 'staff' ? STAFF_STATUSES.has(question.status) : PUBLIC_STATUSES.has(question.status);
}

/** A question as `audience` sees it, or null if it may not see it (or its text is gone). */
export function questionView(audience: Audience, question: Question, sources: QaSources): QuestionView | null {
  if (!seesQuestion(audience, question)) return null;
  const content = sources.content(question.id);
  if (!content) return null;
  const staff = audience === 'staff';
  return {
    id: question.id,
    version: question.version,
    text: content.text,
    displayName: content.displayName,
    status: question.status,
    channel: question.channel,
    askedAt: question.askedAt,
    agendaItem: question.agendaItem,
    upvotes: sources.upvotes(question),
    labels: question.labels,
    reply: question.reply,
    answeredAt: question.answeredAt,
    flags: staff ? question.flags : null,
    stakeholderGroup: staff ? question.stakeholderGroup : null,
    forwarded: staff ? question.forwardedAt !== null : null,
    mergedInto: staff ? question.mergedInto : null,
    mergedCount: question.mergedFrom.length,
    editedByModerator: question.editedByModerator,
  };
}

export function questionViews(audience: Audience, qa: QaState, sources: QaSources): QuestionView[] {
  return qa.order.flatMap((id) => {
    const q = qa.questions[id];
    const view = q ? questionView(audience, q, sources) : null;
    return view ? [view] : [];
  });
}

export function relayCounts(qa: QaState): RelayCounts {
  const counts = { onsite: { asked: 0, forwarded: 0, answered: 0 }, online: { asked: 0, forwarded: 0, answered: 0 } };
  for (const id of qa.order) {
    const q = qa.questions[id];
    if (!q) continue;
    const row = counts[q.channel];
    row.asked += 1;
    if (q.forwardedAt !== null) row.forwarded += 1;
    if (q.status === 'answered') row.answered += 1;
  }
  return counts;
}

export function qaBoardView(audience: Audience, state: SessionState): QaBoardView {
  const settings = qaSettingsOf(state.plan);
  return {
    nowAnswering: state.qa.nowAnswering,
    policy: state.qa.policy,
    maxQuestionLength: settings.maxQuestionLength,
    allowDisplayNames: settings.allowDisplayNames,
    preModeration: settings.preModeration,
    relay: audience === 'staff' ? relayCounts(state.qa) : null,
  };
}

function myStatus(status: QuestionStatus): MyQuestionView['status'] {
  return status === 'rejected' || status === 'withdrawn' ? 'not_published' : status;
}

/** The author's own questions, newest first; withdrawn ones are gone. */
export function myQuestionViews(qa: QaState, participantId: string, sources: QaSources): MyQuestionView[] {
  const mine: MyQuestionView[] = [];
  for (const id of qa.order) {
    const q = qa.questions[id];
    if (!q || q.askedBy !== participantId || q.status === 'withdrawn') continue;
    mine.push({
      id: q.id,
      version: q.version,
      text: sources.content(q.id)?.text ?? null,
      status: myStatus(q.status),
      askedAt: q.askedAt,
      upvotes: PUBLIC_STATUSES.has(q.status) ? sources.upvotes(q) : 0,
      reply: q.reply,
    });
  }
  return mine.reverse();
}
