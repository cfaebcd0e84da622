import type { DecideContext } from '../decideContext.ts';
import { pollCreated } from '../polls/pollEvents.ts';
import { accept, refuse, type Decision } from '../errors.ts';
import type { SessionPlan } from '../plan.ts';
import type { CommandOf } from '../protocol/commands.ts';
import { type SessionEvent } from '../events.ts';
import { pollById } from '../polls/pollTypes.ts';
import { type SessionState } from '../sessionState.ts';

/** The run-of-show, plan and projector commands, decided here; `decide` delegates them. */
export type AgendaCommand = CommandOf<'agenda.start' | 'agenda.next' | 'agenda.previous' | 'agenda.jump' | 'agenda.end' | 'plan.update' | 'projector.show'>;

/** The speaking-time limit while agenda item `index` runs (RUN-5). */
export function itemLimitSeconds(plan: SessionPlan, index: number | null): number {
  const item = index === null ? undefined : plan.agenda[index];
  return item?.speakingLimitSeconds ?? plan.floor.speakingLimitSeconds;
}

/** Starts item `index`, and gives the floor that item's speaking limit if it differs (RUN-5). */
function startItem(state: SessionState, index: number, at: number): SessionEvent[] {
  const limitSeconds = itemLimitSeconds(state.plan, index);
  const { floor } = state;
  return [
    { type: 'agenda.itemStarted', at, index },
    ...(limitSeconds === floor.limitSeconds ? [] : [{ type: 'floor.limitSet' as const, at, limitSeconds, warningSeconds: Math.min(floor.warningSeconds, limitSeconds - 1) }]),
  ];
}

/**
 * Why `next` may not replace the live plan, or null (RUN-7): an agenda item that has started
 * keeps its place and title, so the timings and the running item stay meaningful.
 */
export function planChangeProblem(state: SessionState, next: SessionPlan): { path: string; message: string } | null {
  for (const [index, timing] of state.run.items.entries()) {
    if (timing.startedAt === null && state.run.current !== index) continue;
    const was = state.plan.agenda[index];
    const now = next.agenda[index];
    if (!now) return { path: `agenda.${index}`, message: `agenda item ${index + 1} ("${was?.title ?? ''}") has started and cannot be removed` };
    if (was && now.title !== was.title) return { path: `agenda.${index}.title`, message: `agenda item ${index + 1} has started: its title and place stay` };
  }
  return null;
}

function updatePlan(state: SessionState, plan: SessionPlan, ctx: DecideContext): Decision<SessionEvent> {
  const problem = planChangeProblem(state, plan);
  if (problem) return refuse('invalid_state', `${problem.path}: ${problem.message}`);
  const at = ctx.now;
  const events: SessionEvent[] = [{ type: 'plan.updated', at, plan }];
  // Prepared polls new to the session become drafts; polls already there are edited with the
  // poll commands, and dropping one from the plan does not delete its results.
  const known = new Set(Object.values(state.polls).map((p) => p.question.toLowerCase()));
  for (const draft of plan.polls) {
    if (known.has(draft.question.toLowerCase())) continue;
    known.add(draft.question.toLowerCase());
    events.push(pollCreated(draft, ctx.newId(), at));
  }
  if (state.pollOrder.length + events.length - 1 > 200) return refuse('invalid_state', 'a session holds at most 200 polls');
  if (plan.floor.policy !== state.plan.floor.policy) events.push({ type: 'floor.policySet', at, policy: plan.floor.policy });
  const current = state.run.status === 'running' ? state.run.current : null;
  const before = itemLimitSeconds(state.plan, current);
  const after = itemLimitSeconds(plan, current);
  if (before !== after || plan.floor.warningSeconds !== state.plan.floor.warningSeconds) {
    events.push({ type: 'floor.limitSet', at, limitSeconds: after, warningSeconds: Math.min(plan.floor.warningSeconds, after - 1) });
  }
  return accept(...events);
}

/** Decides a run-of-show, plan or projector command (RUN, PROJ rules); authorisation happened before. */
export function decideAgenda(state: SessionState, command: AgendaCommand, ctx: DecideContext): Decision<SessionEvent> {
  const at = ctx.now;
  const { run, plan } = state;
  const last = plan.agenda.length - 1;
  switch (command.type) {
    case 'agenda.start':
      if (run.status !== 'planned') return refuse('invalid_state', run.status === 'running' ? 'the run has already started' : 'the run has ended');
      if (last < 0) return refuse('invalid_state', 'the agenda is empty: add an item first');
      return accept({ type: 'agenda.started', at }, ...startItem(state, 0, at));

    case 'agenda.next':
    case 'agenda.previous':
    case 'agenda.jump': {
      if (run.status !== 'running' || run.current === null) return refuse('invalid_state', run.status === 'planned' ? 'start the run first' : 'the run has ended');
      const target = command.type === 'agenda.next' ? run.current + 1 : command.type === 'agenda.previous' ? run.current - 1 : command.index;
      if (command.type === 'agenda.next' && target > last) return refuse('invalid_state', 'this is the last item: end the run instead');
      if (command.type === 'agenda.previous' && target < 0) return refuse('invalid_state', 'this is the first item');
      if (target > last) return refuse('not_found', `there is no agenda item ${target + 1}`);
      if (target === run.current) return refuse('invalid_state', 'this item is already running');
      return accept(...startItem(state, target, at));
    }

    case 'agenda.end':
      if (run.status !== 'running') return refuse('invalid_state', run.status === 'planned' ? 'the run has not started' : 'the run has already ended');
      return accept({ type: 'agenda.ended', at });

    case 'plan.update':
      return updatePlan(state, command.plan, ctx);

    case 'projector.show': {
      const events: SessionEvent[] = [];
      if (command.mode === 'poll') {
        const pollId = command.pollId ?? state.activePollId;
        if (pollId === null) return refuse('invalid_state', 'no poll has been opened yet: name one');
        const poll = pollById(state, pollId);
        if (!poll) return refuse('not_found', 'no such poll');
        // A draft is never shown to the room (PRIV-2).
        if (poll.status === 'draft') return refuse('invalid_state', 'open the poll before showing it');
      } else if (command.pollId !== null) {
        return refuse('invalid_input', 'pollId goes with the poll mode only');
      }
      events.push({ type: 'projector.shown', at, mode: command.mode, pollId: command.mode === 'poll' ? command.pollId : null });
      // The balance meter is one of the projector's modes (PROJ-3): showing it turns the meter on, leaving it turns it off.
      const shown = state.floor.balanceShown;
      if (command.mode === 'balance' && !shown) events.push({ type: 'floor.balanceShown', at, shown: true });
      if (command.mode !== 'balance' && state.projector.mode === 'balance' && shown) events.push({ type: 'floor.balanceShown', at, shown: false });
      return accept(...events);
    }
  }
}
