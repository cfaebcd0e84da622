import type { Channel } from '../roles.ts';
import type { Declared } from '../vocabulary.ts';

/** Contributions of a participant about themselves: upserts keyed by participant, never sequenced. */
export type ParticipantEvent =
  | { readonly type: 'participant.channelSet'; readonly at: number; readonly participantId: string; readonly channel: Channel }
  | { readonly type: 'participant.declared'; readonly at: number; readonly participantId: string; readonly declared: Declared };

export const PARTICIPANT_CONTRIBUTION_TYPES = ['participant.channelSet', 'participant.declared'] as const satisfies readonly ParticipantEvent['type'][];
