import { describe, expect, it } from 'vitest';
import { createSession, decide } from '../decide.ts';
import { type Actor } from '../decideContext.ts';
import type { Decision, ErrorCode } from '../errors.ts';
import type { Declared, StakeholderGroup } from '../vocabulary.ts';
import { sessionPlanSchema, type SessionPlanInput } from '../plan.ts';
import { commandSchema, type CommandInput } from '../protocol/commands.ts';
import { audienceOf, type Channel } from '../roles.ts';
import { evolve, replay } from '../session.ts';
import { isSessionEvent, type ContributionEvent, type DomainEvent, type SessionEvent } from '../events.ts';
import { type SessionState } from '../sessionState.ts';
import { qaSettingsOf } from './effectiveQaSettings.ts';
import { qaContentWrites } from './qaContent.ts';
import { myQuestionViews, qaBoardView, questionViews, relayCounts, type QaSources } from './qaViews.ts';
import type { QuestionContent } from './qaTypes.ts';
import { UpvoteBox } from './upvoteBox.ts';

/** Examples of the Q&A commands (QA rules), decided and applied as the server does. */

const NOW = 1_700_000_000_000;
const MODERATOR: Actor = { role: 'moderator', participantId: null };
const ONLINE_MODERATOR: Actor = { role: 'online_moderator', participantId: null };
const NO_GROUPS: Declared = { stakeholderGroup: null, regionalGroup: null, gender: null };

function person(participantId: string, channel: Channel | null, stakeholderGroup: StakeholderGroup | null = null): Actor {
  return { role: 'participant', participantId, profile: { channel, declared: { ...NO_GROUPS, stakeholderGroup } } };
}

const onsite = person('pid-onsite-1', 'onsite', 'Government');
const online = person('pid-online-1', 'online', 'Youth');
const other = person('pid-onsite-2', 'onsite');

function codeOf(decision: Decision<unknown>): ErrorCode | 'ok' {
  return decision.ok ? 'ok' : decision.error.code;
}

/** A session that applies decisions as the room does: events to the state, content and upvotes beside it. */
function start(over: Partial<SessionPlanInput> = {}) {
  let n = 0;
  const newId = () => `q${String(++n)}`;
  const plan = sessionPlanSchema.parse({ title: 'Q&A examples', youthMode: false, ...over });
  const log: SessionEvent[] = createSession(plan, { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId });
  let state: SessionState = replay(log);
  const content = new Map<string, QuestionContent>();
  const upvotes = new UpvoteBox();
  let now = NOW;
  const sources: QaSources = { content: (id) => content.get(id), upvotes: (q) => upvotes.count(q.id, q.mergedFrom) };
  return {
    log,
    content,
    upvotes,
    sources,
    get state(): SessionState {
      return state;
    },
    run(input: CommandInput, actor: Actor = MODERATOR): Decision<DomainEvent> {
      now += 1000;
      const command = commandSchema.parse(input);
      const decision = decide(state, command, { actor, now, newId, upvotes: (id) => { const q = state.qa.questions[id]; return q ? upvotes.count(id, q.mergedFrom) : 0; } });
      if (decision.ok) {
        const events = decision.events.filter(isSessionEvent);
        for (const w of qaContentWrites(command, events, (id) => content.get(id))) {
          if (w.content) content.set(w.questionId, w.content);
          else content.delete(w.questionId);
        }
        for (const event of events) {
          state = evolve(state, event);
          log.push(event);
        }
        for (const event of decision.events) {
          if (event.type === 'qa.upvoted') upvotes.set(event.questionId, event.participantId, event.up);
        }
      }
      return decision;
    },
    /** Asks and returns the new question's id. */
    ask(actor: Actor, text: string, displayName: string | null = null): string {
      const decision = this.run({ type: 'qa.ask', text, displayName }, actor);
      if (!decision.ok) throw new Error(decision.error.message);
      const event = decision.events[0];
      if (event?.type !== 'qa.asked') throw new Error('no question');
      return event.question.id;
    },
    statusOf(id: string) {
      return state.qa.questions[id]?.status;
    },
    /** The version of a question's text now, as a moderator's console shows it (QA-14). */
    v(id: string): number {
      return state.qa.questions[id]?.version ?? 1;
    },
  };
}

describe('asking (QA-1, QA-2)', () => {
  it('QA-1: a participant asks after saying onsite or online; the question records channel, group and agenda item', () => {
    const s = start();
    expect(codeOf(s.run({ type: 'qa.ask', text: 'Who decides?' }, person('pid-x', null)))).toBe('invalid_state');
    const id = s.ask(onsite, 'Who decides what is safe for children?');
    const q = s.state.qa.questions[id];
    expect(q).toMatchObject({ askedBy: 'pid-onsite-1', channel: 'onsite', stakeholderGroup: 'Government', agendaItem: null, status: 'published' });
    expect(codeOf(s.run({ type: 'qa.ask', text: 'Hi' }, MODERATOR))).toBe('forbidden');
  });

  it('QA-1, QA-2: the session sets the length limit; longer questions are refused', () => {
    const s = start({ qa: { maxQuestionLength: 20 } });
    expect(codeOf(s.run({ type: 'qa.ask', text: 'x'.repeat(21) }, onsite))).toBe('invalid_input');
    expect(codeOf(s.run({ type: 'qa.ask', text: 'x'.repeat(20) }, onsite))).toBe('ok');
    expect(qaSettingsOf(start().state.plan).maxQuestionLength).toBe(280);
  });

  it('QA-2: display names only where the session allows them, never in youth mode; anonymous by default', () => {
    expect(codeOf(start().run({ type: 'qa.ask', text: 'A question?', displayName: 'Amina' }, onsite))).toBe('invalid_input');
    const allowed = start({ qa: { allowDisplayNames: true } });
    const id = allowed.ask(onsite, 'A question?', 'Amina');
    expect(allowed.content.get(id)).toEqual({ text: 'A question?', displayName: 'Amina' });
    const youth = start({ youthMode: true, qa: { allowDisplayNames: true } });
    expect(qaSettingsOf(youth.state.plan)).toMatchObject({ allowDisplayNames: false, preModeration: true, filters: true });
    expect(codeOf(youth.run({ type: 'qa.ask', text: 'A question?', displayName: 'Amina' }, onsite))).toBe('invalid_input');
  });

  it('QA-1: the author edits or withdraws only while the question waits; others cannot touch it', () => {
    const s = start({ qa: { preModeration: true } });
    const id = s.ask(onsite, 'First wording');
    expect(s.statusOf(id)).toBe('pending');
    expect(codeOf(s.run({ type: 'qa.edit', questionId: id, version: s.v(id), text: 'Better wording' }, other))).toBe('not_found');
    expect(codeOf(s.run({ type: 'qa.withdraw', questionId: id }, other))).toBe('not_found');
    expect(codeOf(s.run({ type: 'qa.edit', questionId: id, version: s.v(id), text: 'Better wording' }, onsite))).toBe('ok');
    expect(s.content.get(id)?.text).toBe('Better wording');
    s.run({ type: 'qa.approve', questionId: id, version: s.v(id) });
    expect(codeOf(s.run({ type: 'qa.edit', questionId: id, version: s.v(id), text: 'Changed after' }, onsite))).toBe('invalid_state');
    expect(codeOf(s.run({ type: 'qa.withdraw', questionId: id }, onsite))).toBe('invalid_state');
    const second = s.ask(onsite, 'Never mind');
    expect(codeOf(s.run({ type: 'qa.withdraw', questionId: second }, onsite))).toBe('ok');
    expect(s.statusOf(second)).toBe('withdrawn');
  });

  it('QA-1: the author sees each status; a rejected question shows as not published, without text', () => {
    const s = start({ qa: { preModeration: true } });
    const a = s.ask(onsite, 'Pending one');
    const b = s.ask(onsite, 'My email is amina@example.org');
    const c = s.ask(onsite, 'Will be published');
    const d = s.ask(onsite, 'Will be rejected');
    s.run({ type: 'qa.approve', questionId: c, version: s.v(c) });
    s.run({ type: 'qa.reject', questionId: d, version: s.v(d), reason: 'off_topic' });
    const mine = myQuestionViews(s.state.qa, 'pid-onsite-1', s.sources);
    expect(mine.map((q) => [q.id, q.status, q.text])).toEqual([
      [d, 'not_published', null],
      [c, 'published', 'Will be published'],
      [b, 'held', 'My email is amina@example.org'],
      [a, 'pending', 'Pending one'],
    ]);
    expect(myQuestionViews(s.state.qa, 'pid-onsite-2', s.sources)).toEqual([]);
  });
});

describe('pre-moderation and filters (QA-3, QA-4)', () => {
  it('QA-3: under pre-moderation a clean question waits; without it, it is published at once', () => {
    const pre = start({ youthMode: true });
    expect(pre.statusOf(pre.ask(onsite, 'How do schools teach this?'))).toBe('pending');
    const open = start({ youthMode: false });
    expect(open.statusOf(open.ask(onsite, 'How do schools teach this?'))).toBe('published');
  });

  it('QA-4: a flagged question is held for review with its flags, even without pre-moderation', () => {
    const s = start({ youthMode: false });
    const id = s.ask(online, 'Write to me at amina@example.org');
    expect(s.state.qa.questions[id]?.status).toBe('held');
    expect(s.state.qa.questions[id]?.flags).toContain('email');
    const views = questionViews('staff', s.state.qa, s.sources);
    expect(views.find((v) => v.id === id)?.flags).toContain('email');
    expect(questionViews('public', s.state.qa, s.sources)).toEqual([]);
  });

  it('QA-2, FILTER-13: the host\'s allowed domains reach the filters: a link or e-mail address on them is not held, others are', () => {
    const s = start({ youthMode: false, qa: { allowedDomains: ['Organisers-Example.org', 'https://www.ngo-example.net/about'] } });
    expect(s.state.plan.qa.allowedDomains).toEqual(['organisers-example.org', 'ngo-example.net']);
    expect(s.statusOf(s.ask(online, 'Is the toolkit on organisers-example.org/toolkit for teachers too?'))).toBe('published');
    expect(s.statusOf(s.ask(online, 'Can parents write to help@ngo-example.net?'))).toBe('published');
    expect(s.statusOf(s.ask(online, 'Has unicef.org published guidance on AI?'))).toBe('published');
    expect(s.statusOf(s.ask(online, 'see my blog annasworld.com'))).toBe('held');
    const none = start({ youthMode: false });
    expect(none.statusOf(none.ask(online, 'Is the toolkit on organisers-example.org/toolkit for teachers too?'))).toBe('held');
    expect(() => sessionPlanSchema.parse({ title: 'x', qa: { allowedDomains: ['not a domain'] } })).toThrow(/domain/);
  });

  it('QA-4: an author editing a held question cannot release it; only a moderator can', () => {
    const s = start({ youthMode: false });
    const id = s.ask(online, 'Call me on +44 20 7946 0958');
    s.run({ type: 'qa.edit', questionId: id, version: s.v(id), text: 'Call me please' }, online);
    expect(s.state.qa.questions[id]).toMatchObject({ status: 'held', flags: [] });
    s.run({ type: 'qa.approve', questionId: id, version: s.v(id) });
    expect(s.statusOf(id)).toBe('published');
  });

  it('QA-4: an author editing personal data into a pending question gets it held', () => {
    const s = start({ youthMode: true });
    const id = s.ask(online, 'A clean question');
    s.run({ type: 'qa.edit', questionId: id, version: s.v(id), text: 'Visit https://example.org now' }, online);
    expect(s.state.qa.questions[id]?.status).toBe('held');
    expect(s.state.qa.questions[id]?.flags).toContain('url');
  });

  it('QA-2, QA-4: filters off (not in youth mode) lets flagged text through as any other', () => {
    const s = start({ youthMode: false, qa: { filters: false } });
    expect(s.statusOf(s.ask(online, 'Mail amina@example.org'))).toBe('published');
  });
});

/** The refusal of a decision: code, reason and params, or 'ok'. */
function refusalOf(decision: Decision<unknown>) {
  return decision.ok ? 'ok' : { code: decision.error.code, reason: decision.error.reason, params: decision.error.params };
}

describe('acting on the text read (QA-14)', () => {
  it('QA-14: an approve naming the text read is refused when the author changed it since; nothing unseen is published', () => {
    const s = start({ youthMode: true });
    const id = s.ask(online, 'Call me on +44 20 7946 0958');
    const read = s.v(id);
    // The author swaps the text while the moderator reads the old one.
    expect(codeOf(s.run({ type: 'qa.edit', questionId: id, version: read, text: 'Unseen words nobody checked' }, online))).toBe('ok');
    expect(refusalOf(s.run({ type: 'qa.approve', questionId: id, version: read }))).toEqual({ code: 'invalid_state', reason: 'qa.changedSinceSeen', params: { version: read + 1 } });
    expect(s.statusOf(id)).toBe('held');
    expect(questionViews('public', s.state.qa, s.sources)).toEqual([]);
    expect(s.log.filter((e) => e.type === 'qa.approved')).toHaveLength(0);
    // The console shows the new text with its version; approving that one publishes it.
    expect(questionViews('staff', s.state.qa, s.sources).find((v) => v.id === id)).toMatchObject({ text: 'Unseen words nobody checked', version: read + 1 });
    expect(codeOf(s.run({ type: 'qa.approve', questionId: id, version: read + 1 }))).toBe('ok');
    expect(s.statusOf(id)).toBe('published');
  });

  it('QA-14: reject, merge, a moderator edit and edit-then-approve also name the version read', () => {
    const s = start({ youthMode: true });
    const target = s.ask(onsite, 'The published one');
    s.run({ type: 'qa.approve', questionId: target, version: s.v(target) });
    const id = s.ask(online, 'First wording');
    s.run({ type: 'qa.edit', questionId: id, version: 1, text: 'Second wording' }, online);
    const stale = [
      { type: 'qa.reject', questionId: id, version: 1, reason: 'off_topic' },
      { type: 'qa.merge', questionId: id, version: 1, intoId: target },
      { type: 'qa.edit', questionId: id, version: 1, text: 'A moderator tidies it' },
      { type: 'qa.approve', questionId: id, version: 1, text: 'A moderator tidies it' },
    ] as const satisfies readonly CommandInput[];
    for (const input of stale) expect(refusalOf(s.run(input))).toMatchObject({ reason: 'qa.changedSinceSeen', params: { version: 2 } });
    // The author's own edit from an old page is refused the same way: no edit lost unread.
    expect(refusalOf(s.run({ type: 'qa.edit', questionId: id, version: 1, text: 'Third wording' }, online))).toMatchObject({ reason: 'qa.changedSinceSeen' });
    expect(s.content.get(id)?.text).toBe('Second wording');
    expect(s.statusOf(id)).toBe('pending');
    expect(codeOf(s.run({ type: 'qa.merge', questionId: id, version: 2, intoId: target }))).toBe('ok');
  });

  it('QA-14, QA-13: every edit counts one version; replaying the log rebuilds the count, and the events carry none', () => {
    const s = start({ youthMode: true });
    const id = s.ask(online, 'One');
    expect(s.v(id)).toBe(1);
    s.run({ type: 'qa.edit', questionId: id, version: 1, text: 'Two' }, online);
    s.run({ type: 'qa.edit', questionId: id, version: 2, text: 'Three' }, MODERATOR);
    s.run({ type: 'qa.approve', questionId: id, version: 3, text: 'Four' });
    expect(s.v(id)).toBe(4);
    expect(replay(s.log).qa.questions[id]?.version).toBe(4);
    expect(JSON.stringify(s.log.filter((e) => e.type === 'qa.asked'))).not.toContain('version');
  });

  it('QA-14, QA-4: an edit of a held question is screened again; the flags the new text earns stay, and it stays held', () => {
    const s = start({ youthMode: false });
    const id = s.ask(online, 'Write to amina@example.org or +44 20 7946 0958');
    expect(s.state.qa.questions[id]).toMatchObject({ status: 'held', flags: ['email', 'phone'] });
    s.run({ type: 'qa.edit', questionId: id, version: s.v(id), text: 'Write to amina@example.org instead' }, online);
    expect(s.state.qa.questions[id]).toMatchObject({ status: 'held', flags: ['email'] });
    s.run({ type: 'qa.edit', questionId: id, version: s.v(id), text: 'Or see https://example.org and amina@example.org' }, online);
    expect(s.state.qa.questions[id]).toMatchObject({ status: 'held', flags: ['email', 'url'] });
    // A moderator's edit is screened too: what it leaves in is still flagged for the next reader.
    s.run({ type: 'qa.edit', questionId: id, version: s.v(id), text: 'Or see https://example.org' }, MODERATOR);
    expect(s.state.qa.questions[id]).toMatchObject({ status: 'held', flags: ['url'] });
  });

  it('QA-14: a text that shows nothing is refused with qa.emptyText, whoever sends it', () => {
    const s = start({ youthMode: true });
    const id = s.ask(online, 'A real question');
    const blanks = ['   ', '\u200B\u200D\u2060', '\uFE0F\u00AD\u200E \u3164', '\n\n', '\u2800\u115F'];
    for (const text of blanks) {
      expect(refusalOf(s.run({ type: 'qa.ask', text }, onsite))).toMatchObject({ code: 'invalid_input', reason: 'qa.emptyText' });
      expect(refusalOf(s.run({ type: 'qa.edit', questionId: id, version: s.v(id), text }, online))).toMatchObject({ reason: 'qa.emptyText' });
      expect(refusalOf(s.run({ type: 'qa.approve', questionId: id, version: s.v(id), text }))).toMatchObject({ reason: 'qa.emptyText' });
    }
    expect(s.content.get(id)?.text).toBe('A real question');
    // Emoji and scripts that need joiners are text.
    expect(codeOf(s.run({ type: 'qa.ask', text: '👩\u200D👩\u200D👧?' }, onsite))).toBe('ok');
  });

  it('QA-14: a control character is refused with qa.controlCharacter; tabs become spaces and line ends \\n', () => {
    const s = start({ youthMode: true });
    for (const text of ['Ring\u0007 the bell', 'Null\u0000here', 'Escape\u001B[31m', 'Next\u0085line']) {
      expect(refusalOf(s.run({ type: 'qa.ask', text }, onsite))).toMatchObject({ code: 'invalid_input', reason: 'qa.controlCharacter' });
    }
    const id = s.ask(onsite, '\tWho decides?\tAnd when?\r\nSecond line\rThird\t');
    expect(s.content.get(id)?.text).toBe('Who decides? And when?\nSecond line\nThird');
  });
});

describe('moderation (QA-5, QA-6)', () => {
  it('QA-5, QA-6: edit then approve replaces the text; the events carry no text', () => {
    const s = start({ youthMode: true });
    const id = s.ask(online, 'I am Amina, 12, from Leeds: my email is amina@example.org');
    s.run({ type: 'qa.approve', questionId: id, version: s.v(id), text: 'How can a child report abuse?' });
    expect(s.state.qa.questions[id]).toMatchObject({ status: 'published', editedByModerator: true });
    expect(s.content.get(id)?.text).toBe('How can a child report abuse?');
    expect(JSON.stringify(s.log)).not.toContain('Amina');
    expect(JSON.stringify(s.log)).not.toContain('How can a child');
  });

  it('QA-5: withdrawing or rejecting deletes the content', () => {
    const s = start({ youthMode: true });
    const a = s.ask(online, 'Withdrawn words');
    const b = s.ask(online, 'Rejected words');
    s.run({ type: 'qa.withdraw', questionId: a }, online);
    s.run({ type: 'qa.reject', questionId: b, version: s.v(b), reason: 'personal_data' });
    expect(s.content.has(a)).toBe(false);
    expect(s.content.has(b)).toBe(false);
    expect(s.state.qa.questions[b]?.rejectReason).toBe('personal_data');
  });

  it('QA-6: approving twice is one approval: the second is refused with invalid_state', () => {
    const s = start({ youthMode: true });
    const id = s.ask(onsite, 'Twice?');
    expect(codeOf(s.run({ type: 'qa.approve', questionId: id, version: s.v(id) }, MODERATOR))).toBe('ok');
    expect(codeOf(s.run({ type: 'qa.approve', questionId: id, version: s.v(id) }, ONLINE_MODERATOR))).toBe('invalid_state');
    expect(s.log.filter((e) => e.type === 'qa.approved')).toHaveLength(1);
  });

  it('QA-6: pin only published questions; answering or archiving takes it off the big screen', () => {
    const s = start({ youthMode: true });
    const id = s.ask(onsite, 'Pin me');
    expect(codeOf(s.run({ type: 'qa.pin', questionId: id }))).toBe('invalid_state');
    s.run({ type: 'qa.approve', questionId: id, version: s.v(id) });
    expect(codeOf(s.run({ type: 'qa.pin', questionId: id }))).toBe('ok');
    expect(s.state.qa.nowAnswering).toBe(id);
    expect(codeOf(s.run({ type: 'qa.answer', questionId: id }))).toBe('ok');
    expect(s.state.qa.nowAnswering).toBeNull();
    expect(codeOf(s.run({ type: 'qa.archive', questionId: id }))).toBe('ok');
    expect(questionViews('public', s.state.qa, s.sources)).toEqual([]);
    expect(codeOf(s.run({ type: 'qa.pin', questionId: null }))).toBe('invalid_state');
  });

  it('QA-6, QA-7: merging a duplicate combines upvotes, each participant once', () => {
    const s = start({ youthMode: false });
    const a = s.ask(onsite, 'What about privacy?');
    const b = s.ask(online, 'And privacy?');
    s.run({ type: 'qa.upvote', questionId: a, up: true }, other);
    s.run({ type: 'qa.upvote', questionId: b, up: true }, other);
    s.run({ type: 'qa.upvote', questionId: b, up: true }, onsite);
    expect(codeOf(s.run({ type: 'qa.merge', questionId: b, version: s.v(b), intoId: b }))).toBe('invalid_input');
    expect(codeOf(s.run({ type: 'qa.merge', questionId: b, version: s.v(b), intoId: a }))).toBe('ok');
    const views = questionViews('public', s.state.qa, s.sources);
    expect(views.map((v) => [v.id, v.upvotes, v.mergedCount])).toEqual([[a, 2, 1]]);
  });

  it('QA-6, QA-7: merging a question that had duplicates carries their upvotes along', () => {
    const s = start({ youthMode: false });
    const a = s.ask(onsite, 'A?');
    const b = s.ask(online, 'B?');
    const c = s.ask(other, 'C?');
    s.run({ type: 'qa.upvote', questionId: c, up: true }, online);
    s.run({ type: 'qa.upvote', questionId: b, up: true }, other);
    s.run({ type: 'qa.merge', questionId: c, version: s.v(c), intoId: b });
    s.run({ type: 'qa.merge', questionId: b, version: s.v(b), intoId: a });
    expect(questionViews('public', s.state.qa, s.sources).map((v) => [v.id, v.upvotes, v.mergedCount])).toEqual([[a, 2, 2]]);
  });

  it('QA-6: a merge never publishes: only into a published question', () => {
    const s = start({ youthMode: true });
    const a = s.ask(onsite, 'Waiting one');
    const b = s.ask(online, 'Waiting two');
    expect(codeOf(s.run({ type: 'qa.merge', questionId: b, version: s.v(b), intoId: a }))).toBe('invalid_state');
  });

  it('QA-6: labels and a text reply show with the question', () => {
    const s = start({ youthMode: false });
    const id = s.ask(onsite, 'Where is the report?');
    s.run({ type: 'qa.label', questionId: id, labels: ['report', 'report', 'follow-up'] });
    s.run({ type: 'qa.reply', questionId: id, text: 'It will be online next week.' });
    expect(questionViews('public', s.state.qa, s.sources)[0]).toMatchObject({ labels: ['report', 'follow-up'], reply: 'It will be online next week.' });
  });

  it('QA-6: withdrawn or rejected questions cannot be approved, edited, labelled or replied to', () => {
    const s = start({ youthMode: true });
    const id = s.ask(onsite, 'Gone soon');
    s.run({ type: 'qa.reject', questionId: id, version: s.v(id), reason: 'other' });
    const inputs: CommandInput[] = [
      { type: 'qa.approve', questionId: id, version: s.v(id) },
      { type: 'qa.edit', questionId: id, version: s.v(id), text: 'x' },
      { type: 'qa.label', questionId: id, labels: ['x'] },
      { type: 'qa.reply', questionId: id, text: 'x' },
      { type: 'qa.reject', questionId: id, version: s.v(id), reason: 'other' },
    ];
    for (const input of inputs) {
      expect(codeOf(s.run(input))).toBe('not_found');
    }
  });
});

describe('upvotes (QA-7)', () => {
  it('QA-7: set and clear, idempotent; only published questions; another participant cannot learn of a waiting one', () => {
    const s = start({ youthMode: true });
    const id = s.ask(onsite, 'Upvote me');
    expect(codeOf(s.run({ type: 'qa.upvote', questionId: id, up: true }, other))).toBe('not_found');
    expect(codeOf(s.run({ type: 'qa.upvote', questionId: 'nope', up: true }, other))).toBe('not_found');
    s.run({ type: 'qa.approve', questionId: id, version: s.v(id) });
    s.run({ type: 'qa.upvote', questionId: id, up: true }, other);
    s.run({ type: 'qa.upvote', questionId: id, up: true }, other);
    expect(s.upvotes.count(id)).toBe(1);
    s.run({ type: 'qa.upvote', questionId: id, up: false }, other);
    expect(s.upvotes.count(id)).toBe(0);
    const decision = s.run({ type: 'qa.upvote', questionId: id, up: true }, other);
    expect(decision.ok && (decision.events[0] as ContributionEvent).type).toBe('qa.upvoted');
    expect(codeOf(s.run({ type: 'qa.upvote', questionId: id, up: true }, MODERATOR))).toBe('forbidden');
  });

  it('QA-15: the author cannot upvote their own question; nothing is counted; taking an upvote back is allowed', () => {
    const s = start({ youthMode: false });
    const id = s.ask(onsite, 'Mine to ask, yours to upvote');
    s.run({ type: 'qa.approve', questionId: id, version: s.v(id) });
    const decision = s.run({ type: 'qa.upvote', questionId: id, up: true }, onsite);
    expect(decision.ok ? 'ok' : decision.error.reason).toBe('qa.ownQuestion');
    expect(codeOf(decision)).toBe('forbidden');
    expect(s.upvotes.count(id)).toBe(0);
    expect(codeOf(s.run({ type: 'qa.upvote', questionId: id, up: false }, onsite))).toBe('ok');
    expect(codeOf(s.run({ type: 'qa.upvote', questionId: id, up: true }, other))).toBe('ok');
    expect(s.upvotes.count(id)).toBe(1);
  });
});

describe('next question and relay (QA-9, QA-10, QA-11)', () => {
  it('QA-9: most_upvoted pins the question with most upvotes; ties go to the earliest asked', () => {
    const s = start({ youthMode: false });
    const a = s.ask(onsite, 'A?');
    const b = s.ask(online, 'B?');
    const c = s.ask(online, 'C?');
    s.run({ type: 'qa.upvote', questionId: b, up: true }, other);
    s.run({ type: 'qa.upvote', questionId: c, up: true }, onsite);
    expect(codeOf(s.run({ type: 'qa.next' }))).toBe('ok');
    expect(s.state.qa.nowAnswering).toBe(b);
    s.run({ type: 'qa.answer', questionId: b });
    s.run({ type: 'qa.next' });
    expect(s.state.qa.nowAnswering).toBe(c);
    s.run({ type: 'qa.answer', questionId: c });
    s.run({ type: 'qa.next' });
    expect(s.state.qa.nowAnswering).toBe(a);
    s.run({ type: 'qa.answer', questionId: a });
    expect(codeOf(s.run({ type: 'qa.next' }))).toBe('invalid_state');
  });

  it('QA-10: alternate takes the other channel even when the room outvotes the call', () => {
    const s = start({ youthMode: false, qa: { selectionPolicy: 'alternate' } });
    const room1 = s.ask(onsite, 'Room 1?');
    const room2 = s.ask(other, 'Room 2?');
    const call = s.ask(online, 'Call?');
    s.run({ type: 'qa.upvote', questionId: room2, up: true }, onsite);
    s.run({ type: 'qa.upvote', questionId: room2, up: true }, other);
    s.run({ type: 'qa.next' });
    expect(s.state.qa.nowAnswering).toBe(room2);
    s.run({ type: 'qa.answer', questionId: room2 });
    s.run({ type: 'qa.next' });
    expect(s.state.qa.nowAnswering).toBe(call);
    s.run({ type: 'qa.answer', questionId: call });
    s.run({ type: 'qa.next' });
    expect(s.state.qa.nowAnswering).toBe(room1);
  });

  it('QA-10: least_heard takes the group with the fewest answered questions', () => {
    const s = start({ youthMode: false });
    s.run({ type: 'qa.setPolicy', policy: 'least_heard' });
    expect(codeOf(s.run({ type: 'qa.setPolicy', policy: 'least_heard' }))).toBe('invalid_state');
    const gov1 = s.ask(onsite, 'Gov 1?');
    const gov2 = s.ask(onsite, 'Gov 2?');
    const youth = s.ask(online, 'Youth?');
    s.run({ type: 'qa.upvote', questionId: gov2, up: true }, other);
    s.run({ type: 'qa.pin', questionId: gov1 });
    s.run({ type: 'qa.answer', questionId: gov1 });
    s.run({ type: 'qa.next' });
    expect(s.state.qa.nowAnswering).toBe(youth);
  });

  it('QA-11: the online moderator forwards online questions; counts by channel for staff only', () => {
    const s = start({ youthMode: false });
    const fromCall = s.ask(online, 'From the call?');
    const fromRoom = s.ask(onsite, 'From the room?');
    expect(codeOf(s.run({ type: 'qa.forward', questionId: fromRoom }, ONLINE_MODERATOR))).toBe('invalid_state');
    expect(codeOf(s.run({ type: 'qa.forward', questionId: fromCall }, ONLINE_MODERATOR))).toBe('ok');
    expect(codeOf(s.run({ type: 'qa.forward', questionId: fromCall }, ONLINE_MODERATOR))).toBe('invalid_state');
    s.run({ type: 'qa.answer', questionId: fromCall });
    s.ask(online, 'Mail me at a@example.org');
    expect(relayCounts(s.state.qa)).toEqual({ onsite: { asked: 1, forwarded: 0, answered: 0 }, online: { asked: 2, forwarded: 1, answered: 1 } });
    expect(qaBoardView('staff', s.state).relay).not.toBeNull();
    expect(qaBoardView('public', s.state).relay).toBeNull();
    expect(qaBoardView('public', s.state).relay).toBeNull();
  });
});

describe('views and replay (QA-8, QA-13)', () => {
  it('QA-8: no view carries a participant id; the public gets no group, flags or relay marks', () => {
    const s = start({ youthMode: false });
    const id = s.ask(onsite, 'Public question?');
    s.ask(online, 'Held: +44 20 7946 0958');
    s.run({ type: 'qa.forward', questionId: id }, ONLINE_MODERATOR);
    for (const role of ['participant', 'projector', 'moderator', 'online_moderator', 'host'] as const) {
      const text = JSON.stringify({ q: questionViews(audienceOf(role), s.state.qa, s.sources), b: qaBoardView(audienceOf(role), s.state) });
      expect(text).not.toContain('pid-');
    }
    const [pub] = questionViews('public', s.state.qa, s.sources);
    expect(pub).toMatchObject({ flags: null, stakeholderGroup: null, forwarded: null, mergedInto: null });
  });

  it('QA-13: replaying the log rebuilds the same Q&A state', () => {
    const s = start({ youthMode: true });
    const a = s.ask(onsite, 'One');
    const b = s.ask(online, 'Two');
    s.run({ type: 'qa.approve', questionId: a, version: s.v(a) });
    s.run({ type: 'qa.approve', questionId: b, version: s.v(b), text: 'Two, edited' });
    s.run({ type: 'qa.merge', questionId: b, version: s.v(b), intoId: a });
    s.run({ type: 'qa.pin', questionId: a });
    s.run({ type: 'qa.label', questionId: a, labels: ['x'] });
    expect(replay(s.log).qa).toEqual(s.state.qa);
  });
});
