import { performance } from 'node:perf_hooks';
import { BallotBox } from '../src/core/polls/ballotBox.ts';
import { createSession } from '../src/core/decide.ts';
import { sessionPlanSchema } from '../src/core/plan.ts';
import { evolve, replay } from '../src/core/session.ts';
import type { SessionState } from '../src/core/sessionState.ts';
import { normaliseWord, cleanAnswer } from '../src/core/polls/pollWords.ts';
import { PollTallies } from '../src/server/rooms/pollTallies.ts';
import { PublicTexts } from '../src/core/polls/tallyWire.ts';

/**
 * What one coalesced tally costs the server per poll kind at 10,000 ballots (issue 15): the
 * time to build the public and the staff tally view of a single-choice, a word-cloud and an
 * open-text poll, and the size of the frame each sends. The server builds these a few times a
 * second while votes arrive, once per audience, so this is the per-broadcast cost that the
 * fan-out figures of `npm run bench` add to; and what one broadcast during a storm costs: one
 * ballot changed since the last, both audiences' views built and serialised.
 * `npm run bench:polls [-- --participants N]`.
 */

const participants = Number(process.argv.find((a) => a.startsWith('--participants='))?.split('=')[1] ?? 10_000);
const RUNS = 40;

// A seeded generator: the same ballots every run.
let seed = 42;
function random(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
/** Zipf-like pick among n: a few words are common, most are rare, as in a real room. */
function zipf(n: number): number {
  return Math.min(n - 1, Math.floor(n ** random()) - 1);
}

const plan = sessionPlanSchema.parse({
  title: 'Bench',
  youthMode: false,
  polls: [
    { question: 'Single', options: ['A', 'B', 'C', 'D'] },
    { question: 'Words', kind: 'wordcloud' },
    { question: 'Ideas', kind: 'open_text' },
  ],
});
let n = 0;
let state: SessionState = replay(createSession(plan, { sessionId: 's', joinCode: '123456' }, { now: 0, newId: () => `p${String(++n)}` }));
for (const pollId of ['p1', 'p2', 'p3']) state = evolve(state, { type: 'poll.opened', at: 1, pollId });

const box = new BallotBox();
const vocabulary = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}`);
const answers = Array.from({ length: 1500 }, (_, i) => cleanAnswer(`Idea number ${String(i)} for safer platforms, with more words in it`));
for (let i = 0; i < participants; i++) {
  const id = `u${String(i)}`;
  box.cast('p1', id, [`o${String(1 + Math.floor(random() * 4))}`], { at: 10 });
  const words = new Set([0, 1, 2].map(() => normaliseWord(vocabulary[zipf(vocabulary.length)] ?? 'x')));
  box.cast('p2', id, [...words], { at: 10 });
  box.cast('p3', id, [answers[zipf(answers.length)] ?? 'x'], { at: 10 });
}
const tallies = new PollTallies(box, () => ({ channel: 'onsite', declared: { stakeholderGroup: null, regionalGroup: null, gender: null } }));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

console.log(`${participants.toLocaleString('en-US')} ballots per poll, ${String(RUNS)} builds each, Node ${process.version}`);
console.log('| poll | audience | view build, median | p90 | first frame bytes | next frame bytes | broadcast after a new ballot (both audiences), median | p90 |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
let changer = 0;
for (const [pollId, name] of [['p1', 'single choice'], ['p2', 'word cloud'], ['p3', 'open text']] as const) {
  const poll = state.polls[pollId];
  if (!poll) throw new Error('no poll');
  // What a broadcast during a storm costs: one ballot changed since the last, both audiences' views.
  const broadcast: number[] = [];
  // The public's texts as the server keeps them between broadcasts: a text is sent once (POLL-24).
  const sent = new PublicTexts();
  let nextBytes = 0;
  for (let r = 0; r < RUNS; r++) {
    const id = `u${String(changer++ % participants)}`;
    const ballot = pollId === 'p1' ? [`o${String(1 + (r % 4))}`] : pollId === 'p2' ? [normaliseWord(vocabulary[r % 50] ?? 'x')] : [answers[r % 50] ?? 'x'];
    box.cast(pollId, id, ballot, { at: 11 });
    const t0 = performance.now();
    const views = tallies.views(state, poll);
    JSON.stringify({ type: 'tally', ...views.staff });
    if (views.public) nextBytes = JSON.stringify({ type: 'tally', ...sent.broadcast(views.public) }).length;
    broadcast.push(performance.now() - t0);
  }
  const sortedBroadcast = [...broadcast].sort((a, b) => a - b);
  for (const audience of ['public', 'staff'] as const) {
    const times: number[] = [];
    let bytes = 0;
    // The first build fills the screening cache, as the first broadcast of a poll does.
    tallies.view(audience, state, poll);
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const view = tallies.view(audience, state, poll);
      // The frame as the server sends it first: the public's entries as [text, count] (POLL-24).
      bytes = view ? JSON.stringify({ type: 'tally', ...(audience === 'public' ? new PublicTexts().broadcast(view) : view) }).length : 0;
      times.push(performance.now() - t0);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const after = audience === 'public' ? `${median(broadcast).toFixed(2)} ms | ${(sortedBroadcast[Math.floor(RUNS * 0.9)] ?? 0).toFixed(2)} ms` : ' | ';
    const next = audience === 'public' ? nextBytes.toLocaleString('en-US') : '';
    console.log(`| ${name} | ${audience} | ${median(times).toFixed(2)} ms | ${(sorted[Math.floor(RUNS * 0.9)] ?? 0).toFixed(2)} ms | ${bytes.toLocaleString('en-US')} | ${next} | ${after} |`);
  }
}
