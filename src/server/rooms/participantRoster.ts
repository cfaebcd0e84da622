import { balanceAttendance, type Attendance, type Attendee } from '../../core/floor/balanceMeter.ts';
import type { ConductAccepted } from '../../core/guidelines/guidelinesEvents.ts';
import type { ParticipantEvent } from '../../core/participants/participantEvents.ts';
import type { SessionPlan } from '../../core/plan.ts';
import type { Channel } from '../../core/roles.ts';
import type { PresenceView } from '../../core/views.ts';
import type { Declared } from '../../core/vocabulary.ts';

/** What the room knows of a participant, connected or not. */
export interface Profile {
  readonly channel: Channel | null;
  readonly declared: Declared;
  /** GUIDE-3. */
  readonly conductAccepted?: boolean;
}

const NO_GROUPS: Declared = { stakeholderGroup: null, regionalGroup: null, gender: null };
export const UNKNOWN_PROFILE: Profile = { channel: null, declared: NO_GROUPS };

/** What a change means for the coalesced broadcasts. */
export interface RosterChange {
  readonly presence: boolean;
  readonly balance: boolean;
}

const NOTHING: RosterChange = { presence: false, balance: false };

/**
 * Every participant's channel, declared groups and code-of-conduct acceptance, and who is
 * connected: presence by channel and the attendees of the balance meter. Contributions about
 * a participant (`participant.*`) are applied here after their commit.
 */
export class ParticipantRoster {
  readonly #profiles = new Map<string, Profile>();
  readonly #connected = new Set<string>();
  /** Open connections per panel speaker (plan index) through speaker links. */
  readonly #panelConnections = new Map<number, number>();
  #presence: PresenceView = { onsite: 0, online: 0, undeclared: 0 };
  /** People in the session's video call, as its platform counts them (INTEG-3): a count, no names. */
  #inCall = 0;

  load(participants: readonly ({ readonly id: string } & Profile)[]): void {
    for (const p of participants) this.#profiles.set(p.id, { channel: p.channel, declared: p.declared, conductAccepted: p.conductAccepted ?? false });
  }

  profileOf(participantId: string): Profile {
    return this.#profiles.get(participantId) ?? UNKNOWN_PROFILE;
  }

  get presence(): PresenceView {
    return this.#presence;
  }

  /**
   * A participant opened a connection; `stored` is their profile as the store knows it, for
   * participants who joined since the room was loaded.
   */
  arrive(participantId: string, stored: Profile, firstConnection: boolean): RosterChange {
    const known = this.#profiles.get(participantId);
    // The store's acceptance counts even when the room loaded before it was written.
    if (!known) this.#profiles.set(participantId, stored);
    else if (stored.conductAccepted && !known.conductAccepted) this.#profiles.set(participantId, { ...known, conductAccepted: true });
    if (!firstConnection) return NOTHING;
    this.#connected.add(participantId);
    this.#count(this.profileOf(participantId).channel, +1);
    return { presence: true, balance: true };
  }

  /** A participant's last connection closed. */
  depart(participantId: string): RosterChange {
    if (!this.#connected.delete(participantId)) return NOTHING;
    this.#count(this.profileOf(participantId).channel, -1);
    return { presence: true, balance: true };
  }

  /** Applies a committed contribution about a participant. */
  apply(event: ParticipantEvent | ConductAccepted): RosterChange {
    const profile = this.profileOf(event.participantId);
    const connected = this.#connected.has(event.participantId);
    switch (event.type) {
      case 'participant.conductAccepted':
        this.#profiles.set(event.participantId, { ...profile, conductAccepted: true });
        return NOTHING;
      case 'participant.declared':
        this.#profiles.set(event.participantId, { ...profile, declared: event.declared });
        return { presence: false, balance: connected };
      case 'participant.channelSet':
        this.#profiles.set(event.participantId, { ...profile, channel: event.channel });
        if (profile.channel === event.channel || !connected) return NOTHING;
        this.#count(profile.channel, -1);
        this.#count(event.channel, +1);
        return { presence: true, balance: true };
    }
  }

  /**
   * People present for the balance meter (FLOOR-13): connected participants and the panel
   * speakers whose speaker link is connected; the other panel speakers are invited, apart.
   */
  attendance(plan: SessionPlan): Attendance {
    const participants: Attendee[] = [];
    for (const participantId of this.#connected) {
      const { channel, declared } = this.profileOf(participantId);
      // PRIV-7: in youth mode no gender counts, not even one declared before it was turned on.
      participants.push({ channel, ...declared, ...(plan.youthMode ? { gender: null } : {}) });
    }
    // INTEG-3: those in the call beyond the online participants connected here count as online, undeclared.
    const onlineHere = participants.filter((p) => p.channel === 'online').length;
    for (let extra = this.#inCall - onlineHere; extra > 0; extra--) participants.push({ channel: 'online', stakeholderGroup: null, regionalGroup: null, gender: null });
    return balanceAttendance(participants, plan.speakers, new Set(this.#panelConnections.keys()));
  }

  /** The number of people in the video call changed (INTEG-3). */
  setCallAttendance(count: number): RosterChange {
    if (count === this.#inCall) return NOTHING;
    this.#inCall = count;
    return { presence: false, balance: true };
  }

  /** A speaker link of panel speaker `index` (plan order) opened a connection. */
  panelArrive(index: number): RosterChange {
    const open = this.#panelConnections.get(index) ?? 0;
    this.#panelConnections.set(index, open + 1);
    return open === 0 ? { presence: false, balance: true } : NOTHING;
  }

  /** A speaker link's connection closed; the speaker leaves with their last one. */
  panelDepart(index: number): RosterChange {
    const open = this.#panelConnections.get(index) ?? 0;
    if (open <= 1) this.#panelConnections.delete(index);
    else this.#panelConnections.set(index, open - 1);
    return open === 1 ? { presence: false, balance: true } : NOTHING;
  }

  #count(channel: Channel | null, delta: number): void {
    const key = channel ?? 'undeclared';
    this.#presence = { ...this.#presence, [key]: this.#presence[key] + delta };
  }
}
