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
export const POLL_KIND_LIST: readonly PreparedPoll['kind'][] = ['single', 'multiple', 'rating', 'ranking', 'wordcloud', 'open_text', 'quiz'];

/** The kinds whose ballots name options (POLL-20); the others have none. */
const OPTION_KINDS: readonly PreparedPoll['kind'][] = ['single', 'multiple', 'ranking', 'quiz'];

export function pollHasOptions(kind: PreparedPoll['kind']): boolean {
  return OPTION_KINDS.includes(kind);
}

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

/**
 * The poll as another kind (POLL-39): the fields only the old kind takes are dropped, the new
 * kind's own start at the server's defaults (or what the poll had), and a kind without options
 * loses them while one with options gets two blank lines to fill.
 */
export function withPollKind(poll: PreparedPoll, kind: PreparedPoll['kind']): PreparedPoll {
  const { maxChoices, scale, maxWords, correct, timerSeconds, ...common } = poll;
  const options = !pollHasOptions(kind) ? [] : poll.options.length > 0 ? poll.options : ['', ''];
  const next: PreparedPoll = { ...common, kind, options };
  if (kind === 'multiple' && maxChoices !== undefined) next.maxChoices = maxChoices;
  if (kind === 'rating') next.scale = scale ?? { min: 1, max: 5 };
  if (kind === 'wordcloud') next.maxWords = maxWords ?? 3;
  if (kind === 'quiz') {
    // No correct option ticked yet: the plan check names the field until the host ticks one.
    next.correct = correct ?? [];
    next.timerSeconds = timerSeconds ?? 30;
  }
  return next;
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

/**
 * A prepared poll as sent (POLL-39): options trimmed of blank lines, a quiz's correct options
 * renumbered to match (they are ticked against the lines of the box, blanks included), a
 * scale's blank labels left out.
 */
function pollFromDraft(poll: PreparedPoll): PreparedPoll {
  const lines = poll.options.map((text, line) => ({ text: text.trim(), line })).filter(({ text }) => text !== '');
  const correct = poll.correct?.flatMap((line) => {
    const at = lines.findIndex((kept) => kept.line === line);
    return at < 0 ? [] : [at];
  });
  const scale = poll.scale && withoutBlanks(poll.scale);
  return withoutBlanks({ ...poll, options: lines.map(({ text }) => text), correct, scale });
}

/** What the form sends: blanks left out, poll options and allowed domains trimmed of empty lines. */
export function planFromDraft(draft: PlanDraft): SessionPlan {
  return withoutBlanks({
    ...draft,
    agenda: draft.agenda.map((item) => withoutBlanks(item)),
    speakers: draft.speakers.map((speaker) => withoutBlanks(speaker)),
    polls: draft.polls.map(pollFromDraft),
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

/** The plan's polls with each `repeats` renumbered by `renumber` (undefined: the poll it named is gone). */
function withRepeats(polls: readonly PreparedPoll[], renumber: (index: number) => number | undefined): PreparedPoll[] {
  return polls.map((poll) => {
    if (poll.repeats === undefined) return poll;
    const { repeats, ...rest } = poll;
    const next = renumber(repeats);
    return next === undefined ? rest : { ...rest, repeats: next };
  });
}

/**
 * Moves prepared poll `from` to `to`; a poll that repeats another (POLL-36) keeps naming the
 * same poll at its new place. A move that puts a repeat before its original is left for the
 * plan check to name, rather than silently dropping the pair.
 */
export function withPollMoved(plan: PlanDraft, from: number, to: number): PlanDraft {
  const order = moved(plan.polls.map((_, i) => i), from, to);
  const newIndex = new Map(order.map((old, i) => [old, i]));
  return { ...plan, polls: withRepeats(moved(plan.polls, from, to), (i) => newIndex.get(i)) };
}

/** Removes prepared poll `index`; a poll that repeated it repeats nothing any more. */
export function withPollRemoved(plan: PlanDraft, index: number): PlanDraft {
  const rest = plan.polls.filter((_, i) => i !== index);
  return { ...plan, polls: withRepeats(rest, (i) => (i === index ? undefined : i > index ? i - 1 : i)) };
}

/**
 * A copy of prepared poll `index` right after it, for the same question asked again or a variant
 * of it; the copy repeats what the original repeats, if anything.
 */
export function withPollDuplicated(plan: PlanDraft, index: number): PlanDraft {
  const original = plan.polls[index];
  if (!original) return plan;
  const shifted = withRepeats(plan.polls, (i) => (i > index ? i + 1 : i));
  const copy = shifted[index] as PreparedPoll;
  return { ...plan, polls: [...shifted.slice(0, index + 1), { ...copy, options: [...copy.options] }, ...shifted.slice(index + 1)] };
}
