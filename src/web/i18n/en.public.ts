/**
 * English texts of the public pages loaded on demand: the pre-session page (/before/CODE) and
 * the privacy page (/privacy, PRIV-9: plain words, grade 7 at most, `npm run readability`).
 * Loaded with those pages and with the staff pages (I18N-2).
 */
import { pluralCountsPublicEn } from './pluralCounts.en.ts';

export const enPublic = {
  ...pluralCountsPublicEn,
  'title.privacy': 'Your privacy · OpenFloor',
  'privacy.title': 'Your privacy',
  'privacy.lead': 'OpenFloor lets you vote, ask questions and raise your hand. Here is what it keeps about you, who sees it and for how long.',
  'privacy.keepTitle': 'What we keep',
  'privacy.keep.code': 'A random code, for this session only. It is not your name. If you join another session, you get a new code.',
  'privacy.keep.channel': 'If you are in the room or online.',
  'privacy.keep.actions': 'Your votes, your questions and your raised hand.',
  'privacy.keep.groups': 'The groups you choose to share, if any. In sessions for young people, we never ask for your gender.',
  'privacy.neverTitle': 'What we never keep',
  'privacy.never.identity': 'Your name, age, home address or photo. We keep an email or phone number only if you sign up for a follow-up event and say yes.',
  'privacy.never.device': 'Your internet address (IP address), or the name of your phone or browser.',
  'privacy.never.trackers': 'Nothing from other websites: no ads and no trackers.',
  'privacy.whoTitle': 'Who sees what',
  'privacy.who.votes': 'Nobody sees how you voted. Everyone sees the totals.',
  'privacy.who.questions': 'Moderators see every question, even the ones that wait for them. They see the question, not who sent it.',
  'privacy.who.screen': 'In sessions for young people, the big screen never shows a name. It shows “Participant”.',
  'privacy.howLongTitle': 'How long we keep it',
  'privacy.howLong.days': 'The host picks a number of days, counted from the end of the session. If the host does not pick, it is 30 days.',
  'privacy.howLong.then': 'Then your votes, questions and raised hand are deleted. Only totals stay, like “40 people chose this answer”.',
  'privacy.choicesTitle': 'Your choices',
  'privacy.choices.skip': 'You can skip every question about yourself, take back a question, or leave at any time.',
  'privacy.choices.phone': 'Your phone keeps your code so that you can come back after a reload. To remove it, clear this site’s data in your browser.',
  'privacy.choices.ask': 'To see or delete what is kept about you, ask the people who run the session.',
  'privacy.back': 'Back',
  'title.before': 'Before the session — {title}',
  'guidelines.none': 'No guidelines for this session.',
  'before.heading': 'Before the session',
  'before.intro': 'This is what to expect. On the day, join with the code below or the QR code on the big screen; no account and no name are needed.',
  'before.joinCode': 'Join code',
  'before.agenda': 'Agenda',
  'before.minutes': '{count} min',
  'before.notFound': 'No session has this code. Check the link you were sent.',
  'before.loading': 'Loading…',
} as const;
