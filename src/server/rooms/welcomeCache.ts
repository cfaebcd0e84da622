import { guidelinesView } from '../../core/guidelines/guidelinesView.ts';
import type { ServerMessages } from '../../core/protocol/serverMessages.ts';
import { audienceOf, type Audience } from '../../core/roles.ts';
import type { SessionState } from '../../core/sessionState.ts';
import { sessionView } from '../../core/views.ts';
import { pollViews } from '../../core/polls/pollViews.ts';

type Welcome = ServerMessages['welcome'];

/** The snapshot's members other than the session and its polls: serialised per client. */
export type SnapshotRest = Omit<NonNullable<Welcome['snapshot']>, 'session' | 'polls'>;

/** A welcome without its guidelines and whose snapshot leaves out the session and its polls: the cache adds them. */
export type WelcomeParts = Omit<Welcome, 'snapshot' | 'guidelines'> & { readonly snapshot: SnapshotRest | null };

/**
 * Welcome frames for a join storm. The bulk of a welcome is the session and its polls (the
 * whole plan: about 3 KB for the demo session), the same for every client of one audience until
 * the next control event; it is serialised once per state and audience, not once per client. So
 * are the guidelines and the code of conduct (about 3 KB more), the same for everyone.
 * The rest of the snapshot (the floor: its queue order depends on the clock) and everything
 * outside the snapshot are serialised per client.
 */
export class WelcomeCache {
  #state: SessionState | null = null;
  readonly #views = new Map<Audience, string>();
  #guidelines: string | null = null;

  /** The frame of the welcome `parts` with the guidelines of `state`, and its session and polls as `parts.role`'s audience sees them. */
  frame(state: SessionState, parts: WelcomeParts): string {
    const { snapshot, ...rest } = parts;
    this.#sync(state);
    this.#guidelines ??= JSON.stringify(guidelinesView(state.plan));
    // Every serialisation is an object (`{…}`): their members are joined into one.
    const head = `${JSON.stringify(rest).slice(0, -1)},"guidelines":${this.#guidelines}`;
    if (snapshot === null) return `${head},"snapshot":null}`;
    const own = JSON.stringify(snapshot).slice(1, -1);
    return `${head},"snapshot":{${this.#viewsOf(state, audienceOf(parts.role))}${own === '' ? '' : `,${own}`}}}`;
  }

  /** States are immutable: another object is another state (a control event was applied). */
  #sync(state: SessionState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#views.clear();
    this.#guidelines = null;
  }

  /** `"session":…,"polls":…` as `audience` sees them in `state`. */
  #viewsOf(state: SessionState, audience: Audience): string {
    let views = this.#views.get(audience);
    if (views === undefined) {
      views = `"session":${JSON.stringify(sessionView(state))},"polls":${JSON.stringify(pollViews(audience, state))}`;
      this.#views.set(audience, views);
    }
    return views;
  }
}
