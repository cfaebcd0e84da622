import { z } from 'zod';
import { command } from '../protocol/commandSpec.ts';
import { followUpSchema } from './followUpTypes.ts';

/** The host announces the follow-up event, or withdraws it (null) (REPORT-13). */
export const followUpCommands = {
  'followUp.announce': command({
    schema: z.strictObject({ type: z.literal('followUp.announce'), followUp: followUpSchema.nullable() }),
    roles: ['host'],
    kind: 'control',
    example: { type: 'followUp.announce', followUp: { kind: 'webinar', title: 'Child online safety: what next', details: 'One hour, online', startsAt: null, publicLink: 'https://example.org/webinar' } },
  }),
} as const;
