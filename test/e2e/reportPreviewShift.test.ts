import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { axeViolations } from '../support/a11yChecks.ts';
import { screenshot } from '../support/browser.ts';
import { parseCsv, zipTexts } from '../support/documentText.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { reportPreviewShift, voteBeforeAndAfter } from '../support/pairedPolls.ts';
import { misdirectedTexts } from '../support/textDirection.ts';
import { connectClient, createSession, joinAsParticipant, tokenOf, type CreatedSessionResponse } from '../support/testServer.ts';

/**
 * The report page's preview shows before and after (POLL-62) in Debian's Chromium: two polls
 * paired from the cockpit's command, six voters in the room and five online, and the host's
 * report page shows the later poll's shift overall and by channel with the very figures of the
 * CSV bundle's `poll_shifts.csv`, downloaded from the same page. The question is Arabic on an
 * English page: it keeps its own direction (I18N-12).
 */

const QUESTION = 'هل يجب على المنصات التحقق من عمر كل مستخدم؟';
const OPTIONS = ['Yes, every user', 'Only for adult content', 'No'];

/** Each voter's choice (option index) before and after: the first six in the room, the last five online. */
const BEFORE = [0, 0, 0, 0, 1, 2, 1, 1, 1, 2, 0];
const AFTER = [0, 0, 1, 1, 1, 2, 2, 2, 2, 1, 0];
/** The later poll's number in the report. */
const AFTER_NUMBER = 2;

/** A figure as the page writes it ("33.3%", "−16.7", "+50") as the number the CSV holds. */
const figure = (text: string) => String(Number(text.replace(/[%\s]/g, '').replace('\u2212', '-').replace(/^\+/, '')));

describe('before and after on the report page', () => {
  const stage = e2eStage('e2e-report-shift.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;
  const clients: OpenFloorClient[] = [];
  let session: CreatedSessionResponse;

  beforeAll(async () => {
    const base = stage.server.baseUrl;
    const poll = { question: QUESTION, options: OPTIONS };
    session = await createSession(base, { plan: { title: 'Age checks', youthMode: false, agenda: [{ title: 'Age checks: before and after', plannedMinutes: 10, kind: 'discussion' }], polls: [poll, poll] } });
    const moderator = connectClient(base, tokenOf(session.links.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    const [before, after] = moderator.state.polls;
    if (!before || !after) throw new Error('the plan has two polls');
    await moderator.send({ type: 'poll.pair', pollId: after.id, beforeId: before.id });
    const people: OpenFloorClient[] = [];
    for (let i = 0; i < BEFORE.length; i++) people.push(await joinAsParticipant(base, session.joinCode, i < 6 ? 'onsite' : 'online'));
    clients.push(...people);
    await voteBeforeAndAfter(moderator, people, [[before, BEFORE], [after, AFTER]]);
  }, 120_000);

  afterAll(() => clients.forEach((c) => c.close()));

  it('POLL-62: the preview shows the paired poll\'s shift overall and by channel, the same figures as poll_shifts.csv', async () => {
    const page = await open(`${stage.server.baseUrl}/report#${session.id}`, { width: 1366, height: 900 });
    const shift = await reportPreviewShift(page);

    // What the page shows, row by row: group (as its data attribute and its voters), answer, before, after, change.
    const shown = await shift.locator('tbody tr').evaluateAll((trs) => {
      let voters = '';
      return trs.map((tr) => {
        const head = tr.querySelector('th[scope="rowgroup"]');
        if (head) voters = head.querySelector('[data-testid="shift-voters"]')?.textContent ?? '';
        const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent.trim());
        return { group: tr.getAttribute('data-group') ?? '', voters, answer: tr.querySelector('th[scope="row"]')?.textContent.trim() ?? '', cells };
      });
    });
    const pageRows = shown.map((r) => {
      const [before = '', after = ''] = /(\d+)\D+(\d+)/.exec(r.voters)?.slice(1) ?? [];
      return [r.group, before, after, r.answer, ...r.cells.map(figure)];
    });

    // The same session's CSV bundle, downloaded from the page.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-zip').click()]);
    const csv = parseCsv(zipTexts(readFileSync(await download.path()))['poll_shifts.csv'] ?? '');
    const header = csv[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const csvRows = csv
      .slice(1)
      .filter((r) => r[col('poll')] === String(AFTER_NUMBER) && (r[col('dimension')] === 'all' || r[col('dimension')] === 'channel'))
      .map((r) => ['group', 'voters_before', 'voters_after', 'option', 'before_percent', 'after_percent', 'shift_points'].map((name) => r[col(name)] ?? ''));

    // Everyone, then each channel apart: six in the room and five online stand on their own.
    expect(csvRows.map((r) => r[0])).toEqual(['all', 'all', 'all', 'online', 'online', 'online', 'onsite', 'onsite', 'onsite']);
    expect(csvRows.filter((r) => r[0] === 'onsite').map((r) => [r[1], r[2]])).toEqual([['6', '6'], ['6', '6'], ['6', '6']]);
    expect(csvRows.filter((r) => r[0] === 'online').map((r) => [r[1], r[2]])).toEqual([['5', '5'], ['5', '5'], ['5', '5']]);
    expect(pageRows).toEqual(csvRows);
    // Shares with a decimal are shown with it, as the exports write them.
    expect(pageRows.some((r) => /\.\d$/.test(r[4] ?? ''))).toBe(true);

    // A real table: a caption naming the earlier poll's question, column and row headers.
    const table = shift.locator('table');
    expect(await table.locator('caption').textContent()).toContain(QUESTION);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(5);
    expect(await table.locator('tbody th[scope="rowgroup"]').count()).toBe(3);
    // I18N-12: the Arabic question and the options keep their own direction on the English page.
    expect(await misdirectedTexts(page, [QUESTION, ...OPTIONS])).toEqual([]);
    expect(await shift.locator('th[scope="row"][dir="auto"]').count()).toBe(9);
    expect(await axeViolations(page)).toEqual([]);

    await shift.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-preview-shift');
    expect(errors).toEqual([]);
  });

  it('POLL-62, I18N-12: on an Arabic page the table reads right to left in Arabic, the English answers left to right', async () => {
    const page = await open(`${stage.server.baseUrl}/report#${session.id}`, { width: 1366, height: 900 }, false, 'ar');
    const shift = await reportPreviewShift(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // The page's own words are Arabic: the column headers, the groups' voters.
    expect(await shift.locator('thead th').first().textContent()).toMatch(/\p{Script=Arabic}/u);
    expect(await shift.getByTestId('shift-voters').first().textContent()).toMatch(/\p{Script=Arabic}/u);
    expect(await shift.locator('tbody tr').count()).toBe(9);
    // I18N-1: the rest of the preview names channels and the agenda's timing in Arabic too
    // (the core's English report words were shown here before).
    const preview = page.getByTestId('report-preview');
    const channels = await preview.getByTestId('report-qa-table').locator('tbody tr > :first-child').allTextContents();
    expect(channels).toHaveLength(2);
    for (const name of channels) expect(name).toMatch(/\p{Script=Arabic}/u);
    const timings = await preview.getByTestId('report-agenda-table').locator('tbody tr > :last-child').allTextContents();
    expect(timings.length).toBeGreaterThan(0);
    for (const timing of timings) expect(timing).toMatch(/\p{Script=Arabic}/u);
    expect(await misdirectedTexts(page, [QUESTION, ...OPTIONS])).toEqual([]);
    await shift.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-preview-shift-ar');
    expect(errors).toEqual([]);
  });
});
