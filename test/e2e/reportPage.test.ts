import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { SCRIPT_PARTICIPANTS, SCRIPT_PLAN } from '../support/reportSession.ts';
import { TEST_HOST_TOKEN, connectClient, createInvite, createSession, eventually, joinAsParticipant, tokenOf, type CreatedSessionResponse } from '../support/testServer.ts';

/**
 * The report page in Debian's Chromium (REPORT-3): the host writes takeaways (Arabic among
 * them) and saves, the preview shows them with the session's figures, a PDF downloads; the
 * rapporteur opens the page from their link without the host token and sees the same texts,
 * and a stale save is refused with a way to reload.
 */
describe('the report page end to end', () => {
  const stage = e2eStage('e2e-report.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;
  let session: CreatedSessionResponse;
  let rapporteurLink: string;

  beforeAll(async () => {
    const base = stage.server.baseUrl;
    session = await createSession(base, { plan: SCRIPT_PLAN });
    rapporteurLink = (await createInvite(base, session.id, { role: 'rapporteur', label: 'Rapporteur' })).link;
    const moderator = connectClient(base, tokenOf(session.links.moderator));
    await moderator.waitFor((_s, status) => status === 'live');
    await moderator.send({ type: 'agenda.start' });
    await moderator.send({ type: 'agenda.next' });
    const poll = moderator.state.polls[0];
    if (!poll) throw new Error('no poll');
    await moderator.send({ type: 'poll.open', pollId: poll.id });
    const people = [];
    for (const p of SCRIPT_PARTICIPANTS.slice(0, 8)) {
      const client = await joinAsParticipant(base, session.joinCode, p.channel);
      await client.send({ type: 'participant.declare', stakeholderGroup: p.stakeholderGroup, regionalGroup: p.regionalGroup, gender: p.gender });
      people.push(client);
    }
    await Promise.all(people.map((c, i) => c.send({ type: 'poll.vote', pollId: poll.id, optionIds: [poll.options[i % 3 === 0 ? 3 : i % 4]?.id ?? ''] })));
    await moderator.send({ type: 'poll.close', pollId: poll.id });
    await people[2]?.send({ type: 'qa.ask', text: '家长应该如何参与？', displayName: null });
    await eventually(() => moderator.state.qa.questions.length === 1, 10_000, 'a question');
    const q = moderator.state.qa.questions[0];
    if (q) await moderator.send({ type: 'qa.approve', questionId: q.id, version: q.version });
    for (const c of [...people, moderator]) c.close();
  });

  it('REPORT-3: the host writes, saves, previews and downloads the PDF', async () => {
    const page = await open(`${stage.server.baseUrl}/report#${session.id}`, { width: 1366, height: 900 });
    await page.getByTestId('host-token-input').fill(TEST_HOST_TOKEN);
    await page.getByTestId('host-token-submit').click();
    await page.getByTestId('report-summary').waitFor();
    await page.getByTestId('report-summary').fill('The round table agreed that governments and platforms share the duty of care.');
    await page.getByTestId('report-takeaways-general').fill('Safety by design must be the default.\nChildren must be heard.');
    await page.getByTestId('report-takeaways-1').fill('يجب أن تتعاون الحكومات وشركات التكنولوجيا');
    await page.getByTestId('report-actions-3').fill('把数字素养纳入国家课程');
    // REPORT-16: the seed's other expected outcomes, written like takeaways.
    await page.getByTestId('report-practices-1').fill('Helplines run by young people themselves.');
    await page.getByTestId('report-partnerships-general').fill('شبكة المدارس مستعدة للشراكة');
    await page.getByTestId('report-save').click();
    await page.getByTestId('report-saved').waitFor();
    const preview = page.getByTestId('report-preview');
    await expect.poll(() => preview.textContent()).toContain('Children must be heard.');
    expect(await preview.textContent()).toContain('يجب أن تتعاون الحكومات وشركات التكنولوجيا');
    expect(await preview.textContent()).toContain('家长应该如何参与？');
    expect(await preview.textContent()).toContain('Helplines run by young people themselves.');
    expect(await preview.textContent()).toContain('شبكة المدارس مستعدة للشراكة');
    expect(await preview.textContent()).toContain('Partnership offers');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'report-page');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-pdf').click()]);
    expect(download.suggestedFilename()).toBe('child-online-safety-report.pdf');
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-docx').click()]);
    expect(docx.suggestedFilename()).toBe('child-online-safety-report.docx');
    expect(errors).toEqual([]);
  });

  it('REPORT-3: the rapporteur opens it from their link; a stale save is refused with a reload', async () => {
    const token = tokenOf(rapporteurLink);
    const page = await open(`${stage.server.baseUrl}/report#${session.id}/${token}`, { width: 390, height: 844 }, true);
    await page.getByTestId('report-summary').waitFor();
    expect(await page.getByTestId('report-takeaways-general').inputValue()).toBe('Safety by design must be the default.\nChildren must be heard.');
    await page.evaluate(() => window.scrollTo(0, 0));
    // WEB-4: nothing runs off the side of a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'report-page-phone');
    // The host saves meanwhile; the rapporteur's save, from the older revision, is refused.
    await fetch(`${stage.server.baseUrl}/api/sessions/${session.id}/report/text`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ texts: { summary: 'Changed by the host' }, revision: 1 }),
    });
    await page.getByTestId('report-summary').fill('The rapporteur’s summary');
    await page.getByTestId('report-save').click();
    await page.getByTestId('report-conflict').waitFor();
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => page.getByTestId('report-summary').inputValue()).toBe('Changed by the host');
    expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
  });
});
