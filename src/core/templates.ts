import type { SessionPlanInput } from './plan.ts';

/**
 * Named session templates. The round table is the seed session of
 * `shared/seed-session-proposal.txt`: 60 minutes, an opening, one round per policy question
 * (each with its poll), a Q&A round and a closing; roles and groups only, no personal names.
 */
export const TEMPLATES = {
  'child-online-safety-round-table': {
    title: 'Child Online Safety',
    subtitle: 'Cybersecurity, Cybercrime & Online Safety — hybrid round table',
    format: 'round_table',
    durationMinutes: 60,
    youthMode: true,
    agenda: [
      { title: 'Opening and introductions', plannedMinutes: 5, kind: 'opening', speakingLimitSeconds: 60 },
      {
        title: 'Round 1: Governments and tech companies',
        policyQuestion:
          'How can the governments and tech companies work together to ensure a safe online experience for children?',
        plannedMinutes: 15,
        kind: 'discussion',
      },
      {
        title: 'Round 2: Universal principles and policies',
        policyQuestion:
          "What specific universal principles and policies should be put in place to protect children's privacy and safety online?",
        plannedMinutes: 15,
        kind: 'discussion',
      },
      {
        title: 'Round 3: Digital literacy',
        policyQuestion:
          'How to promote digital literacy and responsible use of digital technologies among children?',
        plannedMinutes: 10,
        kind: 'discussion',
      },
      { title: 'Q&A with the room and online', plannedMinutes: 8, kind: 'qa', speakingLimitSeconds: 90 },
      { title: 'Closing: takeaways and calls to action', plannedMinutes: 7, kind: 'closing', speakingLimitSeconds: 120 },
    ],
    roles: { moderator: 'Organiser 1 (onsite)', onlineModerator: 'Organiser 3 (online)', rapporteur: 'Organiser 2' },
    retentionDays: 30,
    floor: { policy: 'alternate', speakingLimitSeconds: 180, warningSeconds: 30 },
    speakers: [
      { label: 'Speaker 1', stakeholderGroup: 'Civil Society', regionalGroup: 'Asia-Pacific Group', channel: 'onsite' },
      { label: 'Speaker 2', stakeholderGroup: 'Technical Community', regionalGroup: 'Asia-Pacific Group', channel: 'online' },
      { label: 'Speaker 3', stakeholderGroup: 'Intergovernmental Organization', regionalGroup: 'African Group', channel: 'onsite' },
      { label: 'Speaker 4', stakeholderGroup: 'Civil Society', regionalGroup: 'Western European and Others Group (WEOG)', channel: 'online' },
      { label: 'Organiser 1', stakeholderGroup: 'Civil Society', regionalGroup: 'Eastern European Group', channel: 'onsite' },
      { label: 'Organiser 2', stakeholderGroup: 'Technical Community', regionalGroup: 'Eastern European Group', channel: 'onsite' },
      { label: 'Organiser 3', stakeholderGroup: 'Intergovernmental Organization', regionalGroup: 'African Group', channel: 'online' },
    ],
    guidelines: {
      onsite: [
        '- Scan the QR code on the big screen or open the link, and choose **In the room**.',
        '- To speak, tap **Raise hand**; the moderator gives the floor in turn with people online.',
        '- Wait for the microphone, say which group you speak for if you wish, and keep to the time on the screen.',
        '- Polls and questions work from your phone; no account and no name are needed.',
      ].join('\n'),
      online: [
        '- Keep the video call open for sound, and this page open for the floor, polls and questions.',
        '- Choose **Online**: the online moderator speaks for you in the room and the queue alternates between the room and the call.',
        '- To speak, tap **Raise hand**, then unmute in the call when the moderator calls you.',
        '- If the sound drops, tell the online moderator in the call chat.',
      ].join('\n'),
    },
    codeOfConduct: [
      'This round table may include **children and young people**. By taking part you agree to:',
      '',
      '1. Be respectful: criticise ideas, never people.',
      '2. Share no personal details: no names, addresses, phone numbers or photos of anyone, including yourself.',
      '3. Keep to the topic and to the time you are given.',
      '4. Report anything that worries you to a moderator, in the room or in the call.',
      '',
      'Moderators may remove contributions that break this code.',
    ].join('\n'),
    polls: [
      {
        question: 'Who should lead on keeping children safe online?',
        kind: 'single',
        options: ['Governments', 'Tech companies', 'Parents and schools', 'All of them together'],
        resultsVisibility: 'live',
        agendaItem: 1,
      },
      {
        question: 'Which measures matter most for children’s privacy and safety?',
        kind: 'multiple',
        options: ['Age-appropriate design', 'Data minimisation', 'Safety by default settings', 'Reporting and redress', 'Digital literacy in schools'],
        resultsVisibility: 'after_close',
        agendaItem: 2,
      },
      {
        question: 'Where do children learn responsible use of technology today?',
        kind: 'single',
        options: ['At school', 'At home', 'From peers', 'Online, on their own'],
        resultsVisibility: 'hidden',
        agendaItem: 3,
      },
    ],
  },
} as const satisfies Record<string, SessionPlanInput>;

export type TemplateName = keyof typeof TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];
export const DEMO_TEMPLATE: TemplateName = 'child-online-safety-round-table';

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}
