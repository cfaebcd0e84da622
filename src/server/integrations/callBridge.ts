import { chatQuestion, type AttendeeKey, type CallSignal, type Platform } from '../../core/integrations/onlinePlatform.ts';
import type { Command } from '../../core/protocol/commands.ts';
import type { CommandOutcome, CommandSource } from '../rooms/commandProcessor.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { SessionRoom } from '../rooms/sessionRoom.ts';
import { hashToken, newId, newToken } from '../secrets.ts';
import type { Store } from '../store/store.ts';
import type { PlatformConfigs } from './platformConfig.ts';

/** What became of one signal: applied, ignored (nothing to do), or refused by the session's rules. */
export type SignalOutcome =
  | { readonly kind: 'applied' }
  | { readonly kind: 'ignored'; readonly why: string }
  | { readonly kind: 'refused'; readonly reason: string };

const PLATFORM_LABELS: Readonly<Record<Platform, string>> = { zoom: 'Zoom', webex: 'Webex', jitsi: 'Jitsi' };

/** One session's call, in memory only: who is in it, their hands, their chat senders (INTEG-3). */
interface CallState {
  meetingId: string | null;
  readonly attendees: Set<AttendeeKey>;
  /** A platform hand and the OpenFloor hand it became. */
  readonly hands: Map<AttendeeKey, string>;
  /** A chat sender and the anonymous participant that asks for them. */
  readonly askers: Map<AttendeeKey, string>;
  /** The ids of the chat lines already taken, oldest first (INTEG-11). */
  readonly chatsSeen: Set<string>;
  handsSeen: number;
}

/**
 * Applies what a platform adapter brings in to the session (INTEG-2, INTEG-3, INTEG-5), through
 * the same commands, policies and filters as anything else:
 * - a raised hand becomes `floor.add` (channel online, `source` the platform, label "Zoom 3":
 *   never the person's name), run as the online moderator's bridge; the queue's policy places it;
 *   a lowered hand still waiting is removed with `floor.remove`;
 * - joins and leaves count the people in the call, for the balance meter;
 * - a chat line starting with the host's marker becomes `qa.ask` from an anonymous participant
 *   made for that sender, so the Q&A's filters, pre-moderation and rate limits apply.
 * The platform's own ids live in this memory only, for the length of the process.
 */
export class CallBridge {
  readonly #calls = new Map<string, CallState>();

  constructor(private readonly deps: { readonly rooms: RoomRegistry; readonly store: Pick<Store, 'addParticipants'>; readonly configs: PlatformConfigs; readonly now: () => number }) {}

  #call(sessionId: string): CallState {
    let call = this.#calls.get(sessionId);
    if (!call) {
      call = { meetingId: null, attendees: new Set(), hands: new Map(), askers: new Map(), chatsSeen: new Set(), handsSeen: 0 };
      this.#calls.set(sessionId, call);
    }
    return call;
  }

  /** The number of people in the session's call, as last counted. */
  inCall(sessionId: string): number {
    return this.#calls.get(sessionId)?.attendees.size ?? 0;
  }

  async apply(sessionId: string, platform: Platform, signal: CallSignal): Promise<SignalOutcome> {
    const room = await this.deps.rooms.get(sessionId);
    if (!room) return { kind: 'ignored', why: 'no such session' };
    const call = this.#call(sessionId);
    switch (signal.kind) {
      case 'meeting':
        call.meetingId = signal.meetingId;
        return { kind: 'applied' };
      case 'joined':
      case 'left': {
        if (signal.kind === 'joined') call.attendees.add(signal.attendee);
        else call.attendees.delete(signal.attendee);
        room.callAttendance(call.attendees.size);
        return { kind: 'applied' };
      }
      case 'handRaised': {
        const waiting = call.hands.get(signal.attendee);
        if (waiting && room.state.floor.hands.some((hand) => hand.id === waiting)) return { kind: 'ignored', why: 'already raised' };
        call.handsSeen += 1;
        const before = new Set(room.state.floor.hands.map((hand) => hand.id));
        const outcome = await run(room, bridgeSource(platform), {
          type: 'floor.add', label: `${PLATFORM_LABELS[platform]} ${call.handsSeen}`, channel: 'online', intent: 'comment', stakeholderGroup: null, regionalGroup: null, gender: null, source: platform,
        });
        if (!outcome.ok) return { kind: 'refused', reason: outcome.error.reason };
        const added = room.state.floor.hands.find((hand) => !before.has(hand.id) && hand.source === platform);
        if (added) call.hands.set(signal.attendee, added.id);
        return { kind: 'applied' };
      }
      case 'handLowered': {
        const handId = call.hands.get(signal.attendee);
        call.hands.delete(signal.attendee);
        // Given the floor, or removed by a moderator: nothing waits to be lowered.
        if (!handId || !room.state.floor.hands.some((hand) => hand.id === handId)) return { kind: 'ignored', why: 'not waiting' };
        const outcome = await run(room, bridgeSource(platform), { type: 'floor.remove', handId });
        return outcome.ok ? { kind: 'applied' } : { kind: 'refused', reason: outcome.error.reason };
      }
      case 'chat': {
        // Checked and noted before any wait: two consoles relaying the same line at once take it once.
        if (signal.id !== undefined && !noteChat(call, signal.id)) return { kind: 'ignored', why: 'already relayed' };
        const { settings } = await this.deps.configs.get(sessionId);
        const text = chatQuestion(signal.text, settings.chatMarker);
        if (text === null) return { kind: 'ignored', why: 'not a question' };
        const { participantId, fresh } = await this.#askerFor(room, call, signal.attendee);
        const asker: CommandSource = { role: 'participant', participantId, actor: participantId, label: null };
        if (fresh) {
          // The room learns where the asker is, as from a phone that says "online".
          await run(room, asker, { type: 'participant.setChannel', channel: 'online' });
          // The host's choice to take questions from the call's chat stands for the code of conduct's acceptance (INTEG-5).
          if (room.state.plan.codeOfConduct.trim() !== '') await run(room, asker, { type: 'participant.acceptConduct' });
        }
        const outcome = await run(room, asker, { type: 'qa.ask', text, displayName: null });
        return outcome.ok ? { kind: 'applied' } : { kind: 'refused', reason: outcome.error.reason };
      }
    }
  }

  /** An anonymous participant for a chat sender: a random id and a token nobody holds. */
  async #askerFor(room: SessionRoom, call: CallState, attendee: AttendeeKey): Promise<{ participantId: string; fresh: boolean }> {
    const known = call.askers.get(attendee);
    if (known) return { participantId: known, fresh: false };
    const id = newId();
    await this.deps.store.addParticipants([{ id, sessionId: room.state.id, tokenHash: hashToken(newToken()), channel: 'online', createdAt: this.deps.now() }]);
    call.askers.set(attendee, id);
    return { participantId: id, fresh: true };
  }

  /** Forgets a session's call (the session was deleted). */
  forget(sessionId: string): void {
    this.#calls.delete(sessionId);
  }
}

/** How many chat ids a call remembers: far more than a meeting's chat sends within a console's reconnect. */
const CHATS_REMEMBERED = 2000;

/** Notes a chat line's id; false when it was noted before. */
function noteChat(call: CallState, id: string): boolean {
  if (call.chatsSeen.has(id)) return false;
  call.chatsSeen.add(id);
  if (call.chatsSeen.size > CHATS_REMEMBERED) {
    const oldest = call.chatsSeen.values().next().value;
    if (oldest !== undefined) call.chatsSeen.delete(oldest);
  }
  return true;
}

/** The bridge speaks as the online moderator, under its own actor key, audited as "<Platform> bridge". */
function bridgeSource(platform: Platform): CommandSource {
  return { role: 'online_moderator', participantId: null, actor: `bridge:${platform}`, label: `${PLATFORM_LABELS[platform]} bridge` };
}

function run(room: SessionRoom, source: CommandSource, command: Command): Promise<CommandOutcome> {
  return room.execute(source, { type: 'command', id: `bridge-${newId()}`, command });
}
