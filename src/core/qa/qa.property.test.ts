import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession, decide } from '../decide.ts';
import { type Actor } from '../decideContext.ts';
import { sessionPlanSchema } from '../plan.ts';
import { commandSchema, type CommandInput } from '../protocol/commands.ts';
import { audienceOf, type Channel, type Role } from '../roles.ts';
import { evolve, replay } from '../session.ts';
import { isSessionEvent, type SessionEvent } from '../events.ts';
import { type SessionState } from '../sessionState.ts';
import { qaContentWrites } from './qaContent.ts';
import { pickQuestion, type Candidate, type QaHistory } from './qaPolicy.ts';
import { PUBLIC_STATUSES, QA_POLICIES, type QuestionContent } from './qaTypes.ts';
import { myQuestionViews, qaBoardView, questionViews } from './qaViews.ts';
import { UpvoteBox } from './upvoteBox.ts';

/**
 * Properties of the Q&A (QA-3, QA-5, QA-7 … QA-10, QA-13). The policy picks are checked against
 * definitions computed here, independently of `qaPolicy.ts`; random sessions go through the
 * real `decide` and `evolve`, as the server runs them.
 */

const FC = { seed: 5151, numRuns: 300 } as const;
const NOW = 1_700_000_000_000;

const channelArb = fc.constantFrom<Channel>('onsite', 'online');
const groupArb = fc.constantFrom('', 'Government', 'Youth', 'Academia');

const candidatesArb: fc.Arbitrary<Candidate[]> = fc
  .array(fc.record({ channel: channelArb, group: groupArb, upvotes: fc.nat({ max: 6 }) }), { minLength: 0, maxLength: 12 })
  .map((rows) => rows.map((r, i) => ({ ...r, id: `q${String(i)}`, ticket: i + 1 })));

const historyArb: fc.Arbitrary<QaHistory> = fc.record({
  lastChannel: fc.constantFrom<Channel | null>('onsite', 'online', null),
  heard: fc.dictionary(groupArb, fc.nat({ max: 4 })),
}).map(({ lastChannel, heard }) => ({ lastChannel, heardByGroup: new Map(Object.entries(heard)) }));

/** The best by a list of keys, smaller first; `ticket` last. */
function bestBy(cs: readonly Candidate[], key: (c: Candidate) => number[]): Candidate | undefined {
  const sorted = [...cs].sort((a, b) => {
    const ka = [...key(a), a.ticket];
    const kb = [...key(b), b.ticket];
    for (let i = 0; i < ka.length; i++) if ((ka[i] ?? 0) !== (kb[i] ?? 0)) return (ka[i] ?? 0) - (kb[i] ?? 0);
    return 0;
  });
  return sorted[0];
}

describe('Next question policies (QA-9, QA-10)', () => {
  it('QA-9: most_upvoted picks a question with the most upvotes, the earliest among them; none when empty', () => {
    fc.assert(
      fc.property(candidatesArb, historyArb, (cs, history) => {
        const pick = pickQuestion('most_upvoted', cs, history);
        expect(pick).toEqual(bestBy(cs, (c) => [-c.upvotes]));
      }),
      FC,
    );
  });

  it('QA-10: alternate picks from the other channel whenever it has a question, by upvotes then earliest', () => {
    fc.assert(
      fc.property(candidatesArb, historyArb, (cs, history) => {
        const pick = pickQuestion('alternate', cs, history);
        const other = cs.filter((c) => history.lastChannel !== null && c.channel !== history.lastChannel);
        const pool = history.lastChannel === null || other.length === 0 ? cs : other;
        expect(pick).toEqual(bestBy(pool, (c) => [-c.upvotes]));
        if (pick && other.length > 0) expect(pick.channel).not.toBe(history.lastChannel);
      }),
      FC,
    );
  });

  it('QA-10: least_heard picks from a group heard least among those waiting, then by upvotes, then earliest', () => {
    fc.assert(
      fc.property(candidatesArb, historyArb, (cs, history) => {
        const heard = (c: Candidate) => history.heardByGroup.get(c.group) ?? 0;
        const pick = pickQuestion('least_heard', cs, history);
        expect(pick).toEqual(bestBy(cs, (c) => [heard(c), -c.upvotes]));
        if (pick) for (const c of cs) expect(heard(pick)).toBeLessThanOrEqual(heard(c));
      }),
      FC,
    );
  });

  it('QA-9, QA-10: the pick does not depend on the order candidates are listed in', () => {
    fc.assert(
      fc.property(candidatesArb, historyArb, fc.constantFrom(...QA_POLICIES), fc.nat(), (cs, history, policy, seed) => {
        const shuffled = [...cs].sort((a, b) => ((a.ticket * 7919 + seed) % 101) - ((b.ticket * 7919 + seed) % 101));
        expect(pickQuestion(policy, shuffled, history)?.id).toBe(pickQuestion(policy, cs, history)?.id);
      }),
      FC,
    );
  });
});

type Step =
  | { kind: 'ask'; who: number; clean: boolean }
  | { kind: 'edit'; who: number; q: number; clean: boolean }
  | { kind: 'withdraw'; who: number; q: number }
  | { kind: 'upvote'; who: number; q: number; up: boolean }
  | { kind: 'moderate'; q: number; q2: number; action: 'approve' | 'approveEdited' | 'reject' | 'answer' | 'archive' | 'pin' | 'merge' | 'next' | 'forward' | 'policy' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('ask' as const), who: fc.nat({ max: 4 }), clean: fc.boolean() }),
  fc.record({ kind: fc.constant('edit' as const), who: fc.nat({ max: 4 }), q: fc.nat({ max: 15 }), clean: fc.boolean() }),
  fc.record({ kind: fc.constant('withdraw' as const), who: fc.nat({ max: 4 }), q: fc.nat({ max: 15 }) }),
  fc.record({ kind: fc.constant('upvote' as const), who: fc.nat({ max: 4 }), q: fc.nat({ max: 15 }), up: fc.boolean() }),
  fc.record({
    kind: fc.constant('moderate' as const),
    q: fc.nat({ max: 15 }),
    q2: fc.nat({ max: 15 }),
    action: fc.constantFrom('approve', 'approveEdited', 'reject', 'answer', 'archive', 'pin', 'merge', 'next', 'forward', 'policy'),
  }),
);

const pid = (i: number) => `pid-${String(i)}-9c1e`;
const actorOf = (i: number): Actor => ({
  role: 'participant',
  participantId: pid(i),
  profile: { channel: i % 2 === 0 ? 'onsite' : 'online', declared: { stakeholderGroup: i % 3 === 0 ? 'Youth' : null, regionalGroup: null, gender: null } },
});
/** Unique, recognisable texts: a leak on the wire or in the log is easy to find. */
const textOf = (n: number, clean: boolean) => (clean ? `Secret words ${String(n)} zq` : `Secret words ${String(n)} zq mail me at kid${String(n)}@example.org`);

describe('random Q&A sessions (QA-3, QA-5, QA-7, QA-8, QA-13)', () => {
  it('QA-3, QA-5, QA-8, QA-13: the public sees only published questions; the log never holds text; views no ids; replay agrees', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(stepArb, { maxLength: 40 }), (youthMode, steps) => {
        let n = 0;
        const newId = () => `id${String(++n)}`;
        const plan = sessionPlanSchema.parse({ title: 'Q&A', youthMode });
        const log: SessionEvent[] = createSession(plan, { sessionId: 's', joinCode: '123456' }, { now: NOW, newId });
        let state: SessionState = replay(log);
        const content = new Map<string, QuestionContent>();
        const upvotes = new UpvoteBox();
        let counter = 0;
        const sources = { content: (id: string) => content.get(id), upvotes: (q: { id: string; mergedFrom: readonly string[] }) => upvotes.count(q.id, q.mergedFrom) };
        const idAt = (i: number) => state.qa.order[i % Math.max(1, state.qa.order.length)] ?? 'none';
        const versionOf = (id: string) => state.qa.questions[id]?.version ?? 1;
        for (const step of steps) {
          let input: CommandInput;
          let actor: Actor = { role: (['moderator', 'online_moderator', 'host'] as Role[])[counter % 3] ?? 'moderator', participantId: null };
          counter += 1;
          switch (step.kind) {
            case 'ask':
              input = { type: 'qa.ask', text: textOf(counter, step.clean) };
              actor = actorOf(step.who);
              break;
            case 'edit':
              input = { type: 'qa.edit', questionId: idAt(step.q), version: versionOf(idAt(step.q)), text: textOf(counter, step.clean) };
              actor = actorOf(step.who);
              break;
            case 'withdraw':
              input = { type: 'qa.withdraw', questionId: idAt(step.q) };
              actor = actorOf(step.who);
              break;
            case 'upvote':
              input = { type: 'qa.upvote', questionId: idAt(step.q), up: step.up };
              actor = actorOf(step.who);
              break;
            case 'moderate': {
              const questionId = idAt(step.q);
              const inputs = {
                approve: { type: 'qa.approve', questionId, version: versionOf(questionId) },
                approveEdited: { type: 'qa.approve', questionId, version: versionOf(questionId), text: textOf(counter, true) },
                reject: { type: 'qa.reject', questionId, version: versionOf(questionId), reason: 'other' },
                answer: { type: 'qa.answer', questionId },
                archive: { type: 'qa.archive', questionId },
                pin: { type: 'qa.pin', questionId },
                merge: { type: 'qa.merge', questionId, version: versionOf(questionId), intoId: idAt(step.q2) },
                next: { type: 'qa.next' },
                forward: { type: 'qa.forward', questionId },
                policy: { type: 'qa.setPolicy', policy: QA_POLICIES[counter % 3] ?? 'alternate' },
              } satisfies Record<typeof step.action, CommandInput>;
              input = inputs[step.action];
            }
          }
          const command = commandSchema.parse(input);
          const decision = decide(state, command, { actor, now: NOW + counter * 1000, newId, upvotes: (id) => upvotes.count(id, state.qa.questions[id]?.mergedFrom ?? []) });
          if (!decision.ok) continue;
          const events = decision.events.filter(isSessionEvent);
          for (const w of qaContentWrites(command, events, (id) => content.get(id))) {
            if (w.content) content.set(w.questionId, w.content);
            else content.delete(w.questionId);
          }
          for (const e of events) {
            state = evolve(state, e);
            log.push(e);
          }
          for (const e of decision.events) if (e.type === 'qa.upvoted') upvotes.set(e.questionId, e.participantId, e.up);
        }

        const logText = JSON.stringify(log);
        expect(logText).not.toContain('Secret words');
        for (const role of ['participant', 'projector'] as const) {
          const views = questionViews(audienceOf(role), state.qa, sources);
          for (const v of views) expect(PUBLIC_STATUSES.has(state.qa.questions[v.id]?.status ?? 'withdrawn')).toBe(true);
          const wire = JSON.stringify({ views, board: qaBoardView(audienceOf(role), state) });
          expect(wire).not.toContain('pid-');
          for (const id of state.qa.order) {
            const q = state.qa.questions[id];
            if (q && !PUBLIC_STATUSES.has(q.status)) expect(wire).not.toContain(`"${id}"`);
          }
          const pinned = state.qa.nowAnswering;
          if (pinned !== null) expect(state.qa.questions[pinned]?.status).toBe('published');
        }
        for (const id of state.qa.order) {
          const q = state.qa.questions[id];
          if (q && (q.status === 'withdrawn' || q.status === 'rejected')) expect(content.has(id)).toBe(false);
        }
        for (let i = 0; i < 5; i++) {
          const mine = myQuestionViews(state.qa, pid(i), sources);
          for (const m of mine) expect(state.qa.questions[m.id]?.askedBy).toBe(pid(i));
          expect(JSON.stringify(mine)).not.toContain('pid-');
        }
        expect(replay(log).qa).toEqual(state.qa);
      }),
      { seed: 5151, numRuns: 150 },
    );
  });
});
