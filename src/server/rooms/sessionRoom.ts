import { BallotBox } from '../../core/polls/ballotBox.ts';
import { balanceMeter, publicBalance, type Attendee } from '../../core/floor/balanceMeter.ts';
import { isAgendaEvent } from '../../core/agenda/runEvents.ts';
import { isFloorEvent } from '../../core/floor/floorEvents.ts';
import type { Declared } from '../../core/vocabulary.ts';
import { queueOrder } from '../../core/floor/floorPolicy.ts';
import { floorView, myFloorView } from '../../core/floor/floorViews.ts';
import { decide } from '../../core/decide.ts';
import { isContributionCommand } from '../../core/protocol/commands.ts';
import { type Actor } from '../../core/decideContext.ts';
import type { ErrorCode } from '../../core/errors.ts';
import { mayRun } from '../../core/permissions.ts';
import type { SessionPlan } from '../../core/plan.ts';
import type { CommandEnvelope } from '../../core/protocol/clientMessages.ts';
import type { ServerMessages } from '../../core/protocol/serverMessages.ts';
import { PROTOCOL_VERSION } from '../../core/protocol/version.ts';
import { auditSummary } from '../../core/audit/auditSummary.ts';
import { conductGate } from '../../core/guidelines/conductGate.ts';
import { guidelinesView } from '../../core/guidelines/guidelinesView.ts';
import { audienceOf, isStaff, type Channel } from '../../core/roles.ts';
import { evolve, replay } from '../../core/session.ts';
import { isSessionEvent, type ContributionEvent, type SessionEvent } from '../../core/events.ts';
import { type SessionState } from '../../core/sessionState.ts';
import { sessionView, type PresenceView } from '../../core/views.ts';
import { pollView, tallyView } from '../../core/polls/pollViews.ts';
import type { SpeakerNote } from '../../core/speaker/speakerTypes.ts';
import type { Store } from '../store/store.ts';
import { GroupCommit } from './groupCommit.ts';
import { isQaEvent } from '../../core/qa/qaEvents.ts';
import { QuestionDesk, type QaRateLimits } from './questionDesk.ts';
import type { Peer } from './peer.ts';
import { Throttle } from './throttle.ts';
import { WelcomeCache } from './welcomeCache.ts';

const NO_GROUPS: Declared = { stakeholderGroup: null, regionalGroup: null, gender: null };

/** What the room knows of a participant, connected or not. */
interface Profile {
  readonly channel: Channel | null;
  readonly declared: Declared;
  /** GUIDE-3. */
  readonly conductAccepted?: boolean;
}

/** Close code of a connection whose link the host revoked (ROLE-2). */
export const REVOKED_CLOSE_CODE = 4403;

function sameGuidelines(a: SessionPlan, b: SessionPlan): boolean {
  return a.guidelines.onsite === b.guidelines.onsite && a.guidelines.online === b.guidelines.online && a.codeOfConduct === b.codeOfConduct;
}

/** What a room needs from the outside world. */
export interface RoomDeps {
  readonly store: Store;
  readonly now: () => number;
  readonly newId: () => string;
  readonly tallyIntervalMs: number;
  readonly onError: (error: unknown, context: string) => void;
  /** Per-participant Q&A limits; defaults in `questionDesk.ts`. */
  readonly qaRateLimits?: QaRateLimits;
}

function frame<K extends keyof ServerMessages>(message: ServerMessages[K]): string {
  return JSON.stringify(message);
}

/**
 * The authoritative room of one session on this node: its control state, its ballots, and
 * the clients connected to it. Every command goes parse (transport) → authorise → decide →
 * commit → apply → publish → ack. Control commands run one at a time in sequence order;
 * contributions are committed in groups and never wait for the sequence.
 */
export class SessionRoom {
  #state: SessionState;
  readonly #ballots = new BallotBox();
  /** Declared channel and groups of every participant of the session, connected or not. */
  readonly #profiles = new Map<string, Profile>();
  /** Open connections of each role link, by token hash: revocation closes them, the host sees counts (ROLE-2, ROLE-3). */
  readonly #linkPeers = new Map<string, Set<Peer>>();
  /** Links revoked while this room was loaded: a hello racing the revocation is closed too. */
  readonly #revoked = new Set<string>();
  /** Speaker links' connections, for notes meant for one panel speaker (SPEAK-2). */
  readonly #speakers = new Set<Peer>();
  /** Open connections of each participant, to tell them their own place on the floor. */
  readonly #participantPeers = new Map<string, Set<Peer>>();
  /** (actor, command id) → seq of control commands already applied. */
  readonly #applied = new Map<string, number>();
  readonly #staff = new Set<Peer>();
  readonly #public = new Set<Peer>();
  /** The projectors among the public. */
  readonly #projectors = new Set<Peer>();
  /** Open connections per connected participant. */
  readonly #connections = new Map<string, number>();
  #presence: { onsite: number; online: number; undeclared: number } = { onsite: 0, online: 0, undeclared: 0 };
  #control: Promise<void> = Promise.resolve();
  readonly #contributions: GroupCommit<ContributionEvent>;
  readonly #dirtyPolls = new Set<string>();
  #presenceDirty = false;
  #balanceDirty = false;
  #publicBalanceShown = false;
  /** Last `floor.mine` sent to each participant, to send only changes. */
  readonly #lastMine = new Map<string, string>();
  readonly #broadcast: Throttle;
  /** Q&A content, upvotes, limits and fan-out. */
  readonly #qa: QuestionDesk;
  readonly #welcomes = new WelcomeCache();

  private constructor(
    state: SessionState,
    private readonly deps: RoomDeps,
  ) {
    this.#state = state;
    this.#contributions = new GroupCommit((group) => deps.store.recordContributions(state.id, group));
    this.#broadcast = new Throttle(() => this.#flushBroadcast(), deps.tallyIntervalMs);
    this.#qa = new QuestionDesk(deps.now, deps.qaRateLimits);
  }

  /** Loads a session from the store, or null if there is none. */
  static async load(sessionId: string, deps: RoomDeps): Promise<SessionRoom | null> {
    const stored = await deps.store.loadSession(sessionId);
    if (!stored) return null;
    const room = new SessionRoom(replay(stored.events), deps);
    for (const c of stored.commands) room.#applied.set(`${c.actor}\u0000${c.commandId}`, c.seq);
    for (const v of stored.votes) room.#ballots.cast(v.pollId, v.participantId, v.optionIds);
    for (const p of stored.participants) room.#profiles.set(p.id, { channel: p.channel, declared: p.declared, conductAccepted: p.conductAccepted });
    room.#qa.load(stored);
    return room;
  }

  get state(): SessionState {
    return this.#state;
  }

  get peerCount(): number {
    return this.#staff.size + this.#public.size;
  }

  /**
   * Adds a client and sends it its welcome (PROTO-5). `storedChannel` is a participant's
   * channel as the store knows it, for participants who joined since the room was loaded.
   */
  join(peer: Peer, lastSeq: number, stored: Profile = { channel: null, declared: NO_GROUPS }): void {
    const tokenHash = peer.tokenHash ?? null;
    if (tokenHash !== null && this.#revoked.has(tokenHash)) return this.#closeRevoked(peer);
    (isStaff(peer.role) ? this.#staff : this.#public).add(peer);
    if (peer.role === 'projector') this.#projectors.add(peer);
    if (peer.role === 'speaker') this.#speakers.add(peer);
    if (tokenHash !== null) {
      const peers = this.#linkPeers.get(tokenHash) ?? new Set<Peer>();
      peers.add(peer);
      this.#linkPeers.set(tokenHash, peers);
    }
    const state = this.#state;
    const tallies = state.pollOrder.flatMap((id) => {
      const poll = state.polls[id];
      const view = poll ? tallyView(audienceOf(peer.role), poll, this.#ballots.tally(id)) : null;
      return view ? [view] : [];
    });
    const participantId = peer.participantId;
    if (participantId !== null) {
      const known = this.#profiles.get(participantId);
      // The store's acceptance counts even when the room loaded before it was written.
      if (!known) this.#profiles.set(participantId, stored);
      else if (stored.conductAccepted && !known.conductAccepted) this.#profiles.set(participantId, { ...known, conductAccepted: true });
      const open = this.#connections.get(participantId) ?? 0;
      this.#connections.set(participantId, open + 1);
      if (open === 0) this.#countPresence(this.#profileOf(participantId).channel, +1);
      let peers = this.#participantPeers.get(participantId);
      if (!peers) {
        peers = new Set();
        this.#participantPeers.set(participantId, peers);
      }
      peers.add(peer);
    }
    const now = this.deps.now();
    peer.send(
      // The snapshot's session and polls come from the cache: serialised once per state and role.
      this.#welcomes.frame(state, {
        type: 'welcome',
        protocol: PROTOCOL_VERSION,
        role: peer.role,
        seq: state.seq,
        serverTime: now,
        snapshot: lastSeq === state.seq ? null : { floor: floorView(peer.role, state.floor, now), qa: this.#qa.snapshot(peer.role, state) },
        tallies,
        presence: this.#presence,
        panelSpeaker: peer.role === 'speaker' ? (peer.panelSpeaker ?? null) : null,
        speakerNote: this.#noteFor(peer),
        balance: isStaff(peer.role) ? this.#balance(now) : peer.role === 'projector' && state.floor.balanceShown ? publicBalance(state.floor.ledger, this.#attendees(), now) : null,
        me:
          participantId === null
            ? null
            : {
                channel: this.#profileOf(participantId).channel,
                declared: this.#profileOf(participantId).declared,
                votes: this.#ballots.ballotsOf(participantId),
                floor: myFloorView(state.floor, participantId, now),
                conductAccepted: this.#profileOf(participantId).conductAccepted ?? false,
                qa: this.#qa.mine(state, participantId),
              },
      }),
    );
  }

  /** Removes a client whose connection closed. */
  leave(peer: Peer): void {
    this.#projectors.delete(peer);
    this.#speakers.delete(peer);
    const tokenHash = peer.tokenHash ?? null;
    if (tokenHash !== null) {
      const peers = this.#linkPeers.get(tokenHash);
      peers?.delete(peer);
      if (peers?.size === 0) this.#linkPeers.delete(tokenHash);
    }
    const removed = this.#staff.delete(peer) || this.#public.delete(peer);
    const participantId = peer.participantId;
    if (!removed || participantId === null) return;
    this.#participantPeers.get(participantId)?.delete(peer);
    const open = (this.#connections.get(participantId) ?? 1) - 1;
    if (open > 0) {
      this.#connections.set(participantId, open);
      return;
    }
    this.#connections.delete(participantId);
    this.#participantPeers.delete(participantId);
    this.#countPresence(this.#profileOf(participantId).channel, -1);
  }

  /** Handles one parsed command; answers the peer with an ack or a typed error. */
  async handle(peer: Peer, envelope: CommandEnvelope): Promise<void> {
    const { id, command } = envelope;
    if (!mayRun(peer.role, command.type)) {
      return this.#refuse(peer, id, 'forbidden', `a ${peer.role} may not ${command.type}`);
    }
    if (peer.participantId !== null) {
      const gate = conductGate(this.#state.plan, command.type, this.#profileOf(peer.participantId).conductAccepted ?? false);
      if (gate && !gate.ok) return this.#refuse(peer, id, gate.error.code, gate.error.message);
    }
    if (isContributionCommand(command.type)) {
      if (!this.#qa.allow(command, peer.participantId)) return this.#refuse(peer, id, 'rate_limited', 'too many at once; please wait a moment');
      return this.#contribute(peer, envelope);
    }
    // Control commands wait for the ones before them, so each is decided on the state its
    // predecessors left.
    const run = this.#control.then(() => this.#runControl(peer, envelope));
    this.#control = run.catch(() => undefined);
    return run;
  }

  async #contribute(peer: Peer, { id, command }: CommandEnvelope): Promise<void> {
    const decision = decide(this.#state, command, { actor: this.#actor(peer), now: this.deps.now(), newId: this.deps.newId, upvotes: this.#qa.upvotesOf(this.#state) });
    if (!decision.ok) return this.#refuse(peer, id, decision.error.code, decision.error.message);
    const events = decision.events.filter((e): e is ContributionEvent => !isSessionEvent(e));
    try {
      await Promise.all(events.map((e) => this.#contributions.write(e)));
    } catch (error) {
      this.deps.onError(error, 'contribution commit');
      return this.#refuse(peer, id, 'internal', 'the server could not save this; please retry');
    }
    // Applied after the commit, so what is shown is always what is stored.
    for (const event of events) this.#applyContribution(event);
    peer.send(frame<'ack'>({ type: 'ack', id, seq: null }));
  }

  #applyContribution(event: ContributionEvent): void {
    if (event.type === 'vote.cast') {
      if (this.#ballots.cast(event.pollId, event.participantId, event.optionIds)) this.#markPoll(event.pollId);
      return;
    }
    if (event.type === 'qa.upvoted') {
      if (this.#qa.applyUpvote(event.questionId, event.participantId, event.up)) this.#broadcast.request();
      return;
    }
    const profile = this.#profileOf(event.participantId);
    if (event.type === 'participant.conductAccepted') {
      this.#profiles.set(event.participantId, { ...profile, conductAccepted: true });
      return;
    }
    if (event.type === 'participant.declared') {
      this.#profiles.set(event.participantId, { ...profile, declared: event.declared });
      if (this.#connections.has(event.participantId)) this.#markBalance();
      return;
    }
    this.#profiles.set(event.participantId, { ...profile, channel: event.channel });
    if (profile.channel !== event.channel && this.#connections.has(event.participantId)) {
      this.#countPresence(profile.channel, -1);
      this.#countPresence(event.channel, +1);
    }
  }

  #profileOf(participantId: string): Profile {
    return this.#profiles.get(participantId) ?? { channel: null, declared: NO_GROUPS };
  }

  /** The actor `decide` sees: role, and for participants their channel and groups. */
  #actor(peer: Peer): Actor {
    return { role: peer.role, participantId: peer.participantId, profile: peer.participantId === null ? null : this.#profileOf(peer.participantId) };
  }

  /** People present for the balance meter: connected participants and the panel. */
  #attendees(): Attendee[] {
    const attendees: Attendee[] = [];
    for (const participantId of this.#connections.keys()) {
      const { channel, declared } = this.#profileOf(participantId);
      attendees.push({ channel, ...declared });
    }
    for (const s of this.#state.plan.speakers) {
      attendees.push({ channel: s.channel, stakeholderGroup: s.stakeholderGroup ?? null, regionalGroup: s.regionalGroup ?? null, gender: null });
    }
    return attendees;
  }

  #balance(now: number) {
    const { floor } = this.#state;
    return balanceMeter(floor.ledger, floor.current, this.#attendees(), now);
  }

  async #runControl(peer: Peer, { id, command }: CommandEnvelope): Promise<void> {
    const key = `${peer.actor}\u0000${id}`;
    const done = this.#applied.get(key);
    if (done !== undefined) {
      peer.send(frame<'ack'>({ type: 'ack', id, seq: done }));
      return;
    }
    // After the retry check: a re-sent question that was already applied is acknowledged, not limited.
    if (!this.#qa.allow(command, peer.participantId)) return this.#refuse(peer, id, 'rate_limited', 'too many at once; please wait a moment');
    const before = this.#state;
    const decision = decide(before, command, { actor: this.#actor(peer), now: this.deps.now(), newId: this.deps.newId, upvotes: this.#qa.upvotesOf(before) });
    if (!decision.ok) return this.#refuse(peer, id, decision.error.code, decision.error.message);
    const events = decision.events.filter(isSessionEvent);
    // Question text goes to its own table in the same transaction, never into the log (QA-5).
    const content = this.#qa.contentWrites(command, events);
    try {
      // Every action of a non-participant role goes to the audit log, in the same commit (AUDIT-1).
      const audit = peer.participantId === null ? { id: this.deps.newId(), at: this.deps.now(), role: peer.role, label: peer.label ?? null, action: command.type, summary: auditSummary(command) } : undefined;
      await this.deps.store.appendEvents(before.id, before.seq, events, { actor: peer.actor, commandId: id, ...(audit ? { audit } : {}) }, content);
    } catch (error) {
      this.deps.onError(error, 'control commit');
      return this.#refuse(peer, id, 'internal', 'the server could not save this; please retry');
    }
    const after = events.reduce(evolve, before);
    this.#qa.applyContent(content);
    this.#state = after;
    this.#applied.set(key, after.seq);
    this.#publishControl(before, after, events);
    peer.send(frame<'ack'>({ type: 'ack', id, seq: after.seq }));
  }

  /** Sends each role what changed, as it may see it (PRIV-1, PRIV-2). */
  #publishControl(before: SessionState, after: SessionState, events: readonly SessionEvent[]): void {
    const seq = after.seq;
    const touched = new Set<string>();
    let floorChanged = false;
    let sessionChanged = before.activePollId !== after.activePollId;
    let guidelinesChanged = false;
    for (const e of events) {
      if (isFloorEvent(e)) floorChanged = true;
      else if (isQaEvent(e)) continue;
      else if (e.type === 'speaker.noted') this.#publishNote(e.note);
      else if (e.type === 'guidelines.set') guidelinesChanged = true;
      else if (isAgendaEvent(e)) {
        sessionChanged = true;
        // A plan update may carry other guidelines or code of conduct (RUN-7, GUIDE-4).
        if (e.type === 'plan.updated' && !sameGuidelines(before.plan, after.plan)) guidelinesChanged = true;
      }
      else if (e.type === 'poll.created') touched.add(e.poll.id);
      else if (e.type === 'poll.opened' || e.type === 'poll.closed' || e.type === 'poll.revealed' || e.type === 'poll.deleted') touched.add(e.pollId);
    }
    if (floorChanged) this.#publishFloor(after);
    if (guidelinesChanged) this.#sendTo([...this.#staff, ...this.#public], frame<'guidelines.updated'>({ type: 'guidelines.updated', seq, guidelines: guidelinesView(after.plan) }));
    this.#qa.publish(before, after, events, { staff: this.#staff, public: this.#public, participant: (p) => this.#participantPeers.get(p) ?? [] });
    for (const pollId of touched) {
      const poll = after.polls[pollId];
      if (!poll) {
        this.#sendTo(this.#staff, frame<'poll.removed'>({ type: 'poll.removed', seq, pollId }));
        const was = before.polls[pollId];
        if (was && was.status !== 'draft') this.#sendTo(this.#public, frame<'poll.removed'>({ type: 'poll.removed', seq, pollId }));
        this.#ballots.drop(pollId);
        this.#dirtyPolls.delete(pollId);
        continue;
      }
      const staffView = pollView('staff', poll);
      if (staffView) this.#sendTo(this.#staff, frame<'poll.updated'>({ type: 'poll.updated', seq, poll: staffView }));
      const publicView = pollView('public', poll);
      if (publicView) this.#sendTo(this.#public, frame<'poll.updated'>({ type: 'poll.updated', seq, poll: publicView }));
      // Visibility of the distribution may have changed: send the tallies again.
      this.#markPoll(pollId);
    }
    if (sessionChanged) {
      this.#sendTo([...this.#staff, ...this.#public], frame<'session.updated'>({ type: 'session.updated', seq, session: sessionView(after) }));
    }
  }

  /** The floor as each audience sees it, and each participant's own place (FLOOR-12). */
  #publishFloor(state: SessionState): void {
    const now = this.deps.now();
    const seq = state.seq;
    this.#sendTo(this.#staff, frame<'floor.updated'>({ type: 'floor.updated', seq, serverTime: now, floor: floorView('moderator', state.floor, now) }));
    this.#sendTo(this.#public, frame<'floor.updated'>({ type: 'floor.updated', seq, serverTime: now, floor: floorView('participant', state.floor, now) }));
    // Only people whose place can have changed: those waiting, the speaker, and whoever just left the queue.
    // The order once, not once per connected participant.
    const order = queueOrder(state.floor, now);
    for (const [participantId, peers] of this.#participantPeers) {
      const mine = myFloorView(state.floor, participantId, now, order);
      const key = JSON.stringify(mine);
      if (this.#lastMine.get(participantId) === key) continue;
      this.#lastMine.set(participantId, key);
      this.#sendTo(peers, frame<'floor.mine'>({ type: 'floor.mine', ...mine }));
    }
    this.#markBalance();
  }

  #markBalance(): void {
    this.#balanceDirty = true;
    this.#broadcast.request();
  }

  #markPoll(pollId: string): void {
    this.#dirtyPolls.add(pollId);
    this.#broadcast.request();
  }

  #countPresence(channel: Channel | null, delta: number): void {
    const key = channel ?? 'undeclared';
    this.#presence = { ...this.#presence, [key]: this.#presence[key] + delta };
    this.#presenceDirty = true;
    this.#balanceDirty = true;
    this.#broadcast.request();
  }

  /** Coalesced broadcast: one serialisation per poll and audience, a few times a second at most (PROTO-7). */
  #flushBroadcast(): void {
    for (const pollId of this.#dirtyPolls) {
      const poll = this.#state.polls[pollId];
      if (!poll) continue;
      const tally = this.#ballots.tally(pollId);
      const staff = tallyView('staff', poll, tally);
      if (staff) this.#sendTo(this.#staff, frame<'tally'>({ type: 'tally', ...staff }));
      const pub = tallyView('public', poll, tally);
      if (pub) this.#sendTo(this.#public, frame<'tally'>({ type: 'tally', ...pub }));
    }
    this.#dirtyPolls.clear();
    if (this.#qa.dirty) this.#qa.flush(this.#state, { staff: this.#staff, public: this.#public });
    if (this.#balanceDirty) {
      this.#balanceDirty = false;
      const now = this.deps.now();
      this.#sendTo(this.#staff, frame<'balance'>({ type: 'balance', meter: this.#balance(now) }));
      const shown = this.#state.floor.balanceShown;
      // Hidden again: one null tells public screens to drop it; after that nothing is sent.
      // Only the big screen shows it; phones have no use for it.
      if ((shown || this.#publicBalanceShown) && this.#projectors.size > 0) {
        this.#sendTo(this.#projectors, frame<'balance'>({ type: 'balance', meter: shown ? publicBalance(this.#state.floor.ledger, this.#attendees(), now) : null }));
      }
      this.#publicBalanceShown = shown;
    }
    if (this.#presenceDirty) {
      this.#presenceDirty = false;
      const presence: PresenceView = this.#presence;
      // Only staff screens show presence; sending it to every phone at each join would cost
      // as much as a tally fan-out during a join storm.
      this.#sendTo(this.#staff, frame<'presence'>({ type: 'presence', ...presence }));
    }
  }

  /** A note goes to staff and to the connections of that panel speaker's links only (SPEAK-2). */
  #publishNote(note: SpeakerNote): void {
    const data = frame<'speaker.note'>({ type: 'speaker.note', note });
    this.#sendTo(this.#staff, data);
    for (const peer of this.#speakers) if (peer.panelSpeaker === note.panelSpeaker) peer.send(data);
  }

  /** The latest note for a speaker link's panel speaker; null for every other role. */
  #noteFor(peer: Peer): SpeakerNote | null {
    if (peer.role !== 'speaker' || peer.panelSpeaker === null || peer.panelSpeaker === undefined) return null;
    return this.#state.speakerNotes[peer.panelSpeaker] ?? null;
  }

  /** Open connections per role link (token hash), for the host's list (ROLE-3). */
  connectedLinks(): ReadonlyMap<string, number> {
    return new Map([...this.#linkPeers].map(([hash, peers]) => [hash, peers.size]));
  }

  /** Closes every connection of a link whose revocation was just committed (ROLE-2). */
  revokeLink(tokenHash: string): number {
    this.#revoked.add(tokenHash);
    const peers = [...(this.#linkPeers.get(tokenHash) ?? [])];
    for (const peer of peers) {
      this.leave(peer);
      this.#closeRevoked(peer);
    }
    return peers.length;
  }

  #closeRevoked(peer: Peer): void {
    peer.send(frame<'error'>({ type: 'error', id: null, code: 'unauthorised', message: 'the host revoked this link' }));
    peer.close?.(REVOKED_CLOSE_CODE, 'link revoked');
  }

  #sendTo(peers: Iterable<Peer>, data: string): void {
    for (const peer of peers) peer.send(data);
  }

  #refuse(peer: Peer, id: string, code: ErrorCode, message: string): void {
    peer.send(frame<'error'>({ type: 'error', id, code, message }));
  }

  /** Stops timers; the room can be dropped. */
  dispose(): void {
    this.#broadcast.cancel();
  }
}
