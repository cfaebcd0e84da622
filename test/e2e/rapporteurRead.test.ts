import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { screenshot, type Page } from '../support/browser.ts';
import { pdfText, zipTexts } from '../support/documentText.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { SCRIPT_PLAN } from '../support/reportSession.ts';
import { connectClient, createInvite, createSession, eventually, joinAsParticipant, tokenOf, type CreatedSessionResponse } from '../support/testServer.ts';

/**
 * A rapporteur's read, end to end in Debian's Chromium (REPORT-3, REPORT-4, REPORT-8, REPORT-10):
 * a short session runs (the floor given onsite and online, a question published and answered,
 * a poll closed); on the desk the rapporteur writes a takeaway and a call to action and pulls
 * in the question and the poll; on the report page they preview, edit the summary and download
 * Markdown, the CSV bundle and the PDF, whose contents hold all of it and no one's identity.
 */

/** What the participants typed as who they are: none of it may reach the report. */
const HAND_ONSITE = 'Zeynep Quillfeather';
const HAND_ONLINE = 'Seat 14 Marguerite';
const DISPLAY_NAME = 'Kenji Tanaka-Ruiz';
const INVITE_LABEL = 'Odalys Brenn (rapporteur)';
const IDENTITIES = [HAND_ONSITE, HAND_ONLINE, DISPLAY_NAME, INVITE_LABEL];

const QUESTION = 'How will age checks work without collecting more data about children?';
const TAKEAWAY = 'Age assurance must not cost children their privacy';
const CALL = 'Regulators should publish age-assurance audits every year';
const ON_QUESTION = 'The room asked how age checks can work without more data';
const ON_POLL = 'Most of the room wants safety by design to be the default';
const SUMMARY = 'The rapporteur’s edited summary: the panel and the room agreed on a duty of care.';

describe('a rapporteur’s read, from the desk to the downloads', () => {
  const stage = e2eStage('e2e-rapporteur-read.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;
  let session: CreatedSessionResponse;
  let rapporteurLink: string;
  let pollQuestion: string;
  let pollOption: string;

  beforeAll(async () => {
    const base = stage.server.baseUrl;
    session = await createSession(base, { plan: SCRIPT_PLAN });
    rapporteurLink = (await createInvite(base, session.id, { role: 'rapporteur', label: INVITE_LABEL })).link;
    const clients: OpenFloorClient[] = [];
    const moderator = connectClient(base, tokenOf(session.links.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    await moderator.send({ type: 'agenda.start' });
    await moderator.send({ type: 'agenda.next' });

    // The floor, onsite then online, each person's hand carrying the name they typed.
    const onsite = await joinAsParticipant(base, session.joinCode, 'onsite');
    const online = await joinAsParticipant(base, session.joinCode, 'online');
    clients.push(onsite, online);
    for (const [client, label] of [[onsite, HAND_ONSITE], [online, HAND_ONLINE]] as const) {
      await client.send({ type: 'floor.raise', intent: 'comment', label });
      const queued = await moderator.waitFor((s) => s.floor?.queue.length === 1);
      await moderator.send({ type: 'floor.give', handId: queued.floor?.queue[0]?.id ?? null, panelSpeaker: null });
      await moderator.send({ type: 'floor.end' });
    }

    // A question with a display name, published and answered.
    await online.send({ type: 'qa.ask', text: QUESTION, displayName: DISPLAY_NAME });
    await eventually(() => moderator.state.qa.questions.length === 1, 10_000, 'the question');
    const asked = moderator.state.qa.questions[0];
    if (!asked) throw new Error('no question');
    await moderator.send({ type: 'qa.approve', questionId: asked.id, version: asked.version });
    await moderator.send({ type: 'qa.answer', questionId: asked.id });

    // A poll, voted on by both rooms and closed.
    const poll = moderator.state.polls[0];
    if (!poll) throw new Error('no poll');
    pollQuestion = poll.question;
    pollOption = poll.options[0]?.label ?? '';
    await moderator.send({ type: 'poll.open', pollId: poll.id });
    await Promise.all([onsite, online].map((c) => c.send({ type: 'poll.vote', pollId: poll.id, optionIds: [poll.options[0]?.id ?? ''] })));
    await moderator.send({ type: 'poll.close', pollId: poll.id });
    for (const c of clients) c.close();
  });

  /** A download from the report page's button, its file name and bytes. */
  async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`report-download-${format}`).click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  }

  it('REPORT-8, REPORT-10, REPORT-3, REPORT-4: what the rapporteur wrote, pulled in and edited is in every download; no one is named', async () => {
    const desk = await open(rapporteurLink, { width: 1280, height: 900 });
    await desk.getByTestId('desk-now-title').waitFor({ timeout: 15_000 });
    const notes = desk.getByTestId('desk-notes');
    // The desk says what reaches the report: every note, and what it pulled in, even without words (REPORT-23).
    expect(await desk.locator('#desk-text-hint').textContent()).toContain('even without words');
    const write = async (tag: string, text: string, button: string) => {
      await desk.locator('#desk-tag').selectOption(tag);
      await desk.getByTestId('desk-text').fill(text);
      await desk.getByTestId(button).first().click();
      await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(text);
    };
    await write('takeaway', TAKEAWAY, 'desk-add');
    await write('callToAction', CALL, 'desk-add');
    await write('takeaway', ON_QUESTION, 'desk-pull-question');
    await write('takeaway', ON_POLL, 'desk-pull-poll');
    // A bare pull: the floor's balance now, no words on it.
    await desk.locator('#desk-tag').selectOption('takeaway');
    await desk.getByTestId('desk-text').fill('');
    await desk.getByTestId('desk-pull-balance').click();
    await expect.poll(() => notes.getByTestId('desk-note').count(), { timeout: 15_000 }).toBe(5);
    // The pulled question and poll show on their notes, the poll with its result.
    expect(await notes.textContent()).toContain(QUESTION);
    expect(await notes.textContent()).toContain(pollQuestion);
    await desk.getByTestId('desk-timeline').waitFor();
    expect(await desk.getByTestId('desk-timeline-entry').count()).toBe(2);
    for (const name of IDENTITIES) expect(await desk.locator('body').textContent()).not.toContain(name);
    await desk.evaluate(() => window.scrollTo(0, 0));
    await screenshot(desk, 'rapporteur-read-desk');
    await notes.scrollIntoViewIfNeeded();
    await screenshot(desk, 'rapporteur-read-desk-notes');

    await desk.getByTestId('rapporteur-report-link').click();
    await desk.getByTestId('report-summary').waitFor({ timeout: 15_000 });
    const page = desk;
    const preview = page.getByTestId('report-preview');
    await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toContain(TAKEAWAY);
    expect(await preview.textContent()).toContain(CALL);
    expect(await preview.textContent()).toContain(QUESTION);
    // The preview says what each pull is about (REPORT-23).
    expect(await preview.textContent()).toContain(`${ON_QUESTION} — about the question «${QUESTION}»`);
    expect(await preview.textContent()).toContain('Pulled in: the floor balance at');
    // The form shows the item's desk points read-only above its field, so it does not look empty.
    const deskTakeaways = page.getByTestId('report-desk-takeaways-1');
    for (const point of [TAKEAWAY, `${ON_QUESTION} — about the question «${QUESTION}»`, 'Pulled in: the floor balance at']) expect(await deskTakeaways.textContent()).toContain(point);
    expect(await page.getByTestId('report-desk-actions-1').textContent()).toContain(CALL);
    expect(await page.getByTestId('report-takeaways-1').inputValue()).toBe('');
    await page.getByTestId('report-summary').fill(SUMMARY);
    await page.getByTestId('report-save').click();
    await page.getByTestId('report-saved').waitFor();
    await expect.poll(() => preview.textContent()).toContain(SUMMARY);
    for (const name of IDENTITIES) expect(await page.locator('body').textContent()).not.toContain(name);
    // The item's points say which are takeaways and which calls to action, under a labelled column.
    const agenda = page.getByTestId('report-agenda-table');
    const item = (await agenda.locator('tbody tr').nth(1).textContent()) ?? '';
    expect(item.indexOf('Key takeaways')).toBeGreaterThan(-1);
    expect(item.indexOf('Key takeaways')).toBeLessThan(item.indexOf(TAKEAWAY));
    expect(item.indexOf('Calls to action')).toBeGreaterThan(item.indexOf(ON_POLL));
    expect(item.indexOf('Calls to action')).toBeLessThan(item.indexOf(CALL));
    expect((await agenda.locator('thead th').allTextContents()).every((text) => text.trim() !== '')).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'rapporteur-read-report');
    await agenda.scrollIntoViewIfNeeded();
    await screenshot(page, 'rapporteur-read-report-agenda');

    const markdown = (await download(page, 'md')).bytes.toString('utf8');
    const zip = await download(page, 'zip');
    expect(zip.name).toMatch(/\.zip$/);
    const csv = Object.values(zipTexts(zip.bytes)).join('\n');
    const pdf = (await pdfText(new Uint8Array((await download(page, 'pdf')).bytes))).text.replace(/\s+/g, ' ');
    for (const [format, text] of [['md', markdown], ['zip', csv], ['pdf', pdf]] as const) {
      for (const expected of [TAKEAWAY, CALL, ON_QUESTION, ON_POLL, SUMMARY, QUESTION, pollQuestion, pollOption]) expect(text, `${format}: ${expected}`).toContain(expected);
      // The poll's result: its first answer took both votes, all of them.
      const result = format === 'md' ? `| ${pollOption} | 2 | 100 % |` : format === 'zip' ? `,${pollOption},2,100` : `${pollOption} 2 100 %`;
      expect(text, `${format}: the poll result`).toContain(result);
      for (const name of IDENTITIES) expect(text, `${format}: ${name}`).not.toContain(name);
    }
    // Under the running item (2), each pull says what it is about: the question, the poll with its
    // leading answer and share, the bare balance snapshot as a point of its own (REPORT-23).
    const item2 = markdown.slice(markdown.indexOf('### 2. '), markdown.indexOf('\n## ', markdown.indexOf('### 2. ')));
    expect(item2).toContain(`- ${ON_QUESTION} — about the question «${QUESTION}»`);
    expect(item2).toContain(`- ${ON_POLL} — about poll 1 «${pollQuestion}» (2 voters): ${pollOption} 100 %`);
    expect(item2).toMatch(/- Pulled in: the floor balance at \d\d:\d\d UTC: onsite 1 intervention, [\d.]+ min; online 1 intervention, [\d.]+ min/);
    const outcomes = zipTexts(zip.bytes)['outcomes.csv'] ?? '';
    expect(outcomes).toContain('agenda_item,kind,text,pulled_in');
    expect(outcomes).toContain(`2,takeaway,${ON_QUESTION},the question «${QUESTION}»`);
    expect(outcomes).toContain(`2,takeaway,${ON_POLL},poll 1 «${pollQuestion}» (2 voters): ${pollOption} 100 %`);
    expect(outcomes).toMatch(/\r\n2,takeaway,,"the floor balance at \d\d:\d\d UTC: onsite 1 intervention, [\d.]+ min; online 1 intervention, [\d.]+ min"\r\n/);
    expect(pdf).toContain('Pulled in: the floor balance at');
    expect(errors).toEqual([]);
  });
});
