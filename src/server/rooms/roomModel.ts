import { BallotBox } from '../../core/polls/ballotBox.ts';
import { evolve, replay } from '../../core/session.ts';
import type { SessionState } from '../../core/sessionState.ts';
import type { CommandReceipt, StoredSession } from '../store/store.ts';
import { ParticipantRoster, type RosterChange } from './participantRoster.ts';
import { PollTallies } from './pollTallies.ts';
import { QuestionDesk, type QaRateLimits } from './questionDesk.ts';
import type { Committed } from './roomBus.ts';

/** What a group of contributions changed, for the coalesced broadcasts. */
export interface ContributionEffects extends RosterChange {
  readonly polls: ReadonlySet<string>;
  readonly upvotes: boolean;
}

/** A control commit as applied: the state before and after, for the fan-out. */
export interface ControlChange {
  readonly before: SessionState;
  readonly after: SessionState;
  readonly events: Extract<Committed, { kind: 'control' }>['events'];
}

/**
 * A session as one room holds it: the control state, the ballots, the participants' profiles,
 * the Q&A's text and upvotes, and the commands already applied (PROTO-4). It changes only by
 * applying what was committed, so what is shown is always what is stored.
 */
export class RoomModel {
  #state: SessionState;
  readonly ballots = new BallotBox();
  /** The ballots' tallies and summaries as each audience sees them. */
  readonly tallies = new PollTallies(this.ballots, (id) => this.roster.profileOf(id));
  readonly roster = new ParticipantRoster();
  readonly qa: QuestionDesk;
  /** (actor, command id) → what every command applied so far said and answered (PROTO-4). */
  readonly #applied = new Map<string, AppliedCommand>();

  constructor(stored: StoredSession, now: () => number, qaRateLimits?: QaRateLimits) {
    this.#state = replay(stored.events);
    this.qa = new QuestionDesk(now, qaRateLimits);
    this.#load(stored);
  }

  get state(): SessionState {
    return this.#state;
  }

  /** The command `actor` sent with this id, if it was applied. */
  applied(actor: string, commandId: string): AppliedCommand | undefined {
    return this.#applied.get(appliedKey(actor, commandId));
  }

  /** Applies committed control events; null when they do not follow this state (a missed change: catch up). */
  applyControl(change: Extract<Committed, { kind: 'control' }>): ControlChange | null {
    const before = this.#state;
    if (change.afterSeq !== before.seq) return null;
    const after = change.events.reduce(evolve, before);
    this.qa.applyContent(change.content);
    this.#state = after;
    if (change.command) this.#applied.set(appliedKey(change.command.actor, change.command.commandId), { fingerprint: change.command.fingerprint, seq: after.seq });
    return { before, after, events: change.events };
  }

  applyContributions({ events, receipts }: Extract<Committed, { kind: 'contributions' }>): ContributionEffects {
    this.#remember(receipts);
    const polls = new Set<string>();
    let upvotes = false;
    let presence = false;
    let balance = false;
    for (const event of events) {
      if (event.type === 'vote.cast') {
        if (this.#cast(event.pollId, event.participantId, event.optionIds, event.at)) polls.add(event.pollId);
      } else if (event.type === 'qa.upvoted') {
        upvotes = this.qa.applyUpvote(event.questionId, event.participantId, event.up) || upvotes;
      } else {
        const change = this.roster.apply(event);
        presence ||= change.presence;
        balance ||= change.balance;
      }
    }
    return { polls, upvotes, presence, balance };
  }

  /**
   * Brings the model up to the store's state after another writer committed first: the
   * control events it missed, with the store's question text. Contributions are upserts and
   * reach every room through the bus; only the log is replayed here.
   */
  catchUp(stored: StoredSession): ControlChange {
    const before = this.#state;
    const missed = stored.events.slice(before.seq);
    this.qa.load(stored, { contentOnly: true });
    this.#state = missed.reduce(evolve, before);
    this.#remember(stored.commands);
    return { before, after: this.#state, events: missed };
  }

  /** A ranking's order is its vote; a quiz's time weighs its points (POLL-23, POLL-26). */
  #cast(pollId: string, participantId: string, optionIds: readonly string[], at: number): boolean {
    return this.ballots.cast(pollId, participantId, optionIds, { ordered: this.#state.polls[pollId]?.kind === 'ranking', at });
  }

  /**
   * Brings ballots, upvotes and profiles up to the store after changes may have been lost on
   * the way between processes (SCALE-5): ballots and profiles are upserts, upvotes are replaced.
   */
  reloadContributions(stored: StoredSession): ContributionEffects {
    this.#remember(stored.commands);
    const polls = new Set<string>();
    for (const v of stored.votes) if (this.#cast(v.pollId, v.participantId, v.optionIds, v.at ?? 0)) polls.add(v.pollId);
    this.roster.load(stored.participants);
    const upvotes = this.qa.reloadUpvotes(stored.upvotes);
    return { polls, upvotes, presence: true, balance: true };
  }

  #remember(receipts: readonly CommandReceipt[]): void {
    for (const r of receipts) this.#applied.set(appliedKey(r.actor, r.commandId), { fingerprint: r.fingerprint, seq: r.seq });
  }

  #load(stored: StoredSession): void {
    this.#remember(stored.commands);
    for (const v of stored.votes) this.#cast(v.pollId, v.participantId, v.optionIds, v.at ?? 0);
    this.roster.load(stored.participants);
    this.qa.load(stored);
  }
}

/** A command already applied: what it said (null if stored before fingerprints) and the seq its ack gave. */
export interface AppliedCommand {
  readonly fingerprint: string | null;
  readonly seq: number | null;
}

function appliedKey(actor: string, commandId: string): string {
  return `${actor}\u0000${commandId}`;
}
