import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRefused, type OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { SessionPlan } from '../../src/core/plan.ts';
import { DEMO_TEMPLATE } from '../../src/core/templates.ts';
import { TEST_HOST_TOKEN, connectClient, createSession, eventually, startInProcessServer, tokenOf, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

/**
 * The settings that protect participants are the host's alone (AUTH-4), and every change of a
 * setting is audited with its old and new value (AUDIT-3): a real moderator socket, the host's
 * HTTP routes and a real SQLite database.
 */

const auth = { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' };

async function refusalOf(promise: Promise<unknown>) {
  return promise.then(
    () => ({ code: 'ack' }),
    (error: unknown) => (error instanceof CommandRefused ? { code: error.code, reason: error.reason, params: error.params } : { code: String(error) }),
  );
}

describe('protected settings over the wire', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let moderator: OpenFloorClient;

  const getPlan = async (): Promise<SessionPlan> => {
    const response = await fetch(`${server.baseUrl}/api/sessions/${session.id}/plan`, { headers: auth });
    return ((await response.json()) as { plan: SessionPlan }).plan;
  };
  const auditOf = async () => {
    const response = await fetch(`${server.baseUrl}/api/sessions/${session.id}/audit`, { headers: auth });
    expect(response.status).toBe(200);
    return ((await response.json()) as { entries: { role: string; action: string; summary: string }[] }).entries;
  };

  beforeAll(async () => {
    server = await startInProcessServer();
    session = await createSession(server.baseUrl, { template: DEMO_TEMPLATE });
    moderator = connectClient(server.baseUrl, tokenOf(session.links.moderator));
    await moderator.waitFor((_s, status) => status === 'live');
  });

  afterAll(async () => {
    moderator.close();
    await server.close();
  });

  it('AUTH-4: a moderator’s plan.update that turns youth mode off or pre-moderation off is refused; the rest of the plan is theirs', async () => {
    const plan = await getPlan();
    expect(plan.youthMode).toBe(true);
    expect(await refusalOf(moderator.send({ type: 'plan.update', plan: { ...plan, youthMode: false } }))).toEqual({
      code: 'forbidden',
      reason: 'plan.protectedSetting',
      params: { setting: 'youthMode', path: 'youthMode' },
    });
    expect(await refusalOf(moderator.send({ type: 'plan.update', plan: { ...plan, qa: { ...plan.qa, preModeration: false } } }))).toMatchObject({
      code: 'forbidden',
      params: { setting: 'qa.preModeration' },
    });
    expect(await refusalOf(moderator.send({ type: 'plan.update', plan: { ...plan, codeOfConduct: '' } }))).toMatchObject({ params: { setting: 'codeOfConduct' } });
    expect((await getPlan()).youthMode).toBe(true);
    expect(moderator.state.session?.youthMode).toBe(true);

    await moderator.send({ type: 'plan.update', plan: { ...plan, floor: { ...plan.floor, speakingLimitSeconds: 90 } } });
    expect((await getPlan()).floor.speakingLimitSeconds).toBe(90);
  });

  it('AUTH-4, AUDIT-3: the host changes them over HTTP; the audit log shows every change as old → new, and nothing for the refusals', async () => {
    const plan = await getPlan();
    const next: SessionPlan = { ...plan, youthMode: false, qa: { ...plan.qa, preModeration: true }, codeOfConduct: `${plan.codeOfConduct}\n\nOne more rule nobody may read in the log.` };
    const response = await fetch(`${server.baseUrl}/api/sessions/${session.id}/plan`, { method: 'PUT', headers: auth, body: JSON.stringify({ plan: next }) });
    expect(response.status).toBe(200);
    await eventually(() => moderator.state.session?.youthMode === false, 5000, 'youth mode off on the moderator console');

    const entries = await auditOf();
    const updates = entries.filter((e) => e.action === 'plan.update');
    expect(updates.map((e) => e.role)).toEqual(['host', 'moderator']);
    expect(updates[0]?.summary.split('; ')).toEqual(['youthMode: on → off', 'codeOfConduct: changed', 'qa.preModeration: default → on']);
    expect(updates[1]?.summary).toBe('floor.speakingLimitSeconds: 180 → 90');
    expect(JSON.stringify(entries)).not.toContain('nobody may read');
  });
});
