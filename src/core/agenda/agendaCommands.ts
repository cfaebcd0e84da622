import { z } from 'zod';
import { sessionPlanSchema } from '../plan.ts';
import { command } from '../protocol/commandSpec.ts';
import { STAFF_ROLES } from '../roles.ts';
import { PROJECTOR_MODES } from './runTypes.ts';

/** The run of show, the plan and the big screen (RUN, PROJ rules). */
export const agendaCommands = {
  /** Moderator: start the run of show with the first agenda item; the session clock starts. */
  'agenda.start': command({ schema: z.strictObject({ type: z.literal('agenda.start') }), roles: STAFF_ROLES, kind: 'control', example: { type: 'agenda.start' } }),
  /** Moderator: end the running item and start the next one. */
  'agenda.next': command({ schema: z.strictObject({ type: z.literal('agenda.next') }), roles: STAFF_ROLES, kind: 'control', example: { type: 'agenda.next' } }),
  /** Moderator: go back to the item before the running one. */
  'agenda.previous': command({ schema: z.strictObject({ type: z.literal('agenda.previous') }), roles: STAFF_ROLES, kind: 'control', example: { type: 'agenda.previous' } }),
  /** Moderator: start any agenda item (by index). */
  'agenda.jump': command({
    schema: z.strictObject({ type: z.literal('agenda.jump'), index: z.number().int().min(0).max(49) }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'agenda.jump', index: 49 },
  }),
  /** Moderator: end the run; the session clock stops. */
  'agenda.end': command({ schema: z.strictObject({ type: z.literal('agenda.end') }), roles: STAFF_ROLES, kind: 'control', example: { type: 'agenda.end' } }),
  /** Moderator: choose what the big screen shows; `pollId` in `poll` mode (null: the active poll). */
  'projector.show': command({
    schema: z.strictObject({ type: z.literal('projector.show'), mode: z.enum(PROJECTOR_MODES), pollId: z.string().min(1).max(64).nullable().default(null) }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'projector.show', mode: 'join', pollId: null },
  }),
  /** Host or moderator: replace the plan, validated like a new one; the live run is kept (RUN-7). */
  'plan.update': command({
    schema: z.strictObject({ type: z.literal('plan.update'), plan: sessionPlanSchema }),
    roles: ['host', 'moderator'],
    kind: 'control',
    example: { type: 'plan.update', plan: { title: 'Walk plan', agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }] } },
  }),
} as const;
