import type { FloorState } from '../floor/floorTypes.ts';
import { CHANNELS, type Channel } from '../roles.ts';
import type { ChannelFloor } from './deskTypes.ts';

/**
 * Who spoke, as the desk shows it (REPORT-9): by kind (panel speaker, participant, someone a
 * moderator added) and room, never by label or key: no participant's identity reaches the
 * rapporteur. Derived from the floor's ledger, never stored.
 */
export interface TimelineEntry {
  /** The intervention's id: what a note attaches to. */
  readonly id: string;
  readonly kind: 'panel' | 'participant' | 'added';
  readonly channel: Channel;
  readonly intent: 'comment' | 'question' | 'reply';
  readonly startedAt: number;
  /** Null while it runs. */
  readonly endedAt: number | null;
}

export function deskTimeline(floor: FloorState): TimelineEntry[] {
  const entry = (e: FloorState['ledger'][number] | NonNullable<FloorState['current']>, endedAt: number | null): TimelineEntry => ({
    id: e.id,
    kind: e.speaker.kind,
    channel: e.speaker.channel,
    intent: e.intent,
    startedAt: e.startedAt,
    endedAt,
  });
  const done = floor.ledger.map((e) => entry(e, e.endedAt));
  return floor.current ? [...done, entry(floor.current, null)] : done;
}

/** Interventions and floor time per channel at `now` (the running one counted so far): a floor-balance snapshot (REPORT-8). */
export function channelFloor(floor: FloorState, now: number): ChannelFloor {
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, { interventions: 0, floorMs: 0 }])) as Record<Channel, { interventions: number; floorMs: number }>;
  for (const e of floor.ledger) {
    byChannel[e.speaker.channel].interventions += 1;
    byChannel[e.speaker.channel].floorMs += e.endedAt - e.startedAt;
  }
  if (floor.current) {
    byChannel[floor.current.speaker.channel].interventions += 1;
    byChannel[floor.current.speaker.channel].floorMs += Math.max(0, now - floor.current.startedAt);
  }
  return byChannel;
}
