import type { HistogramData } from './stats.ts';

/**
 * The orchestrator drives each fleet process through phases over Node's IPC channel: one
 * request, one reply, matched by `id`. Times are wall-clock milliseconds (`wallNow()`), so
 * that a fleet can act at an instant the orchestrator chose and report against it.
 */

/** Which server the fleet talks to: OpenFloor speaks the full protocol; the reference a minimal subset of it. */
export type Target = 'openfloor' | 'reference';

export interface JoinRequest {
  readonly op: 'join';
  readonly target: Target;
  readonly baseUrl: string;
  /** OpenFloor: the join code for `POST /api/join`. Reference: null (any token is accepted). */
  readonly joinCode: string | null;
  /** The poll whose tallies the phones watch. */
  readonly pollId: string;
  readonly count: number;
  /** Index of the first participant of this fleet, to tell tokens and channels apart. */
  readonly firstIndex: number;
  /** Participant i starts at startAt + i × windowMs / count. */
  readonly startAt: number;
  readonly windowMs: number;
  /** Joins in flight at most (HTTP requests), per fleet. */
  readonly concurrency: number;
  /** After startAt + windowMs + graceMs, participants without a welcome count as errors. */
  readonly graceMs: number;
}

export interface StormRequest {
  readonly op: 'storm';
  readonly pollId: string;
  /** This fleet's share of the storm, open loop. */
  readonly votesPerSecond: number;
  readonly startAt: number;
  readonly durationMs: number;
  /** Time allowed after the storm for the last acks. */
  readonly drainMs: number;
}

export interface ScreensRequest {
  readonly op: 'screens';
  /** Send time of probe k at index k − 1. */
  readonly probeSendTimes: readonly number[];
  /** How long to wait for every screen to see the last probe (a saturated fleet drains late). */
  readonly waitMs: number;
}

export interface IngestRequest {
  readonly op: 'ingest';
  readonly pollId: string;
  readonly startAt: number;
  readonly durationMs: number;
  /** Least time between two votes of one participant (the server allows 10 commands/s per connection). */
  readonly minGapMs: number;
  readonly drainMs: number;
}

/** Word cloud and open text (bench/kindProbes.ts): what a phone's tally shows of the probes. */
export type KindProbe =
  /** Every probe writes the same text: probe k is on a screen once the entry's count is base + k. */
  | { readonly mode: 'count'; readonly key: string }
  /** Probe k writes `${prefix}${top - k}`, a text of its own: it is on a screen once listed. */
  | { readonly mode: 'numbered'; readonly prefix: string; readonly top: number };

export type TextKind = 'wordcloud' | 'open_text';

/**
 * A word-cloud or open-text poll is open: the phones watch it for the probes from now on, and
 * with `seedText` every `seedEvery`-th participant writes that text (so that the probes' entry
 * starts among the top entries on the wire) and sits the storm out.
 */
export interface KindWatchRequest {
  readonly op: 'kindWatch';
  readonly pollId: string;
  readonly kind: TextKind;
  readonly probe: KindProbe;
  readonly seedText: string | null;
  readonly seedEvery: number;
}

/** The storm of a word-cloud or open-text poll: words or answers from a Zipf vocabulary, open loop. */
export interface KindStormRequest {
  readonly op: 'kindStorm';
  readonly pollId: string;
  readonly kind: TextKind;
  /** Count probes: the entry's count before the first probe. */
  readonly base: number;
  /** Distinct words or answers the storm draws from. */
  readonly vocabulary: number;
  readonly votesPerSecond: number;
  readonly startAt: number;
  readonly durationMs: number;
  readonly drainMs: number;
}

/** Waits for the phones to show the last probe, reports, and stops watching the poll. */
export interface KindScreensRequest {
  readonly op: 'kindScreens';
  readonly probeSendTimes: readonly number[];
  readonly waitMs: number;
}

export interface CloseRequest {
  readonly op: 'close';
}

export type FleetRequest = JoinRequest | StormRequest | ScreensRequest | IngestRequest | KindWatchRequest | KindStormRequest | KindScreensRequest | CloseRequest;

export interface ErrorCounts {
  readonly [kind: string]: number;
}

export interface JoinResult {
  readonly joined: number;
  readonly errors: ErrorCounts;
  readonly errorSamples: readonly string[];
  /** Socket created → welcome. */
  readonly connectToWelcome: HistogramData;
  /** Socket created → upgrade done (TCP connect and HTTP upgrade). */
  readonly connectToOpen: HistogramData;
  /** Upgrade done → welcome (the hello's round trip). */
  readonly openToWelcome: HistogramData;
  /** Scheduled start (before `POST /api/join`) → welcome. */
  readonly joinToWelcome: HistogramData;
  /** `POST /api/join` round trip (OpenFloor only). */
  readonly httpJoin: HistogramData;
  readonly lastWelcomeAt: number;
  /** Size of a participant's welcome frame (first full state). */
  readonly welcomeBytes: number;
  readonly eventLoopDelayP99Ms: number;
}

export interface StormResult {
  readonly sent: number;
  readonly acked: number;
  readonly errors: ErrorCounts;
  /** Votes the pacer could not send on time (fleet too slow), in votes. */
  readonly behindMax: number;
  readonly ackLatency: HistogramData;
  /** Raw size of tally frames seen by one sampled phone. */
  readonly tallyFrameBytes: { readonly count: number; readonly sum: number };
  readonly reconnects: number;
  readonly eventLoopDelayP99Ms: number;
}

export interface ScreensResult {
  /** Latency of every (probe, screen) pair; pairs never seen count with their time so far (a lower bound). */
  readonly pairs: HistogramData;
  /** Per probe (index k − 1): latency of the last of this fleet's screens to see it (a lower bound if one never did). */
  readonly lastScreen: (number | null)[];
  /** (probe, screen) pairs never seen within the wait. */
  readonly missing: number;
  readonly screens: number;
  /** Tally frames received since the storm started (its backlog included). */
  readonly tallyFrames: number;
}

export interface IngestResult {
  readonly sent: number;
  /** Acks received within [startAt, startAt + durationMs]. */
  readonly ackedInWindow: number;
  readonly acked: number;
  readonly errors: ErrorCounts;
  readonly ackLatency: HistogramData;
  readonly eventLoopDelayP99Ms: number;
}

export interface KindWatchResult {
  readonly seeded: number;
  readonly seedErrors: ErrorCounts;
}

export interface KindScreensResult extends ScreensResult {
  /** Raw size of the poll's tally frames seen by one sampled phone during the storm. */
  readonly tallyFrameBytes: { readonly count: number; readonly sum: number; readonly max: number };
}

export interface FleetResults {
  join: JoinResult;
  storm: StormResult;
  screens: ScreensResult;
  ingest: IngestResult;
  kindWatch: KindWatchResult;
  kindStorm: StormResult;
  kindScreens: KindScreensResult;
  close: { readonly closed: number };
}

export type FleetReply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string }
  | { readonly id: -1; readonly ok: true; readonly result: 'ready' };

export interface FleetEnvelope {
  readonly id: number;
  readonly request: FleetRequest;
}
