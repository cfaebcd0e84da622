import type { CommandInput } from '../../src/core/protocol/commands.ts';
import { canonicalJson } from '../../src/server/rooms/commandFingerprint.ts';

/**
 * A reference model of the part of a session the retries-and-races test drives: two polls,
 * questions under pre-moderation, upvotes, declarations, and the command receipts of PROTO-4.
 * It decides each command as the rules say (POLL-1..4, QA-6, QA-7, QA-14, PROTO-4), with none
 * of the server's machinery: no log, no grouped commits, no sockets. The test compares what
 * the server answers and finally holds with what this model says.
 */

export type ModelStatus = 'pending' | 'published' | 'rejected';

export interface ModelQuestion {
  /** The server's id, once a staff screen has shown it. */
  id: string | null;
  readonly author: number;
  text: string;
  version: number;
  status: ModelStatus;
  readonly upvoters: Set<number>;
}

export interface ModelPoll {
  readonly id: string;
  readonly kind: 'single' | 'multiple';
  readonly options: readonly string[];
  status: 'open' | 'closed';
  /** Participant → the options of their latest ballot. */
  readonly ballots: Map<number, readonly string[]>;
}

/** Who sends a command: a participant by index, or a moderator link. */
export type Sender = { readonly participant: number } | { readonly moderator: 'a' | 'b' };

export interface ModelState {
  readonly polls: ModelPoll[];
  readonly questions: ModelQuestion[];
  /** Participant → declared stakeholder group. */
  readonly declared: Map<number, string | null>;
  /** Sender key → command id → what the applied command said and the seq its ack carried (PROTO-4). */
  readonly receipts: Map<string, Map<string, { readonly said: string; readonly seq: number | null }>>;
  /** Fresh `qa.ask` and `qa.upvote` decisions per participant, for the QA-12 budget. */
  readonly asks: Map<number, number>;
  readonly upvoteDecisions: Map<number, number>;
}

/** What the model expects as the answer: an ack (with the seq of a replayed receipt, if known) or a refusal's reason. */
export type Expected = { readonly ok: true; readonly seq?: number | null; readonly replay: boolean } | { readonly ok: false; readonly reason: string };

export function emptyModel(polls: readonly { id: string; kind: 'single' | 'multiple'; options: readonly string[] }[]): ModelState {
  return {
    polls: polls.map((p) => ({ ...p, status: 'open', ballots: new Map() })),
    questions: [],
    declared: new Map(),
    receipts: new Map(),
    asks: new Map(),
    upvoteDecisions: new Map(),
  };
}

export function cloneModel(model: ModelState): ModelState {
  return structuredClone(model);
}

export function senderKey(sender: Sender): string {
  return 'participant' in sender ? `p${sender.participant}` : `m${sender.moderator}`;
}

/** A question by its server id. */
export function questionOf(model: ModelState, id: string): ModelQuestion | undefined {
  return model.questions.find((q) => q.id === id);
}

/**
 * Decides `command` sent with `id` by `sender`, applies it to `model` if it is applied, and
 * returns the answer the server must give. `seq` is the seq of the server's ack, recorded
 * with the receipt so that a retry can be checked against it; a new question gets its text
 * as its key (the server's id comes later).
 */
export function decideAndApply(model: ModelState, sender: Sender, id: string, command: CommandInput): Expected {
  const key = senderKey(sender);
  const said = canonicalJson(command);
  const receipt = model.receipts.get(key)?.get(id);
  // PROTO-4: an applied id answers the same again, or refuses another payload; it never applies twice.
  if (receipt) return receipt.said === said ? { ok: true, seq: receipt.seq, replay: true } : { ok: false, reason: 'command.duplicate' };
  const outcome = decide(model, sender, command);
  if (typeof outcome === 'string') return { ok: false, reason: outcome };
  outcome();
  return { ok: true, replay: false };
}

/** Records the receipt of an applied command with the seq its ack carried. */
export function recordReceipt(model: ModelState, sender: Sender, id: string, command: CommandInput, seq: number | null): void {
  const key = senderKey(sender);
  const receipts = model.receipts.get(key) ?? new Map<string, { said: string; seq: number | null }>();
  receipts.set(id, { said: canonicalJson(command), seq });
  model.receipts.set(key, receipts);
}

/** A refusal's reason, or the change to apply. */
function decide(model: ModelState, sender: Sender, command: CommandInput): string | (() => void) {
  const participant = 'participant' in sender ? sender.participant : null;
  switch (command.type) {
    case 'poll.vote': {
      const poll = model.polls.find((p) => p.id === command.pollId);
      if (!poll || participant === null) throw new Error('the model votes in its own polls only');
      if (poll.status !== 'open') return 'poll.closed';
      return () => poll.ballots.set(participant, [...command.optionIds]);
    }
    case 'poll.open': {
      const poll = model.polls.find((p) => p.id === command.pollId);
      if (!poll) throw new Error('no such poll in the model');
      if (poll.status === 'open') return 'poll.alreadyOpen';
      // POLL-8: a second open poll only on purpose.
      if (!command.alongside && model.polls.some((p) => p.status === 'open')) return 'poll.anotherOpen';
      // Reopened, the poll keeps its ballots (POLL-6).
      return () => (poll.status = 'open');
    }
    case 'poll.close': {
      const poll = model.polls.find((p) => p.id === command.pollId);
      if (!poll) throw new Error('no such poll in the model');
      if (poll.status !== 'open') return 'poll.notOpen';
      return () => (poll.status = 'closed');
    }
    case 'participant.declare': {
      if (participant === null) throw new Error('participants declare');
      return () => model.declared.set(participant, command.stakeholderGroup ?? null);
    }
    case 'qa.ask': {
      if (participant === null) throw new Error('participants ask');
      model.asks.set(participant, (model.asks.get(participant) ?? 0) + 1);
      return () => model.questions.push({ id: null, author: participant, text: command.text, version: 1, status: 'pending', upvoters: new Set() });
    }
    case 'qa.upvote': {
      if (participant === null) throw new Error('participants upvote');
      model.upvoteDecisions.set(participant, (model.upvoteDecisions.get(participant) ?? 0) + 1);
      const q = questionOf(model, command.questionId);
      // Others' waiting and rejected questions do not exist for a participant (QA-3).
      if (!q || (q.author !== participant && q.status !== 'published')) return 'qa.notFound';
      if (q.status !== 'published') return 'qa.upvoteOnlyPublished';
      // QA-15: an author cannot upvote their own question (taking one back is allowed).
      if (command.up && q.author === participant) return 'qa.ownQuestion';
      return () => (command.up ? q.upvoters.add(participant) : q.upvoters.delete(participant));
    }
    case 'qa.edit': {
      const q = questionOf(model, command.questionId);
      if (participant === null) throw new Error('the model has authors edit, not moderators');
      if (!q || q.author !== participant) return 'qa.notFound';
      if (q.status !== 'pending') return 'qa.editOnlyWaiting';
      if (q.version !== command.version) return 'qa.changedSinceSeen';
      return () => {
        q.text = command.text;
        q.version += 1;
      };
    }
    case 'qa.approve': {
      const q = questionOf(model, command.questionId);
      if (!q || q.status === 'rejected') return 'qa.notFound';
      if (q.status !== 'pending') return 'qa.alreadyDecided';
      if (q.version !== command.version) return 'qa.changedSinceSeen';
      const text = command.text ?? null;
      return () => {
        // Approving with edited text is an edit (one more version), then the approval (QA-6, QA-14).
        if (text !== null) {
          q.text = text;
          q.version += 1;
        }
        q.status = 'published';
      };
    }
    case 'qa.reject': {
      const q = questionOf(model, command.questionId);
      if (!q || q.status === 'rejected') return 'qa.notFound';
      if (q.version !== command.version) return 'qa.changedSinceSeen';
      return () => (q.status = 'rejected');
    }
    default:
      throw new Error(`the model does not know ${command.type}`);
  }
}

/** Counts per option and the number of voters of a poll (POLL-5). */
export function modelTally(poll: ModelPoll): { total: number; counts: Record<string, number> } {
  const counts: Record<string, number> = Object.fromEntries(poll.options.map((o) => [o, 0]));
  for (const ballot of poll.ballots.values()) for (const option of ballot) counts[option] = (counts[option] ?? 0) + 1;
  return { total: poll.ballots.size, counts };
}

/** Every order of `items` (a handful at most). */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
