import { z } from 'zod';
import { command } from '../protocol/commandSpec.ts';
import { STAFF_ROLES } from '../roles.ts';

/** The speaker view's commands (SPEAK rules). */
export const speakerCommands = {
  /** Moderator: a private note to one panel speaker, by index in the plan ("one minute left", SPEAK-2). */
  'speaker.note': command({
    schema: z.strictObject({
      type: z.literal('speaker.note'),
      panelSpeaker: z.number().int().min(0).max(49),
      text: z.string().trim().min(1).max(140).regex(/^[^\p{Cc}\p{Cf}]+$/u, 'plain text, one line'),
    }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'speaker.note', panelSpeaker: 0, text: 'One minute left' },
  }),
} as const;
