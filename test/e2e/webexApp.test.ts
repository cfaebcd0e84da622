import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, openPage, screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { connectClient, createSession, TEST_HOST_TOKEN, tokenOf } from '../support/testServer.ts';

/**
 * The pages as a Webex embedded app (INTEG-12), end to end in Chromium: a fake Webex client — a
 * parent page on a `webex.com` origin (the SDK drops messages from any other; Chromium gets the
 * page from the test, not the network) that speaks the embedded app SDK's postMessage protocol as
 * its iframe bridge expects (requests are JSON strings `{requestId, request, parameter}` posted to
 * the parent; answers are JSON strings `{requestId, code, data}` posted back) — frames the real
 * pages with the real `@webex/embedded-app-sdk`. The fake client is a public origin framing this
 * test's loopback server, which Chromium's local network access checks block (a real Webex
 * client frames a public server): the pages inside it run in a Chromium started without them.
 */

const WEBEX_ORIGIN = 'https://meet.webex.com';

/** What the fake client says about the app and the meeting. */
interface FakeWebexOptions {
  /** The meeting's id as the SDK gives it. */
  readonly meetingId?: string;
  /** Whether the app may read private data: only then is the meeting id the real one. */
  readonly privateData?: boolean;
  /** The user's roles in the meeting. */
  readonly userRoles?: readonly string[];
}

const FAKE_WEBEX_CLIENT = (appUrl: string, { meetingId = 'webex-meeting-1', privateData = false, userRoles = ['PARTICIPANT'] }: FakeWebexOptions = {}) => `<!doctype html>
<html><head><title>Fake Webex client</title></head><body>
<iframe id="app" src="${appUrl}" style="width:420px;height:820px"></iframe>
<script>
  const frame = document.getElementById('app');
  window.webexRequests = [];
  const answers = {
    'application.initialize': { application: { displayContext: 'MEETING_SIDEBAR', deviceType: 'BROWSER', isPrivateDataAvailable: ${privateData}, capabilities: [], isShared: false, theme: 'LIGHT', language: 'en-US', sdkVersion: '2.5.0', about: 'fake client', viewState: 'IN_FOCUS', user: null } },
    'application.context.getMeeting': { id: ${JSON.stringify(meetingId)}, title: 'Round table', conferenceId: 'c-1', meetingType: 'MEETING', userRoles: ${JSON.stringify(userRoles)}, isPresenting: false },
  };
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || typeof event.data !== 'string') return;
    const request = JSON.parse(event.data);
    window.webexRequests.push(request);
    frame.contentWindow.postMessage(JSON.stringify({ requestId: request.requestId, code: 0, data: answers[request.request] || {} }), '*');
  });
</script>
</body></html>`;

interface WebexRequest {
  readonly request: string;
  readonly parameter: Record<string, unknown>;
}

async function inFakeWebex(page: Page, appUrl: string, options?: FakeWebexOptions): Promise<void> {
  await page.route(`${WEBEX_ORIGIN}/client`, (route) => route.fulfill({ contentType: 'text/html', body: FAKE_WEBEX_CLIENT(appUrl, options) }));
  await page.goto(`${WEBEX_ORIGIN}/client`);
}

const requestsOf = (page: Page) => page.evaluate(() => (window as unknown as { webexRequests: WebexRequest[] }).webexRequests);

describe('OpenFloor as a Webex embedded app', () => {
  const stage = e2eStage('e2e-webex.db');
  const { errors } = stage;
  let browser: Browser;
  const thirdParty: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
        '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessForNavigations,PrivateNetworkAccessForIframes,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests'],
    });
  });
  afterAll(() => browser.close());
  const open = (url: string, viewport: { width: number; height: number }) => openPage(browser, url, errors, viewport, false, thirdParty);

  async function webexSession(meetingId = '') {
    const base = stage.server.baseUrl;
    const session = await createSession(base, { plan: { title: 'Webex round table' } });
    const put = await fetch(`${base}/api/sessions/${session.id}/platform`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ settings: { platform: 'webex', meetingId } }),
    });
    expect(put.status).toBe(200);
    return session;
  }

  it('INTEG-12: inside a Webex meeting the real SDK gets ready, the participant page joins online without asking, and the projector view offers itself to "Open together"', async () => {
    const base = stage.server.baseUrl;
    const session = await webexSession();
    const moderator = connectClient(base, tokenOf(session.links.moderator));
    await moderator.waitFor((_s, status) => status === 'live');

    const webex = await open(`${base}/privacy`, { width: 480, height: 900 });
    await inFakeWebex(webex, `${base}/j/${session.joinCode}?app=webex`);
    const app = webex.frameLocator('#app');
    await app.getByTestId('webex-app').waitFor();
    expect(await app.getByTestId('webex-app').getAttribute('data-context')).toBe('MEETING_SIDEBAR');
    const asked = (await requestsOf(webex)).map((r) => r.request);
    expect(asked).toEqual(expect.arrayContaining(['application.initialize', 'application.context.getMeeting']));
    // The participant page offers nothing to share.
    expect(asked).not.toContain('application.setShareUrl');
    expect(await app.locator('.channel-line .channel-badge').getAttribute('data-channel')).toBe('online');
    await expect.poll(() => moderator.state.balance?.present ?? 0).toBe(1);
    await screenshot(webex, 'webex-side-panel');

    // The projector view, opened in the app, sets the meeting's "Open together" URL to itself.
    const [projectorPath, projectorToken] = session.links.projector.split('#');
    // `?in=CODE` lets Webex frame it (INTEG-1).
    const projectorUrl = `${projectorPath}?in=${session.joinCode}&app=webex#${projectorToken}`;
    const shared = await open(`${base}/privacy`, { width: 960, height: 600 });
    await inFakeWebex(shared, projectorUrl);
    await expect.poll(async () => (await requestsOf(shared)).filter((r) => r.request === 'application.setShareUrl').length, { timeout: 15_000 }).toBeGreaterThan(0);
    const share = (await requestsOf(shared)).find((r) => r.request === 'application.setShareUrl');
    expect(share?.parameter.internalUrl).toBe(projectorUrl);
    expect(share?.parameter.externalUrl).toBe(projectorUrl);
    expect(String(share?.parameter.title)).toContain('Webex round table');

    // The fake client's page is the only other origin the pages reached.
    const others = thirdParty.splice(0);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((request) => request.includes(WEBEX_ORIGIN))).toBe(true);
    moderator.close();
    expect(errors).toEqual([]);
  });

  it('INTEG-12: outside Webex the wait for the client times out and the page works as anywhere: it asks for the channel', async () => {
    const base = stage.server.baseUrl;
    const session = await webexSession();
    // Framed, with ?app=webex, by a page that is not Webex: nobody answers the SDK.
    const page = await open(`${base}/privacy`, { width: 480, height: 900 });
    await page.route(`${base}/not-webex`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Not Webex</title><iframe id="app" src="/j/${session.joinCode}?app=webex" style="width:420px;height:820px"></iframe>` }));
    await page.goto(`${base}/not-webex`);
    const app = page.frameLocator('#app');
    await app.getByTestId('channel-online').click();
    await app.getByTestId('channel-change').waitFor();
    expect(await app.getByTestId('webex-app').count()).toBe(0);
    expect(thirdParty.splice(0)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('INTEG-14: a participant whose Webex meeting is not the session’s is told so, neutrally, and joins online only when going on; the session’s own meeting joins at once', async () => {
    const base = stage.server.baseUrl;
    const session = await webexSession('session-meeting-7');
    const moderator = connectClient(base, tokenOf(session.links.moderator));
    await moderator.waitFor((_s, status) => status === 'live');

    const webex = await open(`${base}/privacy`, { width: 480, height: 900 });
    await inFakeWebex(webex, `${base}/j/${session.joinCode}?app=webex`, { meetingId: 'another-meeting-9', privateData: true });
    const app = webex.frameLocator('#app');
    const notice = app.getByTestId('other-meeting');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toContain('belongs to another meeting');
    // Not joined behind the person's back, and never shown the session's meeting id.
    expect(await app.locator('.channel-line').count()).toBe(0);
    expect(moderator.state.balance?.present ?? 0).toBe(0);
    expect(await app.locator('body').textContent()).not.toContain('session-meeting-7');
    await screenshot(webex, 'webex-participant-other-meeting');
    await app.getByTestId('other-meeting-go-on').click();
    await app.locator('.channel-line .channel-badge').waitFor();
    expect(await app.locator('.channel-line .channel-badge').getAttribute('data-channel')).toBe('online');
    await expect.poll(() => moderator.state.balance?.present ?? 0).toBe(1);

    // The session's own meeting (the first page stays open: two online): no word of it, joined online at once.
    const own = await open(`${base}/privacy`, { width: 480, height: 900 });
    await inFakeWebex(own, `${base}/j/${session.joinCode}?app=webex`, { meetingId: 'session-meeting-7', privateData: true });
    const ownApp = own.frameLocator('#app');
    await ownApp.locator('.channel-line .channel-badge').waitFor();
    expect(await ownApp.getByTestId('other-meeting').count()).toBe(0);
    await expect.poll(() => moderator.state.balance?.present ?? 0).toBe(2);
    moderator.close();
    expect(thirdParty.splice(0).every((request) => request.includes(WEBEX_ORIGIN))).toBe(true);
    expect(errors).toEqual([]);
  });

  /** The online moderator's console as the Webex app opens it: `?in=CODE` lets Webex frame it (INTEG-1). */
  const consoleUrl = (link: string, joinCode: string) => {
    const [path, token] = link.split('#');
    return `${path}?in=${joinCode}&app=webex#${token}`;
  };

  it('INTEG-13: the online moderator’s console inside a Webex meeting says it is in Webex, opens on the online room, and says plainly that the meeting is not the session’s', async () => {
    const session = await webexSession('session-meeting-7');
    const webex = await open(`${stage.server.baseUrl}/privacy`, { width: 1280, height: 800 });
    await inFakeWebex(webex, consoleUrl(session.links.onlineModerator, session.joinCode), { meetingId: 'another-meeting-9', privateData: true });
    const app = webex.frameLocator('#app');
    await app.getByTestId('webex-app').waitFor();
    expect(await app.getByTestId('webex-app').getAttribute('data-context')).toBe('MEETING_SIDEBAR');
    const warning = app.getByTestId('webex-meeting-other');
    await warning.waitFor();
    expect(await warning.getAttribute('role')).toBe('alert');
    expect(await warning.textContent()).toContain('not the one set for this session');
    // Both ids, so that the moderator can tell which is wrong.
    expect(await app.getByTestId('webex-meeting-this').textContent()).toBe('another-meeting-9');
    expect(await app.getByTestId('webex-meeting-session').textContent()).toBe('session-meeting-7');
    // A participant in the Webex meeting, not host or cohost: told what a cohost could do.
    expect(await app.getByTestId('webex-app').getAttribute('data-role')).toBe('participant');
    expect(await app.getByTestId('webex-not-cohost').textContent()).toContain('cohost');
    expect(await app.getByTestId('cockpit-tab-online').getAttribute('aria-selected')).toBe('true');
    expect(await app.getByTestId('moderator-role').textContent()).toContain('Online moderator');
    const asked = (await requestsOf(webex)).map((r) => r.request);
    expect(asked).toEqual(expect.arrayContaining(['application.initialize', 'application.context.getMeeting']));
    // The console offers nothing to share: "Open together" is the projector's.
    expect(asked).not.toContain('application.setShareUrl');
    await screenshot(webex, 'webex-console-other-meeting');
    expect(thirdParty.splice(0).every((request) => request.includes(WEBEX_ORIGIN))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('INTEG-13: the session’s own meeting brings no warning; a derived meeting id is said to be uncheckable; no meeting id set, nothing to say', async () => {
    const cases = [
      { sessionMeeting: 'session-meeting-7', fake: { meetingId: 'session-meeting-7', privateData: true, userRoles: ['COHOST', 'PRESENTER'] }, check: 'same' },
      { sessionMeeting: 'session-meeting-7', fake: { meetingId: 'derived-42', privateData: false }, check: 'unverifiable' },
      { sessionMeeting: '', fake: { meetingId: 'another-meeting-9', privateData: true }, check: 'unset' },
    ] as const;
    for (const { sessionMeeting, fake, check } of cases) {
      const session = await webexSession(sessionMeeting);
      const webex = await open(`${stage.server.baseUrl}/privacy`, { width: 1280, height: 800 });
      await inFakeWebex(webex, consoleUrl(session.links.moderator, session.joinCode), fake);
      const band = webex.frameLocator('#app').getByTestId('webex-app');
      await expect.poll(() => band.getAttribute('data-meeting')).toBe(check);
      expect(await webex.frameLocator('#app').getByTestId('webex-meeting-other').count()).toBe(0);
      expect(await webex.frameLocator('#app').getByTestId('webex-meeting-unverifiable').count()).toBe(check === 'unverifiable' ? 1 : 0);
      // A cohost is told nothing about roles; a participant is (the fake's default).
      expect(await band.getAttribute('data-role')).toBe(check === 'same' ? 'cohost' : 'participant');
      expect(await webex.frameLocator('#app').getByTestId('webex-not-cohost').count()).toBe(check === 'same' ? 0 : 1);
      await webex.close();
    }
    expect(thirdParty.splice(0).every((request) => request.includes(WEBEX_ORIGIN))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('INTEG-13: outside Webex the console’s SDK asks, nobody answers, the wait times out and the console works as anywhere, on the online room', async () => {
    const base = stage.server.baseUrl;
    const session = await webexSession('session-meeting-7');
    const page = await open(`${base}/privacy`, { width: 1280, height: 800 });
    // A parent that is not Webex: it records what the frame posts and answers nothing.
    const parent = `<!doctype html><title>Not Webex</title><iframe id="app" src="${consoleUrl(session.links.onlineModerator, session.joinCode)}" style="width:1200px;height:760px"></iframe>
<script>window.posted = []; window.addEventListener('message', (event) => window.posted.push(String(event.data)));</script>`;
    await page.route(`${base}/not-webex`, (route) => route.fulfill({ contentType: 'text/html', body: parent }));
    await page.goto(`${base}/not-webex`);
    const app = page.frameLocator('#app');
    // The SDK chunk loaded and asked the parent to start the app.
    await expect.poll(() => page.evaluate(() => (window as unknown as { posted: string[] }).posted.some((m) => m.includes('application.initialize'))), { timeout: 10_000 }).toBe(true);
    await app.getByTestId('cockpit-tab-online').waitFor();
    expect(await app.getByTestId('cockpit-tab-online').getAttribute('aria-selected')).toBe('true');
    // Past the 4 s wait: still no band, and the console acts.
    await page.waitForTimeout(4_500);
    expect(await app.getByTestId('webex-app').count()).toBe(0);
    await app.getByTestId('cockpit-tab-queue').click();
    expect(await app.getByTestId('cockpit-tab-queue').getAttribute('aria-selected')).toBe('true');
    expect(thirdParty.splice(0)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
