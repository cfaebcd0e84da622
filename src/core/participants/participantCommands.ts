import { z } from 'zod';
import { command } from '../protocol/commandSpec.ts';
import { CHANNELS, PARTICIPANT_ROLES } from '../roles.ts';
import { GENDERS, REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../vocabulary.ts';

/** What a participant says about themselves: where they follow from, and groups for the balance meter. */

/** Optional declarations, never required; the floor's `floor.add` notes the same for people without the app. */
export const declaredFields = {
  stakeholderGroup: z.enum(STAKEHOLDER_GROUPS).nullable().default(null),
  regionalGroup: z.enum(REGIONAL_GROUPS).nullable().default(null),
  gender: z.enum(GENDERS).nullable().default(null),
};

export const participantCommands = {
  /** Participant: say whether they are in the room or online. */
  'participant.setChannel': command({
    schema: z.strictObject({ type: z.literal('participant.setChannel'), channel: z.enum(CHANNELS) }),
    roles: PARTICIPANT_ROLES,
    kind: 'contribution',
    example: { type: 'participant.setChannel', channel: 'online' },
  }),
  /** Participant: declare (or clear) groups, for the balance meter. Optional, never required. */
  'participant.declare': command({
    schema: z.strictObject({ type: z.literal('participant.declare'), ...declaredFields }),
    roles: PARTICIPANT_ROLES,
    kind: 'contribution',
    example: { type: 'participant.declare', stakeholderGroup: 'Youth', regionalGroup: null, gender: null },
  }),
} as const;
