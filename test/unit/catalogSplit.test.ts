import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dynamicImports, keysNamedIn, staticGraph } from '../support/messageUse.ts';
import { en } from '../../src/web/i18n/en.ts';
import { enPublic } from '../../src/web/i18n/en.public.ts';
import { enStaff } from '../../src/web/i18n/en.staff.ts';
import { laterEn } from '../../src/web/i18n/later.en.ts';

/**
 * I18N-2: the texts are split by page. The phone's first bundle carries exactly the texts its
 * code can show; every page loaded on demand names the parts it needs and gets every text it
 * shows from them; no text is in two parts, and none is in no page.
 */

const WEB = resolve(import.meta.dirname, '../../src/web');
const PARTS = { main: en, public: enPublic, staff: enStaff, later: laterEn } as const;
const ALL_KEYS = Object.values(PARTS).flatMap((part) => Object.keys(part));

/** The pages App.tsx loads on demand, each with the parts `withTexts` fetches for it. */
function lazyPages(): { page: string; parts: (keyof typeof PARTS)[] }[] {
  const app = resolve(WEB, 'App.tsx');
  const source = readFileSync(app, 'utf8');
  const pages = [...source.matchAll(/withTexts\(\[([^\]]*)\],\s*\(\)\s*=>\s*import\('([^']+)'\)/g)].map((match) => ({
    page: resolve(WEB, match[2] ?? ''),
    parts: [...(match[1] ?? '').matchAll(/'(\w+)'/g)].map((part) => part[1] as keyof typeof PARTS),
  }));
  // Every on-demand page goes through withTexts: none can load without its texts.
  expect(pages.map((p) => p.page).sort()).toEqual(dynamicImports(app).sort());
  return pages;
}

describe('I18N-2: texts split by page', () => {
  // WEB-5: the joined participant's page is a chunk of its own, fetched as soon as the room
  // choice shows, with no text part of its own: its texts are the main part's, like the phone's
  // first screen.
  const sessionChunk = resolve(WEB, 'participant/sessionChunk.tsx');
  const mainGraph = new Set([...staticGraph(resolve(WEB, 'main.tsx')), ...dynamicImports(sessionChunk).flatMap((page) => [...staticGraph(page)])]);
  const mainNamed = keysNamedIn(mainGraph, ALL_KEYS);

  it('the main bundle carries every text its code can show and no other, but the later part\'s (refusals, shown breakdowns, shifts, call notes), fetched when idle or first wanted (WEB-7)', () => {
    expect(dynamicImports(sessionChunk)).toEqual([resolve(WEB, 'participant/ParticipantSession.tsx')]);
    expect(mainGraph.has(sessionChunk)).toBe(true);
    expect([...mainNamed].filter((key) => !Object.hasOwn(en, key) && !Object.hasOwn(laterEn, key))).toEqual([]);
    expect(Object.keys(en).filter((key) => key.startsWith('refusal.'))).toEqual([]);
    expect(Object.keys(en).filter((key) => !mainNamed.has(key))).toEqual([]);
    // A component of the first script that shows a later text (other than a refusal, which
    // `refusalText` says in other words until then) asks for the part before it shows.
    const laterShown = Object.keys(laterEn).filter((key) => !key.startsWith('refusal.'));
    const unasked = [...mainGraph].filter((file) => file.endsWith('.tsx') && keysNamedIn([file], laterShown).size > 0 && !readFileSync(file, 'utf8').includes('laterTextsReady()'));
    expect(unasked).toEqual([]);
  });

  it('each page loaded on demand gets every text it shows from the main bundle and its parts', () => {
    const pages = lazyPages();
    expect(pages.length).toBeGreaterThanOrEqual(9);
    for (const { page, parts } of pages) {
      // The later texts are fetched by `laterTexts.ts` when one is first wanted, on any page.
      const available = new Set([...Object.keys(en), ...Object.keys(laterEn), ...parts.flatMap((part) => Object.keys(PARTS[part]))]);
      const missing = [...keysNamedIn(staticGraph(page), ALL_KEYS)].filter((key) => !available.has(key));
      expect({ page, missing }).toEqual({ page, missing: [] });
    }
  });

  it('no staff text ships to a participant page and no text sits in two parts or in none', () => {
    // The pages a participant opens from a phone: the pre-session page and the privacy page.
    const participantPages = lazyPages().filter(({ page }) => /\/(before|privacy)\//.test(page));
    expect(participantPages.map(({ parts }) => parts)).toEqual([['public'], ['public']]);
    expect(new Set(ALL_KEYS).size).toBe(ALL_KEYS.length);
    const named = new Set([...mainNamed, ...lazyPages().flatMap(({ page }) => [...keysNamedIn(staticGraph(page), ALL_KEYS)])]);
    expect(ALL_KEYS.filter((key) => !named.has(key))).toEqual([]);
  });
});
