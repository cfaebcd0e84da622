import type { ProjectorMode } from '../../core/agenda/runTypes.ts';

/**
 * What the projector's stage holds. `idle` is the title with the big join invitation;
 * `pollQuestion` shares the stage: the question being answered in a band above the open poll.
 */
export type ProjectorStage = 'idle' | 'poll' | 'pollQuestion' | 'floor' | 'agenda' | 'question' | 'speaker' | 'queue' | 'balance';

/** What there is to show right now. */
export interface StageMaterial {
  readonly poll: boolean;
  readonly pollOpen: boolean;
  readonly floor: boolean;
  /** Someone speaks or waits. */
  readonly floorActive: boolean;
  /** A question is pinned for a Q&A round. */
  readonly question: boolean;
  readonly balance: boolean;
}

/**
 * The stage for the moderator's chosen mode (PROJ-1). A mode whose material is missing (no
 * poll opened yet, no pinned question, the meter not yet arrived) falls back to the agenda
 * item, so the room never sees an empty screen. `auto` keeps the screen's own choice.
 */
export function projectorStage(mode: ProjectorMode, has: StageMaterial): ProjectorStage {
  switch (mode) {
    case 'auto':
      // An open poll first, sharing the stage with the question being answered (PROJ-4): the
      // moderator pinned it to be seen. Then that question (QA-6); then the latest poll while
      // nobody speaks; then the floor.
      if (has.poll && has.pollOpen) return has.question ? 'pollQuestion' : 'poll';
      if (has.question) return 'question';
      return has.poll && !has.floorActive ? 'poll' : has.floorActive ? 'floor' : 'idle';
    case 'join':
      return 'idle';
    case 'agenda':
      return 'agenda';
    case 'question':
      return has.question ? 'question' : 'agenda';
    case 'poll':
      return has.poll ? 'poll' : 'agenda';
    case 'speaker':
      return has.floor ? 'speaker' : 'agenda';
    case 'queue':
      return has.floor ? 'queue' : 'agenda';
    case 'balance':
      return has.balance ? 'balance' : 'agenda';
  }
}
