import { auditSummary } from '../../core/audit/auditSummary.ts';
import { decide } from '../../core/decide.ts';
import { refusal, type DomainError } from '../../core/errors.ts';
import { isSessionEvent, type ContributionEvent } from '../../core/events.ts';
import { conductGate } from '../../core/guidelines/conductGate.ts';
import { mayRun } from '../../core/permissions.ts';
import type { CommandEnvelope } from '../../core/protocol/clientMessages.ts';
import { isContributionCommand, orderedWithContributions, type Command } from '../../core/protocol/commands.ts';
import type { Role } from '../../core/roles.ts';
import type { SessionState } from '../../core/sessionState.ts';
import { SequenceConflict, type CommandReceipt, type Store } from '../store/store.ts';
import { commandFingerprint } from './commandFingerprint.ts';
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
  /** The hash of the role link it speaks through, if any: a revoked link's commands are refused (ROLE-2). */
  readonly tokenHash?: string | null;
}

export interface ProcessorDeps {
  readonly store: Store;
  readonly bus: RoomBus;
  readonly now: () => number;
  readonly newId: () => string;
  readonly onError: (error: unknown, context: string) => void;
}

/**
 * How often a control command is decided again after another writer committed first. Several
 * processes taking commands for one session at once (SCALE-3) each lose a round now and then.
 */
const MAX_CATCH_UPS = 20;
/** Upper bound of the random pause before a retry, per attempt: contenders spread out instead of colliding again. */
const RETRY_JITTER_MS = 5;

const SAVE_FAILED = refusal('server.commitFailed');
const RATE_LIMITED = refusal('command.rateLimited');
const REVOKED = refusal('link.revoked');

/** Runs a task between two control commands of a room (`CommandProcessor.exclusive`). */
export type InOrder = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * The command path of one room: authorise → dedup → decide → commit → publish, and the
 * outcome for whoever asked (a socket's ack or error, an HTTP answer). Control commands run
 * one at a time, each decided on the state its predecessors left; contributions are
 * committed in groups and never wait for the sequence. Nothing is published before its
 * commit; the bus applies it to the room before the outcome is returned.
 */
export class CommandProcessor {
  #control: Promise<unknown> = Promise.resolve();
  readonly #contributions: GroupCommit<ContributionWrite>;
  /** Commands decided or committing now, by sender and id: a retry waits for the first. */
  readonly #inFlight = new Map<string, { readonly fingerprint: string; readonly outcome: Promise<CommandOutcome> }>();
  /** Contributions decided and not yet committed and applied: a staff command waits for them. */
  readonly #contributing = new Set<Promise<void>>();
  /** Set while a staff command is decided and committed: contributions wait for it, then are decided on what it left. */
  #staffCommand: Promise<void> | null = null;

  constructor(
    private readonly model: RoomModel,
    private readonly deps: ProcessorDeps,
    /** Brings the model up to the store after another writer committed first. */
    private readonly catchUp: () => Promise<void>,
    /** Whether the link a source speaks through has been revoked (ROLE-2). */
    private readonly revoked: (source: CommandSource) => boolean = () => false,
  ) {
    const sessionId = model.state.id;
    this.#contributions = new GroupCommit(async (group) => {
      const events = group.flatMap((w) => w.events);
      const receipts = group.map((w) => w.receipt);
      await deps.store.recordContributions(sessionId, events, receipts);
      deps.bus.publish({ kind: 'contributions', sessionId, events, receipts });
    });
  }

  /** Runs one command and resolves with its outcome; never rejects. */
  async run(source: CommandSource, { id, command }: CommandEnvelope): Promise<CommandOutcome> {
    if (this.revoked(source)) return refused(REVOKED);
    if (!mayRun(source.role, command.type)) return refused(refusal('command.forbidden', { role: source.role, command: command.type }));
    // PROTO-4: one check for every command of every role. A retry gets the first answer; the
    // same id for something else is refused; a retry of a command still running waits for it.
    const fingerprint = commandFingerprint(command);
    const earlier = this.#answerFor(source.actor, id, fingerprint);
    if (earlier) return earlier;
    const key = receiptKey(source.actor, id);
    const running = this.#inFlight.get(key);
    if (running) return running.fingerprint === fingerprint ? running.outcome : refused(refusal('command.duplicate', { id }));
    const outcome = this.#run(source, id, command, fingerprint);
    this.#inFlight.set(key, { fingerprint, outcome });
    try {
      return await outcome;
    } finally {
      this.#inFlight.delete(key);
    }
  }

  async #run(source: CommandSource, id: string, command: Command, fingerprint: string): Promise<CommandOutcome> {
    const contribution = isContributionCommand(command.type);
    // POLL-4: a staff command being committed may close what a contribution is for (a poll, a
    // question); the contribution is decided after it, on the state it left. No await between
    // this wait and the contribution's decision, so none slips in between.
    if (contribution) while (this.#staffCommand) await this.#staffCommand;
    if (source.participantId !== null) {
      const gate = conductGate(this.model.state.plan, command.type, this.model.roster.profileOf(source.participantId).conductAccepted ?? false);
      if (gate && !gate.ok) return refused(gate.error);
    }
    if (contribution) {
      if (!this.model.qa.allow(command, source.participantId)) return refused(RATE_LIMITED);
      return this.#contribute(source, command, { actor: source.actor, commandId: id, fingerprint, seq: null });
    }
    return this.#inOrder(() => this.#runControl(source, id, command, fingerprint));
  }

  /** The answer a command already applied gets again, or null if it was not applied (PROTO-4). */
  #answerFor(actor: string, id: string, fingerprint: string): CommandOutcome | null {
    const applied = this.model.applied(actor, id);
    if (!applied) return null;
    // Receipts stored before fingerprints existed match any payload, as they did then.
    if (applied.fingerprint !== null && applied.fingerprint !== fingerprint) return refused(refusal('command.duplicate', { id }));
    return { ok: true, seq: applied.seq };
  }

  /** Runs `task` after every control command before it; catching up goes through here too. */
  #inOrder<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#control.then(task);
    this.#control = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs `task` between two control commands: none is decided or committed while it runs.
   * Role links send control commands only, so a revocation run here is ordered with them.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.#inOrder(task);
  }

  async #contribute(source: CommandSource, command: Command, receipt: CommandReceipt): Promise<CommandOutcome> {
    const decision = decide(this.model.state, command, this.#context(source));
    if (!decision.ok) return refused(decision.error);
    const events = decision.events.filter((e): e is ContributionEvent => !isSessionEvent(e));
    const written = this.#contributions.write({ events, receipt });
    this.#contributing.add(written);
    try {
      await written;
    } catch (error) {
      this.deps.onError(error, 'contribution commit');
      return refused(SAVE_FAILED);
    } finally {
      this.#contributing.delete(written);
    }
    return { ok: true, seq: null };
  }

  /**
   * A control command; a staff command (close a poll, reject a question, change the plan) is
   * also ordered with contributions (POLL-4): it waits until the contributions already decided
   * are committed and applied, and holds back new ones until it is committed and applied, so
   * that no vote is accepted after the close that ended its poll. Staff commands are few;
   * participants' control commands (questions, hands) change nothing a contribution depends on,
   * nor does a moderator's verdict on a word or answer (`apartFromContributions`).
   */
  async #runControl(source: CommandSource, id: string, command: Command, fingerprint: string): Promise<CommandOutcome> {
    if (source.participantId !== null || !orderedWithContributions(command.type)) return this.#decideControl(source, id, command, fingerprint);
    let release!: () => void;
    this.#staffCommand = new Promise<void>((resolve) => (release = resolve));
    try {
      await Promise.allSettled([...this.#contributing]);
      return await this.#decideControl(source, id, command, fingerprint);
    } finally {
      this.#staffCommand = null;
      release();
    }
  }

  async #decideControl(source: CommandSource, id: string, command: Command, fingerprint: string): Promise<CommandOutcome> {
    // Again after waiting in line: the link may have been revoked (ROLE-2), another process
    // may have applied the command meanwhile.
    if (this.revoked(source)) return refused(REVOKED);
    const done = this.#answerFor(source.actor, id, fingerprint);
    if (done) return done;
    // After the retry check: a re-sent question that was already applied is acknowledged, not limited.
    if (!this.model.qa.allow(command, source.participantId)) return refused(RATE_LIMITED);
    for (let attempt = 0; ; attempt++) {
      const before = this.model.state;
      const decision = decide(before, command, this.#context(source));
      if (!decision.ok) return refused(decision.error);
      const events = decision.events.filter(isSessionEvent);
      // Question text goes to its own table in the same transaction, never into the log (QA-5).
      const content = this.model.qa.contentWrites(command, events);
      const commandId = { actor: source.actor, commandId: id, fingerprint };
      try {
        await this.deps.store.appendEvents(before.id, before.seq, events, { ...commandId, ...this.#audit(source, command, before) }, content);
      } catch (error) {
        if (error instanceof SequenceConflict && attempt < MAX_CATCH_UPS) {
          // Another writer moved the log on: take its events, then decide again on the new state.
          if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * RETRY_JITTER_MS * attempt));
          await this.catchUp();
          const applied = this.#answerFor(source.actor, id, fingerprint);
          if (applied) return applied;
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

/** One contribution command's share of a grouped commit: its events and its receipt. */
interface ContributionWrite {
  readonly events: readonly ContributionEvent[];
  readonly receipt: CommandReceipt;
}

function receiptKey(actor: string, commandId: string): string {
  return `${actor}\u0000${commandId}`;
}

function refused(error: DomainError): CommandOutcome {
  return { ok: false, error };
}
