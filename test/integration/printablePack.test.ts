import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/documentText.ts';
import { icsUnescape, parseIcs } from '../support/icsParse.ts';
import { TEST_HOST_TOKEN, createSession, startInProcessServer, tokenOf, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

/**
 * The host's printable pack over HTTP (REPORT-14): a poster with the join code, the guidelines
 * and code of conduct on one page, and a calendar invitation that a calendar reads back with
 * the pre-session page's link. The host's alone.
 */
describe('the printable pack', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  const get = (path: string, token = TEST_HOST_TOKEN) => fetch(`${server.baseUrl}/api/sessions/${session.id}/pack/${path}`, { headers: { authorization: `Bearer ${token}` } });
  const spaced = () => session.joinCode.replace(/(\d{3})(?=\d)/g, '$1 ');

  beforeAll(async () => {
    server = await startInProcessServer();
    session = await createSession(server.baseUrl);
  });
  afterAll(() => server.close());

  it('REPORT-14: the poster holds the title and the join code on one page', async () => {
    const response = await get('poster.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const { pages, text } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(pages).toBe(1);
    expect(text).toContain(session.title);
    expect(text).toContain(spaced());
    expect(text).toContain(new URL(server.baseUrl).host);
  });

  it('REPORT-14: the guidelines and the code of conduct fit one page', async () => {
    const plan = (await (await fetch(`${server.baseUrl}/api/sessions/${session.id}/guidelines`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } })).json()) as { codeOfConduct: string };
    const response = await get('guidelines.pdf');
    expect(response.status).toBe(200);
    const { pages, text } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(pages).toBe(1);
    expect(text).toContain('Code of conduct');
    // The first words of the code of conduct's first paragraph, as plain text.
    const firstWords = plan.codeOfConduct.replace(/[#*_`>-]/g, ' ').split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w)).slice(0, 3);
    expect(firstWords).toHaveLength(3);
    for (const word of firstWords) expect(text).toContain(word);
  });

  it('REPORT-14: Arabic and Chinese in the poster and the guidelines are drawn in their fonts and read back in order', async () => {
    const arabic = 'حماية الأطفال على الإنترنت';
    const chinese = '儿童网络安全圆桌会议';
    const created = await fetch(`${server.baseUrl}/api/sessions`, { method: 'POST', headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ plan: { title: arabic, subtitle: chinese } }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const guidelines = { guidelines: { onsite: 'ارفعوا أيديكم لطلب الكلمة', online: '请使用举手按钮发言' }, codeOfConduct: 'Be kind. احترموا جميع المشاركين. 尊重每一位参与者。' };
    const put = await fetch(`${server.baseUrl}/api/sessions/${id}/guidelines`, { method: 'PUT', headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(guidelines) });
    expect(put.status).toBe(200);
    const pdf = async (name: string) => {
      const response = await fetch(`${server.baseUrl}/api/sessions/${id}/pack/${name}`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } });
      expect(response.status).toBe(200);
      const { pages, text } = await pdfText(new Uint8Array(await response.arrayBuffer()));
      return { pages, flat: text.replace(/\s+/g, ' ') };
    };
    const poster = await pdf('poster.pdf');
    expect(poster.pages).toBe(1);
    expect(poster.flat).toContain(arabic);
    expect(poster.flat).toContain(chinese);
    const sheet = await pdf('guidelines.pdf');
    expect(sheet.pages).toBe(1);
    for (const text of [arabic, 'ارفعوا أيديكم لطلب الكلمة', '请使用举手按钮发言', 'احترموا جميع المشاركين.', '尊重每一位参与者。', 'Be kind.']) expect(sheet.flat).toContain(text);
  });

  it('REPORT-14: the calendar invitation parses back (RFC 5545) and carries the pre-session page', async () => {
    expect((await get('invite.ics')).status).toBe(400);
    const response = await get(`invite.ics?start=${encodeURIComponent('2026-12-10T09:00:00Z')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const props = parseIcs(await response.text());
    const value = (name: string) => props.find((p) => p.name === name)?.value ?? '';
    const link = `${server.baseUrl}/before/${session.joinCode}`;
    expect(value('URL')).toBe(link);
    expect(icsUnescape(value('DESCRIPTION'))).toContain(link);
    expect(icsUnescape(value('SUMMARY'))).toBe(session.title);
    expect(value('DTSTART')).toBe('20261210T090000Z');
    expect(value('UID')).toBe(`${session.id}@openfloor`);
    // The pre-session page answers at that link.
    expect((await fetch(`${server.baseUrl}/api/before/${session.joinCode}`)).status).toBe(200);
  });

  it('REPORT-14: the pack is the host’s alone', async () => {
    for (const path of ['poster.pdf', 'guidelines.pdf', 'invite.ics?start=2026-12-10T09:00:00Z']) expect((await get(path, tokenOf(session.links.moderator))).status).toBe(401);
  });
});
