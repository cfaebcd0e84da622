import { afterAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { axeViolations } from '../support/a11yChecks.ts';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { connectClient, TEST_HOST_TOKEN, tokenOf } from '../support/testServer.ts';

/**
 * I18N-9 in the browser: the host writes the first agenda item's title in Arabic in the plan
 * form's "Other languages" section; the session is created with it, and a phone in Arabic
 * shows that title while the run is on it.
 */
describe('plan texts written on the host page', () => {
  const stage = e2eStage('e2e-host-translations.db');
  const { errors, open } = stage;
  const clients: OpenFloorClient[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  it('I18N-9: the host types an Arabic agenda title; an Arabic phone shows it', async () => {
    const base = stage.server.baseUrl;
    const arabicTitle = 'الافتتاح والتعارف';
    const host = await open(`${base}/host`, { width: 1280, height: 900 });
    await host.getByTestId('host-token').fill(TEST_HOST_TOKEN);
    await host.getByTestId('host-token-submit').click();
    await host.getByTestId('host-template').click();
    await host.getByTestId('host-languages').waitFor();
    await host.getByTestId('field-host-translations-language').selectOption('ar');
    const title = host.getByTestId('field-plan-agenda-0-translations-ar-title');
    await title.fill(arabicTitle);
    expect([await title.getAttribute('lang'), await title.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    await host.getByTestId('host-languages').scrollIntoViewIfNeeded();
    expect(await axeViolations(host)).toEqual([]);
    await screenshot(host, 'host-languages-ar');
    await host.getByTestId('host-submit').click();
    await host.getByTestId('host-links').waitFor();
    const participantLink = await host.getByTestId('host-link-participant').inputValue();
    const moderator = connectClient(base, tokenOf(await host.getByTestId('host-link-moderator').inputValue()));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    expect(moderator.state.session?.agenda[0]?.translations?.ar?.title).toBe(arabicTitle);
    await moderator.send({ type: 'agenda.start' });

    const phone = await open(participantLink, { width: 390, height: 844 }, true, 'ar-EG');
    await phone.getByTestId('channel-onsite').click();
    // The template has a code of conduct, with no Arabic version: accepted in English.
    await phone.getByTestId('conduct-accept').click();
    await expect.poll(() => phone.getByTestId('participant-agenda-title').textContent()).toBe(arabicTitle);
    expect(errors).toEqual([]);
  });
});
