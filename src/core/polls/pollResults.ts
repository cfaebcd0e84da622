import type { RatingScale } from '../plan.ts';
import { entryKey } from './entryKey.ts';
import { takesText, type Poll } from './pollTypes.ts';

/**
 * What a poll's ballots add up to beyond the counts per option, per kind (POLL-22..POLL-26):
 * a scale's mean, a ranking's mean places and Borda scores, the top words or answers with
 * their moderation status, a quiz's class result. Pure: every result depends only on the
 * set of latest ballots, never on the order they came in (the property tests check it).
 */

/** Where a word or answer stands: only `shown` ever reaches participants or the projector. */
export type EntryStatus = 'shown' | 'held' | 'pending' | 'hidden';

export interface EntryResult {
  /** The entry's key: what `poll.judge` names. */
  readonly key: string;
  readonly text: string;
  readonly count: number;
  /**
   * Absent in the public's summary, which carries shown entries only: ten thousand phones are
   * not sent the same word seventeen bytes longer (POLL-24).
   */
  readonly status?: EntryStatus;
}

export interface RankResult {
  readonly optionId: string;
  /** Mean 1-based place: lower is better. */
  readonly meanRank: number;
  /** Borda score: n − place points per ballot, summed. */
  readonly borda: number;
}

export type PollSummary =
  | { readonly kind: 'rating'; readonly scale: RatingScale; readonly mean: number | null }
  | { readonly kind: 'ranking'; readonly ranks: readonly RankResult[] }
  | { readonly kind: 'entries'; readonly entries: readonly EntryResult[]; readonly distinct: number }
  | { readonly kind: 'quiz'; readonly correctCount: number; readonly meanPoints: number; readonly correct: readonly string[] | null };

/** What the summaries are computed from: the ballot box's aggregates of one poll. */
export interface PollAggregates {
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly places: Readonly<Record<string, number>>;
  readonly ballots: () => Iterable<{ readonly optionIds: readonly string[]; readonly at: number }>;
}

export interface SummaryOptions {
  /** Staff see held, pending and hidden entries to judge them; the public sees shown ones only. */
  readonly staff: boolean;
  /** Whether the filters flag an entry's text (the Q&A's filters, POLL-24). */
  readonly flagged: (text: string) => boolean;
  /** Open text waits for a moderator's approval (the Q&A's pre-moderation, POLL-25). */
  readonly preModeration: boolean;
  /** Entries on the wire at most: the frame stays bounded however many words arrive (POLL-24). */
  readonly topEntries: number;
  /** Quiz: whether the correct options may be shown (after close or reveal, and to staff). */
  readonly showCorrect: boolean;
}

/** Points of a correct quiz answer: 1000 at once, falling to 500 at the end of the timer (POLL-26). */
export function quizPoints(elapsedMs: number, timerSeconds: number): number {
  const share = Math.min(1, Math.max(0, elapsedMs / (timerSeconds * 1000)));
  return Math.round(1000 - 500 * share);
}

export function summarisePoll(poll: Poll, agg: PollAggregates, options: SummaryOptions): PollSummary | null {
  switch (poll.kind) {
    case 'rating':
      return ratingSummary(poll, agg);
    case 'ranking':
      return rankingSummary(poll, agg);
    case 'quiz':
      return quizSummary(poll, agg, options);
    default:
      return takesText(poll.kind) ? entriesSummary(poll, agg, options) : null;
  }
}

function ratingSummary(poll: Poll, agg: PollAggregates): PollSummary {
  const scale = poll.scale ?? { min: 1, max: 5 };
  let sum = 0;
  let n = 0;
  poll.options.forEach((option, i) => {
    const count = agg.counts[option.id] ?? 0;
    sum += (scale.min + i) * count;
    n += count;
  });
  return { kind: 'rating', scale, mean: n === 0 ? null : sum / n };
}

function rankingSummary(poll: Poll, agg: PollAggregates): PollSummary {
  const n = poll.options.length;
  const ranks = poll.options.map((option) => {
    const count = agg.counts[option.id] ?? 0;
    const places = agg.places[option.id] ?? 0;
    return { optionId: option.id, meanRank: count === 0 ? 0 : places / count, borda: n * count - places };
  });
  return { kind: 'ranking', ranks: ranks.sort((a, b) => b.borda - a.borda || a.optionId.localeCompare(b.optionId)) };
}

function quizSummary(poll: Poll, agg: PollAggregates, options: SummaryOptions): PollSummary {
  const correct = new Set(poll.correct);
  const timer = poll.timerSeconds ?? 30;
  let correctCount = 0;
  let points = 0;
  for (const ballot of agg.ballots()) {
    if (ballot.optionIds.length === 1 && correct.has(ballot.optionIds[0] ?? '')) {
      correctCount++;
      points += quizPoints(ballot.at - (poll.openedAt ?? ballot.at), timer);
    }
  }
  // The class result only: no ballot's points leave this function (POLL-27).
  return { kind: 'quiz', correctCount, meanPoints: agg.total === 0 ? 0 : Math.round(points / agg.total), correct: options.showCorrect ? poll.correct : null };
}

function statusOf(poll: Poll, key: string, text: string, options: Pick<SummaryOptions, 'flagged' | 'preModeration'>): EntryStatus {
  const verdict = poll.verdicts[key];
  if (verdict === 'hidden') return 'hidden';
  if (verdict === 'approved') return 'shown';
  if (options.flagged(text)) return 'held';
  return poll.kind === 'open_text' && options.preModeration ? 'pending' : 'shown';
}

/**
 * Every word or answer of a poll with its count and status, most frequent first, and the shown
 * ones apart: what both audiences' summaries are cut from (`entriesFromRanking`). Built once per
 * change of the ballots, verdicts or settings, however many audiences and broadcasts read it.
 */
export interface EntryRanking {
  readonly all: readonly EntryResult[];
  readonly shown: readonly EntryResult[];
}

/** Ranks a word-cloud or open-text poll's entries from the counts per text (POLL-24, POLL-25). */
export function rankEntries(poll: Poll, counts: Iterable<readonly [text: string, count: number]>, options: Pick<SummaryOptions, 'flagged' | 'preModeration'>): EntryRanking {
  // Answers that differ only in case share a key; the most frequent spelling (then the first in
  // code-point order) is the one shown, so the result never depends on arrival order.
  const groups = new Map<string, { count: number; text: string; best: number }>();
  for (const [text, count] of counts) {
    if (count <= 0) continue;
    const key = entryKey(text);
    const group = groups.get(key);
    if (!group) groups.set(key, { count, text, best: count });
    else {
      group.count += count;
      if (count > group.best || (count === group.best && text < group.text)) {
        group.text = text;
        group.best = count;
      }
    }
  }
  const all: EntryResult[] = [];
  for (const [key, group] of groups) all.push({ key, text: group.text, count: group.count, status: statusOf(poll, key, group.text, options) });
  all.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return { all, shown: all.filter((e) => e.status === 'shown') };
}

/** The top entries an audience sees of a ranking: staff every status, the public shown ones only. */
export function entriesFromRanking(ranking: EntryRanking, options: Pick<SummaryOptions, 'staff' | 'topEntries'>): PollSummary {
  if (options.staff) return { kind: 'entries', entries: ranking.all.slice(0, options.topEntries), distinct: ranking.all.length };
  const entries = ranking.shown.slice(0, options.topEntries).map(({ key, text, count }) => ({ key, text, count }));
  return { kind: 'entries', entries, distinct: ranking.shown.length };
}

function entriesSummary(poll: Poll, agg: PollAggregates, options: SummaryOptions): PollSummary {
  return entriesFromRanking(rankEntries(poll, Object.entries(agg.counts), options), options);
}
