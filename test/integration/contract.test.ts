import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from '../../src/core/protocol/commands.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import { HTTP_ROUTES } from '../../src/server/http/contract/httpContract.ts';
import { INTEGRATION_ROUTES } from '../../src/server/integrations/integrationContract.ts';
import { COMMAND_SAMPLES } from '../support/commandSamples.ts';
import { connectClient, createInvite, createSession, eventually, joinAsParticipant, startInProcessServer, TEST_HOST_TOKEN, tokenOf, type CreatedSessionResponse, type InProcessServer, type Wiretap } from '../support/testServer.ts';

/** CONTRACT-1..3: the served OpenAPI document and JSON Schemas, and the real answers checked against them. */

type Json = Record<string, unknown>;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

function check(validate: ValidateFunction, value: unknown, what: string): void {
  const ok = validate(value);
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message ?? ''}`), what).toEqual([]);
}

describe('the contract (CONTRACT-1..3)', () => {
  let server: InProcessServer;
  let openApi: Json;
  let session: CreatedSessionResponse;
  const host = { authorization: `Bearer ${TEST_HOST_TOKEN}` };

  beforeAll(async () => {
    server = await startInProcessServer();
    const response = await fetch(`${server.baseUrl}/api/openapi.json`);
    expect(response.status).toBe(200);
    openApi = (await response.json()) as Json;
  });
  afterAll(async () => server.close());

  /** The schema the document gives an answer of `method path` with `status`. */
  function answerValidator(method: string, path: string, status: number): ValidateFunction {
    const operation = ((openApi.paths as Json)[path] as Json | undefined)?.[method] as Json | undefined;
    expect(operation, `${method} ${path} is in the document`).toBeDefined();
    const responses = operation?.responses as Json;
    const answer = (responses[String(status)] ?? null) as Json | null;
    if (status >= 400) return ajv.compile(((openApi.components as Json).schemas as Json).ErrorBody as Json);
    expect(answer, `${method} ${path} documents ${status}`).not.toBeNull();
    const schema = ((answer?.content as Json)['application/json'] as Json).schema as Json;
    return ajv.compile(schema);
  }

  async function call(method: 'get' | 'post' | 'put' | 'delete', path: string, concrete: string, body?: unknown, headers: Record<string, string> = host): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${server.baseUrl}${concrete}`, {
      method: method.toUpperCase(),
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as unknown;
    check(answerValidator(method, path, response.status), answer, `${method.toUpperCase()} ${concrete} → ${response.status}`);
    return { status: response.status, body: answer };
  }

  it('CONTRACT-1: an OpenAPI 3.1 document lists every route the server answers, and the server answers every route it lists', async () => {
    expect(openApi.openapi).toBe('3.1.0');
    const paths = openApi.paths as Json;
    for (const route of [...HTTP_ROUTES, ...INTEGRATION_ROUTES]) {
      expect(paths[route.path], route.path).toBeDefined();
      expect(server.app.http.hasRoute({ method: route.method.toUpperCase() as 'GET', url: route.path.replace(/\{(\w+)\}/g, ':$1') }), `${route.method} ${route.path} is served`).toBe(true);
    }
    // The request bodies are the routes' own zod schemas: the plan's defaults, the join body's channels.
    const join = ((paths['/api/join'] as Json).post as Json).requestBody as Json;
    expect(JSON.stringify(join)).toContain('"online"');
    expect(JSON.stringify(openApi)).toContain(`protocol ${PROTOCOL_VERSION}`);
  });

  it('CONTRACT-2: the plan and every WebSocket message have a JSON Schema; every command sample and hello validates, a wrong protocol does not', async () => {
    const load = async (name: string) => {
      const response = await fetch(`${server.baseUrl}/api/schemas/${name}.json`);
      expect(response.status, name).toBe(200);
      return ajv.compile((await response.json()) as Json);
    };
    const plan = await load('plan');
    const clientMessage = await load('client-message');
    await load('server-message');
    expect((await fetch(`${server.baseUrl}/api/schemas/nothing.json`)).status).toBe(404);
    for (const type of COMMAND_TYPES) check(clientMessage, { type: 'command', id: 'c1', command: COMMAND_SAMPLES[type] }, type);
    check(clientMessage, { type: 'hello', protocol: PROTOCOL_VERSION, token: 'x'.repeat(43), lastSeq: 0 }, 'hello');
    expect(clientMessage({ type: 'hello', protocol: 1, token: 'x'.repeat(43), lastSeq: 0 })).toBe(false);
    expect(plan({ title: 'A plan', agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }] })).toBe(true);
    expect(plan({ title: 'A plan', agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'nap' }] })).toBe(false);
  });

  it('CONTRACT-3: the server answers every HTTP route as its schema says, refusals included', async () => {
    const created = await call('post', '/api/sessions', '/api/sessions', { template: 'child-online-safety-round-table' });
    expect(created.status).toBe(201);
    session = created.body as CreatedSessionResponse;
    const id = session.id;
    await call('post', '/api/sessions', '/api/sessions', { template: 'no-such' });
    await call('post', '/api/sessions', '/api/sessions', { plan: { title: '' } });
    await call('get', '/healthz', '/healthz');
    await call('get', '/readyz', '/readyz');
    await call('get', '/api/templates', '/api/templates');
    await call('get', '/api/sessions', '/api/sessions');
    await call('get', '/api/sessions', '/api/sessions', undefined, {});
    const plan = await call('get', '/api/sessions/{id}/plan', `/api/sessions/${id}/plan`);
    await call('put', '/api/sessions/{id}/plan', `/api/sessions/${id}/plan`, { plan: (plan.body as { plan: unknown }).plan });
    await call('post', '/api/plans/check', '/api/plans/check', { plan: { title: 'Checked' } });
    await call('get', '/api/templates/{name}', '/api/templates/child-online-safety-round-table');
    await call('get', '/api/sessions/{id}/guidelines', `/api/sessions/${id}/guidelines`);
    await call('put', '/api/sessions/{id}/guidelines', `/api/sessions/${id}/guidelines`, { guidelines: { onsite: 'Be kind.', online: 'Be kind.' }, codeOfConduct: '' });
    await call('get', '/api/join/{code}', `/api/join/${session.joinCode}`, undefined, {});
    await call('post', '/api/join', '/api/join', { code: session.joinCode, channel: 'online' }, {});
    await call('get', '/api/before/{code}', `/api/before/${session.joinCode}`, undefined, {});
    const invite = await call('post', '/api/sessions/{id}/invites', `/api/sessions/${id}/invites`, { role: 'rapporteur', label: 'Rapporteur' });
    await call('get', '/api/sessions/{id}/invites', `/api/sessions/${id}/invites`);
    await call('post', '/api/sessions/{id}/invites', `/api/sessions/${id}/invites`, { role: 'nobody', label: 'x' });
    const inviteId = (invite.body as { invite: { id: string } }).invite.id;
    await call('delete', '/api/sessions/{id}/invites/{inviteId}', `/api/sessions/${id}/invites/${inviteId}`);
    await call('get', '/api/sessions/{id}/audit', `/api/sessions/${id}/audit`);
    await call('get', '/api/sessions/{id}/report', `/api/sessions/${id}/report`);
    await call('get', '/api/sessions/{id}/report/text', `/api/sessions/${id}/report/text`);
    await call('get', '/api/sessions/{id}/aggregates', `/api/sessions/${id}/aggregates`);
    await call('get', '/api/erasures', '/api/erasures');
    const other = await createSession(server.baseUrl);
    await call('delete', '/api/sessions/{id}', `/api/sessions/${other.id}`, { confirm: 'no' });
    await call('delete', '/api/sessions/{id}', `/api/sessions/${other.id}`, { confirm: other.joinCode });
  });

  it('CONTRACT-3: every frame a real session sends validates against server-message.json', async () => {
    const validate = ajv.compile((await (await fetch(`${server.baseUrl}/api/schemas/server-message.json`)).json()) as Json);
    const live = await createSession(server.baseUrl);
    const wiretap: Wiretap = { frames: [] };
    const moderator = connectClient(server.baseUrl, tokenOf(live.links.moderator), { wiretap });
    await moderator.waitFor((_s, status) => status === 'live');
    const participant = await joinAsParticipant(server.baseUrl, live.joinCode, 'online', { wiretap });
    const speakerLink = await createInvite(server.baseUrl, live.id, { role: 'speaker', label: 'Panel 1', panelSpeaker: 0 });
    const speaker = connectClient(server.baseUrl, tokenOf(speakerLink.link), { wiretap });
    await speaker.waitFor((_s, status) => status === 'live');
    await participant.send({ type: 'floor.raise', intent: 'comment', label: null });
    await participant.send({ type: 'qa.ask', text: 'How will schools teach this?', displayName: null });
    await participant.send({ type: 'participant.declare', stakeholderGroup: 'Youth', regionalGroup: null, gender: null });
    await moderator.send({ type: 'poll.create', poll: { question: 'Contract?', options: ['Yes', 'No'] } });
    await moderator.send({ type: 'floor.showBalance', shown: true }).catch(() => undefined);
    await moderator.send({ type: 'speaker.note', panelSpeaker: 0, text: 'One minute' }).catch(() => undefined);
    await participant.send({ type: 'floor.raise', intent: 'comment', label: null }).catch(() => undefined);
    await eventually(() => wiretap.frames.length > 8, 5_000, 'frames');
    moderator.close();
    participant.close();
    speaker.close();
    const types = new Set<string>();
    for (const raw of wiretap.frames) {
      const frame = JSON.parse(raw) as { type: string };
      types.add(frame.type);
      check(validate, frame, frame.type);
    }
    for (const type of ['welcome', 'ack', 'error', 'floor.updated', 'floor.mine', 'poll.updated', 'qa.question', 'qa.mine']) expect(types, type).toContain(type);
  });
});
