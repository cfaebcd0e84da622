import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { sessionReportSchema } from '../../src/core/report/sessionReport.ts';
import { docxParagraphs, parseCsv, pdfText, zipTexts } from '../support/documentText.ts';
import { TEST_HOST_TOKEN, connectClient, createSession, eventually, joinAsParticipant, startInProcessServer, tokenOf, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

/**
 * Before and after in the session report, over HTTP against a real server and SQLite
 * (POLL-36, POLL-38): a plan whose last poll repeats the first, twelve participants who declare
 * their groups and vote twice over real sockets, and every format of the report read back.
 */
describe('before and after in the report over HTTP', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  const clients: OpenFloorClient[] = [];
  const files = new Map<string, Buffer>();

  beforeAll(async () => {
    server = await startInProcessServer({ TALLY_INTERVAL_MS: '20', COMMANDS_PER_SECOND: '200' });
    const yesNo = { question: 'Should platforms check the age of every user?', options: ['Yes', 'No'] };
    session = await createSession(server.baseUrl, { plan: { title: 'Age checks', youthMode: false, polls: [yesNo, { ...yesNo, repeats: 0 }] } });
    const moderator = connectClient(server.baseUrl, tokenOf(session.links.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    // Six of Civil Society in the room, six of Government online (three of them from the African Group).
    const people: OpenFloorClient[] = [];
    for (let i = 0; i < 12; i++) {
      const client = await joinAsParticipant(server.baseUrl, session.joinCode, i < 6 ? 'onsite' : 'online');
      await client.send({ type: 'participant.declare', stakeholderGroup: i < 6 ? 'Civil Society' : 'Government', regionalGroup: i >= 9 ? 'African Group' : null, gender: null });
      people.push(client);
      clients.push(client);
    }
    const [before, after] = moderator.state.polls;
    if (!before || !after) throw new Error('the plan has two polls');
    for (const [poll, choose] of [[before, () => 'o1'], [after, (i: number) => (i < 6 ? 'o2' : 'o1')]] as const) {
      await moderator.send({ type: 'poll.open', pollId: poll.id });
      await Promise.all(people.map((c, i) => c.send({ type: 'poll.vote', pollId: poll.id, optionIds: [choose(i)] })));
      await moderator.send({ type: 'poll.close', pollId: poll.id });
    }
    await eventually(() => moderator.state.tallies[after.id]?.total === 12, 10_000, 'twelve votes after');
    for (const path of ['/report', '/report.md', '/report.html', '/report.pdf', '/report.docx', '/report.zip']) {
      const response = await fetch(`${server.baseUrl}/api/sessions/${session.id}${path}`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } });
      if (response.status !== 200) throw new Error(`${path}: ${String(response.status)}`);
      files.set(path, Buffer.from(await response.arrayBuffer()));
    }
  }, 60_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  const file = (path: string) => files.get(path) ?? Buffer.alloc(0);

  it('POLL-36, POLL-38: the repeat is paired by the plan; the JSON report has its shift by channel and stakeholder group, the region left out (a group of three)', () => {
    const report = sessionReportSchema.parse(JSON.parse(file('/report').toString('utf8')));
    expect(report.polls[0]?.shift).toBeNull();
    const shift = report.polls[1]?.shift;
    expect(shift?.beforeNumber).toBe(1);
    expect(shift?.overall.rows.map((r) => [r.label, r.beforePct, r.afterPct, r.shiftPct])).toEqual([['Yes', 100, 50, -50], ['No', 0, 50, 50]]);
    expect(shift?.byDimension.channel.map((c) => [c.group, c.rows[0]?.shiftPct])).toEqual([['online', 0], ['onsite', -100]]);
    expect(shift?.byDimension.stakeholderGroup.map((c) => [c.group, c.rows[0]?.shiftPct])).toEqual([['Civil Society', -100], ['Government', 0]]);
    // Three of the African Group: merged with the undeclared into one cell, which is the overall again.
    expect(shift?.byDimension.regionalGroup).toEqual([]);
  });

  it('POLL-38: the Markdown, HTML, PDF, Word and CSV files show the shift', async () => {
    const markdown = file('/report.md').toString('utf8');
    expect(markdown).toContain('Before and after: compared with poll 1');
    expect(markdown).toContain('| Civil Society (6 / 6) | Yes | 100 % | 0 % | -100 |');
    const html = file('/report.html').toString('utf8');
    expect(html).toContain('<h5>By stakeholder group</h5>');
    expect(html).toContain('Civil Society (6 / 6)');
    const pdf = (await pdfText(file('/report.pdf'))).text.replace(/\s+/g, ' ');
    expect(pdf).toContain('Before and after: compared with poll 1');
    expect(pdf).toContain('By stakeholder group');
    expect(pdf).toContain('Civil Society (6 / 6) Yes 100 % 0 % -100');
    const docx = docxParagraphs(file('/report.docx')).map((p) => p.text);
    expect(docx).toContain('By channel');
    expect(docx).toContain('Civil Society (6 / 6)');
    const csv = parseCsv(zipTexts(file('/report.zip'))['poll_shifts.csv'] ?? '');
    expect(csv[0]).toEqual(['poll', 'before_poll', 'dimension', 'group', 'voters_before', 'voters_after', 'option', 'before_percent', 'after_percent', 'shift_points']);
    expect(csv.filter((r) => r[2] === 'stakeholderGroup').map((r) => [r[3], r[6], r[9]])).toEqual([['Civil Society', 'Yes', '-100'], ['Civil Society', 'No', '100'], ['Government', 'Yes', '0'], ['Government', 'No', '0']]);
  });
});
