import { beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/core/templates.ts';
import { screenshot, type Page } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { TEST_HOST_TOKEN, createSession, type CreatedSessionResponse } from '../support/testServer.ts';

/**
 * Follow-up sign-up end to end in Debian's Chromium (REPORT-13): the host announces a webinar on
 * the host page; on phones, in youth mode, one participant says they are under 18 and is offered
 * the host's public link with no contact field, another signs up with consent; the host's panel
 * counts one sign-up.
 */
describe('follow-up sign-up end to end', () => {
  const stage = e2eStage('e2e-follow-up.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;
  let session: CreatedSessionResponse;

  beforeAll(async () => {
    session = await createSession(stage.server.baseUrl, { plan: { ...TEMPLATES['child-online-safety-round-table'], youthMode: true } });
  });

  async function joinOnPhone(): Promise<Page> {
    const page = await open(`${stage.server.baseUrl}/`, { width: 390, height: 844 }, true);
    await page.getByTestId('join-code-input').fill(session.joinCode);
    await page.getByTestId('join-submit').click();
    await page.getByTestId('channel-online').click();
    const accept = page.getByTestId('conduct-accept');
    if (await accept.isVisible()) {
      await accept.click();
      await page.getByTestId('conduct-gate').waitFor({ state: 'detached' });
    }
    return page;
  }

  it('REPORT-13: the host announces; under 18 gets the public link and no contact field; an adult signs up with consent from a phone', async () => {
    const young = await joinOnPhone();
    const adult = await joinOnPhone();

    const host = await open(`${stage.server.baseUrl}/host/access#${session.id}`, { width: 1280, height: 900 });
    await host.getByTestId('host-token-input').fill(TEST_HOST_TOKEN);
    await host.getByTestId('host-token-submit').click();
    const panel = host.getByTestId('follow-up-panel');
    await panel.waitFor();
    await host.getByTestId('follow-up-title-input').fill('Child online safety: what next');
    await host.getByTestId('follow-up-link-input').fill('https://example.org/webinar');
    await host.getByTestId('follow-up-announce').click();

    // Live on the phones, without a reload.
    await expect.poll(() => young.getByTestId('follow-up-title').textContent(), { timeout: 15_000 }).toBe('Child online safety: what next');
    await young.getByTestId('follow-up-under18').click();
    expect(await young.getByTestId('follow-up-link').getAttribute('href')).toBe('https://example.org/webinar');
    expect(await young.getByTestId('follow-up-contact').count()).toBe(0);
    await screenshot(young, 'follow-up-phone-under18');

    await adult.getByTestId('follow-up-adult').click();
    await adult.getByTestId('follow-up-contact').fill('participant.followup@example.org');
    // Nothing can be sent without the consent box ticked.
    expect(await adult.getByTestId('follow-up-submit').getAttribute('aria-disabled')).toBe('true');
    await adult.getByTestId('follow-up-consent').check();
    await adult.getByTestId('follow-up-submit').click();
    await adult.getByTestId('follow-up-done').waitFor({ timeout: 15_000 });
    await screenshot(adult, 'follow-up-phone-signed-up');

    await host.getByTestId('follow-up-refresh').click();
    await expect.poll(() => host.getByTestId('follow-up-count').textContent(), { timeout: 15_000 }).toBe('Sign-ups: 1');
    await screenshot(host, 'follow-up-host-panel');
    expect(errors).toEqual([]);
  });
});
