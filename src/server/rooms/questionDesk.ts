import type { Command } from '../../core/protocol/commands.ts';
import { qaContentWrites, type ContentWrite } from '../../core/qa/qaContent.ts';
import { isQaEvent, questionIdsOf } from '../../core/qa/qaEvents.ts';
import type { MyQa, QaSnapshot } from '../../core/qa/qaMessages.ts';
import { questionById, type QuestionContent } from '../../core/qa/qaTypes.ts';
import { myQuestionViews, qaBoardView, questionView, questionViews, seesQuestion, type QaSources } from '../../core/qa/qaViews.ts';
import { UpvoteBox } from '../../core/qa/upvoteBox.ts';
import type { Audience } from '../../core/roles.ts';
import type { SessionEvent } from '../../core/events.ts';
import type { SessionState } from '../../core/sessionState.ts';
import { KeyedRateLimit } from '../rateLimit.ts';
import type { StoredSession } from '../store/store.ts';
import { frame, type Outbox } from './outbox.ts';

/** Per-participant limits (QA-12): enough for a lively round, too few for a flood. */
export interface QaRateLimits {
  readonly questionsPerMinute: number;
  readonly upvotesPerMinute: number;
}

export const DEFAULT_QA_RATE_LIMITS: QaRateLimits = { questionsPerMinute: 5, upvotesPerMinute: 60 };


/**
 * The Q&A side of a session room: question content (kept beside the state, never in the
 * log), upvotes, per-participant rate limits, and what each audience is sent (QA-3). The
 * room stays the one that orders, commits and acknowledges.
 */
export class QuestionDesk {
  readonly #content = new Map<string, QuestionContent>();
  #upvotes = new UpvoteBox();
  readonly #dirty = new Set<string>();
  readonly #askLimit: KeyedRateLimit;
  readonly #upvoteLimit: KeyedRateLimit;

  constructor(now: () => number, limits: QaRateLimits = DEFAULT_QA_RATE_LIMITS) {
    this.#askLimit = new KeyedRateLimit(limits.questionsPerMinute, now);
    this.#upvoteLimit = new KeyedRateLimit(limits.upvotesPerMinute, now);
  }

  /** Restores content and upvotes from the store; `contentOnly` replaces the text alone (catching up with another writer). */
  load(stored: Pick<StoredSession, 'questions' | 'upvotes'>, options: { readonly contentOnly?: boolean } = {}): void {
    if (options.contentOnly) this.#content.clear();
    for (const q of stored.questions) this.#content.set(q.id, q.content);
    if (options.contentOnly) return;
    for (const u of stored.upvotes) this.#upvotes.set(u.questionId, u.participantId, true);
  }

  /** Whether a participant may send this command now; false means `rate_limited` (QA-12). */
  allow(command: Command, participantId: string | null): boolean {
    if (participantId === null) return true;
    if (command.type === 'qa.ask') return this.#askLimit.take(participantId);
    if (command.type === 'qa.upvote') return this.#upvoteLimit.take(participantId);
    return true;
  }

  /** Upvotes of a question (merged duplicates included), for "Next question". */
  upvotesOf(state: SessionState): (questionId: string) => number {
    return (questionId) => {
      const q = questionById(state.qa, questionId);
      return q ? this.#upvotes.count(q.id, q.mergedFrom) : 0;
    };
  }

  #sources(): QaSources {
    return { content: (id) => this.#content.get(id), upvotes: (q) => this.#upvotes.count(q.id, q.mergedFrom) };
  }

  /** The content writes to commit with a command's events. */
  contentWrites(command: Command, events: readonly SessionEvent[]): ContentWrite[] {
    return qaContentWrites(command, events, (id) => this.#content.get(id));
  }

  /** After the commit: what is in memory is what is stored. */
  applyContent(writes: readonly ContentWrite[]): void {
    for (const w of writes) {
      if (w.content) this.#content.set(w.questionId, w.content);
      else this.#content.delete(w.questionId);
    }
  }

  /** Replaces every upvote with the store's (a resync, SCALE-5); returns whether any count may have changed. */
  reloadUpvotes(upvotes: StoredSession['upvotes']): boolean {
    const before = this.#upvotes;
    const after = new UpvoteBox();
    for (const u of upvotes) after.set(u.questionId, u.participantId, true);
    this.#upvotes = after;
    // Every question either way: a merged duplicate's upvotes count for the question it joined.
    const questions = new Set([...before.questions(), ...after.questions(), ...this.#content.keys()]);
    for (const id of questions) this.#dirty.add(id);
    return questions.size > 0;
  }

  /** After the commit of an upvote; marks the question for the next coalesced broadcast. */
  applyUpvote(questionId: string, participantId: string, up: boolean): boolean {
    const changed = this.#upvotes.set(questionId, participantId, up);
    if (changed) this.#dirty.add(questionId);
    return changed;
  }

  snapshot(audience: Audience, state: SessionState): QaSnapshot {
    return { board: qaBoardView(audience, state), questions: questionViews(audience, state.qa, this.#sources()) };
  }

  mine(state: SessionState, participantId: string): MyQa {
    return { questions: myQuestionViews(state.qa, participantId, this.#sources()), upvoted: this.#upvotes.upvotedBy(participantId) };
  }

  /** Sends each audience what the Q&A events changed, as it may see it (QA-3, QA-8). */
  publish(before: SessionState, after: SessionState, events: readonly SessionEvent[], out: Outbox): void {
    const qaEvents = events.filter(isQaEvent);
    // A plan update (RUN-7) may change the Q&A settings that the board carries.
    const planChanged = before.plan !== after.plan;
    if (qaEvents.length === 0 && !planChanged) return;
    const seq = after.seq;
    const sources = this.#sources();
    const touched = new Set(qaEvents.flatMap(questionIdsOf));
    const authors = new Set<string>();
    for (const id of touched) {
      const now = questionById(after.qa, id);
      if (!now) continue;
      authors.add(now.askedBy);
      const staffView = questionView('staff', now, sources);
      out.toStaff(staffView ? frame<'qa.question'>({ type: 'qa.question', seq, question: staffView }) : frame<'qa.removed'>({ type: 'qa.removed', seq, questionId: id }));
      const was = questionById(before.qa, id);
      const publicView = questionView('public', now, sources);
      // The public hears of a question only once it is published: never its id before (QA-3).
      if (publicView) out.toPublic(frame<'qa.question'>({ type: 'qa.question', seq, question: publicView }));
      else if (was && seesQuestion('public', was)) out.toPublic(frame<'qa.removed'>({ type: 'qa.removed', seq, questionId: id }));
    }
    out.toStaff(frame<'qa.board'>({ type: 'qa.board', seq, board: qaBoardView('staff', after) }));
    if (planChanged || before.qa.nowAnswering !== after.qa.nowAnswering || before.qa.policy !== after.qa.policy) {
      out.toPublic(frame<'qa.board'>({ type: 'qa.board', seq, board: qaBoardView('public', after) }));
    }
    for (const participantId of authors) {
      out.toParticipant(participantId, frame<'qa.mine'>({ type: 'qa.mine', questions: myQuestionViews(after.qa, participantId, sources) }));
    }
  }

  /** Whether upvote counts wait to be sent. */
  get dirty(): boolean {
    return this.#dirty.size > 0;
  }

  /** Coalesced upvote counts: staff get every changed question, the public only published ones. */
  flush(state: SessionState, out: Outbox): void {
    const staff: Record<string, number> = {};
    const pub: Record<string, number> = {};
    for (const id of this.#dirty) {
      const q = questionById(state.qa, id);
      if (!q) continue;
      const count = this.#upvotes.count(q.id, q.mergedFrom);
      if (seesQuestion('staff', q)) staff[id] = count;
      if (seesQuestion('public', q)) pub[id] = count;
    }
    this.#dirty.clear();
    if (Object.keys(staff).length > 0) out.toStaff(frame<'qa.upvotes'>({ type: 'qa.upvotes', counts: staff }));
    if (Object.keys(pub).length > 0) out.toPublic(frame<'qa.upvotes'>({ type: 'qa.upvotes', counts: pub }));
  }
}
