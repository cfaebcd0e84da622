import { describe, expect, it } from 'vitest';
import { formatJoinCode } from '../../src/core/joinCode.ts';
import { englishTexts as en } from '../support/englishTexts.ts';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { createSession, TEST_HOST_TOKEN } from '../support/testServer.ts';

/**
 * RETAIN-4 end to end in Debian's Chromium: the host deletes a session from /host after typing
 * its join code again; the participant's phone and the moderator's screen say it was deleted.
 */
describe('deleting a session end to end', () => {
  const stage = e2eStage('e2e-delete.db');
  const { errors, open } = stage;

  it('RETAIN-4: the host confirms with the join code; every open page says the session was deleted', async () => {
    const session = await createSession(stage.server.baseUrl, { plan: { title: 'Session to delete', agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }] } });

    const phone = await open(`${stage.server.baseUrl}/`, { width: 390, height: 844 }, true);
    await phone.getByTestId('join-code-input').fill(formatJoinCode(session.joinCode));
    await phone.getByTestId('join-submit').click();
    await phone.getByTestId('channel-online').click();
    const moderator = await open(session.links.moderator, { width: 1280, height: 900 });
    await expect.poll(() => moderator.locator('body').textContent(), { timeout: 15_000 }).toContain('Session to delete');

    const host = await open(`${stage.server.baseUrl}/host`, { width: 1280, height: 900 });
    await host.getByTestId('host-token').fill(TEST_HOST_TOKEN);
    await host.getByTestId('host-token-submit').click();
    const row = host.getByTestId('host-session').filter({ hasText: 'Session to delete' });
    await row.getByTestId('host-session-delete').click();
    const submit = row.getByTestId('host-delete-submit');
    await row.getByTestId('host-delete-confirm').fill('123 456 789');
    expect(await submit.isDisabled()).toBe(true);
    await row.getByTestId('host-delete-confirm').fill(formatJoinCode(session.joinCode));
    await screenshot(host, 'host-delete-confirm');
    expect(await submit.isDisabled()).toBe(false);
    await submit.click();

    await expect.poll(() => host.getByTestId('host-feedback').textContent(), { timeout: 15_000 }).toContain('was deleted');
    expect(await host.getByTestId('host-session').filter({ hasText: 'Session to delete' }).count()).toBe(0);
    await expect.poll(() => phone.getByTestId('session-deleted').textContent(), { timeout: 15_000 }).toBe(en['refusal.session.deleted']);
    await expect.poll(() => moderator.locator('body').textContent(), { timeout: 15_000 }).toContain(en['refusal.session.deleted']);
    await screenshot(phone, 'participant-session-deleted');
    expect(errors).toEqual([]);
  });
});
