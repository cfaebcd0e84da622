import { isPollEvent, pollIdOf } from '../../core/polls/pollEvents.ts';
import { pollView } from '../../core/polls/pollViews.ts';
import { PublicTexts, type TallyWire } from '../../core/polls/tallyWire.ts';
import type { TallyView } from '../../core/polls/pollViews.ts';
import type { SessionState } from '../../core/sessionState.ts';
import type { CapabilityFanout, RenderedChange } from './capabilityFanout.ts';
import { frame, type Outbox } from './outbox.ts';
import type { RoomModel } from './roomModel.ts';

/** Polls: each audience's view of a changed poll at once, tallies coalesced (PRIV-1, PRIV-2, PROTO-7). */
export class PollFanout implements CapabilityFanout {
  readonly #dirty = new Set<string>();
  /** Per word-cloud or open-text poll, the texts of its last public broadcast (POLL-24: a text is sent once). */
  readonly #texts = new Map<string, PublicTexts>();

  constructor(
    private readonly model: RoomModel,
    /** Asks for the next coalesced broadcast. */
    private readonly request: () => void,
  ) {}

  /** A poll's tally changed (votes, or what its audiences may see of it). */
  mark(pollId: string): void {
    this.#dirty.add(pollId);
    this.request();
  }

  control({ before, after, events }: RenderedChange, out: Outbox): void {
    const seq = after.seq;
    const touched = new Set(events.filter(isPollEvent).map(pollIdOf));
    for (const pollId of touched) {
      const poll = after.polls[pollId];
      if (!poll) {
        this.#removed(before, pollId, seq, out);
        continue;
      }
      // A view that did not change is not sent again: a verdict on an answer (POLL-25) changes
      // the tally only, and ten thousand copies of an unchanged poll cost a whole broadcast.
      const was = before.polls[pollId];
      for (const audience of ['staff', 'public'] as const) {
        const view = pollView(audience, poll);
        const previous = was ? pollView(audience, was) : null;
        if (!view || (previous && JSON.stringify(previous) === JSON.stringify(view))) continue;
        const data = frame<'poll.updated'>({ type: 'poll.updated', seq, poll: view });
        if (audience === 'staff') out.toStaff(data);
        else out.toPublic(data);
      }
      // Visibility of the distribution may have changed: send the tallies again.
      this.mark(pollId);
    }
  }

  #removed(before: SessionState, pollId: string, seq: number, out: Outbox): void {
    out.toStaff(frame<'poll.removed'>({ type: 'poll.removed', seq, pollId }));
    const was = before.polls[pollId];
    if (was && was.status !== 'draft') out.toPublic(frame<'poll.removed'>({ type: 'poll.removed', seq, pollId }));
    this.model.ballots.drop(pollId);
    this.model.tallies.drop(pollId);
    this.#texts.delete(pollId);
    this.#dirty.delete(pollId);
  }

  /** One serialisation per poll and audience. */
  flush(_now: number, out: Outbox): void {
    const { state } = this.model;
    // A later poll's shift (POLL-35) follows its earlier poll's votes too.
    for (const id of state.pollOrder) {
      const pairedWith = state.polls[id]?.pairedWith;
      if (pairedWith !== undefined && pairedWith !== null && this.#dirty.has(pairedWith)) this.#dirty.add(id);
    }
    for (const pollId of this.#dirty) {
      const poll = state.polls[pollId];
      if (!poll) continue;
      const { staff, public: pub } = this.model.tallies.views(state, poll);
      if (staff) out.toStaff(frame<'tally'>({ type: 'tally', ...staff }));
      if (pub) out.toPublic(frame<'tally'>({ type: 'tally', ...(this.#textsOf(pub)?.broadcast(pub) ?? pub) }));
    }
    this.#dirty.clear();
  }

  /** A public tally for a welcome: its texts by place in the last broadcast, and that broadcast's texts. */
  welcomeTally(view: TallyView): TallyWire {
    return this.#textsOf(view)?.welcome(view) ?? view;
  }

  /** The poll's texts, for a tally with words or answers (other kinds travel as they are). */
  #textsOf(view: TallyView): PublicTexts | null {
    if (view.summary?.kind !== 'entries') return null;
    let texts = this.#texts.get(view.pollId);
    if (!texts) {
      texts = new PublicTexts();
      this.#texts.set(view.pollId, texts);
    }
    return texts;
  }
}
