import { audienceOf, type Audience } from '../../core/roles.ts';
import type { Outbox } from './outbox.ts';
import type { Peer } from './peer.ts';

/** Close code of a connection whose link the host revoked (ROLE-2). */
export const REVOKED_CLOSE_CODE = 4403;

/** Close code of every connection of a session that was deleted, now or by retention (RETAIN-4). */
export const SESSION_DELETED_CLOSE_CODE = 4410;

/** One open connection as the room knows it: who it is, whom it is rendered for, whether its link still holds. */
export interface Connection {
  readonly peer: Peer;
  readonly audience: Audience;
  /** Set once the host revoked the connection's link: nothing is sent to it or taken from it again. */
  revoked: boolean;
}

/**
 * The open connections of one room, one record each, and the indexes the fan-out sends
 * through (by audience, projectors, panel speakers, participants, role links). `add` and
 * `remove` are the only places that keep the indexes in step.
 */
export class Connections implements Outbox {
  readonly #records = new Map<Peer, Connection>();
  readonly #byAudience: Record<Audience, Set<Peer>> = { staff: new Set(), public: new Set() };
  readonly #projectors = new Set<Peer>();
  readonly #speakers = new Set<Peer>();
  readonly #rapporteurs = new Set<Peer>();
  readonly #participants = new Map<string, Set<Peer>>();
  /** Open connections of each role link, by token hash: revocation closes them, the host sees counts (ROLE-2, ROLE-3). */
  readonly #links = new Map<string, Set<Peer>>();
  /** Links revoked while the room was loaded: a hello racing the revocation is refused too. */
  readonly #revokedLinks = new Set<string>();

  get size(): number {
    return this.#records.size;
  }

  /** Records a connection; null when its link was revoked. */
  add(peer: Peer): Connection | null {
    const tokenHash = peer.tokenHash ?? null;
    if (tokenHash !== null && this.#revokedLinks.has(tokenHash)) return null;
    const connection: Connection = { peer, audience: audienceOf(peer.role), revoked: false };
    this.#records.set(peer, connection);
    this.#byAudience[connection.audience].add(peer);
    if (peer.role === 'projector') this.#projectors.add(peer);
    if (peer.role === 'speaker') this.#speakers.add(peer);
    if (peer.role === 'rapporteur') this.#rapporteurs.add(peer);
    if (tokenHash !== null) indexed(this.#links, tokenHash).add(peer);
    if (peer.participantId !== null) indexed(this.#participants, peer.participantId).add(peer);
    return connection;
  }

  /**
   * Forgets a connection. Returns whether it was known, and for a participant whether it was
   * their last open connection (they left the room).
   */
  remove(peer: Peer): { readonly known: boolean; readonly lastOfParticipant: string | null } {
    const connection = this.#records.get(peer);
    if (!connection) return { known: false, lastOfParticipant: null };
    this.#records.delete(peer);
    this.#byAudience[connection.audience].delete(peer);
    this.#projectors.delete(peer);
    this.#speakers.delete(peer);
    this.#rapporteurs.delete(peer);
    if (peer.tokenHash) unindexed(this.#links, peer.tokenHash, peer);
    const participantId = peer.participantId;
    const last = participantId !== null && unindexed(this.#participants, participantId, peer);
    return { known: true, lastOfParticipant: last ? participantId : null };
  }

  /** Sends `lastFrame` to every connection, closes it with `code` and forgets it (RETAIN-4). */
  closeAll(lastFrame: string, code: number, reason: string): void {
    for (const peer of [...this.#records.keys()]) {
      this.remove(peer);
      peer.send(lastFrame);
      peer.close?.(code, reason);
    }
  }

  /** Open connections of one participant. */
  connectionsOf(participantId: string): number {
    return this.#participants.get(participantId)?.size ?? 0;
  }

  /** Open connections per role link (token hash), for the host's list (ROLE-3). */
  linkCounts(): ReadonlyMap<string, number> {
    return new Map([...this.#links].map(([hash, peers]) => [hash, peers.size]));
  }

  /** Whether the link was revoked (or is being revoked) while the room was loaded (ROLE-2). */
  isRevoked(tokenHash: string | null | undefined): boolean {
    return tokenHash !== null && tokenHash !== undefined && this.#revokedLinks.has(tokenHash);
  }

  /** Refuses the link from now on, before its revocation is committed; `unmark` if the commit fails. */
  markRevoked(tokenHash: string): void {
    this.#revokedLinks.add(tokenHash);
  }

  unmarkRevoked(tokenHash: string): void {
    this.#revokedLinks.delete(tokenHash);
  }

  /** Marks a link revoked and takes its connections out of every index; returns them, to be cut. */
  revokeLink(tokenHash: string): Peer[] {
    this.#revokedLinks.add(tokenHash);
    const peers = [...(this.#links.get(tokenHash) ?? [])];
    for (const peer of peers) {
      const record = this.#records.get(peer);
      if (record) record.revoked = true;
      this.remove(peer);
    }
    return peers;
  }

  toStaff(data: string): void {
    for (const peer of this.#byAudience.staff) peer.send(data);
  }

  toPublic(data: string): void {
    for (const peer of this.#byAudience.public) peer.send(data);
  }

  toEveryone(data: string): void {
    this.toStaff(data);
    this.toPublic(data);
  }

  toProjectors(data: string): void {
    for (const peer of this.#projectors) peer.send(data);
  }

  get hasProjectors(): boolean {
    return this.#projectors.size > 0;
  }

  toParticipant(participantId: string, data: string): void {
    for (const peer of this.#participants.get(participantId) ?? []) peer.send(data);
  }

  toPanelSpeaker(panelSpeaker: number, data: string): void {
    for (const peer of this.#speakers) if (peer.panelSpeaker === panelSpeaker) peer.send(data);
  }

  toRapporteurs(data: string): void {
    for (const peer of this.#rapporteurs) peer.send(data);
  }

  participants(): Iterable<string> {
    return this.#participants.keys();
  }
}

function indexed<K>(index: Map<K, Set<Peer>>, key: K): Set<Peer> {
  let peers = index.get(key);
  if (!peers) {
    peers = new Set();
    index.set(key, peers);
  }
  return peers;
}

/** Removes a peer from an index entry; true when that was the entry's last peer. */
function unindexed<K>(index: Map<K, Set<Peer>>, key: K, peer: Peer): boolean {
  const peers = index.get(key);
  if (!peers?.delete(peer) || peers.size > 0) return false;
  index.delete(key);
  return true;
}
