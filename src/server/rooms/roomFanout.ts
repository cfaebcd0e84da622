import { deskView } from '../../core/desk/deskView.ts';
import { floorView, myFloorView } from '../../core/floor/floorViews.ts';
import { PROTOCOL_VERSION } from '../../core/protocol/version.ts';
import type { CapabilityFanout } from './capabilityFanout.ts';
import type { Connection } from './connections.ts';
import { deskFanout } from './deskFanout.ts';
import { FloorFanout } from './floorFanout.ts';
import { frame, type Outbox } from './outbox.ts';
import type { RosterChange } from './participantRoster.ts';
import { PollFanout } from './pollFanout.ts';
import type { ContributionEffects, ControlChange, RoomModel } from './roomModel.ts';
import { agendaFanout, guidelinesFanout, speakerNoteFanout } from './sessionFanout.ts';
import { Throttle } from './throttle.ts';
import { WelcomeCache } from './welcomeCache.ts';

/**
 * Renders what was committed for each audience of one room: at once for control changes,
 * coalesced for contributions (at most one broadcast per `tallyIntervalMs`, PROTO-7). It reads
 * the model, never changes it (but for the ballots of a deleted poll), and sends only through
 * the outbox.
 */
export class RoomFanout {
  readonly #polls: PollFanout;
  readonly #floor: FloorFanout;
  /** Control frames go out in this order: notes, floor, guidelines, Q&A, polls, the session, then the desk. */
  readonly #onControl: readonly CapabilityFanout[];
  /** The coalesced broadcast: tallies, upvote counts, the balance meter, then presence. */
  readonly #onFlush: readonly CapabilityFanout[];
  readonly #broadcast: Throttle;
  readonly #welcomes = new WelcomeCache();
  #presenceDirty = false;

  constructor(
    private readonly model: RoomModel,
    private readonly out: Outbox,
    private readonly now: () => number,
    tallyIntervalMs: number,
  ) {
    this.#broadcast = new Throttle(() => this.#flush(), tallyIntervalMs);
    const request = () => this.#broadcast.request();
    this.#polls = new PollFanout(model, request);
    this.#floor = new FloorFanout(model, request);
    const qa: CapabilityFanout = {
      control: ({ before, after, events }, to) => model.qa.publish(before, after, events, to),
      flush: (_now, to) => {
        if (model.qa.dirty) model.qa.flush(model.state, to);
      },
    };
    const presence: CapabilityFanout = { control: () => undefined, flush: (_now, to) => this.#flushPresence(to) };
    this.#onControl = [speakerNoteFanout, this.#floor, guidelinesFanout, qa, this.#polls, agendaFanout, deskFanout];
    this.#onFlush = [this.#polls, qa, this.#floor, presence];
  }

  /** Sends each audience what a control commit changed, as it may see it (PRIV-1, PRIV-2). */
  control(change: ControlChange): void {
    const rendered = { ...change, now: this.now() };
    for (const fanout of this.#onControl) fanout.control(rendered, this.out);
  }

  /** Marks what committed contributions changed, for the next coalesced broadcast. */
  contributions(effects: ContributionEffects): void {
    for (const pollId of effects.polls) this.#polls.mark(pollId);
    if (effects.upvotes) this.#broadcast.request();
    this.roster(effects);
  }

  /** Presence or the balance meter's attendees changed. */
  roster(change: RosterChange): void {
    if (change.presence) {
      this.#presenceDirty = true;
      this.#broadcast.request();
    }
    if (change.balance) this.#floor.markBalance();
  }

  /** The first frame of a connection: its role's snapshot, or none when `lastSeq` is current (PROTO-5). */
  welcome(connection: Connection, lastSeq: number): string {
    const { peer, audience } = connection;
    const { state, ballots, roster, qa } = this.model;
    const now = this.now();
    const tallies = state.pollOrder.flatMap((id) => {
      const poll = state.polls[id];
      const view = poll ? this.model.tallies.view(audience, state, poll) : null;
      if (!view) return [];
      return [audience === 'staff' ? view : this.#polls.welcomeTally(view)];
    });
    const participantId = peer.participantId;
    const profile = participantId === null ? null : roster.profileOf(participantId);
    const speaker = peer.role === 'speaker' ? (peer.panelSpeaker ?? null) : null;
    // The snapshot's session and polls come from the cache: serialised once per state and audience.
    return this.#welcomes.frame(state, {
      type: 'welcome',
      protocol: PROTOCOL_VERSION,
      role: peer.role,
      seq: state.seq,
      serverTime: now,
      snapshot: lastSeq === state.seq ? null : { floor: floorView(audience, state.floor, now, state.plan), qa: qa.snapshot(audience, state) },
      tallies,
      presence: roster.presence,
      panelSpeaker: speaker,
      speakerNote: speaker === null ? null : (state.speakerNotes[speaker] ?? null),
      // REPORT-6: the desk to staff and the rapporteur only.
      desk: audience === 'staff' || peer.role === 'rapporteur' ? deskView(state) : null,
      balance: audience === 'staff' ? this.#floor.balance(now) : peer.role === 'projector' ? this.#floor.projectorBalance(now) : null,
      me:
        participantId === null || profile === null
          ? null
          : {
              channel: profile.channel,
              declared: profile.declared,
              votes: ballots.ballotsOf(participantId),
              floor: myFloorView(state.floor, participantId, now),
              conductAccepted: profile.conductAccepted ?? false,
              qa: qa.mine(state, participantId),
            },
    });
  }

  #flush(): void {
    const now = this.now();
    for (const fanout of this.#onFlush) fanout.flush?.(now, this.out);
  }

  #flushPresence(out: Outbox): void {
    if (!this.#presenceDirty) return;
    this.#presenceDirty = false;
    // Only staff screens show presence; sending it to every phone at each join would cost
    // as much as a tally fan-out during a join storm.
    out.toStaff(frame<'presence'>({ type: 'presence', ...this.model.roster.presence }));
  }

  /** Stops the broadcast timer. */
  dispose(): void {
    this.#broadcast.cancel();
  }
}
