import { refusal } from '../../core/errors.ts';
import type { CommandEnvelope } from '../../core/protocol/clientMessages.ts';
import type { Store } from '../store/store.ts';
import { PeakRecorder } from './attendancePeak.ts';
import { CommandProcessor, type CommandOutcome, type CommandSource } from './commandProcessor.ts';
import { Connections, SESSION_DELETED_CLOSE_CODE } from './connections.ts';
import { cutRevoked, LinkRevocation } from './linkRevocation.ts';
import { frame } from './outbox.ts';
import { UNKNOWN_PROFILE, type Profile } from './participantRoster.ts';
import type { Peer } from './peer.ts';
import type { QaRateLimits } from './questionDesk.ts';
import { InProcessBus, type Committed, type RoomBus } from './roomBus.ts';
import { RoomFanout } from './roomFanout.ts';
import { RoomModel } from './roomModel.ts';
import type { PollResults } from './pollTallies.ts';
import { QuizTimers } from './quizTimers.ts';
import { StoreResync } from './storeResync.ts';

/** How long a shut-down waits for the commands already running (their commits) to finish. */
const SHUT_DOWN_WAIT_MS = 10_000;

/** What a room needs from the outside world. */
export interface RoomDeps {
  readonly store: Store;
  readonly now: () => number;
  readonly newId: () => string;
  readonly tallyIntervalMs: number;
  readonly onError: (error: unknown, context: string) => void;
  /** Per-participant Q&A limits; defaults in `questionDesk.ts`. */
  readonly qaRateLimits?: QaRateLimits;
  /** Carries committed changes to the rooms that render them; one in-process bus per room when left out. */
  readonly bus?: RoomBus;
}

/**
 * The room of one session on this node. It routes: connections join and leave through
 * `Connections`, commands go to the `CommandProcessor` (authorise, dedup, decide, commit,
 * publish), and what the bus brings back from a commit is applied to the `RoomModel` and
 * rendered per audience by the `RoomFanout`; catching up with the store goes to
 * `StoreResync`, revoking a link to `LinkRevocation`. It never touches a socket.
 */
export class SessionRoom {
  readonly #connections = new Connections();
  readonly #model: RoomModel;
  readonly #fanout: RoomFanout;
  readonly #processor: CommandProcessor;
  readonly #peak: PeakRecorder;
  readonly #resync: StoreResync;
  readonly #revocation: LinkRevocation;
  readonly #unsubscribe: () => void;
  /** Closes each open quiz when its time is up (POLL-50). */
  readonly #quizTimers: QuizTimers;
  /** When the last connection left and no command was running; null while in use. */
  #idleSince: number | null;
  #running = 0;
  /** Set while the session is being erased and after: no command is taken any more (RETAIN-4). */
  #closed = false;

  private constructor(model: RoomModel, private readonly deps: RoomDeps) {
    const bus = deps.bus ?? new InProcessBus();
    this.#model = model;
    this.#fanout = new RoomFanout(model, this.#connections, deps.now, deps.tallyIntervalMs);
    const inOrder = <T>(task: () => Promise<T>) => this.#processor.exclusive(task);
    // Every change a room takes, from any writer, may open or close a quiz: its timers follow.
    this.#resync = new StoreResync(model, this.#fanout, deps, inOrder, () => this.#quizTimers.sync(model.state));
    this.#revocation = new LinkRevocation(model.state.id, this.#connections, bus, inOrder, () => this.#markIdle());
    this.#processor = new CommandProcessor(
      model,
      { ...deps, bus },
      () => this.#resync.catchUp(),
      (source) => this.#connections.isRevoked(source.tokenHash),
    );
    this.#unsubscribe = bus.subscribe(model.state.id, (change) => this.#apply(change));
    this.#peak = new PeakRecorder((peak) => deps.store.recordPeak(model.state.id, peak), (error) => deps.onError(error, 'attendance peak'));
    this.#idleSince = deps.now();
    this.#quizTimers = new QuizTimers(deps.now, (source, envelope) => this.execute(source, envelope), deps.onError);
    this.#quizTimers.sync(model.state);
  }

  /** Loads a session from the store, or null if there is none. */
  static async load(sessionId: string, deps: RoomDeps): Promise<SessionRoom | null> {
    const stored = await deps.store.loadSession(sessionId);
    return stored ? new SessionRoom(new RoomModel(stored, deps.now, deps.qaRateLimits), deps) : null;
  }

  get state() {
    return this.#model.state;
  }

  /** A poll's results for an export (POLL-33), or null when there is no such poll. */
  pollResults(pollId: string): PollResults | null {
    return this.#model.tallies.results(this.#model.state, pollId);
  }

  get peerCount(): number {
    return this.#connections.size;
  }

  /** Since when nothing uses the room (no connection, no command running); null while in use. */
  get idleSince(): number | null {
    return this.#idleSince;
  }

  /** Commands being run now (decided, committing or publishing); their answers are not sent yet. */
  get running(): number {
    return this.#running;
  }

  /** Someone is about to use the room: an idle room's idle time starts again. */
  touch(): void {
    if (this.#idleSince !== null) this.#idleSince = this.deps.now();
  }

  /**
   * Adds a client and sends it its welcome (PROTO-5). `stored` is a participant's profile as
   * the store knows it, for participants who joined since the room was loaded.
   */
  join(peer: Peer, lastSeq: number, stored: Profile = UNKNOWN_PROFILE): void {
    const connection = this.#connections.add(peer);
    if (!connection) return cutRevoked(peer);
    this.#idleSince = null;
    const participantId = peer.participantId;
    if (participantId !== null) {
      const first = this.#connections.connectionsOf(participantId) === 1;
      this.#fanout.roster(this.#model.roster.arrive(participantId, stored, first));
      this.#peak.observe(this.#model.roster.presence, this.deps.now());
    }
    const panelSpeaker = panelSpeakerOf(peer);
    if (panelSpeaker !== null) this.#fanout.roster(this.#model.roster.panelArrive(panelSpeaker));
    peer.send(this.#fanout.welcome(connection, lastSeq));
  }

  /** Removes a client whose connection closed. */
  leave(peer: Peer): void {
    const { known, lastOfParticipant } = this.#connections.remove(peer);
    if (lastOfParticipant !== null) this.#fanout.roster(this.#model.roster.depart(lastOfParticipant));
    const panelSpeaker = panelSpeakerOf(peer);
    if (known && panelSpeaker !== null) this.#fanout.roster(this.#model.roster.panelDepart(panelSpeaker));
    if (known) this.#markIdle();
  }

  /** How many people the session's video call has now (INTEG-3): online presence for the balance meter. */
  callAttendance(count: number): void {
    this.#fanout.roster(this.#model.roster.setCallAttendance(count));
  }

  /** Handles one parsed command from a connection; answers it with an ack or a typed error. */
  async handle(peer: Peer, envelope: CommandEnvelope): Promise<void> {
    const outcome = await this.execute(peer, envelope);
    peer.send(outcome.ok ? frame<'ack'>({ type: 'ack', id: envelope.id, seq: outcome.seq }) : frame<'error'>({ type: 'error', id: envelope.id, ...outcome.error }));
  }

  /** Runs one command for any source (a socket, an HTTP route, an adapter) and returns its outcome. */
  async execute(source: CommandSource, envelope: CommandEnvelope): Promise<CommandOutcome> {
    if (this.#closed) return { ok: false, error: DELETED };
    this.#running += 1;
    this.#idleSince = null;
    try {
      return await this.#processor.run(source, envelope);
    } finally {
      this.#running -= 1;
      this.#markIdle();
    }
  }

  /** Open connections per role link (token hash), for the host's list (ROLE-3). */
  connectedLinks(): ReadonlyMap<string, number> {
    return this.#connections.linkCounts();
  }

  /**
   * Revokes a role link (ROLE-2) here and on every process (SCALE-6); see `LinkRevocation`.
   * Returns the number of connections cut here, or null when `commit` found nothing to revoke.
   */
  revokeLink(tokenHash: string, commit: () => Promise<boolean>): Promise<number | null> {
    return this.#revocation.revoke(tokenHash, commit);
  }

  /**
   * Erases the session (RETAIN-3, RETAIN-4): refuses commands from now on, lets those running
   * commit first, runs `erase` between two control commands, then tells every connection and
   * closes it (4410). When `erase` erased nothing (or failed) the room takes commands again.
   */
  async shutDown(erase: () => Promise<boolean>): Promise<boolean> {
    this.#closed = true;
    let erased = false;
    try {
      erased = await this.#processor.exclusive(async () => {
        const deadline = performance.now() + SHUT_DOWN_WAIT_MS;
        while (this.#running > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
        // The peak waiting for its write goes in first: an archive keeps it (REPORT-11).
        await this.#peak.flush();
        return erase();
      });
    } finally {
      if (!erased) this.#closed = false;
    }
    if (!erased) return false;
    this.#connections.closeAll(frame<'error'>({ type: 'error', id: null, ...DELETED }), SESSION_DELETED_CLOSE_CODE, 'session deleted');
    this.dispose();
    return true;
  }

  /** Stops timers and leaves the bus; the room can be dropped. */
  dispose(): void {
    this.#unsubscribe();
    this.#fanout.dispose();
    this.#peak.cancel();
    this.#quizTimers.dispose();
  }

  /** A committed change, from this room's processor or another writer: applied, then rendered. */
  #apply(change: Committed): void {
    switch (change.kind) {
      case 'linkRevoked':
        return void this.#revocation.cutHere(change.tokenHash);
      case 'resync':
        return void this.#resync.reload();
      case 'contributions':
        return this.#fanout.contributions(this.#model.applyContributions(change));
      case 'control':
        return this.#resync.applyControl(change);
    }
  }

  #markIdle(): void {
    if (this.#connections.size === 0 && this.#running === 0) this.#idleSince ??= this.deps.now();
  }
}

const DELETED = refusal('session.deleted');

/** The panel speaker (plan index) a speaker link speaks for, else null (FLOOR-13). */
function panelSpeakerOf(peer: Peer): number | null {
  return peer.role === 'speaker' ? (peer.panelSpeaker ?? null) : null;
}
