import { z } from 'zod';
import { MAX_GUIDELINE_LENGTH, guidelinesSchema } from '../plan.ts';
import { command } from '../protocol/commandSpec.ts';
import { PARTICIPANT_ROLES } from '../roles.ts';

/** Guidelines and the code of conduct (GUIDE rules). */
export const guidelinesCommands = {
  /** Participant: accept the session's code of conduct (before a first contribution, GUIDE-3). */
  'participant.acceptConduct': command({
    schema: z.strictObject({ type: z.literal('participant.acceptConduct') }),
    roles: PARTICIPANT_ROLES,
    kind: 'contribution',
    example: { type: 'participant.acceptConduct' },
  }),
  /** Host: replace the guidelines per channel and the code of conduct (Markdown, GUIDE-4). */
  'guidelines.set': command({
    schema: z.strictObject({
      type: z.literal('guidelines.set'),
      guidelines: guidelinesSchema,
      codeOfConduct: z.string().trim().max(MAX_GUIDELINE_LENGTH).default(''),
    }),
    roles: ['host'],
    kind: 'control',
    example: { type: 'guidelines.set', guidelines: { onsite: 'Raise a hand.', online: 'Unmute when called.' }, codeOfConduct: 'Be kind.' },
  }),
} as const;
