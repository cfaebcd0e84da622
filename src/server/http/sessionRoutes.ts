import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sessionPlanSchema } from '../../core/plan.ts';
import { TEMPLATES, TEMPLATE_NAMES, isTemplateName } from '../../core/templates.ts';
import type { Store } from '../store/store.ts';
import { refusal } from '../../core/errors.ts';
import { fieldIssues, sendIssues, sendRefusal } from './apiErrors.ts';
import { checkHost, hostAccessOf } from './hostAccess.ts';
import { sessionLinks } from './links.ts';
import type { RateLimits } from './rateLimits.ts';
import { createSessionFromPlan } from './sessionFactory.ts';

/** Body of `POST /api/sessions`: a template by name, or a whole plan. */
export const createBody = z.union([
  z.strictObject({ template: z.string().min(1).max(100) }),
  z.strictObject({ plan: z.unknown() }),
]);

export interface SessionRoutesOptions {
  readonly store: Store;
  readonly hostTokenHash: string;
  readonly limits: RateLimits;
  readonly baseUrl: () => string;
  readonly now: () => number;
}

/** `POST /api/sessions` (SESS-1, SESS-4) and `GET /api/templates`. */
export function registerSessionRoutes(app: FastifyInstance, options: SessionRoutesOptions): void {
  app.get('/api/templates', async () => ({ templates: TEMPLATE_NAMES.map((name) => ({ name, title: TEMPLATES[name].title })) }));

  // An organiser may create sessions too; each joins their set (ORG-4).
  app.post('/api/sessions', { config: { organisers: 'own' } }, async (request, reply) => {
    if (!(await checkHost(request, reply, options.hostTokenHash, options.limits))) return reply;
    const body = createBody.safeParse(request.body);
    if (!body.success) return sendRefusal(reply, refusal('request.invalid', { expected: '{"template": NAME} or {"plan": {...}}' }));
    let planInput: unknown;
    if ('template' in body.data) {
      if (!isTemplateName(body.data.template)) {
        return sendRefusal(reply, refusal('template.unknown', { name: body.data.template, known: TEMPLATE_NAMES.join(', ') }));
      }
      planInput = TEMPLATES[body.data.template];
    } else {
      planInput = body.data.plan;
    }
    const plan = sessionPlanSchema.safeParse(planInput);
    if (!plan.success) return sendIssues(reply, 'plan.invalid', fieldIssues(plan.error.issues, ['plan']));
    const access = hostAccessOf(request);
    const created = await createSessionFromPlan(options.store, plan.data, options.now(), access.kind === 'organiser' ? access.tokenHash : null);
    return reply.code(201).send({
      id: created.id,
      title: created.title,
      joinCode: created.joinCode,
      links: sessionLinks(options.baseUrl(), created.joinCode, created.tokens),
    });
  });
}
