import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BallotBox } from './ballotBox.ts';
import { pollCreated } from './pollEvents.ts';
import { quizPoints, summarisePoll, type PollSummary, type SummaryOptions } from './pollResults.ts';
import type { Poll } from './pollTypes.ts';
import { pollDraftSchema, type PollDraft } from '../plan.ts';
import { entryKey } from './entryKey.ts';
import { normaliseWord } from './pollWords.ts';
import { makePoll } from '../../../test/support/pollFixtures.ts';

/** Fixed seed: a failure replays the same way on every machine. */
const FC = { seed: 151515, numRuns: 150 } as const;
const OPENED = 1_700_000_000_000;

type Kind = PollDraft['kind'];
/** A participant's message: their id, a ballot, and when it was sent (ms after opening). */
type Message = readonly [participantId: string, ballot: readonly string[], after: number];

function pollOf(kind: Kind): Poll {
  const options = kind === 'rating' || kind === 'wordcloud' || kind === 'open_text' ? [] : ['Red', 'Green', 'Blue', 'Yellow'];
  const draft = pollDraftSchema.parse({
    question: 'Q?',
    kind,
    options,
    ...(kind === 'multiple' ? { maxChoices: 2 } : {}),
    ...(kind === 'quiz' ? { correct: [1, 3], timerSeconds: 20 } : {}),
    ...(kind === 'rating' ? { scale: { min: 1, max: 7, minLabel: 'Not at all', maxLabel: 'Completely' } } : {}),
  });
  const event = pollCreated(draft, 'p1', 0);
  if (event.type !== 'poll.created') throw new Error('not a creation');
  return makePoll({
    ...event.poll,
    maxChoices: event.poll.maxChoices ?? null,
    scale: event.poll.scale ?? null,
    maxWords: event.poll.maxWords ?? null,
    correct: event.poll.correct ?? [],
    timerSeconds: event.poll.timerSeconds ?? null,
    status: 'open',
    openedAt: OPENED,
  });
}

const WORDS = ['Safety', 'safety', 'trust', 'Trust', 'privacy', 'education', 'parents', 'apps', 'ai'];

/** A valid ballot of each kind, as `decide` would accept it (already normalised for words). */
function ballotArb(poll: Poll): fc.Arbitrary<string[]> {
  const ids = poll.options.map((o) => o.id);
  switch (poll.kind) {
    case 'multiple':
      return fc.shuffledSubarray(ids, { minLength: 1, maxLength: poll.maxChoices ?? ids.length });
    case 'ranking':
      return fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length });
    case 'wordcloud':
      return fc.uniqueArray(fc.constantFrom(...WORDS).map(normaliseWord), { minLength: 1, maxLength: 3 });
    case 'open_text':
      return fc.constantFrom('More safety by design', 'more safety by design', 'Listen to children', 'Teach parents').map((t) => [t]);
    default:
      return fc.constantFrom(...ids).map((id) => [id]);
  }
}

const KINDS: readonly Kind[] = ['multiple', 'rating', 'ranking', 'wordcloud', 'open_text', 'quiz'];

const scenario = fc.constantFrom(...KINDS).chain((kind) => {
  const poll = pollOf(kind);
  const message = fc.tuple(fc.integer({ min: 1, max: 9 }).map((n) => `u${String(n)}`), ballotArb(poll), fc.integer({ min: 0, max: 25_000 }));
  return fc.record({
    poll: fc.constant(poll),
    // Times only grow, as they do on the server's clock.
    messages: fc.array(message, { maxLength: 50 }).map((ms) => [...ms].sort((a, b) => a[2] - b[2]) as Message[]),
    seed: fc.integer(),
  });
});

const OPTIONS: SummaryOptions = { staff: true, flagged: (text) => text.includes('parents'), preModeration: false, topEntries: 100, showCorrect: true };

function summaryOf(poll: Poll, box: BallotBox, options: SummaryOptions = OPTIONS): PollSummary | null {
  const tally = box.tally(poll.id);
  return summarisePoll(poll, { total: tally.total, counts: tally.counts, places: box.places(poll.id), ballots: () => box.ballotsWithTime(poll.id) }, options);
}

function sameBallot(poll: Poll, a: readonly string[], b: readonly string[]): boolean {
  const x = poll.kind === 'ranking' ? a : [...a].sort();
  const y = poll.kind === 'ranking' ? b : [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Per participant: the latest ballot, and when it was first sent in the run that ends the log. */
function latestBallots(poll: Poll, messages: readonly Message[]): Map<string, { ballot: readonly string[]; at: number }> {
  const latest = new Map<string, { ballot: readonly string[]; at: number }>();
  for (const [participant, ballot, after] of messages) {
    const previous = latest.get(participant);
    if (previous && sameBallot(poll, previous.ballot, ballot)) continue;
    latest.set(participant, { ballot, at: OPENED + after });
  }
  return latest;
}

function castAll(poll: Poll, messages: readonly Message[]): BallotBox {
  const box = new BallotBox();
  for (const [participant, ballot, after] of messages) box.cast(poll.id, participant, ballot, { ordered: poll.kind === 'ranking', at: OPENED + after });
  return box;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('poll results of every kind (POLL-21)', () => {
  it('POLL-21: order and repetition of answers never change a result; a participant’s latest answer counts once', () => {
    fc.assert(
      fc.property(scenario, ({ poll, messages, seed }) => {
        const live = summaryOf(poll, castAll(poll, messages));
        // The same latest ballots, in another order, each sent twice (the retry later).
        const box = new BallotBox();
        for (const [participant, { ballot, at }] of shuffled([...latestBallots(poll, messages)], seed)) {
          box.cast(poll.id, participant, ballot, { ordered: poll.kind === 'ranking', at });
          box.cast(poll.id, participant, [...ballot], { ordered: poll.kind === 'ranking', at: at + 1000 });
        }
        expect(summaryOf(poll, box)).toEqual(live);
        expect(box.tally(poll.id)).toEqual(castAll(poll, messages).tally(poll.id));
      }),
      FC,
    );
  });

  it('POLL-22/23/24/26: each summary equals its definition over the latest ballots', () => {
    fc.assert(
      fc.property(scenario, ({ poll, messages }) => {
        const latest = [...latestBallots(poll, messages).values()];
        const summary = summaryOf(poll, castAll(poll, messages));
        switch (summary?.kind) {
          case 'rating': {
            const values = latest.map(({ ballot }) => Number(poll.options.find((o) => o.id === ballot[0])?.label));
            expect(summary.mean === null ? null : summary.mean.toFixed(9)).toEqual(values.length === 0 ? null : (values.reduce((a, b) => a + b, 0) / values.length).toFixed(9));
            break;
          }
          case 'ranking':
            for (const rank of summary.ranks) {
              const places = latest.map(({ ballot }) => ballot.indexOf(rank.optionId) + 1);
              expect(rank.borda).toBe(places.reduce((sum, p) => sum + (poll.options.length - p), 0));
              if (places.length > 0) expect(rank.meanRank).toBeCloseTo(places.reduce((a, b) => a + b, 0) / places.length, 9);
            }
            break;
          case 'entries': {
            const counts = new Map<string, number>();
            for (const { ballot } of latest) for (const text of ballot) counts.set(entryKey(text), (counts.get(entryKey(text)) ?? 0) + 1);
            expect(Object.fromEntries(summary.entries.map((e) => [e.key, e.count]))).toEqual(Object.fromEntries(counts));
            break;
          }
          case 'quiz': {
            const right = latest.filter(({ ballot }) => poll.correct.includes(ballot[0] ?? ''));
            expect(summary.correctCount).toBe(right.length);
            const points = right.reduce((sum, { at }) => sum + quizPoints(at - OPENED, 20), 0);
            expect(summary.meanPoints).toBe(latest.length === 0 ? 0 : Math.round(points / latest.length));
            break;
          }
          default:
            expect(poll.kind).toBe('multiple');
        }
      }),
      FC,
    );
  });

  it('POLL-24: the public sees only shown entries, at most the top ones and without a status; staff see held and hidden ones to judge them', () => {
    const poll = { ...pollOf('wordcloud'), verdicts: { [entryKey('trust')]: 'hidden' as const } };
    const box = new BallotBox();
    ['safety', 'trust', 'parents', 'privacy', 'ai'].forEach((word, i) => {
      for (let n = 0; n <= i; n++) box.cast(poll.id, `u${word}${String(n)}`, [word]);
    });
    const pub = summaryOf(poll, box, { ...OPTIONS, staff: false, topEntries: 2 });
    expect(pub).toEqual({ kind: 'entries', distinct: 3, entries: [
      { key: entryKey('ai'), text: 'ai', count: 5 },
      { key: entryKey('privacy'), text: 'privacy', count: 4 },
    ] });
    const staff = summaryOf(poll, box, OPTIONS);
    expect(staff?.kind === 'entries' ? staff.entries.map((e) => [e.text, e.status]) : null).toEqual([
      ['ai', 'shown'], ['privacy', 'shown'], ['parents', 'held'], ['trust', 'hidden'], ['safety', 'shown'],
    ]);
  });

  it('POLL-25: with pre-moderation an open-text answer waits for approval; an approved one is shown, even if flagged', () => {
    const base = pollOf('open_text');
    const box = new BallotBox();
    box.cast(base.id, 'u1', ['Teach parents']);
    box.cast(base.id, 'u2', ['Listen to children']);
    const pre = { ...OPTIONS, staff: false, preModeration: true };
    expect(summaryOf(base, box, pre)).toEqual({ kind: 'entries', entries: [], distinct: 0 });
    const approved = { ...base, verdicts: { [entryKey('Teach parents')]: 'approved' as const } };
    expect(summaryOf(approved, box, pre)).toEqual({ kind: 'entries', distinct: 1, entries: [{ key: entryKey('Teach parents'), text: 'Teach parents', count: 1 }] });
  });

  it('POLL-26/27: a quiz gives the class result only; the correct options only when allowed', () => {
    const poll = pollOf('quiz');
    const box = new BallotBox();
    box.cast(poll.id, 'u1', ['o2'], { at: OPENED });
    box.cast(poll.id, 'u2', ['o4'], { at: OPENED + 20_000 });
    box.cast(poll.id, 'u3', ['o1'], { at: OPENED + 1000 });
    expect(summaryOf(poll, box, { ...OPTIONS, showCorrect: false })).toEqual({ kind: 'quiz', correctCount: 2, meanPoints: Math.round((1000 + 500) / 3), correct: null });
    expect(summaryOf(poll, box)).toMatchObject({ correct: ['o2', 'o4'] });
  });
});

describe('words (POLL-24)', () => {
  it('POLL-24: words are normalised; stop words of the six UN languages are dropped', () => {
    expect(normaliseWord('  The SAFETY!! ')).toBe('safety');
    expect(normaliseWord('la sécurité')).toBe('sécurité');
    expect(normaliseWord('и')).toBe('');
    expect(normaliseWord('الأمانُ')).toBe('الأمان');
    expect(normaliseWord('的')).toBe('');
    expect(normaliseWord('ＡＩ')).toBe('ai');
    expect(normaliseWord('de la')).toBe('');
  });

  it('POLL-24: an entry key ignores case only', () => {
    expect(entryKey('Safety by design')).toBe(entryKey('safety BY design'));
    expect(entryKey('safety')).not.toBe(entryKey('safety!'));
  });
});
