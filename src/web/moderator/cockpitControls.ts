import { signal, type Signal } from '@preact/signals';
import type { PollView } from '../../core/polls/pollViews.ts';

/** The detail panes beside the "now" columns (COCKPIT-1), in tab order for the onsite moderator. */
export const PANES = ['questions', 'queue', 'polls', 'agenda', 'screen', 'balance', 'panel', 'notes'] as const;
/** The online moderator's console opens on the online room (COCKPIT-4). */
export const ONLINE_PANES = ['online', ...PANES] as const;
export type PaneId = (typeof ONLINE_PANES)[number];

/** A keyboard action on one question of the review list, carried out by its item (COCKPIT-3). */
export interface ReviewRequest {
  readonly questionId: string;
  readonly action: 'approve' | 'reject';
  /** Tells two equal requests in a row apart. */
  readonly nonce: number;
}

/** A short message for the polite status region ("Flagged: read it first"). */
export interface CockpitNotice {
  readonly id: number;
  readonly text: string;
}

/**
 * The cockpit's own state, beside the session's: which pane shows, which waiting question is
 * selected, a keyboard action for a question's item, the poll waiting for the moderator's
 * "yes, a second open poll" (COCKPIT-5), and the notice of the status region.
 */
export interface CockpitControls {
  readonly pane: Signal<PaneId>;
  readonly selected: Signal<string | null>;
  readonly request: Signal<ReviewRequest | null>;
  readonly confirmPoll: Signal<PollView | null>;
  readonly notice: Signal<CockpitNotice | null>;
  readonly helpOpen: Signal<boolean>;
}

export function cockpitControls(firstPane: PaneId): CockpitControls {
  return {
    pane: signal(firstPane),
    selected: signal(null),
    request: signal(null),
    confirmPoll: signal(null),
    notice: signal(null),
    helpOpen: signal(false),
  };
}

let notices = 0;

/** Puts `text` in the status region (announced politely). */
export function announce(controls: CockpitControls, text: string): void {
  controls.notice.value = { id: ++notices, text };
}
