import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { connectClient, createSession, joinAsParticipant, TEST_HOST_TOKEN, tokenOf } from '../support/testServer.ts';

/**
 * The Jitsi meeting in the online moderator's console (INTEG-8, INTEG-1, INTEG-2), in Chromium,
 * against a stub Jitsi server on another origin: its `external_api.js` defines
 * `JitsiMeetExternalAPI` as the real IFrame API does (constructor with domain and options, an
 * iframe of the meeting in `parentNode`, `addListener`, `dispose`), and lets the test emit the
 * events the real one emits.
 */

const STUB_API = `
window.JitsiMeetExternalAPI = class {
  constructor(domain, options) {
    this.listeners = {};
    const frame = document.createElement('iframe');
    frame.src = location.protocol === 'https:' ? 'https://' + domain + '/' + options.roomName : 'http://' + domain + '/' + options.roomName;
    frame.setAttribute('data-testid', 'jitsi-frame');
    frame.style.width = options.width;
    frame.style.height = options.height + 'px';
    options.parentNode.appendChild(frame);
    window.jitsiStub = this;
  }
  addListener(event, listener) { (this.listeners[event] = this.listeners[event] || []).push(listener); }
  emit(event, data) { (this.listeners[event] || []).forEach((listener) => listener(data)); }
  dispose() { window.jitsiStub = null; }
};`;

describe('the Jitsi meeting in the online console', () => {
  const stage = e2eStage('e2e-jitsi.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;
  let jitsi: Server;
  let jitsiOrigin = '';

  beforeAll(async () => {
    jitsi = createServer((request, response) => {
      if (request.url === '/external_api.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(STUB_API);
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Stub Jitsi meeting</title><p>meeting</p>');
    });
    await new Promise<void>((resolve) => jitsi.listen(0, '127.0.0.1', resolve));
    jitsiOrigin = `http://127.0.0.1:${(jitsi.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => jitsi.close(() => resolve())));

  it("INTEG-8, INTEG-11: raiseHandUpdated and participant joins from the embedded meeting reach the one queue, marked Jitsi, in policy order; lowering it removes it; chat questions come in once", async () => {
    const base = stage.server.baseUrl;
    const session = await createSession(base);
    const put = await fetch(`${base}/api/sessions/${session.id}/platform`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ settings: { platform: 'jitsi', jitsiUrl: `${jitsiOrigin}/OpenFloorRoom` } }),
    });
    expect(put.status).toBe(200);
    const onsite = [await joinAsParticipant(base, session.joinCode, 'onsite'), await joinAsParticipant(base, session.joinCode, 'onsite')];
    for (const person of onsite) await person.send({ type: 'floor.raise', intent: 'comment', label: null });

    const [path, token] = session.links.onlineModerator.split('#');
    const console = await open(`${path}?in=${session.joinCode}#${token}`, { width: 1440, height: 1000 });
    await console.getByTestId('jitsi-console').waitFor();
    await console.getByTestId('jitsi-frame').waitFor();
    await console.waitForFunction(() => Boolean((window as unknown as { jitsiStub?: unknown }).jitsiStub));
    const emit = (event: string, data: Record<string, unknown>) =>
      console.evaluate(([e, d]) => (window as unknown as { jitsiStub: { emit: (e: string, d: unknown) => void } }).jitsiStub.emit(e, d), [event, data] as const);
    await emit('participantJoined', { id: 'abc1', displayName: 'Somebody' });
    await emit('participantJoined', { id: 'abc2', displayName: 'Somebody else' });
    await emit('raiseHandUpdated', { id: 'abc1', handRaised: 1733400000000 });

    await showPane(console, 'queue');
    const queue = console.getByTestId('floor-queue-item');
    await expect.poll(() => queue.count()).toBe(3);
    expect(await queue.evaluateAll((items) => items.map((i) => `${i.getAttribute('data-channel')}:${i.getAttribute('data-source') ?? 'app'}`))).toEqual(['onsite:app', 'online:jitsi', 'onsite:app']);
    // The names Jitsi gave never reach the page or the server's answers.
    expect(await console.getByTestId('floor-panel').textContent()).not.toContain('Somebody');

    await showPane(console, 'online');
    await emit('raiseHandUpdated', { id: 'abc1', handRaised: 0 });
    await showPane(console, 'queue');
    await expect.poll(() => queue.count()).toBe(2);

    // INTEG-11: chat lines with the marker become questions, once however often Jitsi repeats them; others go nowhere.
    const moderator = connectClient(base, tokenOf(session.links.moderator));
    await moderator.waitFor((_s, status) => status === 'live');
    const relayed: string[] = [];
    console.on('request', (request) => {
      if (request.url().endsWith('/signals')) relayed.push(request.postData() ?? '');
    });
    const line = { from: 'abc2', nick: 'Somebody else', privateMessage: false, message: 'q: Can the bus run on Sundays?', stamp: '2026-12-06T01:00:00.000Z' };
    await emit('incomingMessage', { from: 'abc1', nick: 'Somebody', privateMessage: false, message: 'Good evening all', stamp: '2026-12-06T00:59:00.000Z' });
    await emit('incomingMessage', line);
    await emit('incomingMessage', line);
    await expect.poll(() => moderator.state.qa.questions.map((q) => `${q.channel}:${q.text}`)).toEqual(['online:Can the bus run on Sundays?']);
    await expect.poll(() => relayed.length).toBe(2);
    expect(relayed.join('')).not.toContain('Good evening');
    expect(relayed.join('')).not.toContain('Somebody');
    moderator.close();

    // The stub's origin is the only other one the console reached: its IFrame API and its meeting.
    const others = stage.takeThirdPartyRequests();
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((request) => request.includes(jitsiOrigin))).toBe(true);
    for (const person of onsite) person.close();
    expect(errors).toEqual([]);
  });
});
