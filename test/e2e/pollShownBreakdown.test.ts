import { describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { axeViolations } from '../support/a11yChecks.ts';
import { screenshot } from '../support/browser.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { joinAsParticipant } from '../support/testServer.ts';

/**
 * POLL-60 in Chromium: the moderator shows the demo's first prepared poll side by side by room
 * from the cockpit; the projector puts everyone, the room and online in columns, a phone shows
 * the two rooms under its own results. Screenshots: poll-shown-breakdown(-phone).png.
 */
describe('results side by side by room (POLL-60)', () => {
  const stage = e2eStage('e2e-shown-breakdown.db');
  const { errors, open } = stage;

  it('POLL-60: chosen in the cockpit, shown in columns on the projector and under the results on a phone', async () => {
    const moderator = await open(stage.server.demo.moderator, { width: 1440, height: 900 });
    const projector = await open(stage.server.demo.projector, { width: 1920, height: 1080 });
    const phone = await open(`${stage.server.baseUrl}/j/${stage.server.demo.joinCode}`, { width: 390, height: 844 }, true);
    await phone.getByTestId('channel-onsite').click();
    await phone.getByTestId('conduct-accept').click();
    await phone.getByTestId('conduct-gate').waitFor({ state: 'detached' });

    await showPane(moderator, 'polls');
    const card = moderator.getByTestId('moderator-poll').filter({ hasText: 'Who should lead on keeping children safe online?' });
    const pollId = (await card.getAttribute('data-poll-id')) ?? '';
    await card.getByTestId('poll-open').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('open');

    // Five more in the room and five online, over real sockets: the room leans to parents and schools, online to all together.
    const voters: OpenFloorClient[] = await Promise.all(Array.from({ length: 10 }, (_, i) => joinAsParticipant(stage.server.baseUrl, stage.server.demo.joinCode, i < 5 ? 'onsite' : 'online')));
    await Promise.all(voters.map((v, i) => v.send({ type: 'poll.vote', pollId, optionIds: [i < 4 ? 'o3' : i < 5 ? 'o1' : i < 9 ? 'o4' : 'o2'] })));
    const phoneCard = phone.locator(`[data-testid="participant-poll"][data-poll-id="${pollId}"]`);
    await phoneCard.locator('[data-testid="poll-option"][value="o3"]').check();
    await phoneCard.getByTestId('vote-submit').click();
    await phoneCard.getByTestId('vote-confirmed').waitFor();
    await expect.poll(() => projector.getByTestId('projector-total').textContent()).toContain('11');
    expect(await projector.getByTestId('shown-breakdown').count()).toBe(0);

    await card.getByTestId('poll-shown-breakdown').selectOption('channel');
    const columns = projector.getByTestId('shown-breakdown-column');
    await expect.poll(() => columns.count()).toBe(3);
    expect(await columns.evaluateAll((els) => els.map((el) => el.getAttribute('data-group')))).toEqual(['all', 'online', 'onsite']);
    // Each room as a share of itself: five of six in the room chose parents and schools.
    const onsite = projector.locator('[data-testid="shown-breakdown-column"][data-group="onsite"]');
    expect(await onsite.locator('.result-bar[data-option-id="o3"] .result-bar-percent').textContent()).toBe('83%');
    expect(await projector.locator('[data-testid="shown-breakdown-column"][data-group="online"] .result-bar[data-option-id="o4"] .result-bar-percent').textContent()).toBe('80%');
    // The columns fit the screen side by side, and the screen reader's table says the same.
    const boxes = await columns.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), right: r.right })));
    expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(1920);
    expect(await projector.locator('[data-testid="shown-breakdown"] table caption').textContent()).toContain('Who should lead');
    expect(await axeViolations(projector)).toEqual([]);
    await screenshot(projector, 'poll-shown-breakdown');

    const phoneColumns = phoneCard.getByTestId('shown-breakdown-column');
    await expect.poll(() => phoneColumns.count()).toBe(2);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await phoneCard.getByTestId('shown-breakdown').scrollIntoViewIfNeeded();
    await screenshot(phone, 'poll-shown-breakdown-phone');

    await card.getByTestId('poll-shown-breakdown').selectOption('none');
    await expect.poll(() => columns.count()).toBe(0);
    for (const v of voters) v.close();
    expect(errors).toEqual([]);
  });
});
