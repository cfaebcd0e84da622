import type { BalanceDimension } from '../floor/balanceMeter.ts';
import type { SessionReport } from './sessionReport.ts';

/**
 * The English words of the report's renderers: section titles, and names for the enums the
 * report holds (channels, kinds, reasons). Every format takes its words from here, so the
 * Markdown, HTML, PDF and DOCX say the same. (The pages' catalogs translate the page; the
 * report's own translation is future work.)
 */

export const SECTION_TITLES = {
  roles: 'Organisers and roles',
  speakers: 'Speakers',
  summary: 'Summary of the discussion',
  takeaways: 'Key takeaways',
  callsToAction: 'Calls to action',
  bestPractices: 'Best practices',
  partnershipOffers: 'Partnership offers',
  agenda: 'Agenda: planned and actual',
  participation: 'Participation',
  floor: 'Floor balance',
  polls: 'Polls',
  qa: 'Questions and answers',
  topQuestions: 'Top questions',
  unanswered: 'Unanswered questions (for follow-up)',
  moderation: 'Moderation',
} as const;

export const FORMAT_NAMES: Readonly<Record<string, string>> = {
  round_table: 'Round table',
  workshop: 'Workshop',
  training: 'Training',
  plenary: 'Plenary',
  other: 'Other',
};

export const CHANNEL_NAMES = { onsite: 'Onsite', online: 'Online', undeclared: 'Not said' } as const;

export const KIND_NAMES: Readonly<Record<string, string>> = {
  opening: 'Opening',
  discussion: 'Discussion',
  poll: 'Poll',
  qa: 'Q&A',
  closing: 'Closing',
};

export const POLICY_NAMES: Readonly<Record<string, string>> = {
  first_come: 'first come, first served',
  alternate: 'alternating onsite and online',
  fewest_first: 'fewest interventions first',
  balance_stakeholder: 'balance of stakeholder groups',
  balance_region: 'balance of regional groups',
};

export const DIMENSION_NAMES: Readonly<Record<BalanceDimension, string>> = {
  channel: 'By channel',
  stakeholderGroup: 'By stakeholder group',
  regionalGroup: 'By regional group',
  gender: 'By gender (self-declared)',
};

export const OVERRIDE_NAMES = { move: 'hand moved in the queue', pick: 'speaker picked out of turn', remove: 'hand removed', reply_priority: 'direct reply given priority' } as const;

export const REJECT_NAMES: Readonly<Record<string, string>> = {
  off_topic: 'off topic',
  duplicate: 'duplicate',
  personal_data: 'personal data',
  offensive: 'offensive',
  other: 'other reason',
};

export const FLAG_NAMES: Readonly<Record<string, string>> = {
  profanity: 'profanity',
  email: 'e-mail address',
  phone: 'phone number',
  url: 'web address',
  address: 'postal address',
  age_with_name: 'age with a name',
};

export const POLL_STATUS_NAMES = { draft: 'not run', open: 'still open', closed: 'closed' } as const;
export const QUESTION_STATUS_NAMES = { published: 'not answered', answered: 'answered', archived: 'archived' } as const;

const GROUP_NAMES: Readonly<Record<string, string>> = {
  onsite: 'Onsite',
  online: 'Online',
  undeclared: 'Not declared',
  other: 'Other (small groups merged)',
  woman: 'Women',
  man: 'Men',
  another_gender: 'Another gender',
};

/** A balance or participation row's name. */
export function groupName(group: string): string {
  return GROUP_NAMES[group] ?? group;
}

/** "5 December 2026" in UTC: the report reads the same wherever it is generated. */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d.getUTCDate()} ${months[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}

/** "14:05 UTC". */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} UTC`;
}

/** "12.5" minutes as "12.5 min". */
export function formatMinutes(minutes: number): string {
  return `${minutes} min`;
}

/** "+2.5 min" / "-1 min" / "on time". */
export function formatOver(over: number | null): string {
  if (over === null) return 'not run';
  if (over === 0) return 'on time';
  return over > 0 ? `+${over} min` : `-${-over} min`;
}

/** The lines under the title: the date, the format, the planned and actual length. */
export function sessionFacts(report: SessionReport): [string, string][] {
  const s = report.session;
  const facts: [string, string][] = [
    ['Date', formatDate(s.date)],
    ['Format', `${FORMAT_NAMES[s.format] ?? s.format}, hybrid`],
    ['Planned length', `${s.plannedMinutes} min`],
  ];
  if (s.run.startedAt !== null) facts.push(['Ran', `${formatTime(s.run.startedAt)} – ${s.run.endedAt === null ? 'still running' : formatTime(s.run.endedAt)} (${s.run.actualMinutes ?? 0} min)`]);
  else facts.push(['Ran', 'not started']);
  if (s.youthMode) facts.push(['Youth mode', 'on: pre-moderated questions, no names']);
  return facts;
}

/** The organisers' roles as label–value pairs; roles without a label are left out. */
export function roleLines(report: SessionReport): [string, string][] {
  const lines: [string, string][] = [];
  if (report.roles.moderator) lines.push(['Moderator (onsite)', report.roles.moderator]);
  if (report.roles.onlineModerator) lines.push(['Online moderator', report.roles.onlineModerator]);
  if (report.roles.rapporteur) lines.push(['Rapporteur', report.roles.rapporteur]);
  return lines;
}

/** The agenda item a question or poll belongs to, as "item 2", or an empty string. */
export function itemRef(agendaItem: number | null): string {
  return agendaItem === null ? '' : `item ${agendaItem + 1}`;
}

/** What follows an unanswered question in the follow-up list, in every format: "(1 upvote, item 5)". */
export function followUpNote(question: { readonly upvotes: number; readonly agendaItem: number | null }): string {
  return `(${question.upvotes} ${question.upvotes === 1 ? 'upvote' : 'upvotes'}${question.agendaItem === null ? '' : `, ${itemRef(question.agendaItem)}`})`;
}
