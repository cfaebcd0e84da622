import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { RegionalGroup, StakeholderGroup } from '../../src/core/vocabulary.ts';
import { axeViolations } from '../support/a11yChecks.ts';
import type { Locator } from 'playwright-core';
import { screenshot } from '../support/browser.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { parseCsv, zipTexts } from '../support/documentText.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { reportPreviewShift, voteBeforeAndAfter } from '../support/pairedPolls.ts';
import { connectClient, createSession, joinAsParticipant, tokenOf, type CreatedSessionResponse } from '../support/testServer.ts';

/**
 * Before and after by declared group in Debian's Chromium (POLL-35, POLL-62): sixteen voters
 * declare their stakeholder group and region; the report page's preview shows the shift by
 * channel, stakeholder group and region side by side, with the very rows of the CSV bundle's
 * `poll_shifts.csv`, groups under five merged into "other". The cockpit shows the same groups;
 * the projector and the phones the channels only.
 */

const QUESTION = 'Do you know where to report harmful content?';
/** Civil Society 6 and Government 5 stand apart; Youth 3 and the 2 undeclared make "other" (5). */
const STAKEHOLDER: (StakeholderGroup | null)[] = [...Array<StakeholderGroup>(6).fill('Civil Society'), ...Array<StakeholderGroup>(5).fill('Government'), ...Array<StakeholderGroup>(3).fill('Youth'), null, null];
/** African Group 8 stands apart; WEOG 6 joins GRULAC's 2 in "other", which is under five alone. */
const REGION: RegionalGroup[] = [...Array<RegionalGroup>(8).fill('African Group'), ...Array<RegionalGroup>(5).fill('Western European and Others Group (WEOG)'), 'Latin American and Caribbean Group (GRULAC)', 'Western European and Others Group (WEOG)', 'Latin American and Caribbean Group (GRULAC)'];
/** Option index before and after: Government knew already; after, everyone declared does. */
const BEFORE = STAKEHOLDER.map((g) => (g === 'Government' ? 0 : 1));
const AFTER = STAKEHOLDER.map((g) => (g === null ? 1 : 0));

/** A figure as the page writes it ("33.3%", "−16.7", "+50") as the number the CSV holds. */
const figure = (text: string) => String(Number(text.replace(/[%\s]/g, '').replace('\u2212', '-').replace(/^\+/, '')));

/** Every row of a shift's tables: dimension (`all` for everyone), group, voters before and after when shown, answer, figures. */
function shiftRows(shift: Locator) {
  return shift.locator('tbody tr').evaluateAll((trs) => {
    let voters = '';
    return trs.map((tr) => {
      const head = tr.querySelector('th[scope="rowgroup"]');
      if (head) voters = head.querySelector('[data-testid="shift-voters"]')?.textContent ?? '';
      const group = tr.getAttribute('data-group') ?? '';
      const dimension = group === 'all' ? 'all' : (tr.closest('table')?.getAttribute('data-dimension') ?? '');
      return { dimension, group, voters, answer: tr.querySelector('th[scope="row"]')?.textContent.trim() ?? '', cells: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()) };
    });
  });
}

describe('before and after by declared group', () => {
  const stage = e2eStage('e2e-report-shift-groups.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;
  const clients: OpenFloorClient[] = [];
  let session: CreatedSessionResponse;
  let afterId = '';

  beforeAll(async () => {
    const base = stage.server.baseUrl;
    const poll = { question: QUESTION, options: ['Yes', 'No'] };
    session = await createSession(base, { plan: { title: 'Reporting harm', youthMode: false, polls: [poll, { ...poll, repeats: 0 }] } });
    const moderator = connectClient(base, tokenOf(session.links.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    const [before, after] = moderator.state.polls;
    if (!before || !after) throw new Error('the plan has two polls');
    afterId = after.id;
    const people: OpenFloorClient[] = [];
    // The first nine in the room, the other seven online.
    for (let i = 0; i < STAKEHOLDER.length; i++) {
      const person = await joinAsParticipant(base, session.joinCode, i < 9 ? 'onsite' : 'online');
      await person.send({ type: 'participant.declare', stakeholderGroup: STAKEHOLDER[i] ?? null, regionalGroup: REGION[i] ?? null, gender: null });
      people.push(person);
    }
    clients.push(...people);
    await voteBeforeAndAfter(moderator, people, [[before, BEFORE], [after, AFTER]]);
  }, 120_000);

  afterAll(() => clients.forEach((c) => c.close()));

  it('POLL-62, POLL-35: the report page shows the shift by channel, stakeholder group and region side by side, the rows of poll_shifts.csv; Youth and the undeclared are merged', async () => {
    const page = await open(`${stage.server.baseUrl}/report#${session.id}`, { width: 1366, height: 900 });
    const shift = await reportPreviewShift(page);
    const pageRows = (await shiftRows(shift)).map((r) => {
      const [before = '', after = ''] = /(\d+)\D+(\d+)/.exec(r.voters)?.slice(1) ?? [];
      return [r.dimension, r.group, before, after, r.answer, ...r.cells.map(figure)];
    });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-zip').click()]);
    const csv = parseCsv(zipTexts(readFileSync(await download.path()))['poll_shifts.csv'] ?? '');
    const header = csv[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const csvRows = csv
      .slice(1)
      .filter((r) => r[col('poll')] === '2')
      .map((r) => ['dimension', 'group', 'voters_before', 'voters_after', 'option', 'before_percent', 'after_percent', 'shift_points'].map((name) => r[col(name)] ?? ''));

    const groups = (dimension: string) => [...new Set(csvRows.filter((r) => r[0] === dimension).map((r) => `${r[1] ?? ''} ${r[2] ?? ''}/${r[3] ?? ''}`))];
    expect(groups('channel')).toEqual(['online 7/7', 'onsite 9/9']);
    expect(groups('stakeholderGroup')).toEqual(['Civil Society 6/6', 'Government 5/5', 'other 5/5']);
    expect(groups('regionalGroup')).toEqual(['African Group 8/8', 'other 8/8']);
    expect(pageRows).toEqual(csvRows);
    // No group of the page under five on either side.
    for (const r of pageRows) expect(Math.min(Number(r[2]), Number(r[3]))).toBeGreaterThanOrEqual(5);

    // Three real tables, one per dimension: each with its caption and column headers.
    const tables = shift.locator('table');
    expect(await tables.evaluateAll((ts) => ts.map((t) => t.getAttribute('data-dimension')))).toEqual(['channel', 'stakeholderGroup', 'regionalGroup']);
    expect(await tables.nth(1).locator('caption').textContent()).toBe('By stakeholder group');
    expect(await tables.nth(1).locator('thead th[scope="col"]').first().textContent()).toBe('Stakeholder group');
    await shift.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-preview-shift-groups');
    // Side by side where the pane has room, else one under the other: never over each other, never beyond the pane.
    const boxes = await tables.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number }));
    const pane = await shift.evaluate((el) => el.getBoundingClientRect().toJSON() as { left: number; right: number });
    boxes.forEach((a, i) => {
      expect(a.left).toBeGreaterThanOrEqual(pane.left - 0.5);
      expect(a.right).toBeLessThanOrEqual(pane.right + 0.5);
      for (const b of boxes.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('POLL-35: the cockpit shows the same groups side by side; the projector and the phones the channels only', async () => {
    const cockpit = await open(session.links.moderator, { width: 1366, height: 768 });
    await showPane(cockpit, 'polls');
    const shift = cockpit.locator(`[data-testid="moderator-poll"][data-poll-id="${afterId}"]`).getByTestId('poll-shift');
    await shift.waitFor();
    await shift.locator('table[data-dimension="regionalGroup"]').waitFor();
    const rows = (await shiftRows(shift)).map((r) => [r.dimension, r.group, r.answer, r.cells[2] ?? '']);
    expect(rows.filter((r) => r[0] === 'stakeholderGroup')).toEqual([
      ['stakeholderGroup', 'Civil Society', 'Yes', '+100'], ['stakeholderGroup', 'Civil Society', 'No', '−100'],
      ['stakeholderGroup', 'Government', 'Yes', '0'], ['stakeholderGroup', 'Government', 'No', '0'],
      ['stakeholderGroup', 'other', 'Yes', '+60'], ['stakeholderGroup', 'other', 'No', '−60'],
    ]);
    expect(rows.filter((r) => r[0] === 'regionalGroup').map((r) => r[1])).toEqual(['African Group', 'African Group', 'other', 'other']);
    await shift.scrollIntoViewIfNeeded();
    await screenshot(cockpit, 'cockpit-shift-groups');

    const projector = await open(session.links.projector, { width: 1920, height: 1080 });
    const shown = projector.getByTestId('poll-shift');
    await shown.waitFor();
    expect(await shown.locator('table').evaluateAll((ts) => ts.map((t) => t.getAttribute('data-dimension')))).toEqual(['channel']);
    // The results stay on the big screen beside the shift: every bar drawn, wholly in view, and the table not cut.
    for (const size of [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }]) {
      await projector.setViewportSize(size);
      const barsInView = () =>
        projector.getByTestId('projector-bar').evaluateAll((bars) =>
          bars.map((b) => {
            // Not clipped by the chart's box (it hides what does not fit), nor by the window.
            const r = b.getBoundingClientRect();
            const box = (b.closest('.result-bars') ?? b).getBoundingClientRect();
            return r.height >= 8 && r.top >= Math.max(0, box.top) && r.bottom <= Math.min(innerHeight, box.bottom);
          }),
        );
      await expect
        .poll(barsInView)
        .toEqual([true, true]);
      const tableWhole = await shown.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.scrollHeight <= el.clientHeight + 1 && r.bottom <= innerHeight && r.right <= innerWidth;
      });
      expect(tableWhole).toBe(true);
      await screenshot(projector, `projector-shift-groups-${String(size.width)}`);
    }

    // A phone shows the same public table under the later poll's results; the page itself never scrolls sideways.
    const phone = await open(`${stage.server.baseUrl}/j/${session.joinCode}`, { width: 390, height: 844 }, true);
    await phone.getByTestId('channel-onsite').click();
    const accept = phone.getByTestId('conduct-accept');
    if (await accept.isVisible()) await accept.click();
    const onPhone = phone.locator(`[data-testid="participant-poll"][data-poll-id="${afterId}"]`).getByTestId('poll-shift');
    await onPhone.waitFor();
    expect(await onPhone.locator('table').evaluateAll((ts) => ts.map((t) => t.getAttribute('data-dimension')))).toEqual(['channel']);
    expect((await shiftRows(onPhone)).map((r) => [r.group, r.answer])).toEqual([['all', 'Yes'], ['all', 'No'], ['online', 'Yes'], ['online', 'No'], ['onsite', 'Yes'], ['onsite', 'No']]);
    await onPhone.scrollIntoViewIfNeeded();
    await screenshot(phone, 'phone-shift');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    // On a 390 px phone the whole table reads without scrolling it sideways: the change column was off the card.
    const tableScrolls = await onPhone.locator('.breakdown-scroll').evaluateAll((boxes) => boxes.map((b) => b.scrollWidth > b.clientWidth + 1));
    expect(tableScrolls).toEqual([false]);
    expect(errors).toEqual([]);
  }, 90_000);
});
