import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { SessionPlanInput } from '../../src/core/plan.ts';
import { DEMO_TEMPLATE, TEMPLATES } from '../../src/core/templates.ts';
import { connectClient, createInvite, createSession, joinAsParticipant, TEST_HOST_TOKEN, tokenOf, type CreatedSessionResponse } from './testServer.ts';

/**
 * An English session in which everything people wrote is Arabic (I18N-12, issue 18): the
 * host's title, agenda and policy questions, panel labels and poll, the moderator's hand
 * labels and question labels, the participants' questions, the rapporteur's note, the links'
 * and the organiser's labels. On the English pages each of these must read right to left.
 */

const seed = TEMPLATES[DEMO_TEMPLATE];

const AGENDA_TITLES = ['الافتتاح والتعارف', 'الجولة الأولى: الحكومات وشركات التكنولوجيا', 'الجولة الثانية: المبادئ والسياسات العالمية', 'الجولة الثالثة: محو الأمية الرقمية', 'أسئلة وأجوبة مع القاعة ومن بعد', 'الختام: الخلاصات والدعوات إلى العمل'];
const POLICY_QUESTION = 'كيف يمكن للحكومات وشركات التكنولوجيا أن تعمل معا لضمان تجربة آمنة للأطفال على الإنترنت؟';

export const ARABIC_TEXT_PLAN: SessionPlanInput = {
  ...seed,
  // Youth mode hides hand labels from the public screens; here they must show.
  youthMode: false,
  qa: { allowDisplayNames: true },
  title: 'سلامة الأطفال على الإنترنت',
  subtitle: 'الأمن السيبراني والجرائم الإلكترونية والسلامة على الإنترنت',
  agenda: seed.agenda.map((item, index) => ({ ...item, title: AGENDA_TITLES[index] ?? item.title, ...('policyQuestion' in item ? { policyQuestion: POLICY_QUESTION } : {}) })),
  speakers: seed.speakers.map((speaker, index) => ({ ...speaker, label: `المتحدثة رقم ${['واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة'][index] ?? ''}` })),
  polls: [
    { question: 'من يجب أن يقود حماية الأطفال على الإنترنت؟', kind: 'single', options: ['الحكومات', 'شركات التكنولوجيا', 'الأهل والمدارس', 'الجميع معا'], resultsVisibility: 'live', agendaItem: 1 },
    { question: 'أي التدابير أهم لخصوصية الأطفال وسلامتهم؟', kind: 'single', options: ['التصميم المناسب للعمر', 'تقليل البيانات'], resultsVisibility: 'live', agendaItem: 1 },
  ],
};

/** Labels the moderator gave to hands added by hand. */
export const ARABIC_HAND_LABELS = ['مندوبة مصر في الصف الثاني', 'ممثل الشباب من القاعة الافتراضية', 'الوفد المغربي'];
/** Questions people asked. */
export const ARABIC_QUESTIONS = ['كيف نصل إلى الأطفال غير المتصلين بالإنترنت؟', 'ماذا يمكن للأهل أن يفعلوا هذا الأسبوع؟', 'من يستمع إلى الشباب عندما يتم تجاهل بلاغاتهم؟'];
/** The name the first question is signed with. */
export const ARABIC_DISPLAY_NAME = 'سارة من القاهرة';
/** What the moderator, the rapporteur and the host typed. */
export const ARABIC_STAFF_TEXTS = { questionLabel: 'الخصوصية', reply: 'سننشر التقرير الأسبوع المقبل', note: 'يجب أن يحترم التحقق من العمر الخصوصية', speakerLink: 'حاسوب المتحدثة الثانية', rapporteurLink: 'المقررة', organiser: 'فريق القاعة الأولى' } as const;

export interface ArabicTextSession {
  readonly session: CreatedSessionResponse;
  readonly moderator: OpenFloorClient;
  readonly rapporteurLink: string;
  readonly speakerLink: string;
  close(): void;
}

/**
 * Creates the session on a running server and fills it: the run on its second item, three
 * labelled hands (the first speaks), three questions published (one signed, labelled, replied
 * to and pinned), the first poll open with votes, the second ready, a
 * rapporteur's note attached to a question and one to the poll, a speaker's and a rapporteur's
 * link, and an organiser for the session.
 */
export async function arabicTextSession(baseUrl: string): Promise<ArabicTextSession> {
  const session = await createSession(baseUrl, { plan: ARABIC_TEXT_PLAN });
  const moderator = connectClient(baseUrl, tokenOf(session.links.moderator));
  await moderator.waitFor((_s, status) => status === 'live');
  const participants: OpenFloorClient[] = [];
  for (let i = 0; i < 3; i++) participants.push(await joinAsParticipant(baseUrl, session.joinCode, i % 2 === 0 ? 'onsite' : 'online'));

  await moderator.send({ type: 'agenda.start' });
  await moderator.send({ type: 'agenda.next' });
  for (const [i, label] of ARABIC_HAND_LABELS.entries()) await moderator.send({ type: 'floor.add', label, channel: i % 2 === 0 ? 'onsite' : 'online', intent: 'comment' });
  await moderator.send({ type: 'floor.give', handId: null });

  for (const [i, text] of ARABIC_QUESTIONS.entries()) await participants[i]?.send({ type: 'qa.ask', text, displayName: i === 0 ? ARABIC_DISPLAY_NAME : null });
  const asked = await moderator.waitFor((s) => s.qa.questions.length >= ARABIC_QUESTIONS.length);
  for (const q of asked.qa.questions.filter((question) => question.status === 'pending')) await moderator.send({ type: 'qa.approve', questionId: q.id, version: q.version });
  const first = asked.qa.questions[0];
  if (!first) throw new Error('no question');
  await moderator.send({ type: 'qa.label', questionId: first.id, labels: [ARABIC_STAFF_TEXTS.questionLabel] });
  await moderator.send({ type: 'qa.reply', questionId: first.id, text: ARABIC_STAFF_TEXTS.reply });
  await moderator.send({ type: 'qa.pin', questionId: first.id });

  const poll = moderator.state.polls[0];
  if (!poll) throw new Error('no poll');
  await moderator.send({ type: 'poll.open', pollId: poll.id });
  for (const [i, participant] of participants.entries()) {
    const option = poll.options[i % poll.options.length];
    if (option) await participant.send({ type: 'poll.vote', pollId: poll.id, optionIds: [option.id] });
  }
  await moderator.waitFor((s) => (s.tallies[poll.id]?.total ?? 0) === participants.length);

  const speakerLink = (await createInvite(baseUrl, session.id, { role: 'speaker', label: ARABIC_STAFF_TEXTS.speakerLink, panelSpeaker: 1 })).link;
  const rapporteurLink = (await createInvite(baseUrl, session.id, { role: 'rapporteur', label: ARABIC_STAFF_TEXTS.rapporteurLink })).link;
  const rapporteur = connectClient(baseUrl, tokenOf(rapporteurLink));
  await rapporteur.waitFor((_s, status) => status === 'live');
  await rapporteur.send({ type: 'desk.note', agendaItem: 1, tag: 'takeaway', text: ARABIC_STAFF_TEXTS.note, attach: { kind: 'question', questionId: first.id } });
  await rapporteur.send({ type: 'desk.note', agendaItem: 1, tag: 'callToAction', text: '', attach: { kind: 'poll', pollId: poll.id } });
  const organiser = await fetch(`${baseUrl}/api/organisers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ label: ARABIC_STAFF_TEXTS.organiser, sessionIds: [session.id] }),
  });
  if (organiser.status !== 201) throw new Error(`create organiser: ${organiser.status} ${await organiser.text()}`);
  return {
    session,
    moderator,
    rapporteurLink,
    speakerLink,
    close() {
      for (const client of [moderator, rapporteur, ...participants]) client.close();
    },
  };
}
