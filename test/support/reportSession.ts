import { createSession, decide } from '../../src/core/decide.ts';
import type { Actor, ParticipantProfile } from '../../src/core/decideContext.ts';
import { isSessionEvent, type DomainEvent, type SessionEvent } from '../../src/core/events.ts';
import type { Attendee } from '../../src/core/floor/balanceMeter.ts';
import { sessionPlanSchema, type SessionPlanInput } from '../../src/core/plan.ts';
import { commandSchema, type CommandInput } from '../../src/core/protocol/commands.ts';
import { qaContentWrites } from '../../src/core/qa/qaContent.ts';
import type { ReportSource } from '../../src/core/report/reportInputs.ts';
import type { ReportTextsInput } from '../../src/core/report/reportTexts.ts';
import type { Channel } from '../../src/core/roles.ts';
import { evolve, replay } from '../../src/core/session.ts';
import type { SessionState } from '../../src/core/sessionState.ts';
import { TEMPLATES } from '../../src/core/templates.ts';
import type { Gender, RegionalGroup, StakeholderGroup } from '../../src/core/vocabulary.ts';

/**
 * A scripted session for the report's tests (REPORT-1..REPORT-6): the seed round table with a
 * fixed clock and counter ids, driven through the core's own `decide` and `evolve`, so its
 * report is the same on every run. Participants sign hands and questions with labels and
 * display names (youth mode off), declare groups, vote, ask, upvote; the moderators run the
 * agenda, the floor (with overrides), the polls and the Q&A. `IDENTITY_STRINGS` lists
 * everything a participant typed as an identity: no report or export may hold any of it.
 */

/** 20 November 2026, 09:00 UTC. */
export const SCRIPT_START = Date.UTC(2026, 10, 20, 9, 0, 0);

export const SCRIPT_PLAN: SessionPlanInput = {
  ...TEMPLATES['child-online-safety-round-table'],
  youthMode: false,
  qa: { allowDisplayNames: true, preModeration: true, filters: true },
  speakers: TEMPLATES['child-online-safety-round-table'].speakers.map((s, i) => (i === 0 ? { ...s, organisation: 'مركز سلامة الأطفال على الإنترنت' } : i === 1 ? { ...s, organisation: '儿童网络安全中心' } : { ...s })),
};

interface ScriptParticipant {
  readonly id: string;
  readonly channel: Channel;
  readonly stakeholderGroup: StakeholderGroup | null;
  readonly regionalGroup: RegionalGroup | null;
  readonly gender: Gender | null;
  /** What they typed as a hand label, and as a display name on questions. */
  readonly label: string | null;
  readonly displayName: string | null;
}

const P = (id: string, channel: Channel, stakeholderGroup: StakeholderGroup | null, regionalGroup: RegionalGroup | null, gender: Gender | null, label: string | null, displayName: string | null): ScriptParticipant =>
  ({ id, channel, stakeholderGroup, regionalGroup, gender, label, displayName });

/**
 * Eighteen participants. One alone declared Academia, one alone GRULAC, one alone another gender:
 * groups of one that the report must never show apart (FLOOR-10).
 */
export const SCRIPT_PARTICIPANTS: readonly ScriptParticipant[] = [
  P('u01', 'onsite', 'Civil Society', 'African Group', 'woman', 'Amina from Lagos Youth Net', 'Amina Okafor'),
  P('u02', 'online', 'Civil Society', 'Asia-Pacific Group', 'man', 'Kenji Tanaka-Ruiz', 'Kenji T-R'),
  P('u03', 'onsite', 'Government', 'African Group', 'woman', null, 'Zeynep Quillfeather'),
  P('u04', 'online', 'Government', 'Asia-Pacific Group', 'man', 'Seat 14 Marguerite', null),
  P('u05', 'onsite', 'Civil Society', 'African Group', 'woman', null, null),
  P('u06', 'online', 'Government', 'Asia-Pacific Group', 'man', null, null),
  P('u07', 'onsite', 'Civil Society', 'African Group', 'woman', null, null),
  P('u08', 'online', 'Government', 'Asia-Pacific Group', 'man', null, 'ليلى الحسيني'),
  P('u09', 'onsite', 'Civil Society', 'African Group', 'woman', '王小明 (Beijing)', null),
  P('u10', 'online', 'Government', 'Asia-Pacific Group', 'man', null, null),
  P('u11', 'onsite', 'Civil Society', null, 'woman', null, null),
  P('u12', 'online', 'Academia', 'Latin American and Caribbean Group (GRULAC)', 'another_gender', 'Prof. Ixchel Obregón', 'Ixchel O.'),
  P('u13', 'onsite', null, null, null, null, null),
  P('u14', 'online', null, null, null, null, null),
  P('u15', 'online', null, null, null, null, null),
  P('u16', 'onsite', null, null, null, null, null),
  P('u17', 'online', null, null, null, null, null),
  P('u18', 'onsite', null, null, null, null, null),
];

/** Every string a participant typed as an identity; none may appear in a report or an export. */
export const IDENTITY_STRINGS: readonly string[] = [
  ...SCRIPT_PARTICIPANTS.flatMap((p) => [p.label, p.displayName].filter((s): s is string => s !== null)),
  ...SCRIPT_PARTICIPANTS.map((p) => p.id),
  // A moderator typed this for someone without the app: it names a person too.
  'Seat 3 by the door',
];

/** Groups declared by a single person: no table may name them. */
export const SINGLED_OUT_GROUPS: readonly string[] = ['Academia', 'GRULAC', 'another_gender', 'Another gender'];

/** What the rapporteur writes, with Arabic and Chinese among it. */
export const SCRIPT_TEXTS: ReportTextsInput = {
  summary: 'The round table agreed that governments and platforms share the duty of care.\nParticipants online and in the room asked for age-appropriate design by default.',
  sections: [
    { agendaItem: null, takeaways: ['Safety by design must be the default, not an option.'], callsToAction: ['Publish a joint code of practice within a year.'], partnershipOffers: ['The regulators’ network offers to host the follow-up working group.'] },
    { agendaItem: 1, takeaways: ['يجب أن تتعاون الحكومات وشركات التكنولوجيا لحماية الأطفال على الإنترنت', 'Regulators need clear reporting duties.'], callsToAction: ['Create a shared incident reporting channel.'], bestPractices: ['Helplines run by young people themselves.'] },
    { agendaItem: 3, takeaways: ['数字素养教育应该从小学开始'], callsToAction: ['把数字素养纳入国家课程'] },
  ],
};

/** The questions people asked: who, what, and what the moderators did with it. */
const QUESTIONS: readonly { by: string; text: string; fate: 'answered' | 'published' | 'rejected' | 'withdrawn' | 'pending' | 'forwarded' }[] = [
  { by: 'u01', text: 'How will age checks work without collecting more data about children?', fate: 'answered' },
  { by: 'u02', text: 'Which company has signed the safety-by-design pledge so far?', fate: 'forwarded' },
  { by: 'u08', text: 'كيف يمكن للمدارس تعليم السلامة الرقمية؟', fate: 'published' },
  { by: 'u09', text: '家长应该如何参与？', fate: 'published' },
  { by: 'u03', text: 'This is off topic: when is lunch?', fate: 'rejected' },
  { by: 'u12', text: 'I take it back', fate: 'withdrawn' },
  { by: 'u05', text: 'Still waiting for a moderator', fate: 'pending' },
];

export interface ScriptedSession {
  readonly state: SessionState;
  readonly source: ReportSource;
  readonly events: readonly SessionEvent[];
}

/** Runs the script and returns the state and the report's source as the server would pass it. */
export function runReportScript(): ScriptedSession {
  let n = 0;
  const newId = () => `id${String(++n).padStart(3, '0')}`;
  let now = SCRIPT_START;
  const plan = sessionPlanSchema.parse(SCRIPT_PLAN);
  const events: SessionEvent[] = createSession(plan, { sessionId: 'report-script', joinCode: '424242' }, { now, newId });
  let state = replay(events);
  const ballots = new Map<string, { pollId: string; optionIds: readonly string[] }>();
  const upvotes = new Map<string, { questionId: string; participantId: string }>();
  const texts = new Map<string, string>();

  const profile = (p: ScriptParticipant): ParticipantProfile => ({ channel: p.channel, declared: { stakeholderGroup: p.stakeholderGroup, regionalGroup: p.regionalGroup, gender: p.gender } });
  const who = (id: string): Actor => {
    const p = SCRIPT_PARTICIPANTS.find((x) => x.id === id);
    if (!p) throw new Error(`no participant ${id}`);
    return { role: 'participant', participantId: id, profile: profile(p) };
  };
  const MOD: Actor = { role: 'moderator', participantId: null };
  const RAPPORTEUR: Actor = { role: 'rapporteur', participantId: null };
  const ONLINE: Actor = { role: 'online_moderator', participantId: null };

  const run = (input: CommandInput, actor: Actor = MOD, advanceMs = 1000): DomainEvent[] => {
    now += advanceMs;
    const command = commandSchema.parse(input);
    const decision = decide(state, command, { actor, now, newId });
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.reason} ${decision.error.message}`);
    const control = decision.events.filter(isSessionEvent);
    for (const write of qaContentWrites(command, control, () => undefined)) {
      if (write.content) texts.set(write.questionId, write.content.text);
      else texts.delete(write.questionId);
    }
    for (const event of decision.events) {
      if (isSessionEvent(event)) {
        state = evolve(state, event);
        events.push(event);
      } else if (event.type === 'vote.cast') {
        ballots.set(`${event.pollId}/${event.participantId}`, { pollId: event.pollId, optionIds: event.optionIds });
      } else if (event.type === 'qa.upvoted') {
        const key = `${event.questionId}/${event.participantId}`;
        if (event.up) upvotes.set(key, { questionId: event.questionId, participantId: event.participantId });
        else upvotes.delete(key);
      }
    }
    return [...decision.events];
  };
  const minutes = (m: number) => m * 60_000;
  const pollId = (i: number) => state.pollOrder[i] ?? '';
  const optionId = (poll: number, option: number) => state.polls[pollId(poll)]?.options[option]?.id ?? '';
  const handOf = (participantId: string) => state.floor.hands.find((h) => h.speaker.key === `p:${participantId}`)?.id ?? '';
  const speak = (give: CommandInput, forMs: number) => {
    run(give);
    run({ type: 'floor.end' }, MOD, forMs);
  };

  // Item 1: opening, the panel introduces itself.
  run({ type: 'agenda.start' });
  speak({ type: 'floor.give', handId: null, panelSpeaker: 4 }, minutes(2));
  speak({ type: 'floor.give', handId: null, panelSpeaker: 6 }, minutes(2) + 30_000);

  // Item 2: round 1, with a poll and hands from both rooms.
  run({ type: 'agenda.next' }, MOD, minutes(1));
  speak({ type: 'floor.give', handId: null, panelSpeaker: 0 }, minutes(3));
  speak({ type: 'floor.give', handId: null, panelSpeaker: 1 }, minutes(3));
  run({ type: 'poll.open', pollId: pollId(0) });
  const firstVotes = [3, 3, 0, 1, 3, 2, 3, 0, 3, 1, 3, 3];
  firstVotes.forEach((option, i) => run({ type: 'poll.vote', pollId: pollId(0), optionIds: [optionId(0, option)] }, who(SCRIPT_PARTICIPANTS[i]?.id ?? ''), 2000));
  // A participant changes their mind: one ballot each (POLL-2).
  run({ type: 'poll.vote', pollId: pollId(0), optionIds: [optionId(0, 2)] }, who('u01'));
  run({ type: 'poll.close', pollId: pollId(0) }, MOD, minutes(1));
  for (const id of ['u01', 'u02', 'u09', 'u04', 'u12']) {
    const p = SCRIPT_PARTICIPANTS.find((x) => x.id === id);
    run({ type: 'floor.raise', intent: 'comment', label: p?.label ?? null }, who(id));
  }
  speak({ type: 'floor.give', handId: null, panelSpeaker: null }, minutes(2));
  // Overrides (FLOOR-6): a hand moved up, one picked out of turn, one removed.
  run({ type: 'floor.move', handId: handOf('u12'), position: 0 });
  speak({ type: 'floor.give', handId: null, panelSpeaker: null }, minutes(1) + 30_000);
  speak({ type: 'floor.give', handId: handOf('u04'), panelSpeaker: null }, minutes(2));
  run({ type: 'floor.remove', handId: handOf('u09') });

  // Item 3: round 2, a multiple-choice poll.
  run({ type: 'agenda.next' }, MOD, minutes(2));
  speak({ type: 'floor.give', handId: null, panelSpeaker: 2 }, minutes(4));
  run({ type: 'poll.open', pollId: pollId(1) });
  const secondVotes = [[0, 2], [0], [1, 2, 3], [0, 4], [2], [0, 2], [4], [0, 1], [2, 3]];
  secondVotes.forEach((options, i) => run({ type: 'poll.vote', pollId: pollId(1), optionIds: options.map((o) => optionId(1, o)) }, who(SCRIPT_PARTICIPANTS[i + 3]?.id ?? ''), 2000));
  run({ type: 'poll.close', pollId: pollId(1) }, MOD, minutes(1));
  run({ type: 'floor.setPolicy', policy: 'fewest_first' });
  run({ type: 'floor.raise', intent: 'question', label: null }, who('u07'));
  speak({ type: 'floor.give', handId: null, panelSpeaker: null }, minutes(2));

  // Item 4: round 3 runs short; its poll is never opened.
  run({ type: 'agenda.next' }, MOD, minutes(6));
  speak({ type: 'floor.give', handId: null, panelSpeaker: 3 }, minutes(3));
  run({ type: 'floor.add', label: 'Seat 3 by the door', channel: 'onsite', intent: 'comment' });
  speak({ type: 'floor.give', handId: null, panelSpeaker: null }, minutes(1));
  speak({ type: 'floor.give', handId: null, panelSpeaker: null }, minutes(1));

  // Item 5: Q&A.
  run({ type: 'agenda.next' }, MOD, minutes(3));
  const asked = new Map<string, string>();
  for (const q of QUESTIONS) {
    const before = new Set(state.qa.order);
    const p = SCRIPT_PARTICIPANTS.find((x) => x.id === q.by);
    run({ type: 'qa.ask', text: q.text, displayName: p?.displayName ?? null }, who(q.by), 5000);
    const id = state.qa.order.find((x) => !before.has(x));
    if (!id) throw new Error('question not asked');
    asked.set(q.text, id);
  }
  const version = (id: string) => state.qa.questions[id]?.version ?? 1;
  for (const q of QUESTIONS) {
    const id = asked.get(q.text) ?? '';
    if (q.fate === 'withdrawn') run({ type: 'qa.withdraw', questionId: id }, who(q.by));
    else if (q.fate === 'rejected') run({ type: 'qa.reject', questionId: id, version: version(id), reason: 'off_topic' });
    else if (q.fate !== 'pending') run({ type: 'qa.approve', questionId: id, version: version(id) }, q.fate === 'forwarded' ? ONLINE : MOD);
  }
  const upvoters: Record<string, readonly string[]> = {
    'How will age checks work without collecting more data about children?': ['u02', 'u03', 'u04', 'u05', 'u06'],
    'كيف يمكن للمدارس تعليم السلامة الرقمية؟': ['u01', 'u02', 'u03'],
    '家长应该如何参与？': ['u01', 'u04', 'u05', 'u06', 'u07', 'u10', 'u11'],
    'Which company has signed the safety-by-design pledge so far?': ['u01'],
  };
  for (const [text, voters] of Object.entries(upvoters)) for (const v of voters) run({ type: 'qa.upvote', questionId: asked.get(text) ?? '', up: true }, who(v), 500);
  // One upvote taken back.
  run({ type: 'qa.upvote', questionId: asked.get('家长应该如何参与？') ?? '', up: false }, who('u11'));
  const forwarded = asked.get('Which company has signed the safety-by-design pledge so far?') ?? '';
  run({ type: 'qa.forward', questionId: forwarded }, ONLINE);
  const first = asked.get('How will age checks work without collecting more data about children?') ?? '';
  run({ type: 'qa.pin', questionId: first }, MOD, 10_000);
  run({ type: 'qa.answer', questionId: first }, MOD, minutes(3));
  run({ type: 'qa.answer', questionId: forwarded }, MOD, minutes(2));

  // The rapporteur's desk tags the seed's other expected outcomes live (REPORT-16); no time passes.
  run({ type: 'desk.note', agendaItem: 3, tag: 'bestPractice', text: '学校与家长共同制定上网规则', attach: null }, RAPPORTEUR, 0);
  run({ type: 'desk.note', agendaItem: null, tag: 'partnershipOffer', text: 'شبكة المدارس مستعدة للشراكة في برامج التوعية', attach: null }, RAPPORTEUR, 0);
  // It pulls in what the session produced (REPORT-8, REPORT-23): the answered question with its
  // words, the first poll and the floor's balance bare, an intervention with a call to action.
  run({ type: 'desk.note', agendaItem: 4, tag: 'takeaway', text: 'Age checks must not collect more data', attach: { kind: 'question', questionId: first } }, RAPPORTEUR, 0);
  run({ type: 'desk.note', agendaItem: 1, tag: 'takeaway', text: '', attach: { kind: 'poll', pollId: state.pollOrder[0] ?? '' } }, RAPPORTEUR, 0);
  run({ type: 'desk.note', agendaItem: null, tag: 'takeaway', text: '', attach: { kind: 'balance' } }, RAPPORTEUR, 0);
  run({ type: 'desk.note', agendaItem: 2, tag: 'callToAction', text: 'Give youth delegates a seat on the panel', attach: { kind: 'intervention', interventionId: state.floor.ledger[0]?.id ?? '' } }, RAPPORTEUR, 0);

  // Item 6: closing, then the end of the run.
  run({ type: 'agenda.next' }, MOD, minutes(1));
  speak({ type: 'floor.give', handId: null, panelSpeaker: 5 }, minutes(4));
  run({ type: 'agenda.end' }, MOD, minutes(2));

  const participants: Attendee[] = SCRIPT_PARTICIPANTS.map((p) => ({ channel: p.channel, stakeholderGroup: p.stakeholderGroup, regionalGroup: p.regionalGroup, gender: p.gender }));
  return {
    state,
    events,
    source: {
      state,
      ballots: [...ballots.values()],
      participants,
      upvotes: [...upvotes.values()],
      questionTexts: Object.fromEntries(texts),
      peak: { onsite: 7, online: 6, undeclared: 0, at: SCRIPT_START + minutes(20) },
      asOf: now,
    },
  };
}
