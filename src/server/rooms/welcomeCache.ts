import type { ServerMessages } from '../../core/protocol/serverMessages.ts';
import type { Role } from '../../core/roles.ts';
import type { SessionState } from '../../core/session.ts';
import { pollViews, sessionView } from '../../core/views.ts';

type Welcome = ServerMessages['welcome'];

/** The snapshot's members other than the session and its polls: serialised per client. */
export type SnapshotRest = Omit<NonNullable<Welcome['snapshot']>, 'session' | 'polls'>;

/** A welcome whose snapshot leaves out the session and its polls, which the cache adds. */
export type WelcomeParts = Omit<Welcome, 'snapshot'> & { readonly snapshot: SnapshotRest | null };

/**
 * Welcome frames for a join storm. The bulk of a welcome is the session and its polls (the
 * whole plan: about 3 KB for the demo session), the same for every client of one role until
 * the next control event; it is serialised once per state and role, not once per client.
 * The rest of the snapshot (the floor: its queue order depends on the clock) and everything
 * outside the snapshot are serialised per client.
 */
export class WelcomeCache {
  #state: SessionState | null = null;
  readonly #views = new Map<Role, string>();

  /** The frame of the welcome `parts` with the session and polls of `state` as `parts.role` sees them. */
  frame(state: SessionState, parts: WelcomeParts): string {
    const { snapshot, ...rest } = parts;
    const head = JSON.stringify(rest);
    if (snapshot === null) return `${head.slice(0, -1)},"snapshot":null}`;
    // Both serialisations are objects (`{…}`): their members are joined into one.
    const own = JSON.stringify(snapshot).slice(1, -1);
    return `${head.slice(0, -1)},"snapshot":{${this.#viewsOf(state, parts.role)}${own === '' ? '' : `,${own}`}}}`;
  }

  /** `"session":…,"polls":…` as `role` sees them in `state`. */
  #viewsOf(state: SessionState, role: Role): string {
    // States are immutable: another object is another state (a control event was applied).
    if (state !== this.#state) {
      this.#state = state;
      this.#views.clear();
    }
    let views = this.#views.get(role);
    if (views === undefined) {
      views = `"session":${JSON.stringify(sessionView(state))},"polls":${JSON.stringify(pollViews(role, state))}`;
      this.#views.set(role, views);
    }
    return views;
  }
}
