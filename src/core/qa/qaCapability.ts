import { capability } from '../capability.ts';
import { decideQa } from './decideQa.ts';
import { qaCommands } from './qaCommands.ts';
import { QA_EVENT_TYPES, evolveQa, type QaEvent } from './qaEvents.ts';

/** The live Q&A: questions, moderation, upvotes and "Next question" (QA rules). */
export const qaCapability = capability({
  name: 'qa',
  commands: qaCommands,
  decide: (state, command, ctx) =>
    decideQa(state, command, {
      role: ctx.actor.role,
      participantId: ctx.actor.participantId,
      profile: ctx.actor.profile ?? null,
      now: ctx.now,
      newId: ctx.newId,
      upvotes: ctx.upvotes ?? (() => 0),
    }),
  events: QA_EVENT_TYPES,
  evolve: (state, event: QaEvent) => ({ ...state, qa: evolveQa(state.qa, event) }),
});
