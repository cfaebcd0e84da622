import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinSession } from '../../src/client/joinApi.ts';
import type { CommandInput } from '../../src/core/protocol/commands.ts';
import type { QuestionView } from '../../src/core/qa/qaViews.ts';
import { STAKEHOLDER_GROUPS } from '../../src/core/vocabulary.ts';
import { RawConnection, type Answer, type Received } from '../support/rawProtocol.ts';
import {
  cloneModel,
  decideAndApply,
  emptyModel,
  modelTally,
  permutations,
  recordReceipt,
  type ModelQuestion,
  type ModelState,
  type Sender,
} from '../support/sessionModel.ts';
import { createSession, startInProcessServer, tempDir, tokenOf, type InProcessServer } from '../support/testServer.ts';

/**
 * Retries and races against a reference model (issue 12): a real server in this process, real
 * sockets, and clients that misbehave as networks make them: acks lost (the client re-sends the
 * same id after reconnecting), copies sent twice, on two tabs at once, stale re-sends of older
 * commands after newer ones, ids reused for another payload, two moderators deciding one
 * question at once while its author edits it, a poll closed while votes are in flight, and a
 * restart of the server in the middle. Every answer is checked against the model as it comes;
 * at the end the server's state, read from fresh snapshots and from the store, must equal the
 * model's. fast-check prints the seed and the scenario of a failing run.
 */

const PARTICIPANTS = 4;
const RUNS = 40;
/** QA-12 allows 5 questions and 60 upvotes a minute; the scenarios stay under both, so the model need not time them. */
const MAX_ASKS = 5;
const MAX_UPVOTE_DECISIONS = 45;

type Delivery = 'once' | 'twice' | 'twoTabs' | 'dropAck' | 'cut';

type FreshAction =
  | { readonly kind: 'vote'; readonly poll: number; readonly choice: number }
  | { readonly kind: 'upvote'; readonly question: number; readonly up: boolean }
  | { readonly kind: 'declare'; readonly group: number };

type Action =
  | FreshAction
  | { readonly kind: 'ask' }
  | { readonly kind: 'edit'; readonly question: number }
  /** The same id and command as an earlier one of this participant's: a stale or duplicate re-send. */
  | { readonly kind: 'resend'; readonly back: number }
  /** An earlier id with another command: `duplicate_command` if the first was applied. */
  | { readonly kind: 'reuse'; readonly back: number; readonly payload: FreshAction };

interface Move {
  readonly p: number;
  readonly action: Action;
  readonly delivery: Delivery;
}

type ModAction = { readonly kind: 'approve'; readonly edit: boolean } | { readonly kind: 'reject' };

type Step =
  /** Moves of different participants, at once. */
  | { readonly kind: 'round'; readonly moves: readonly Move[] }
  /** Both moderators act on one question with the version they saw, its author perhaps editing it meanwhile. */
  | { readonly kind: 'moderate'; readonly question: number; readonly a: ModAction; readonly b: ModAction; readonly authorEdit: boolean }
  /** The moderator closes a poll while participants send votes, pipelined; then maybe opens it again (POLL-6). */
  | { readonly kind: 'close'; readonly poll: number; readonly voters: readonly { readonly p: number; readonly choices: readonly number[] }[]; readonly reopen: boolean };

interface Scenario {
  readonly steps: readonly Step[];
  /** Restart the server on the same database after this many steps (null: no restart). */
  readonly restartAfter: number | null;
}

const participantIndex = fc.integer({ min: 0, max: PARTICIPANTS - 1 });
const freshAction: fc.Arbitrary<FreshAction> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('vote' as const), poll: fc.integer({ min: 0, max: 1 }), choice: fc.nat(63) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('upvote' as const), question: fc.nat(31), up: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('declare' as const), group: fc.integer({ min: -1, max: STAKEHOLDER_GROUPS.length - 1 }) }) },
);
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 8, arbitrary: freshAction },
  { weight: 2, arbitrary: fc.constant({ kind: 'ask' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('edit' as const), question: fc.nat(31) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('resend' as const), back: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reuse' as const), back: fc.nat(7), payload: freshAction }) },
);
const delivery = fc.constantFrom<Delivery>('once', 'once', 'twice', 'twoTabs', 'dropAck', 'cut');
const round = fc.record({
  kind: fc.constant('round' as const),
  moves: fc.uniqueArray(fc.record({ p: participantIndex, action, delivery }), { selector: (m) => m.p, minLength: 1, maxLength: PARTICIPANTS }),
});
const modAction: fc.Arbitrary<ModAction> = fc.oneof(fc.record({ kind: fc.constant('approve' as const), edit: fc.boolean() }), fc.constant({ kind: 'reject' as const }));
const moderate = fc.record({ kind: fc.constant('moderate' as const), question: fc.nat(31), a: modAction, b: modAction, authorEdit: fc.boolean() });
const close = fc.record({
  kind: fc.constant('close' as const),
  poll: fc.integer({ min: 0, max: 1 }),
  voters: fc.uniqueArray(fc.record({ p: participantIndex, choices: fc.array(fc.nat(63), { minLength: 1, maxLength: 4 }) }), { selector: (v) => v.p, minLength: 1, maxLength: PARTICIPANTS }),
  reopen: fc.boolean(),
});
const scenario: fc.Arbitrary<Scenario> = fc.record({
  steps: fc.array(fc.oneof({ weight: 6, arbitrary: round }, { weight: 3, arbitrary: moderate }, { weight: 1, arbitrary: close }), { minLength: 6, maxLength: 24 }),
  restartAfter: fc.option(fc.nat(23), { freq: 3 }),
});

/** A participant: one socket at a time (more for the two-tabs delivery), its token, the commands it sent. */
class ParticipantClient {
  conn: RawConnection | null = null;
  readonly history: { readonly id: string; readonly command: CommandInput }[] = [];
  #next = 0;

  constructor(
    readonly index: number,
    readonly token: string,
  ) {}

  newId(): string {
    this.#next += 1;
    return `p${this.index}-${this.#next}`;
  }

  async open(baseUrl: string): Promise<RawConnection> {
    if (this.conn?.isOpen) return this.conn;
    this.conn = await RawConnection.open(baseUrl, this.token);
    return this.conn;
  }
}

/** A moderator link and the questions its console shows (id → version, text, status). */
class ModeratorClient {
  conn: RawConnection | null = null;
  readonly view = new Map<string, { version: number; text: string; status: string }>();
  #next = 0;

  constructor(
    readonly name: 'a' | 'b',
    readonly token: string,
  ) {}

  newId(): string {
    this.#next += 1;
    return `m${this.name}-${this.#next}`;
  }

  async open(baseUrl: string): Promise<RawConnection> {
    this.view.clear();
    const conn = await RawConnection.open(baseUrl, this.token);
    for (const q of conn.welcome.snapshot?.qa?.questions ?? []) this.#see(q);
    conn.onFrame((frame) => {
      if (frame.type === 'qa.question') this.#see(frame.question as QuestionView);
      else if (frame.type === 'qa.removed') this.view.delete(frame.questionId as string);
    });
    this.conn = conn;
    return conn;
  }

  #see(q: QuestionView): void {
    this.view.set(q.id, { version: q.version, text: q.text, status: q.status });
  }
}

/** One run: its session, its clients and the model. */
interface Run {
  readonly no: number;
  readonly sessionId: string;
  readonly participants: ParticipantClient[];
  readonly moderators: { readonly a: ModeratorClient; readonly b: ModeratorClient };
  model: ModelState;
  asked: number;
  readonly trace: string[];
}

/** What the runs did, printed at the end: the faults injected and the answers checked. */
const stats = { runs: 0, steps: 0, commands: 0, answers: 0, replays: 0, refusals: new Map<string, number>(), deliveries: new Map<string, number>(), races: 0, raceAnswers: new Map<string, number>(), closes: 0, votesInCloseRaces: 0, restarts: 0 };

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Polls `check` every few milliseconds until it holds. */
async function until(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`${what}: not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const WORDS = ['schools', 'parents', 'platforms', 'regulators', 'teachers', 'games', 'apps', 'families', 'designers', 'libraries', 'clubs', 'coaches'];

/** A question text no filter flags, unique within the run. */
function questionText(run: Run): string {
  run.asked += 1;
  let n = run.asked * 7 + run.no * 131;
  let tag = '';
  do {
    tag += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return `How should ${WORDS[run.asked % WORDS.length]} and ${WORDS[(run.asked + run.no) % WORDS.length]} act on topic ${tag}?`;
}

function editedText(q: ModelQuestion, by: string): string {
  return `${q.text.replace(/ \(.*\)$/, '')} (${by} ${q.version + 1})`;
}

function describeAnswer(answer: Answer): string {
  return answer.type === 'ack' ? `ack seq=${answer.seq}` : `error ${answer.reason}`;
}

/** Checks one answer against the model (which it updates) as the answer to `id` from `sender`. */
function check(run: Run, sender: Sender, id: string, command: CommandInput, answer: Answer): void {
  const expected = decideAndApply(run.model, sender, id, command);
  stats.answers += 1;
  if (expected.ok && expected.replay) stats.replays += 1;
  if (!expected.ok) count(stats.refusals, expected.reason);
  run.trace.push(`${JSON.stringify(sender)} ${id} ${command.type} → ${describeAnswer(answer)} (model: ${expected.ok ? 'ack' : expected.reason})`);
  if (expected.ok) {
    expect(answer, `${id} ${JSON.stringify(command)}`).toMatchObject({ type: 'ack', id });
    if (answer.type !== 'ack') return;
    if (expected.replay) expect(answer.seq, `${id}: a retry gets the first answer again (PROTO-4)`).toBe(expected.seq);
    else recordReceipt(run.model, sender, id, command, answer.seq);
  } else {
    expect(answer, `${id} ${JSON.stringify(command)}`).toMatchObject({ type: 'error', id, reason: expected.reason });
  }
}

/** After a new question's ack: its server id, from the first moderator's console. */
async function learnQuestionId(run: Run, text: string): Promise<void> {
  const q = run.model.questions.find((x) => x.text === text && x.id === null);
  if (!q) return;
  const view = run.moderators.a.view;
  await until(() => [...view.values()].some((v) => v.text === text), `question "${text}" on the moderator's console`);
  q.id = [...view.entries()].find(([, v]) => v.text === text)?.[0] ?? null;
}

function ballotOf(run: Run, poll: number, choice: number): { pollId: string; optionIds: string[] } {
  const p = run.model.polls[poll];
  if (!p) throw new Error('no such poll');
  if (p.kind === 'single') return { pollId: p.id, optionIds: [p.options[choice % p.options.length] ?? 'o1'] };
  // A multiple-choice ballot: the options whose bit is set (at least one).
  const chosen = p.options.filter((_o, i) => (choice >> i) & 1);
  return { pollId: p.id, optionIds: chosen.length > 0 ? chosen : [p.options[0] ?? 'o1'] };
}

/** The command a fresh action stands for, or null when it cannot be sent now (nothing to upvote, budget spent). */
function freshCommand(run: Run, p: number, a: FreshAction): CommandInput | null {
  switch (a.kind) {
    case 'vote':
      return { type: 'poll.vote', ...ballotOf(run, a.poll, a.choice) };
    case 'upvote': {
      const known = run.model.questions.filter((q) => q.id !== null);
      const q = known[a.question % Math.max(1, known.length)];
      if (!q?.id || (run.model.upvoteDecisions.get(p) ?? 0) >= MAX_UPVOTE_DECISIONS - 2) return null;
      return { type: 'qa.upvote', questionId: q.id, up: a.up };
    }
    case 'declare':
      return { type: 'participant.declare', stakeholderGroup: a.group < 0 ? null : (STAKEHOLDER_GROUPS[a.group] ?? null), regionalGroup: null, gender: null };
  }
}

/** The id and command of a move, or null to skip it. */
function commandOf(run: Run, client: ParticipantClient, a: Action): { id: string; command: CommandInput } | null {
  const p = client.index;
  switch (a.kind) {
    case 'ask':
      if ((run.model.asks.get(p) ?? 0) >= MAX_ASKS) return null;
      return { id: client.newId(), command: { type: 'qa.ask', text: questionText(run), displayName: null } };
    case 'edit': {
      const own = run.model.questions.filter((q) => q.author === p && q.id !== null);
      const q = own[a.question % Math.max(1, own.length)];
      if (!q?.id) return null;
      return { id: client.newId(), command: { type: 'qa.edit', questionId: q.id, version: q.version, text: editedText(q, 'edit') } };
    }
    case 'resend': {
      const earlier = client.history[client.history.length - 1 - (a.back % Math.max(1, client.history.length))];
      return earlier ? { ...earlier } : null;
    }
    case 'reuse': {
      const earlier = client.history[client.history.length - 1 - (a.back % Math.max(1, client.history.length))];
      const command = freshCommand(run, p, a.payload);
      return earlier && command ? { id: earlier.id, command } : null;
    }
    default: {
      const command = freshCommand(run, p, a);
      return command ? { id: client.newId(), command } : null;
    }
  }
}

/** Runs one participant's move with its delivery, checking every answer against the model. */
async function runMove(run: Run, server: InProcessServer, move: Move): Promise<void> {
  const client = run.participants[move.p];
  if (!client) throw new Error('no such participant');
  const sent = commandOf(run, client, move.action);
  if (!sent) return;
  const { id, command } = sent;
  client.history.push(sent);
  stats.commands += 1;
  count(stats.deliveries, `${move.action.kind}/${move.delivery}`);
  const sender: Sender = { participant: move.p };
  const conn = await client.open(server.baseUrl);
  const answers: Received[] = [];
  switch (move.delivery) {
    case 'once':
      answers.push(await conn.command(id, command));
      break;
    case 'twice': {
      // Two copies back to back on one socket: the second is a retry of the first.
      const both = Promise.all([conn.answer(id), conn.answer(id)]);
      conn.post(id, command);
      conn.post(id, command);
      answers.push(...(await both));
      break;
    }
    case 'twoTabs': {
      // The same command from two tabs at once: one applies, the other waits for its answer.
      const tab = await RawConnection.open(server.baseUrl, client.token);
      try {
        const both = Promise.all([conn.answer(id), tab.answer(id)]);
        conn.post(id, command);
        tab.post(id, command);
        answers.push(...(await both));
      } finally {
        await tab.close();
      }
      break;
    }
    case 'dropAck': {
      // The answer came but the client never saw it: it reconnects and sends the command again.
      answers.push(await conn.command(id, command));
      await conn.close();
      answers.push(await (await client.open(server.baseUrl)).command(id, command));
      break;
    }
    case 'cut': {
      // The connection drops with the command in flight; the client sends it again after reconnecting.
      conn.post(id, command);
      await conn.close();
      answers.push(await (await client.open(server.baseUrl)).command(id, command));
      break;
    }
  }
  for (const { answer } of answers) check(run, sender, id, command, answer);
  if (command.type === 'qa.ask' && answers.some((a) => a.answer.type === 'ack')) await learnQuestionId(run, command.text);
}

/** Both moderators act on one question at once, maybe while its author edits it; the answers must fit one order. */
async function runModerate(run: Run, step: Extract<Step, { kind: 'moderate' }>): Promise<void> {
  const known = run.model.questions.filter((q) => q.id !== null);
  const q = known[step.question % Math.max(1, known.length)];
  if (!q?.id) return;
  const questionId = q.id;
  const { a, b } = run.moderators;
  // Each acts on the version its console shows, once it shows the latest (QA-14).
  if (q.status !== 'rejected') await until(() => [a, b].every((m) => m.view.get(questionId)?.version === q.version), `version ${q.version} on both consoles`);
  const seen = (m: ModeratorClient) => m.view.get(questionId)?.version ?? q.version;
  const modCommand = (m: ModeratorClient, act: ModAction): CommandInput =>
    act.kind === 'reject'
      ? { type: 'qa.reject', questionId, version: seen(m), reason: 'off_topic' }
      : { type: 'qa.approve', questionId, version: seen(m), text: act.edit ? editedText(q, `moderator ${m.name}`) : null };
  const items: { sender: Sender; conn: RawConnection; id: string; command: CommandInput }[] = [];
  for (const [m, act] of [[a, step.a], [b, step.b]] as const) {
    if (!m.conn) throw new Error('moderator not connected');
    items.push({ sender: { moderator: m.name }, conn: m.conn, id: m.newId(), command: modCommand(m, act) });
  }
  if (step.authorEdit) {
    const author = run.participants[q.author];
    if (!author?.conn?.isOpen) return runModerateItems(run, items);
    items.push({ sender: { participant: q.author }, conn: author.conn, id: author.newId(), command: { type: 'qa.edit', questionId, version: q.version, text: editedText(q, 'edit') } });
  }
  return runModerateItems(run, items);
}

async function runModerateItems(run: Run, items: { sender: Sender; conn: RawConnection; id: string; command: CommandInput }[]): Promise<void> {
  stats.races += 1;
  stats.commands += items.length;
  const answered = Promise.all(items.map((item) => item.conn.answer(item.id)));
  for (const item of items) item.conn.post(item.id, item.command);
  const answers = (await answered).map((r) => r.answer);
  for (const answer of answers) count(stats.raceAnswers, answer.type === 'ack' ? `${answer.type}` : answer.reason);
  run.trace.push(`race: ${items.map((item, i) => `${item.id} ${item.command.type} v${(item.command as { version?: number }).version} → ${describeAnswer(answers[i] as Answer)}`).join('; ')}`);
  // Linearisable: some order of the commands, decided one by one by the model, gives exactly these answers.
  const fits: ModelState[] = [];
  for (const order of permutations(items.map((_item, i) => i))) {
    const model = cloneModel(run.model);
    const fitsOrder = order.every((i) => {
      const item = items[i];
      const answer = answers[i];
      if (!item || !answer) return false;
      const expected = decideAndApply(model, item.sender, item.id, item.command);
      const ok = expected.ok ? answer.type === 'ack' : answer.type === 'error' && answer.reason === expected.reason;
      if (ok && expected.ok && answer.type === 'ack') recordReceipt(model, item.sender, item.id, item.command, answer.seq);
      return ok;
    });
    if (fitsOrder) fits.push(model);
  }
  expect(fits.length, `no order of ${items.map((i) => i.id).join(', ')} gives the answers ${answers.map(describeAnswer).join(', ')}`).toBeGreaterThan(0);
  const [first] = fits;
  if (!first) return;
  // Orders that fit must agree on the questions; then which one happened does not matter.
  for (const other of fits) expect(questionsOf(other)).toEqual(questionsOf(first));
  run.model = first;
}

function questionsOf(model: ModelState) {
  return model.questions.map((q) => ({ id: q.id, text: q.text, version: q.version, status: q.status, upvoters: [...q.upvoters].sort() }));
}

/** The moderator closes a poll while votes are in flight: votes acknowledged before the close's ack count, none after. */
async function runClose(run: Run, server: InProcessServer, step: Extract<Step, { kind: 'close' }>): Promise<void> {
  const poll = run.model.polls[step.poll];
  const mod = run.moderators.a;
  if (!poll || !mod.conn) throw new Error('no poll or moderator');
  const closeId = mod.newId();
  const closeCommand: CommandInput = { type: 'poll.close', pollId: poll.id };
  const voters = await Promise.all(
    step.voters.map(async (v) => {
      const client = run.participants[v.p];
      if (!client) throw new Error('no such participant');
      const conn = await client.open(server.baseUrl);
      const votes = v.choices.map((choice) => ({ id: client.newId(), command: { type: 'poll.vote', ...ballotOf(run, step.poll, choice) } as CommandInput }));
      client.history.push(...votes);
      // Frames from here on belong to this race (an earlier close of a reopened poll came before).
      return { p: v.p, conn, votes, from: conn.frames.length };
    }),
  );
  stats.closes += 1;
  stats.votesInCloseRaces += voters.reduce((n, v) => n + v.votes.length, 0);
  stats.commands += 1 + voters.reduce((n, v) => n + v.votes.length, 0);
  const closeAnswer = mod.conn.answer(closeId);
  const voteAnswers = voters.map((v) => Promise.all(v.votes.map((vote) => v.conn.answer(vote.id))));
  // Votes pipelined on each voter's socket, the close in the middle of them.
  const half = Math.ceil(Math.max(...voters.map((v) => v.votes.length)) / 2);
  for (const v of voters) for (const vote of v.votes.slice(0, half)) v.conn.post(vote.id, vote.command);
  mod.conn.post(closeId, closeCommand);
  for (const v of voters) for (const vote of v.votes.slice(half)) v.conn.post(vote.id, vote.command);
  const closed = await closeAnswer;
  const answered = await Promise.all(voteAnswers);
  run.trace.push(`close ${poll.id} → ${describeAnswer(closed.answer)}; votes: ${voters.map((v, i) => `p${v.p}[${(answered[i] ?? []).map((r) => describeAnswer(r.answer)).join(', ')}]`).join(' ')}`);
  const wasOpen = poll.status === 'open';
  const closingOrder: { v: (typeof voters)[number]; voteId: string }[] = [];
  // Linearised: each voter's acknowledged votes (a prefix: one socket is handled in order), then the close, then the refused ones.
  voters.forEach((v, i) => {
    const answers = answered[i] ?? [];
    const acked = answers.findIndex((r) => r.answer.type !== 'ack');
    const prefix = acked < 0 ? answers.length : acked;
    for (let k = 0; k < prefix; k++) {
      const received = answers[k];
      const vote = v.votes[k];
      if (!received || !vote) continue;
      check(run, { participant: v.p }, vote.id, vote.command, received.answer);
      // POLL-4: no vote is acknowledged after the close that ended the poll was committed. The
      // voter's own socket carries both, in the server's order: its ack must come before the
      // announcement that the poll closed. (Acks on two sockets are read in whatever order the
      // event loop finds them, so the moderator's ack is no clock for this.)
      if (closed.answer.type === 'ack') closingOrder.push({ v, voteId: vote.id });
    }
  });
  check(run, { moderator: 'a' }, closeId, closeCommand, closed.answer);
  if (wasOpen) expect(closed.answer.type).toBe('ack');
  const closedIndex = (v: (typeof voters)[number]) =>
    v.conn.frames.findIndex((f, i) => i >= v.from && f.type === 'poll.updated' && (f.poll as { id: string }).id === poll.id && (f.poll as { status: string }).status === 'closed');
  for (const { v, voteId } of closingOrder) {
    await until(() => closedIndex(v) >= 0, `the close of ${poll.id} announced to participant ${v.p}`);
    const ackIndex = v.conn.frames.findIndex((f, i) => i >= v.from && f.type === 'ack' && f.id === voteId);
    expect(ackIndex, `vote ${voteId} acknowledged after participant ${v.p} was told that ${poll.id} closed`).toBeLessThan(closedIndex(v));
  }
  voters.forEach((v, i) => {
    const answers = answered[i] ?? [];
    const acked = answers.findIndex((r) => r.answer.type !== 'ack');
    if (acked < 0) return;
    for (let k = acked; k < answers.length; k++) {
      const received = answers[k];
      const vote = v.votes[k];
      if (received && vote) check(run, { participant: v.p }, vote.id, vote.command, received.answer);
    }
  });
  if (step.reopen) {
    const id = mod.newId();
    // Two polls stay open on purpose (POLL-8).
    const open: CommandInput = { type: 'poll.open', pollId: poll.id, alongside: true };
    check(run, { moderator: 'a' }, id, open, (await mod.conn.command(id, open)).answer);
  }
}

/** The server's state, read back, must be the model's: from a fresh staff snapshot, each participant's welcome, and the store. */
async function verify(run: Run, server: InProcessServer, moderatorToken: string): Promise<void> {
  const observer = await RawConnection.open(server.baseUrl, moderatorToken);
  try {
    const { welcome } = observer;
    for (const poll of run.model.polls) {
      const tally = welcome.tallies.find((t) => t.pollId === poll.id);
      const expected = modelTally(poll);
      expect({ total: tally?.total, counts: { ...Object.fromEntries(poll.options.map((o) => [o, 0])), ...tally?.counts } }, `tally of ${poll.id}`).toEqual(expected);
      expect(welcome.snapshot?.polls.find((p) => p.id === poll.id)?.status, `status of ${poll.id}`).toBe(poll.status);
    }
    const shown = (welcome.snapshot?.qa?.questions ?? []).map((q) => ({ id: q.id, text: q.text, version: q.version, status: q.status, upvotes: q.upvotes }));
    const modelShown = run.model.questions
      .filter((q) => q.status !== 'rejected')
      .map((q) => ({ id: q.id, text: q.text, version: q.version, status: q.status, upvotes: q.upvoters.size }));
    const byId = (x: { id: string | null }, y: { id: string | null }) => String(x.id).localeCompare(String(y.id));
    expect(shown.sort(byId), 'questions on a fresh moderator console').toEqual(modelShown.sort(byId));
  } finally {
    await observer.close();
  }
  for (const client of run.participants) {
    const conn = await RawConnection.open(server.baseUrl, client.token);
    try {
      const me = conn.welcome.me;
      const votes = Object.fromEntries(run.model.polls.flatMap((poll) => {
        const ballot = poll.ballots.get(client.index);
        return ballot ? [[poll.id, [...ballot]]] : [];
      }));
      expect(me?.votes, `ballots of participant ${client.index}`).toEqual(votes);
      expect(me?.declared.stakeholderGroup ?? null, `declared group of participant ${client.index}`).toBe(run.model.declared.get(client.index) ?? null);
      const upvoted = run.model.questions.filter((q) => q.upvoters.has(client.index)).map((q) => q.id);
      expect([...(me?.qa?.upvoted ?? [])].sort(), `upvotes of participant ${client.index}`).toEqual(upvoted.sort());
    } finally {
      await conn.close();
    }
  }
  const stored = await server.store.loadSession(run.sessionId);
  for (const poll of run.model.polls) {
    const rows = (stored?.votes ?? []).filter((v) => v.pollId === poll.id);
    expect(rows.length, `stored ballots of ${poll.id}`).toBe(poll.ballots.size);
  }
}

describe('retries and races against the model (PROTO-4, POLL-1, POLL-4, QA-6, QA-7, QA-14)', () => {
  const dir = tempDir();
  // A generous command rate: the scenarios test ordering and dedup, not the flood limits (PROTO-9).
  const env = { DATABASE_URL: join(dir.path, 'model.db'), TALLY_INTERVAL_MS: '20', COMMANDS_PER_SECOND: '1000' };
  let server: InProcessServer;
  let runs = 0;

  beforeAll(async () => {
    server = await startInProcessServer(env);
  });

  afterAll(async () => {
    await server.close();
    dir.remove();
    const sorted = (m: Map<string, number>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(
      `retries and races: ${stats.runs} runs, ${stats.steps} steps, ${stats.commands} commands, ${stats.answers} answers checked (${stats.replays} retries answered from receipts), ` +
        `${stats.races} moderator races, ${stats.closes} closes racing ${stats.votesInCloseRaces} votes, ${stats.restarts} restarts\n  deliveries: ${sorted(stats.deliveries)}\n  refusals: ${sorted(stats.refusals)}\n  answers in moderator races: ${sorted(stats.raceAnswers)}`,
    );
  });

  async function runScenario(s: Scenario): Promise<void> {
    runs += 1;
    stats.runs += 1;
    const session = await createSession(server.baseUrl);
    const moderators = { a: new ModeratorClient('a', tokenOf(session.links.moderator)), b: new ModeratorClient('b', tokenOf(session.links.onlineModerator)) };
    const participants: ParticipantClient[] = [];
    for (let p = 0; p < PARTICIPANTS; p++) {
      const joined = await joinSession(server.baseUrl, session.joinCode, p % 2 === 0 ? 'onsite' : 'online');
      participants.push(new ParticipantClient(p, joined.participantToken));
    }
    try {
      const modA = await moderators.a.open(server.baseUrl);
      await moderators.b.open(server.baseUrl);
      const polls = (modA.welcome.snapshot?.polls ?? []).slice(0, 2);
      for (const poll of polls) expect((await modA.command(`open-${poll.id}`, { type: 'poll.open', pollId: poll.id, alongside: true })).answer.type).toBe('ack');
      for (const client of participants) {
        const conn = await client.open(server.baseUrl);
        expect((await conn.command(`p${client.index}-conduct`, { type: 'participant.acceptConduct' })).answer.type).toBe('ack');
      }
      const run: Run = {
        no: runs,
        sessionId: session.id,
        participants,
        moderators,
        model: emptyModel(polls.map((p) => ({ id: p.id, kind: p.kind === 'multiple' ? 'multiple' : 'single', options: p.options.map((o) => o.id) }))),
        asked: 0,
        trace: [],
      };
      try {
        for (const [i, step] of s.steps.entries()) {
          stats.steps += 1;
          if (step.kind === 'round') await Promise.all(step.moves.map((move) => runMove(run, server, move)));
          else if (step.kind === 'moderate') await runModerate(run, step);
          else await runClose(run, server, step);
          if (s.restartAfter === i) {
            run.trace.push('restart');
            stats.restarts += 1;
            await server.close();
            server = await startInProcessServer(env);
            await moderators.a.open(server.baseUrl);
            await moderators.b.open(server.baseUrl);
            for (const client of participants) client.conn = null;
          }
        }
        await verify(run, server, moderators.a.token);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`${message}\nlast answers of run ${run.no}:\n  ${run.trace.slice(-25).join('\n  ')}`, { cause: error });
      }
    } finally {
      await Promise.all([moderators.a.conn, moderators.b.conn, ...participants.map((p) => p.conn)].map((c) => c?.close()));
    }
  }

  it('PROTO-4, POLL-4, QA-14: re-sent, duplicated, reordered and racing commands leave the state the model predicts; no vote is acknowledged after a committed close', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, (s) => runScenario(s)),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 180_000);
});
