import { refusal } from '../../core/errors.ts';
import type { InOrder } from './commandProcessor.ts';
import { REVOKED_CLOSE_CODE, type Connections } from './connections.ts';
import { frame } from './outbox.ts';
import type { Peer } from './peer.ts';
import type { RoomBus } from './roomBus.ts';

/**
 * Revoking a role link in one room (ROLE-2) and on every other process holding it (SCALE-6):
 * the link's commands are refused from the moment the revocation starts, its connections here
 * are cut once the store committed it, and the revocation goes on the bus so that every other
 * process cuts its own connections of the link.
 */
export class LinkRevocation {
  constructor(
    private readonly sessionId: string,
    private readonly connections: Connections,
    private readonly bus: RoomBus,
    private readonly inOrder: InOrder,
    /** Called after connections were cut: the room may have become idle. */
    private readonly afterCut: () => void,
  ) {}

  /**
   * Between two control commands, refuses the link's commands at once, runs `commit` (the
   * store's revocation), then cuts the link's connections and publishes the revocation. From
   * the commit on, no command of the link is applied. Returns the number of connections cut
   * here, or null when `commit` found nothing to revoke.
   */
  revoke(tokenHash: string, commit: () => Promise<boolean>): Promise<number | null> {
    return this.inOrder(async () => {
      this.connections.markRevoked(tokenHash);
      let committed = false;
      try {
        committed = await commit();
      } finally {
        if (!committed) this.connections.unmarkRevoked(tokenHash);
      }
      if (!committed) return null;
      const cut = this.cutHere(tokenHash);
      // Other processes hold connections of the link too (SCALE-6).
      this.bus.publish({ kind: 'linkRevoked', sessionId: this.sessionId, tokenHash });
      return cut;
    });
  }

  /** Refuses a revoked link's commands and cuts its connections on this process; returns how many were cut. */
  cutHere(tokenHash: string): number {
    this.connections.markRevoked(tokenHash);
    const peers = this.connections.revokeLink(tokenHash);
    // Role links only: no participant leaves with them.
    for (const peer of peers) cutRevoked(peer);
    this.afterCut();
    return peers.length;
  }
}

/** Tells a revoked link's connection why, then cuts it without waiting for the client (ROLE-2). */
export function cutRevoked(peer: Peer): void {
  const told = frame<'error'>({ type: 'error', id: null, ...refusal('link.revoked') });
  if (peer.terminate) return peer.terminate(told);
  peer.send(told);
  peer.close?.(REVOKED_CLOSE_CODE, 'link revoked');
}
