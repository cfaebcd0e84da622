import { auditSummary } from '../../core/audit/auditSummary.ts';
import { decide } from '../../core/decide.ts';
import { refusal, type DomainError } from '../../core/errors.ts';
import { isSessionEvent, type ContributionEvent } from '../../core/events.ts';
import { conductGate } from '../../core/guidelines/conductGate.ts';
import { mayRun } from '../../core/permissions.ts';
import type { CommandEnvelope } from '../../core/protocol/clientMessages.ts';
import { isContributionCommand, type Command } from '../../core/protocol/commands.ts';
import type { Role } from '../../core/roles.ts';
import type { SessionState } from '../../core/sessionState.ts';
import { SequenceConflict, type Store } from '../store/store.ts';
import { GroupCommit } from './groupCommit.ts';
import type { RoomBus } from './roomBus.ts';
import type { RoomModel } from './roomModel.ts';

/** What became of a command: committed (with the sequence it produced, null for contributions), or refused with nothing written. */
export type CommandOutcome = { readonly ok: true; readonly seq: number | null } | { readonly ok: false; readonly error: DomainError };

/** Who sends a command: a connection, the host over HTTP, later a video-platform adapter. */
export interface CommandSource {
  readonly role: Role;
  /** Participants only. */
  readonly participantId: string | null;
  /** Stable key of the sender, for retries: the participant id or the role token's hash. */
  readonly actor: string;
  /** The label of the link used, for the audit log (AUDIT-1). */
  readonly label?: string | null;
}

export interface ProcessorDeps {
  readonly store: Store;
  readonly bus: RoomBus;
  readonly now: () => number;
  readonly newId: () => string;
  readonly onError: (error: unknown, context: string) => void;
}

/** How often a control command is decided again after another writer committed first. */
const MAX_CATCH_UPS = 3;

const SAVE_FAILED = refusal('server.commitFailed');
const RATE_LIMITED = refusal('command.rateLimited');

/**
 * The command path of one room: authorise → dedup → decide → commit → publish, and the
 * outcome for whoever asked (a socket's ack or error, an HTTP answer). Control commands run
 * one at a time, each decided on the state its predecessors left; contributions are
 * committed in groups and never wait for the sequence. Nothing is published before its
 * commit; the bus applies it to the room before the outcome is returned.
 */
export class CommandProcessor {
  #control: Promise<unknown> = Promise.resolve();
  readonly #contributions: GroupCommit<ContributionEvent>;

  constructor(
    private readonly model: RoomModel,
    private readonly deps: ProcessorDeps,
    /** Brings the model up to the store after another writer committed first. */
    private readonly catchUp: () => Promise<void>,
  ) {
    const sessionId = model.state.id;
    this.#contributions = new GroupCommit(async (group) => {
      await deps.store.recordContributions(sessionId, group);
      deps.bus.publish({ kind: 'contributions', sessionId, events: group });
    });
  }

  /** Runs one command and resolves with its outcome; never rejects. */
  async run(source: CommandSource, { id, command }: CommandEnvelope): Promise<CommandOutcome> {
    if (!mayRun(source.role, command.type)) return refused(refusal('command.forbidden', { role: source.role, command: command.type }));
    if (source.participantId !== null) {
      const gate = conductGate(this.model.state.plan, command.type, this.model.roster.profileOf(source.participantId).conductAccepted ?? false);
      if (gate && !gate.ok) return refused(gate.error);
    }
    if (isContributionCommand(command.type)) {
      if (!this.model.qa.allow(command, source.participantId)) return refused(RATE_LIMITED);
      return this.#contribute(source, command);
    }
    return this.#inOrder(() => this.#runControl(source, id, command));
  }

  /** Runs `task` after every control command before it; catching up goes through here too. */
  #inOrder<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#control.then(task);
    this.#control = run.catch(() => undefined);
    return run;
  }

  /** Queues a catch-up with the store behind the control commands already waiting. */
  resync(): Promise<void> {
    return this.#inOrder(this.catchUp);
  }

  async #contribute(source: CommandSource, command: Command): Promise<CommandOutcome> {
    const decision = decide(this.model.state, command, this.#context(source));
    if (!decision.ok) return refused(decision.error);
    const events = decision.events.filter((e): e is ContributionEvent => !isSessionEvent(e));
    try {
      await Promise.all(events.map((e) => this.#contributions.write(e)));
    } catch (error) {
      this.deps.onError(error, 'contribution commit');
      return refused(SAVE_FAILED);
    }
    return { ok: true, seq: null };
  }

  async #runControl(source: CommandSource, id: string, command: Command): Promise<CommandOutcome> {
    const done = this.model.appliedSeq(source.actor, id);
    if (done !== undefined) return { ok: true, seq: done };
    // After the retry check: a re-sent question that was already applied is acknowledged, not limited.
    if (!this.model.qa.allow(command, source.participantId)) return refused(RATE_LIMITED);
    for (let attempt = 0; ; attempt++) {
      const before = this.model.state;
      const decision = decide(before, command, this.#context(source));
      if (!decision.ok) return refused(decision.error);
      const events = decision.events.filter(isSessionEvent);
      // Question text goes to its own table in the same transaction, never into the log (QA-5).
      const content = this.model.qa.contentWrites(command, events);
      const commandId = { actor: source.actor, commandId: id };
      try {
        await this.deps.store.appendEvents(before.id, before.seq, events, { ...commandId, ...this.#audit(source, command, before) }, content);
      } catch (error) {
        if (error instanceof SequenceConflict && attempt < MAX_CATCH_UPS) {
          // Another writer moved the log on: take its events, then decide again on the new state.
          await this.catchUp();
          const applied = this.model.appliedSeq(source.actor, id);
          if (applied !== undefined) return { ok: true, seq: applied };
          continue;
        }
        this.deps.onError(error, 'control commit');
        return refused(SAVE_FAILED);
      }
      this.deps.bus.publish({ kind: 'control', sessionId: before.id, afterSeq: before.seq, events, content, command: commandId });
      return { ok: true, seq: before.seq + events.length };
    }
  }

  #context(source: CommandSource) {
    const profile = source.participantId === null ? null : this.model.roster.profileOf(source.participantId);
    return {
      actor: { role: source.role, participantId: source.participantId, profile },
      now: this.deps.now(),
      newId: this.deps.newId,
      upvotes: this.model.qa.upvotesOf(this.model.state),
    };
  }

  /**
   * Every action of a non-participant role goes to the audit log, in the same commit (AUDIT-1);
   * a change of settings with the old values, read from the state it was decided on (AUDIT-3).
   */
  #audit(source: CommandSource, command: Command, before: SessionState) {
    if (source.participantId !== null) return {};
    return { audit: { id: this.deps.newId(), at: this.deps.now(), role: source.role, label: source.label ?? null, action: command.type, summary: auditSummary(command, before) } };
  }
}

function refused(error: DomainError): CommandOutcome {
  return { ok: false, error };
}
