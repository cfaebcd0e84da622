import { renderAsync } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { closeRoom, openRoom } from '../support/openRoom.ts';
import { connectClient, createSession, joinAsParticipant, TEST_HOST_TOKEN, tokenOf, type CreatedSessionResponse, type InProcessServer, type Wiretap } from '../support/testServer.ts';

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Pixels that are not the white background: a blank picture has none. */
function inkedPixels(png: PNG, area: { x0: number; y0: number; x1: number; y1: number } = { x0: 0, y0: 0, x1: png.width, y1: png.height }): number {
  let n = 0;
  for (let y = area.y0; y < area.y1; y++) {
    for (let x = area.x0; x < area.x1; x++) {
      const i = (y * png.width + x) * 4;
      if ((png.data[i] ?? 255) < 200 || (png.data[i + 1] ?? 255) < 200 || (png.data[i + 2] ?? 255) < 200) n++;
    }
  }
  return n;
}

/** Pixels of `area` whose colour differs between two pictures of the same size. */
function differingPixels(a: PNG, b: PNG, area: { x0: number; y0: number; x1: number; y1: number }): number {
  let n = 0;
  for (let y = area.y0; y < area.y1; y++) {
    for (let x = area.x0; x < area.x1; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) + Math.abs((a.data[i + 1] ?? 0) - (b.data[i + 1] ?? 0)) + Math.abs((a.data[i + 2] ?? 0) - (b.data[i + 2] ?? 0)) > 60) n++;
    }
  }
  return n;
}

/** A chart text without the bidi isolate that gives it its direction (I18N-13). */
function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/gu, '');
}

/**
 * POLL-51: a poll's chart as PNG over HTTP from a real server: the same people as the SVG,
 * a real PNG of the SVG's size times two, not blank, and its Arabic and Chinese labels drawn.
 */
describe('poll chart as PNG', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let moderator: OpenFloorClient;
  const clients: OpenFloorClient[] = [];
  const tap: Wiretap = { frames: [] };
  let pollId = '';
  const url = () => `${server.baseUrl}/api/sessions/${session.id}/polls/${pollId}/results`;
  const asHost = { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } };

  beforeAll(async () => {
    ({ server, session, moderator } = await openRoom({ TALLY_INTERVAL_MS: '50' }, {
      plan: { title: 'Charts', polls: [{ question: 'Which language?', options: ['English', 'العربية الفصحى', '中文普通话'] }] },
    }, tap, clients));
    pollId = moderator.state.polls[0]?.id ?? '';
    await moderator.send({ type: 'poll.open', pollId });
    const voters = await Promise.all([0, 1, 2].map(() => joinAsParticipant(server.baseUrl, session.joinCode, 'onsite')));
    clients.push(...voters);
    await Promise.all(voters.map((v, i) => v.send({ type: 'poll.vote', pollId, optionIds: [i === 0 ? 'o1' : i === 1 ? 'o2' : 'o3'] })));
    await moderator.waitFor((s) => s.tallies[pollId]?.total === 3);
    await moderator.send({ type: 'poll.close', pollId });
  });

  afterAll(() => closeRoom(server, clients));

  it('POLL-51: results.png is a PNG twice the SVG’s size, not blank, with every bar and label drawn', async () => {
    const response = await fetch(`${url()}.png`, asHost);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="poll-.{8}\.png"/u);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const svg = await (await fetch(`${url()}.svg`, asHost)).text();
    const [, svgWidth, svgHeight] = /width="(\d+)" height="(\d+)"/u.exec(svg) ?? [];
    // The IHDR chunk (right after the signature and its length and type) holds width and height.
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Number(svgWidth) * 2, Number(svgHeight) * 2]);
    const png = PNG.sync.read(bytes);
    expect(png.width).toBe(1600);
    // Three bars of a third each, their labels and values: far more than a few stray pixels.
    expect(inkedPixels(png)).toBeGreaterThan(png.width * png.height * 0.03);
    // Each option's label is drawn with a font that has its script. Without one, resvg draws a box
    // per character ("tofu"): the same SVG rendered with a Latin font only is the picture of that
    // failure, so the Arabic and Chinese labels must differ from it, the English one not.
    const rows = [...svg.matchAll(/<text x="8" y="(\d+)"[^>]*>([^<]*)<\/text>/gu)].map((m) => ({ y: Number(m[1]), text: withoutIsolates(m[2] ?? '') }));
    expect(rows.map((r) => r.text)).toEqual(['English', 'العربية الفصحى', '中文普通话']);
    const tofu = PNG.sync.read((await renderAsync(svg, { fitTo: { mode: 'zoom', value: 2 }, background: '#ffffff', font: { loadSystemFonts: false, fontFiles: ['/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf'], defaultFontFamily: 'Noto Sans' } })).asPng());
    for (const row of rows) {
      const area = { x0: 0, y0: (row.y - 24) * 2, x1: 800, y1: (row.y + 8) * 2 };
      expect(inkedPixels(png, area), `ink of ${row.text}`).toBeGreaterThan(400);
      const changed = differingPixels(png, tofu, area);
      if (row.text === 'English') expect(changed, 'the Latin label is the same with either font set').toBe(0);
      else expect(changed, `${row.text} is drawn in its own script, not as boxes`).toBeGreaterThan(1_000);
    }
  });

  it('I18N-13: an Arabic session\'s PNG is mirrored: its labels drawn against the right edge, its bars growing from it', async () => {
    const arabic = await createSession(server.baseUrl, { plan: { title: 'الرسوم', language: 'ar', polls: [{ question: 'أي لغة؟', options: ['العربية', 'الإنجليزية'] }] } });
    const host = connectClient(server.baseUrl, tokenOf(arabic.links.moderator));
    clients.push(host);
    await host.waitFor((_s, status) => status === 'live');
    const id = host.state.polls[0]?.id ?? '';
    await host.send({ type: 'poll.open', pollId: id });
    const voters = await Promise.all([0, 1].map(() => joinAsParticipant(server.baseUrl, arabic.joinCode, 'onsite')));
    clients.push(...voters);
    await Promise.all(voters.map((v, i) => v.send({ type: 'poll.vote', pollId: id, optionIds: [i === 0 ? 'o1' : 'o2'] })));
    await host.waitFor((s) => s.tallies[id]?.total === 2);
    const response = await fetch(`${server.baseUrl}/api/sessions/${arabic.id}/polls/${id}/results.png`, asHost);
    expect(response.status).toBe(200);
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    // The first label's line (y 8 to 38 in the SVG), and the first bar's (y 46 to 74).
    const label = { y0: 16, y1: 76 };
    const bar = { y0: 100, y1: 140 };
    expect(inkedPixels(png, { x0: 1200, x1: 1600, ...label }), 'ink of the label at the right').toBeGreaterThan(400);
    expect(inkedPixels(png, { x0: 600, x1: 1000, ...label }), 'nothing in the middle of the label line').toBe(0);
    // The first bar, of half the votes, fills the right half of its track and leaves the left half empty.
    const blue = (x: number, y: number) => (png.data[(y * png.width + x) * 4 + 2] ?? 0) > 150 && (png.data[(y * png.width + x) * 4] ?? 255) < 100;
    const middle = (bar.y0 + bar.y1) / 2;
    expect([blue(1560, middle), blue(40, middle)]).toEqual([true, false]);
  });

  it('POLL-51: the PNG asks for what the SVG and CSV ask for: the host or a staff link of the session', async () => {
    expect((await fetch(`${url()}.png`)).status).toBe(401);
    expect((await fetch(`${url()}.png`, { headers: { authorization: `Bearer ${tokenOf(session.links.projector)}` } })).status).toBe(401);
    const asModerator = await fetch(`${url()}.png`, { headers: { authorization: `Bearer ${tokenOf(session.links.moderator)}` } });
    expect(asModerator.status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/sessions/${session.id}/polls/no-such-poll/results.png`, asHost)).status).toBe(404);
  });
});
