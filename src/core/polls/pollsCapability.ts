import { capability } from '../capability.ts';
import { decidePolls } from './decidePolls.ts';
import { pollCommands } from './pollCommands.ts';
import { POLL_EVENT_TYPES, evolvePolls } from './pollEvents.ts';

/** Polls: drafts, opening and closing, revealing results, and votes (POLL rules). */
export const pollsCapability = capability({ name: 'polls', commands: pollCommands, decide: decidePolls, events: POLL_EVENT_TYPES, evolve: evolvePolls });
