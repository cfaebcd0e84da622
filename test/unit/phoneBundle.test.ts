import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticGraph } from '../support/messageUse.ts';

/**
 * WEB-7: what a phone runs from a join link to an answerable poll, the first bundle and the
 * joined participant's chunk (WEB-5), reaches no module that only the server or the staff
 * pages need. The bytes and files of the built path are checked in
 * `test/integration/webDelivery.test.ts`.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const phonePath = [...new Set([...staticGraph(resolve(ROOT, 'src/web/main.tsx')), ...staticGraph(resolve(ROOT, 'src/web/participant/ParticipantSession.tsx'))])];
const named = (files: string[]) => files.map((file) => relative(ROOT, file));

/** The files of `files` whose source imports the package `name` for its values. */
function importersOf(name: string, files: string[]): string[] {
  const importsIt = new RegExp(String.raw`(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'"\x60;]*?\sfrom\s+)?['"]${name}(?:/[^'"]*)?['"]`);
  return named(files.filter((file) => importsIt.test(readFileSync(file, 'utf8'))));
}

describe('WEB-7: the phone path to an answerable poll', () => {
  it('reaches the joined participant\'s page and the socket client', () => {
    const files = named(phonePath);
    expect(files).toContain('src/web/participant/PollAnswerForm.tsx');
    expect(files).toContain('src/client/openFloorClient.ts');
  });

  it('imports no Markdown parser and no zod: plan texts and guidelines come parsed and checked by the server', () => {
    expect(importersOf('markdown-it', phonePath)).toEqual([]);
    expect(importersOf('zod', phonePath)).toEqual([]);
  });

  it('imports no staff page, no staff or public texts and no server code', () => {
    const staff = /^src\/(?:server\/|web\/(?:moderator|projector|speaker|rapporteur|host|report|desk|balance|before|privacy)\/|web\/i18n\/[\w.]*\.(?:staff|public)\.ts$)/;
    expect(named(phonePath).filter((file) => staff.test(file))).toEqual([]);
  });
});
