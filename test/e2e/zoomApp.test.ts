import { describe, expect, it } from 'vitest';
import { screenshot, type Page } from '../support/browser.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { createSession, joinAsParticipant, TEST_HOST_TOKEN } from '../support/testServer.ts';

/**
 * The participant page as a Zoom App (INTEG-4, INTEG-2), end to end in Chromium: a fake Zoom
 * client — a parent page that speaks the Zoom Apps SDK's postMessage protocol as the web client
 * does (requests are JSON strings `{jsCallId, apiName, data}` posted to the parent; answers are
 * `{type: 'apiResponse', data: {jsCallId, result}}`, events `{type: 'event', name, data}` posted
 * back) — frames the real page with the real `@zoom/appssdk`. Zoom's "raise hand" feedback
 * raises an OpenFloor hand that the moderator's cockpit and the projector show in policy order
 * beside the onsite hands.
 */

const FAKE_ZOOM_CLIENT = (appUrl: string, meetingID = '85012345678') => `<!doctype html>
<html><head><title>Fake Zoom client</title></head><body>
<iframe id="app" src="${appUrl}" style="width:420px;height:820px"></iframe>
<script>
  const frame = document.getElementById('app');
  window.zoomCalls = [];
  const results = {
    config: { clientVersion: '6.2.0', runningContext: 'inMeeting', unsupportedApis: [] },
    getRunningContext: 'inMeeting',
    getMeetingContext: { meetingTopic: 'Round table', meetingID: ${JSON.stringify(meetingID)} },
  };
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || typeof event.data !== 'string') return;
    const request = JSON.parse(event.data);
    window.zoomCalls.push(request.apiName);
    const known = request.apiName in results;
    frame.contentWindow.postMessage({ type: 'apiResponse', data: known
      ? { jsCallId: request.jsCallId, result: results[request.apiName] }
      : { jsCallId: request.jsCallId, errorCode: 10001, errorMessage: 'not in this fake client' } }, '*');
  });
  window.zoomFeedback = (feedback) => frame.contentWindow.postMessage({ type: 'event', name: 'onFeedbackReaction', data: { participantUUID: 'zoom-p-1', timestamp: 1733400000, feedback } }, '*');
  window.zoomRemoveFeedback = () => frame.contentWindow.postMessage({ type: 'event', name: 'onRemoveFeedbackReaction', data: { participantUUID: 'zoom-p-1', timestamp: 1733400001 } }, '*');
</script>
</body></html>`;

describe('OpenFloor as a Zoom App', () => {
  const stage = e2eStage('e2e-zoom.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;

  it('INTEG-4, INTEG-2: the real SDK in the real page joins online without asking, and Zoom\'s raised hand lands in the one queue in policy order, on the cockpit and the projector', async () => {
    const base = stage.server.baseUrl;
    const session = await createSession(base);
    const put = await fetch(`${base}/api/sessions/${session.id}/platform`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ settings: { platform: 'zoom' } }),
    });
    expect(put.status).toBe(200);

    const moderator = await open(session.links.moderator, { width: 1440, height: 900 });
    const projector = await open(session.links.projector, { width: 1920, height: 1080 });
    await showPane(moderator, 'queue');
    await moderator.getByTestId('floor-panel').waitFor();

    // Two onsite hands first; under "alternate" the online one from Zoom goes between them.
    const onsite = [await joinAsParticipant(base, session.joinCode, 'onsite'), await joinAsParticipant(base, session.joinCode, 'onsite')];
    for (const person of onsite) await person.send({ type: 'floor.raise', intent: 'comment', label: null });
    const queue = moderator.getByTestId('floor-queue-item');
    await expect.poll(() => queue.count()).toBe(2);

    // The fake Zoom client, on the server's origin (frame-ancestors: 'self' and Zoom's).
    const zoom = await open(`${base}/privacy`, { width: 480, height: 900 });
    await zoom.route(`${base}/zoom-client`, (route) => route.fulfill({ contentType: 'text/html', body: FAKE_ZOOM_CLIENT(`/j/${session.joinCode}?app=zoom`) }));
    await zoom.goto(`${base}/zoom-client`);
    const app = zoom.frameLocator('#app');
    // Joined online without the channel question; the SDK asked the client for its context.
    await app.getByTestId('zoom-app').waitFor();
    expect(await app.getByTestId('zoom-app').getAttribute('data-context')).toBe('inMeeting');
    expect(await zoom.evaluate(() => (window as unknown as { zoomCalls: string[] }).zoomCalls)).toEqual(expect.arrayContaining(['config', 'getRunningContext', 'getMeetingContext']));
    // The session's code of conduct comes first (GUIDE-3), as on a phone.
    if (await app.getByTestId('conduct-accept').count()) {
      await app.getByTestId('conduct-accept').click();
      await app.getByTestId('conduct-gate').waitFor({ state: 'detached' });
    }

    // Not a hand: another feedback does nothing.
    await zoom.evaluate(() => (window as unknown as { zoomFeedback: (f: string) => void }).zoomFeedback('yes'));
    await zoom.evaluate(() => (window as unknown as { zoomFeedback: (f: string) => void }).zoomFeedback('raiseHand'));
    await expect.poll(() => queue.count()).toBe(3);
    expect(await queue.evaluateAll((items) => items.map((i) => `${i.getAttribute('data-channel')}:${i.getAttribute('data-source') ?? 'app'}`))).toEqual(['onsite:app', 'online:zoom', 'onsite:app']);
    await expect.poll(() => projector.getByTestId('projector-next-item').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-channel')}:${i.getAttribute('data-source') ?? 'app'}`))).toEqual(['onsite:app', 'online:zoom', 'onsite:app']);
    await app.getByTestId('floor-position').waitFor();
    await screenshot(moderator, 'zoom-moderator-queue');
    await screenshot(zoom, 'zoom-side-panel');

    // Lowering the hand in Zoom lowers it here.
    await zoom.evaluate(() => (window as unknown as { zoomRemoveFeedback: () => void }).zoomRemoveFeedback());
    await expect.poll(() => queue.count()).toBe(2);
    for (const person of onsite) person.close();
    expect(errors).toEqual([]);
  });

  it('INTEG-14: in a Zoom meeting that is not the session’s the participant is told so and joins only when going on; in the session’s own, at once', async () => {
    const base = stage.server.baseUrl;
    const session = await createSession(base);
    const put = await fetch(`${base}/api/sessions/${session.id}/platform`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ settings: { platform: 'zoom', meetingId: '85012345678' } }),
    });
    expect(put.status).toBe(200);
    let lastPage: Page | undefined;
    const inZoom = async (meetingID: string, page?: Page) => {
      const zoom = page ?? (await open(`${base}/privacy`, { width: 480, height: 900 }));
      lastPage = zoom;
      await zoom.route(`${base}/zoom-client`, (route) => route.fulfill({ contentType: 'text/html', body: FAKE_ZOOM_CLIENT(`/j/${session.joinCode}?app=zoom`, meetingID) }));
      await zoom.goto(`${base}/zoom-client`);
      return zoom.frameLocator('#app');
    };

    const other = await inZoom('85099999999');
    await other.getByTestId('other-meeting').waitFor();
    expect(await other.getByTestId('other-meeting').textContent()).toContain('belongs to another meeting');
    expect(await other.getByTestId('zoom-app').count()).toBe(0);
    expect(await other.locator('body').textContent()).not.toContain('85012345678');
    await other.getByTestId('other-meeting-go-on').click();
    await other.getByTestId('zoom-app').waitFor();

    const own = await inZoom('85012345678');
    await own.getByTestId('zoom-app').waitFor();
    expect(await own.getByTestId('other-meeting').count()).toBe(0);

    // Joined, the app keeps its token: opened again in another meeting it does not rejoin
    // before saying so, and rejoins (the same participant) when the person goes on.
    const ownPage = lastPage;
    if (!ownPage) throw new Error('no page');
    const laterPage = await ownPage.context().newPage();
    const later = await inZoom('85099999999', laterPage);
    await later.getByTestId('other-meeting').waitFor();
    await screenshot(laterPage, 'zoom-rejoin-other-meeting');
    expect(await later.getByTestId('zoom-app').count()).toBe(0);
    expect(await later.getByTestId('channel-online').count()).toBe(0);
    await later.getByTestId('other-meeting-go-on').click();
    await later.getByTestId('zoom-app').waitFor();
    expect(errors).toEqual([]);
  });

  it('INTEG-9, INTEG-10: the host picks Zoom and types its secrets on the host page; they come back masked, with the URLs to paste into the Marketplace', async () => {
    const base = stage.server.baseUrl;
    const session = await createSession(base, { plan: { title: 'Zoom set-up check' } });
    const host = await open(`${base}/host`, { width: 1280, height: 1000 });
    await host.getByTestId('host-token').fill(TEST_HOST_TOKEN);
    await host.getByTestId('host-token-submit').click();
    await host.getByTestId('host-session').filter({ hasText: 'Zoom set-up check' }).getByTestId('host-session-open').click();
    const card = host.getByTestId('host-platform');
    await card.waitFor();
    await card.getByTestId('platform-choice').selectOption('zoom');
    await card.getByTestId('platform-zoomClientId').fill('HostPageClient1');
    await card.getByTestId('platform-secret-zoomWebhookSecret').fill('typed-on-the-host-page-7777');
    await card.getByTestId('platform-save').click();
    await card.getByTestId('platform-status').waitFor();
    await expect.poll(() => card.getByTestId('platform-secret-zoomWebhookSecret').getAttribute('placeholder')).toBe('••••7777');
    expect(await card.getByTestId('platform-secret-zoomWebhookSecret').inputValue()).toBe('');
    expect(await card.getByTestId('platform-connect').textContent()).toContain(`${base}/api/integrations/zoom/${session.id}/webhook`);
    expect(await host.content()).not.toContain('typed-on-the-host-page');
    await screenshot(host, 'zoom-host-platform');
    expect(errors).toEqual([]);
  });
});
