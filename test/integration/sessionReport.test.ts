import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { joinSession } from '../../src/client/joinApi.ts';
import { sessionReportSchema, type SessionReport } from '../../src/core/report/sessionReport.ts';
import { SECTION_TITLES } from '../../src/core/report/reportWords.ts';
import { docxParagraphs, parseCsv, pdfText, zipTexts } from '../support/documentText.ts';
import { IDENTITY_STRINGS, SCRIPT_PARTICIPANTS, SCRIPT_PLAN, SCRIPT_TEXTS, SINGLED_OUT_GROUPS } from '../support/reportSession.ts';
import { TEST_HOST_TOKEN, connectClient, createInvite, createSession, eventually, joinAsParticipant, startInProcessServer, tokenOf, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

/**
 * The session report over HTTP against a real server (REPORT-1..REPORT-5): a session run over
 * real sockets (participants who declare groups, sign hands and questions, vote and upvote;
 * moderators who run the agenda, the floor, a poll and the Q&A), the rapporteur's texts saved
 * through the API, then every format downloaded and read back with real readers (PDF.js, unzip)
 * and searched for every identity a participant typed.
 */
describe('the session report over HTTP', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let moderator: OpenFloorClient;
  let rapporteurToken: string;
  const clients: OpenFloorClient[] = [];
  /** Every string typed as an identity in this run, and every token. */
  const secrets: string[] = [];
  const downloads = new Map<string, { status: number; type: string | null; csp: string | null; disposition: string | null; bytes: Buffer }>();

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const get = async (path: string, token: string) => {
    const response = await fetch(`${server.baseUrl}/api/sessions/${session.id}${path}`, { headers: auth(token) });
    return { status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), disposition: response.headers.get('content-disposition'), bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const put = async (body: unknown, token: string) => {
    const response = await fetch(`${server.baseUrl}/api/sessions/${session.id}/report/text`, { method: 'PUT', headers: { ...auth(token), 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: { reason: string; params: Record<string, unknown> } } };
  };

  beforeAll(async () => {
    server = await startInProcessServer({ TALLY_INTERVAL_MS: '20', COMMANDS_PER_SECOND: '200' });
    session = await createSession(server.baseUrl, { plan: SCRIPT_PLAN });
    const invite = await createInvite(server.baseUrl, session.id, { role: 'rapporteur', label: 'Rapporteur laptop Organiser 2' });
    rapporteurToken = tokenOf(invite.link);
    secrets.push('Rapporteur laptop Organiser 2', rapporteurToken, TEST_HOST_TOKEN, tokenOf(session.links.moderator));
    moderator = connectClient(server.baseUrl, tokenOf(session.links.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');

    // Twelve participants from the script: channels, declared groups, labels and display names.
    const people = SCRIPT_PARTICIPANTS.slice(0, 12);
    const joined: OpenFloorClient[] = [];
    for (const p of people) {
      const client = await joinAsParticipant(server.baseUrl, session.joinCode, p.channel);
      await client.send({ type: 'participant.declare', stakeholderGroup: p.stakeholderGroup, regionalGroup: p.regionalGroup, gender: p.gender });
      joined.push(client);
      clients.push(client);
    }
    secrets.push(...IDENTITY_STRINGS.filter((s) => people.some((p) => p.label === s || p.displayName === s)));

    await moderator.send({ type: 'agenda.start' });
    await moderator.send({ type: 'agenda.next' });
    const poll = moderator.state.polls[0];
    if (!poll) throw new Error('no poll');
    await moderator.send({ type: 'poll.open', pollId: poll.id });
    const choices = [3, 3, 0, 1, 3, 2, 3, 0, 3, 1, 3, 3];
    await Promise.all(joined.map((c, i) => c.send({ type: 'poll.vote', pollId: poll.id, optionIds: [poll.options[choices[i] ?? 0]?.id ?? ''] })));
    await moderator.send({ type: 'poll.close', pollId: poll.id });

    // Three hands with labels; two get the floor, one is removed (an override).
    for (const i of [0, 1, 8]) await joined[i]?.send({ type: 'floor.raise', intent: 'comment', label: people[i]?.label ?? null });
    await eventually(() => moderator.state.floor?.queue.length === 3, 10_000, 'three hands');
    for (let k = 0; k < 2; k++) {
      await moderator.send({ type: 'floor.give', handId: null, panelSpeaker: null });
      await moderator.send({ type: 'floor.end' });
    }
    const last = moderator.state.floor?.queue[0];
    if (last) await moderator.send({ type: 'floor.remove', handId: last.id });

    // Questions signed with display names, in Arabic and Chinese too; approved, upvoted, one answered.
    await moderator.send({ type: 'agenda.jump', index: 4 });
    const asks: [number, string][] = [[0, 'How will age checks work without collecting more data about children?'], [7, 'كيف يمكن للمدارس تعليم السلامة الرقمية؟'], [8, '家长应该如何参与？'], [2, 'Off topic: when is lunch?']];
    for (const [i, text] of asks) await joined[i]?.send({ type: 'qa.ask', text, displayName: people[i]?.displayName ?? null });
    await eventually(() => moderator.state.qa.questions.length === 4, 10_000, 'four questions');
    for (const q of moderator.state.qa.questions) {
      const off = q.text.startsWith('Off topic');
      await moderator.send(off ? { type: 'qa.reject', questionId: q.id, version: q.version, reason: 'off_topic' } : { type: 'qa.approve', questionId: q.id, version: q.version });
    }
    const chinese = moderator.state.qa.questions.find((q) => q.text.startsWith('家长'));
    const english = moderator.state.qa.questions.find((q) => q.text.startsWith('How will'));
    if (!chinese || !english) throw new Error('questions missing');
    await Promise.all([1, 2, 3, 4, 5].map((i) => joined[i]?.send({ type: 'qa.upvote', questionId: chinese.id, up: true })));
    await joined[3]?.send({ type: 'qa.upvote', questionId: english.id, up: true });
    await moderator.send({ type: 'qa.answer', questionId: english.id });
    // The rapporteur's desk pulls in questions signed with display names, the poll and the floor's
    // balance, with words and without (REPORT-23): the searches below cover what they add.
    const rapporteur = connectClient(server.baseUrl, rapporteurToken);
    clients.push(rapporteur);
    await rapporteur.waitFor((_s, status) => status === 'live');
    for (const note of [
      { agendaItem: 4, tag: 'takeaway', text: 'Age checks need data minimisation', attach: { kind: 'question', questionId: english.id } },
      { agendaItem: 4, tag: 'callToAction', text: '', attach: { kind: 'question', questionId: chinese.id } },
      { agendaItem: 1, tag: 'takeaway', text: '', attach: { kind: 'poll', pollId: poll.id } },
      { agendaItem: null, tag: 'takeaway', text: '', attach: { kind: 'balance' } },
    ] as const) await rapporteur.send({ type: 'desk.note', ...note });
    await eventually(() => rapporteur.state.desk?.notes.length === 4, 10_000, 'four desk notes');
    await moderator.send({ type: 'agenda.end' });

    const saved = await put({ texts: SCRIPT_TEXTS, revision: 0 }, rapporteurToken);
    if (saved.status !== 200) throw new Error(`save: ${saved.status} ${JSON.stringify(saved.body)}`);
    for (const path of ['/report', '/report.md', '/report.html', '/report.pdf', '/report.docx', '/report.zip']) downloads.set(path, await get(path, rapporteurToken));
    // The host's printable pack, drawn after the session: no participant may appear in it either.
    for (const path of ['/pack/poster.pdf', '/pack/guidelines.pdf', '/pack/invite.ics?start=2026-12-10T09:00:00Z']) downloads.set(path, await get(path, TEST_HOST_TOKEN));
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  const download = (path: string) => {
    const d = downloads.get(path);
    if (!d) throw new Error(`no download of ${path}`);
    return d;
  };
  const report = (): SessionReport => sessionReportSchema.parse(JSON.parse(download('/report').bytes.toString('utf8')));

  it('REPORT-3: only the host token and this session’s rapporteur link open the report', async () => {
    const other = await createSession(server.baseUrl, { template: 'child-online-safety-round-table' });
    const otherRapporteur = tokenOf((await createInvite(server.baseUrl, other.id, { role: 'rapporteur', label: 'other' })).link);
    const participant = await joinSession(server.baseUrl, session.joinCode, 'onsite');
    for (const token of ['', 'not-a-token', participant.participantToken, tokenOf(session.links.moderator), otherRapporteur]) {
      const response = await get('/report.md', token);
      expect(response.status).toBe(401);
      expect(JSON.parse(response.bytes.toString('utf8')).error.reason).toBe('report.accessRequired');
    }
    expect((await get('/report', TEST_HOST_TOKEN)).status).toBe(200);
    expect((await get('/report.md', rapporteurToken)).status).toBe(200);
    const missing = await fetch(`${server.baseUrl}/api/sessions/no-such-session/report`, { headers: auth(TEST_HOST_TOKEN) });
    expect(missing.status).toBe(404);
  });

  it('REPORT-1: the JSON report holds the session’s own record', () => {
    const r = report();
    expect(r.session.title).toBe('Child Online Safety');
    expect(r.session.run.status).toBe('ended');
    expect(r.roles.rapporteur).toBe('Organiser 2');
    expect(r.participation.joined).toEqual({ total: 12, onsite: 6, online: 6, undeclared: 0 });
    expect(r.polls[0]?.ballots).toBe(12);
    expect(r.polls[0]?.options.map((o) => o.votes)).toEqual([2, 2, 1, 7]);
    expect(r.floor.interventions).toBe(2);
    expect(r.floor.overrides.remove).toBe(1);
    expect(r.qa).toMatchObject({ asked: 4, published: 3, answered: 1 });
    expect(r.qa.top[0]).toMatchObject({ text: '家长应该如何参与？', upvotes: 5, status: 'published' });
    expect(r.qa.unanswered.map((q) => q.text)).toContain('كيف يمكن للمدارس تعليم السلامة الرقمية؟');
    expect(r.moderation.rejected.off_topic).toBe(1);
    expect(r.agenda[1]?.takeaways).toContain('يجب أن تتعاون الحكومات وشركات التكنولوجيا لحماية الأطفال على الإنترنت');
  });

  it('REPORT-23, REPORT-4: what the desk pulled in is in every format under its item, with no one named', async () => {
    const r = report();
    expect(r.agenda[4]?.pulled).toEqual([
      { kind: 'takeaways', words: 'Age checks need data minimisation', about: { kind: 'question', text: 'How will age checks work without collecting more data about children?' } },
      { kind: 'callsToAction', words: null, about: { kind: 'question', text: '家长应该如何参与？' } },
    ]);
    expect(r.agenda[1]?.pulled[0]?.about).toMatchObject({ kind: 'poll', number: 1, ballots: 12, leading: [{ votes: 7, percent: 58.3 }, { votes: 2 }, { votes: 2 }] });
    const balance = r.pulled[0]?.about;
    expect(balance?.kind === 'balance' ? balance.byChannel.onsite.interventions + balance.byChannel.online.interventions : null).toBe(2);
    const markdown = download('/report.md').bytes.toString('utf8');
    expect(markdown).toContain('- Age checks need data minimisation — about the question «How will age checks work without collecting more data about children?»');
    expect(markdown).toContain('- Pulled in: the question «家长应该如何参与？»');
    expect(download('/report.html').bytes.toString('utf8')).toContain('Pulled in: the question «家长应该如何参与？»');
    const outcomes = zipTexts(new Uint8Array(download('/report.zip').bytes))['outcomes.csv'] ?? '';
    expect(outcomes).toContain('5,call_to_action,,the question «家长应该如何参与？»');
    const docx = docxParagraphs(download('/report.docx').bytes).map((p) => p.text);
    expect(docx).toContain('Pulled in: the question «家长应该如何参与？»');
    const pdf = (await pdfText(download('/report.pdf').bytes)).text.replace(/\s+/g, ' ');
    expect(pdf).toContain('Age checks need data minimisation — about the question');
    expect(pdf).toMatch(/Pulled in: poll 1 «[^»]+» \(12 voters\)/);
  });

  it('REPORT-3: the texts are saved with a revision; a stale or wrong save is refused and loses nothing', async () => {
    const text = await fetch(`${server.baseUrl}/api/sessions/${session.id}/report/text`, { headers: auth(TEST_HOST_TOKEN) });
    const current = (await text.json()) as { revision: number; editor: string; texts: { summary: string } };
    expect(current.revision).toBe(1);
    expect(current.editor).toBe('host');
    const stale = await put({ texts: { summary: 'Overwrite' }, revision: 0 }, TEST_HOST_TOKEN);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ reason: 'report.textChanged', params: { revision: 1 } });
    const stray = await put({ texts: { sections: [{ agendaItem: 40, takeaways: ['x'] }] }, revision: 1 }, TEST_HOST_TOKEN);
    expect(stray.status).toBe(400);
    expect(stray.body.error).toMatchObject({ reason: 'input.invalid' });
    const empty = await put({ texts: { sections: [{ agendaItem: 1, takeaways: ['   '] }] }, revision: 1 }, TEST_HOST_TOKEN);
    expect(empty.status).toBe(400);
    const after = (await (await fetch(`${server.baseUrl}/api/sessions/${session.id}/report/text`, { headers: auth(rapporteurToken) })).json()) as { revision: number; editor: string; texts: { summary: string } };
    expect(after).toMatchObject({ revision: 1, editor: 'rapporteur' });
    expect(after.texts.summary).toBe(current.texts.summary);
  });

  it('REPORT-2: the PDF opens and its text holds the takeaways, the poll results, Arabic and Chinese', async () => {
    const pdf = download('/report.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.disposition).toBe('attachment; filename="child-online-safety-report.pdf"');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = await pdfText(pdf.bytes);
    expect(pages).toBeGreaterThanOrEqual(3);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Safety by design must be the default, not an option.');
    expect(flat).toContain('يجب أن تتعاون الحكومات وشركات التكنولوجيا لحماية الأطفال على الإنترنت');
    expect(flat).toContain('数字素养教育应该从小学开始');
    expect(flat).toContain('家长应该如何参与？');
    expect(flat).toContain('Who should lead on keeping children safe online?');
    expect(flat).toContain('7 (58.3 %)');
    for (const title of Object.values(SECTION_TITLES)) if (title !== SECTION_TITLES.unanswered) expect(flat).toContain(title);
  });

  it('REPORT-2: the Word file opens and has the sections of the Markdown, Arabic right to left', () => {
    const docx = download('/report.docx');
    expect(docx.status).toBe(200);
    expect(docx.disposition).toContain('.docx"');
    const paragraphs = docxParagraphs(docx.bytes);
    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    const markdownHeadings = download('/report.md').bytes.toString('utf8').split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    expect(headings).toEqual(markdownHeadings);
    expect(paragraphs.find((p) => p.text.startsWith('يجب أن تتعاون'))?.rightToLeft).toBe(true);
    expect(paragraphs.some((p) => p.text === '数字素养教育应该从小学开始')).toBe(true);
  });

  it('REPORT-2: the CSV bundle is a zip of CSV files that parse', () => {
    const zip = download('/report.zip');
    expect(zip.type).toBe('application/zip');
    const files = zipTexts(zip.bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['session.csv', 'agenda.csv', 'polls.csv', 'floor_balance.csv', 'questions_by_channel.csv', 'outcomes.csv', 'moderation.csv']));
    const tables = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, parseCsv(text)]));
    for (const rows of Object.values(tables)) {
      const width = rows[0]?.length ?? 0;
      for (const row of rows) expect(row).toHaveLength(width);
    }
    expect(tables['polls.csv']?.find((r) => r[5] === 'All of them together')?.[6]).toBe('7');
    expect(tables['outcomes.csv']?.some((r) => r[2] === '数字素养教育应该从小学开始')).toBe(true);
  });

  it('REPORT-2: the HTML is print-ready and CSP-safe: no script, its stylesheet allowed by hash alone', () => {
    const html = download('/report.html');
    expect(html.type).toBe('text/html; charset=utf-8');
    expect(html.csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html.csp).not.toContain('unsafe-inline');
    expect(html.csp).toContain("default-src 'none'");
    const text = html.bytes.toString('utf8');
    expect(text).not.toMatch(/<script|\son\w+=|javascript:/i);
    expect(text).toContain('<svg');
    expect(text).toContain('数字素养教育应该从小学开始');
  });

  it('REPORT-16: best practices and partnership offers are in every format, per item and for the session', async () => {
    const practice = 'Helplines run by young people themselves.';
    const offer = 'The regulators’ network offers to host the follow-up working group.';
    const r = report();
    expect(r.agenda[1]?.bestPractices).toEqual([practice]);
    expect(r.partnershipOffers).toEqual([offer]);
    const markdown = download('/report.md').bytes.toString('utf8');
    expect(markdown).toContain(`## ${SECTION_TITLES.partnershipOffers}\n\n- ${offer}`);
    expect(markdown).toContain(`**${SECTION_TITLES.bestPractices}**\n\n- ${practice}`);
    const html = download('/report.html').bytes.toString('utf8');
    expect(html).toContain(`<h2>${SECTION_TITLES.partnershipOffers}</h2>`);
    expect(html).toContain(`<strong>${SECTION_TITLES.bestPractices}</strong>`);
    for (const point of [practice, offer]) expect(html).toContain(point);
    const flat = (await pdfText(download('/report.pdf').bytes)).text.replace(/\s+/g, ' ');
    for (const text of [SECTION_TITLES.bestPractices, SECTION_TITLES.partnershipOffers, practice, offer]) expect(flat).toContain(text);
    const paragraphs = docxParagraphs(download('/report.docx').bytes);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toContain(SECTION_TITLES.partnershipOffers);
    for (const point of [practice, offer]) expect(paragraphs.some((p) => p.text === point)).toBe(true);
    const outcomes = parseCsv(zipTexts(download('/report.zip').bytes)['outcomes.csv'] ?? '');
    expect(outcomes).toContainEqual(['2', 'best_practice', practice, '']);
    expect(outcomes).toContainEqual(['', 'partnership_offer', offer, '']);
  });

  it('REPORT-4: no format holds an identity a participant typed, a token, or a group of one', async () => {
    const { text: pdf } = await pdfText(download('/report.pdf').bytes);
    for (const path of ['/pack/poster.pdf', '/pack/guidelines.pdf', '/pack/invite.ics?start=2026-12-10T09:00:00Z']) expect(download(path).status).toBe(200);
    const outputs: Record<string, string> = {
      poster: (await pdfText(download('/pack/poster.pdf').bytes)).text,
      guidelines: (await pdfText(download('/pack/guidelines.pdf').bytes)).text,
      ics: download('/pack/invite.ics?start=2026-12-10T09:00:00Z').bytes.toString('utf8'),
      json: download('/report').bytes.toString('utf8'),
      md: download('/report.md').bytes.toString('utf8'),
      html: download('/report.html').bytes.toString('utf8'),
      pdf,
      docx: Object.values(zipTexts(download('/report.docx').bytes)).join('\n'),
      zip: Object.values(zipTexts(download('/report.zip').bytes)).join('\n'),
    };
    expect(secrets.length).toBeGreaterThan(8);
    for (const [format, output] of Object.entries(outputs)) {
      for (const secret of [...secrets, ...SINGLED_OUT_GROUPS, 'when is lunch']) {
        expect(output.includes(secret), `${format} holds "${secret}"`).toBe(false);
      }
    }
  });
});
