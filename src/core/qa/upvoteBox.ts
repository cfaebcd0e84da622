/**
 * Upvotes, one per (question, participant): an idempotent upsert, like a ballot (QA-7).
 * Counts are derived: a question's upvotes are the participants who upvoted it or any
 * duplicate merged into it, each counted once. Mutable on purpose, like `BallotBox`; no I/O.
 */
export class UpvoteBox {
  readonly #byQuestion = new Map<string, Set<string>>();

  /** Sets or clears a participant's upvote; returns whether anything changed. */
  set(questionId: string, participantId: string, up: boolean): boolean {
    let voters = this.#byQuestion.get(questionId);
    if (up) {
      if (!voters) {
        voters = new Set();
        this.#byQuestion.set(questionId, voters);
      }
      if (voters.has(participantId)) return false;
      voters.add(participantId);
      return true;
    }
    return voters?.delete(participantId) ?? false;
  }

  has(questionId: string, participantId: string): boolean {
    return this.#byQuestion.get(questionId)?.has(participantId) ?? false;
  }

  /** Upvotes of a question together with the duplicates merged into it, each participant once. */
  count(questionId: string, mergedFrom: readonly string[] = []): number {
    if (mergedFrom.length === 0) return this.#byQuestion.get(questionId)?.size ?? 0;
    const all = new Set<string>();
    for (const id of [questionId, ...mergedFrom]) for (const p of this.#byQuestion.get(id) ?? []) all.add(p);
    return all.size;
  }

  /** The questions a participant upvoted, for their own screen after a reconnect. */
  upvotedBy(participantId: string): string[] {
    const mine: string[] = [];
    for (const [questionId, voters] of this.#byQuestion) if (voters.has(participantId)) mine.push(questionId);
    return mine;
  }

  /** Every question with an upvote now. */
  questions(): string[] {
    return [...this.#byQuestion].filter(([, voters]) => voters.size > 0).map(([questionId]) => questionId);
  }
}
