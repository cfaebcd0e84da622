import type { DecideContext } from '../decideContext.ts';
import { updatedPollEvents } from '../polls/preparedPolls.ts';
import { accept, refusal, refuse, refuseWith, type Decision, type DomainError } from '../errors.ts';
import type { SessionPlan } from '../plan.ts';
import { changedProtectedSetting } from '../protectedSettings.ts';
import type { CommandOf } from '../protocol/commands.ts';
import { type SessionEvent } from '../events.ts';
import { MAX_POLLS, pollById } from '../polls/pollTypes.ts';
import { type SessionState } from '../sessionState.ts';
import { projectorSwitch } from './projectorSwitch.ts';

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
export function planChangeProblem(state: SessionState, next: SessionPlan): DomainError | null {
  for (const [index, timing] of state.run.items.entries()) {
    if (timing.startedAt === null && state.run.current !== index) continue;
    const was = state.plan.agenda[index];
    const now = next.agenda[index];
    if (!now) return refusal('plan.startedItemRemoved', { number: index + 1, title: was?.title ?? '', path: `agenda.${index}` });
    if (was && now.title !== was.title) return refusal('plan.startedItemRenamed', { number: index + 1, path: `agenda.${index}.title` });
  }
  return null;
}

function updatePlan(state: SessionState, plan: SessionPlan, ctx: DecideContext): Decision<SessionEvent> {
  // The settings that protect participants are the host's alone (AUTH-4).
  if (ctx.actor.role !== 'host') {
    const setting = changedProtectedSetting(state.plan, plan);
    if (setting !== null) return refuse('plan.protectedSetting', { setting, path: setting });
  }
  const problem = planChangeProblem(state, plan);
  if (problem) return refuseWith(problem);
  const at = ctx.now;
  const events: SessionEvent[] = [{ type: 'plan.updated', at, plan }];
  // Prepared polls new to the session become drafts, repeats paired (POLL-36); polls already
  // there are edited with the poll commands, and dropping one from the plan keeps its results.
  const pollEvents = updatedPollEvents(state, plan.polls, ctx);
  events.push(...pollEvents);
  if (state.pollOrder.length + pollEvents.filter((e) => e.type === 'poll.created').length > MAX_POLLS) return refuse('poll.tooMany', { max: MAX_POLLS });
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
      if (run.status !== 'planned') return refuse(run.status === 'running' ? 'run.alreadyStarted' : 'run.ended');
      if (last < 0) return refuse('run.emptyAgenda');
      return accept({ type: 'agenda.started', at }, ...startItem(state, 0, at));

    case 'agenda.next':
    case 'agenda.previous':
    case 'agenda.jump': {
      if (run.status !== 'running' || run.current === null) return refuse(run.status === 'planned' ? 'run.notStarted' : 'run.ended');
      const target = command.type === 'agenda.next' ? run.current + 1 : command.type === 'agenda.previous' ? run.current - 1 : command.index;
      if (command.type === 'agenda.next' && target > last) return refuse('run.lastItem');
      if (command.type === 'agenda.previous' && target < 0) return refuse('run.firstItem');
      if (target > last) return refuse('run.noSuchItem', { number: target + 1 });
      if (target === run.current) return refuse('run.itemRunning');
      return accept(...startItem(state, target, at));
    }

    case 'agenda.end':
      if (run.status !== 'running') return refuse(run.status === 'planned' ? 'run.notStarted' : 'run.ended');
      return accept({ type: 'agenda.ended', at });

    case 'plan.update':
      return updatePlan(state, command.plan, ctx);

    case 'projector.show': {
      if (command.mode === 'poll') {
        const pollId = command.pollId ?? state.activePollId;
        if (pollId === null) return refuse('screen.noPollYet');
        const poll = pollById(state, pollId);
        if (!poll) return refuse('poll.notFound');
        // A draft is never shown to the room (PRIV-2).
        if (poll.status === 'draft') return refuse('screen.pollDraft');
      } else if (command.pollId !== null) {
        return refuse('screen.pollIdOutOfMode');
      }
      return accept(...projectorSwitch(state, command.mode, command.mode === 'poll' ? command.pollId : null, at));
    }
  }
}
