import type { AgendaItem, PanelSpeaker, PreparedPoll, SessionPlan } from '../../core/plan.ts';

/**
 * The plan as the host form edits it: a `SessionPlan` whose optional texts may be empty and
 * whose poll options are the lines of a text box. `planFromDraft` turns it into what the
 * server validates; the server's answer names any field in error.
 */
export type PlanDraft = SessionPlan;

// Lists of values as the form offers them; typed from the core without importing zod.
export const AGENDA_KIND_LIST: readonly AgendaItem['kind'][] = ['opening', 'discussion', 'poll', 'qa', 'closing'];
export const FORMAT_LIST: readonly SessionPlan['format'][] = ['round_table', 'workshop', 'training', 'plenary', 'other'];
export const VISIBILITY_LIST: readonly PreparedPoll['resultsVisibility'][] = ['live', 'after_close', 'hidden'];
export const POLL_KIND_LIST: readonly PreparedPoll['kind'][] = ['single', 'multiple'];

/** A new plan's starting values: the same defaults as the server's. */
export function blankPlan(): PlanDraft {
  return {
    title: '',
    format: 'round_table',
    durationMinutes: 60,
    language: 'en',
    youthMode: true,
    agenda: [],
    speakers: [],
    polls: [],
    floor: { policy: 'alternate', speakingLimitSeconds: 180, warningSeconds: 30 },
    roles: {},
    retentionDays: 30,
    guidelines: { onsite: '', online: '' },
    codeOfConduct: '',
    qa: { maxQuestionLength: 280, allowDisplayNames: false, filters: true, selectionPolicy: 'most_upvoted' },
  };
}

export function blankAgendaItem(): AgendaItem {
  return { title: '', plannedMinutes: 10, kind: 'discussion' };
}

export function blankSpeaker(): PanelSpeaker {
  return { label: '', channel: 'onsite' };
}

export function blankPoll(): PreparedPoll {
  return { question: '', kind: 'single', options: ['', ''], resultsVisibility: 'live' };
}

/** Drops empty optional texts (the form keeps them as ''), so that "left blank" means "not set". */
function withoutBlanks<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '' && v !== undefined && !(typeof v === 'number' && Number.isNaN(v)))) as T;
}

function withDomains(qa: PlanDraft['qa']): PlanDraft['qa'] {
  const { allowedDomains, ...rest } = qa;
  const kept = (allowedDomains ?? []).map((line) => line.trim()).filter((line) => line !== '');
  return kept.length > 0 ? { ...rest, allowedDomains: kept } : rest;
}

/** What the form sends: blanks left out, poll options and allowed domains trimmed of empty lines. */
export function planFromDraft(draft: PlanDraft): SessionPlan {
  return withoutBlanks({
    ...draft,
    agenda: draft.agenda.map((item) => withoutBlanks(item)),
    speakers: draft.speakers.map((speaker) => withoutBlanks(speaker)),
    polls: draft.polls.map((poll) => withoutBlanks({ ...poll, options: poll.options.map((o) => o.trim()).filter((o) => o !== '') })),
    roles: withoutBlanks(draft.roles),
    // The allowed domains are the lines of a text box: blank lines dropped, none means unset.
    qa: withDomains(draft.qa),
  });
}

/** The file name an exported plan is saved under. */
export function exportFileName(plan: PlanDraft): string {
  const slug = plan.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'session';
  return `${slug}.openfloor-plan.json`;
}

/** Item `from` moved to place `to`, the others keeping their order. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * Moves agenda item `from` to `to`; the prepared polls that belong to an item follow it, and
 * a poll whose item is removed belongs to none.
 */
export function withAgendaMoved(plan: PlanDraft, from: number, to: number): PlanDraft {
  const order = moved(plan.agenda.map((_, i) => i), from, to);
  const newIndex = new Map(order.map((old, i) => [old, i]));
  return {
    ...plan,
    agenda: moved(plan.agenda, from, to),
    polls: plan.polls.map((poll) => (poll.agendaItem === undefined ? poll : { ...poll, agendaItem: newIndex.get(poll.agendaItem) })),
  };
}

/** Removes agenda item `index`; polls of later items follow their item up one place. */
export function withAgendaRemoved(plan: PlanDraft, index: number): PlanDraft {
  return {
    ...plan,
    agenda: plan.agenda.filter((_, i) => i !== index),
    polls: plan.polls.map((poll) => {
      if (poll.agendaItem === undefined || poll.agendaItem < index) return poll;
      return { ...poll, agendaItem: poll.agendaItem === index ? undefined : poll.agendaItem - 1 };
    }),
  };
}
