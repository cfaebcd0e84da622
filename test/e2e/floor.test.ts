import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/core/session.ts';
import { type SessionEvent } from '../../src/core/events.ts';
import { screenshot, type Page } from '../support/browser.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';

/**
 * The floor end to end, in Debian's Chromium: two onsite and two online participants raise
 * hands under "alternate"; the moderator gives the floor in policy order; the projector shows
 * the speaker and the timer; the balance meter shows exactly what the ledger implies.
 */
describe('the floor end to end', () => {
  const stage = e2eStage('e2e-floor.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;

  async function raiseHand(channel: 'onsite' | 'online'): Promise<Page> {
    const page = await open(stage.server.demo.participant, { width: 390, height: 844 }, true);
    await page.getByTestId(`channel-${channel}`).click();
    // The demo session has a code of conduct, accepted before a first contribution (GUIDE-3).
    await page.getByTestId('conduct-accept').click();
    await page.getByTestId('conduct-gate').waitFor({ state: 'detached' });
    await page.getByTestId('floor-raise').click();
    await page.getByTestId('floor-position').waitFor();
    return page;
  }

  /** The session's floor as the server's own log says, replayed from the database. */
  function ledgerFromDatabase() {
    const db = new Database(stage.databasePath, { readonly: true });
    try {
      const rows = db.prepare('select payload from events order by session_id, seq').all() as { payload: string }[];
      const events = rows.map((r) => JSON.parse(r.payload) as SessionEvent);
      return replay(events).floor.ledger;
    } finally {
      db.close();
    }
  }

  it('FLOOR-4, FLOOR-8, FLOOR-9, FLOOR-14: policy order across channels, speaker and timer on the projector, balance equals the ledger', async () => {
    const moderator = await open(stage.server.demo.moderator, { width: 1440, height: 900 });
    const projector = await open(stage.server.demo.projector, { width: 1920, height: 1080 });
    await showPane(moderator, 'queue');
    await moderator.getByTestId('floor-panel').waitFor();

    // Raised in this order: both onsite first, then both online.
    const people = [await raiseHand('onsite'), await raiseHand('onsite'), await raiseHand('online'), await raiseHand('online')];
    const queue = moderator.getByTestId('floor-queue-item');
    await expect.poll(() => queue.count()).toBe(4);
    expect(await queue.evaluateAll((items) => items.map((i) => i.getAttribute('data-channel')))).toEqual(['onsite', 'online', 'onsite', 'online']);
    await expect.poll(() => people[3]?.getByTestId('floor-position').textContent()).toContain('4');
    await screenshot(moderator, 'floor-moderator-queue');
    await screenshot(people[2] as Page, 'floor-participant-waiting');

    const speakers = [people[0], people[2], people[1], people[3]] as Page[];
    const channels = ['onsite', 'online', 'onsite', 'online'];
    for (let i = 0; i < 4; i++) {
      await moderator.getByTestId('floor-give-next').click();
      await expect.poll(() => projector.getByTestId('projector-speaker').getAttribute('data-channel')).toBe(channels[i]);
      await speakers[i]?.getByTestId('floor-speaking').waitFor();
      await projector.getByTestId('projector-timer').waitFor();
      if (i === 1) {
        await screenshot(projector, 'floor-projector-speaker');
        await screenshot(speakers[i] as Page, 'floor-participant-speaking');
        await screenshot(moderator, 'floor-moderator-speaker');
      }
      // Let each intervention last a little, so floor times differ.
      await new Promise((r) => setTimeout(r, 300 + i * 200));
    }
    // FLOOR-14: the last speaker hands the floor back from their phone.
    await speakers[3]?.getByTestId('floor-done').click();
    await expect.poll(() => moderator.getByTestId('floor-current').count()).toBe(0);
    await speakers[3]?.getByTestId('floor-raise').waitFor();
    await expect.poll(() => moderator.getByTestId('floor-overrides').textContent()).toContain('0');

    // The ledger, replayed from the server's database, against the meter on the console.
    const ledger = ledgerFromDatabase();
    expect(ledger.map((e) => e.speaker.channel)).toEqual(channels);
    for (const channel of ['onsite', 'online'] as const) {
      const entries = ledger.filter((e) => e.speaker.channel === channel);
      const row = moderator.locator(`[data-testid="balance-row"][data-dimension="channel"][data-group="${channel}"]`).first();
      await expect.poll(() => row.getAttribute('data-interventions')).toBe(String(entries.length));
      await expect.poll(() => row.getAttribute('data-floor-ms')).toBe(String(entries.reduce((sum, e) => sum + (e.endedAt - e.startedAt), 0)));
    }
    await showPane(moderator, 'balance');
    await screenshot(moderator, 'floor-moderator-balance');

    await moderator.getByTestId('balance-show-projector').click();
    await projector.getByTestId('projector-balance').waitFor();
    await screenshot(projector, 'floor-projector-balance');

    // The online moderator's link opens the same console, under their role, with the same floor.
    const online = await open(stage.server.demo.onlineModerator, { width: 1440, height: 900 });
    await expect.poll(() => online.getByTestId('moderator-role').textContent()).toContain('Online moderator');
    await expect.poll(() => online.getByTestId('floor-overrides').textContent()).toContain('0');
    expect(errors).toEqual([]);
  });
});
