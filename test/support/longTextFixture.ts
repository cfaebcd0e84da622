import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { SessionPlanInput } from '../../src/core/plan.ts';
import { DEMO_TEMPLATE, TEMPLATES } from '../../src/core/templates.ts';
import { connectClient, createSession, joinAsParticipant, tokenOf, type CreatedSessionResponse } from './testServer.ts';

/**
 * A session that stresses every layout (issue 14, COCKPIT-6): long words without a break,
 * long labels and titles at their limits, many hands, many questions (some held by the
 * filters), and a twelve-option poll whose labels run to 120 characters. The seed round table
 * with everything lengthened; youth mode stays on, as for a real session.
 */

/** One word of 60 letters: nothing may hang out of its box because of it. */
export const LONG_WORD = 'Intergovernmentalorganisationalresponsibilityframeworkcharter';
/** A URL as people paste them. */
export const LONG_URL = 'https://www.example.org/child-online-safety/reports/2025/annex-b/recommendations-for-platforms-and-regulators';

const seed = TEMPLATES[DEMO_TEMPLATE];

function pad(text: string, length: number): string {
  let out = text;
  while (out.length < length) out += ` ${LONG_WORD}`;
  return out.slice(0, length).trim();
}

export const LONG_TEXT_PLAN: SessionPlanInput = {
  ...seed,
  title: pad(`Child Online Safety ${LONG_WORD} round table of the regional and global stakeholder communities`, 200),
  subtitle: pad(`Cybersecurity, Cybercrime & Online Safety — hybrid round table — ${LONG_URL}`, 200),
  agenda: seed.agenda.map((item, index) => ({ ...item, title: pad(`${item.title}: ${LONG_WORD}`, index === 1 ? 200 : 90) })),
  speakers: seed.speakers.map((speaker, index) => ({ ...speaker, label: index === 0 ? pad(`Speaker ${LONG_WORD}`, 120) : `${speaker.label} ${LONG_WORD.slice(0, 20)}` })),
  polls: [
    {
      question: pad(`Which of these ${LONG_WORD} measures should come first, and who should be accountable for them over the next five years?`, 300),
      kind: 'single',
      options: Array.from({ length: 12 }, (_, i) => pad(`${String.fromCharCode(65 + i)}. ${i % 3 === 0 ? LONG_WORD : 'Age-appropriate design codes, safety by default and independent audits of recommender systems'}`, 120)),
      resultsVisibility: 'live',
      agendaItem: 1,
    },
    ...seed.polls.slice(1),
  ],
};

/** Labels people added without the app give (the limit is 40 characters). */
export const HAND_LABELS = [LONG_WORD.slice(0, 40), 'Seat 12, second row by the window, left', 'Delegate of the Intergovernmental Panel', 'Youth representative from the online hub'];

/** Questions of every length, some with personal data the filters hold. */
export const QUESTIONS = [
  `How do we reach children who are offline? ${LONG_WORD} ${LONG_WORD}`,
  `Please read ${LONG_URL} before answering: what should platforms publish about their age checks?`,
  'My phone number is 0612345678, can someone call me about the helpline for my school?',
  `${LONG_WORD}${LONG_WORD}`,
  'What can parents do this week? '.repeat(8).trim(),
  'Should schools teach digital literacy from the age of six, and who trains the teachers?',
  'How will the regulators in the Global South be funded?',
  'Is end-to-end encryption compatible with child safety, and how do we explain the trade-offs to children themselves?',
  'What does the tech industry commit to today?',
  'Who listens to young people when a report is ignored?',
];

export interface LongTextSession {
  readonly session: CreatedSessionResponse;
  readonly moderator: OpenFloorClient;
  readonly participants: readonly OpenFloorClient[];
  close(): void;
}

/**
 * Creates the long-text session on a running server and fills it: the run started, twelve
 * participants (half online) with hands up, four people added with long labels, ten questions
 * (half approved, one pinned, the held ones left for review), the twelve-option poll open with
 * votes, and someone with a long label speaking.
 */
export async function longTextSession(baseUrl: string): Promise<LongTextSession> {
  const session = await createSession(baseUrl, { plan: LONG_TEXT_PLAN });
  const moderator = connectClient(baseUrl, tokenOf(session.links.moderator));
  await moderator.waitFor((_s, status) => status === 'live');
  const participants: OpenFloorClient[] = [];
  for (let i = 0; i < 12; i++) participants.push(await joinAsParticipant(baseUrl, session.joinCode, i % 2 === 0 ? 'onsite' : 'online'));

  await moderator.send({ type: 'agenda.start' });
  await moderator.send({ type: 'agenda.next' });
  for (const [i, label] of HAND_LABELS.entries()) await moderator.send({ type: 'floor.add', label, channel: i % 2 === 0 ? 'onsite' : 'online', intent: i === 1 ? 'question' : 'comment' });
  for (const [i, participant] of participants.entries()) await participant.send({ type: 'floor.raise', intent: i % 4 === 3 ? 'question' : 'comment', label: null });
  // The first added hand (the long label) speaks.
  await moderator.send({ type: 'floor.give', handId: null });

  for (const [i, text] of QUESTIONS.entries()) await participants[i % participants.length]?.send({ type: 'qa.ask', text, displayName: null });
  const asked = await moderator.waitFor((s) => s.qa.questions.length >= QUESTIONS.length);
  const toApprove = asked.qa.questions.filter((q) => q.status === 'pending').slice(0, 5);
  for (const q of toApprove) await moderator.send({ type: 'qa.approve', questionId: q.id, version: q.version });
  const first = toApprove[0];
  if (first) await moderator.send({ type: 'qa.pin', questionId: first.id });
  // The pin switches nothing in auto: the projector shows the poll and the question together.

  const poll = moderator.state.polls.find((p) => p.options.length === 12);
  if (!poll) throw new Error('the long poll is missing');
  await moderator.send({ type: 'poll.open', pollId: poll.id });
  for (const [i, participant] of participants.entries()) {
    const option = poll.options[(i * 5) % poll.options.length];
    if (option) await participant.send({ type: 'poll.vote', pollId: poll.id, optionIds: [option.id] });
  }
  await moderator.waitFor((s) => (s.tallies[poll.id]?.total ?? 0) === participants.length);
  return {
    session,
    moderator,
    participants,
    close() {
      for (const client of [moderator, ...participants]) client.close();
    },
  };
}
