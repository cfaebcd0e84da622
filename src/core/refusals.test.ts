/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './errorCodes.ts';
import { refusal } from './errors.ts';
import { REFUSAL_TABLE_END, REFUSAL_TABLE_START, refusalTableMarkdown } from './protocol/refusalTable.ts';
import protocolPage from '../../docs/protocol.md?raw';
import { countOf, fillText, isRefusalReason, REFUSALS, type RefusalReason } from './refusals.ts';

const REASONS = Object.keys(REFUSALS) as RefusalReason[];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** Every source file of the app (tests excluded), by path. */
const SOURCES: Readonly<Record<string, string>> = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

describe('refusal reasons (PROTO-8)', () => {
  it('PROTO-8: every reason has a known code and a text; its refusal fills every placeholder', () => {
    for (const reason of REASONS) {
      const entry = REFUSALS[reason];
      expect(ERROR_CODES, reason).toContain(entry.code);
      const params = Object.fromEntries(placeholders(entry.text).map((name) => [name, `<${name}>`]));
      const made = refusal(reason, params as never);
      expect(made.code).toBe(entry.code);
      expect(made.message, reason).not.toMatch(/\{\w+\}/);
      for (const name of Object.keys(params)) expect(made.message, reason).toContain(`<${name}>`);
    }
  });

  it('PROTO-8: reason keys are namespaced and distinct from codes; unknown strings are not reasons', () => {
    for (const reason of REASONS) expect(reason).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    expect(isRefusalReason('floor.alreadyRaised')).toBe(true);
    expect(isRefusalReason('invalid_state')).toBe(false);
    expect(isRefusalReason('toString')).toBe(false);
  });

  it('PROTO-8: a refusal keeps its params for the page and a path beside them', () => {
    expect(refusal('plan.startedItemRenamed', { number: 2, path: 'agenda.1.title' })).toEqual({
      code: 'invalid_state',
      reason: 'plan.startedItemRenamed',
      params: { number: 2, path: 'agenda.1.title' },
      message: 'agenda item 2 has started: its title and place stay',
    });
    expect(fillText('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('I18N-6: a text that counts things says one thing in the singular in the server\'s English message', () => {
    expect(refusal('qa.tooMany', { max: 1 }).message).toBe('a session holds at most 1 question');
    expect(refusal('qa.tooMany', { max: 500 }).message).toBe('a session holds at most 500 questions');
    expect(refusal('webhook.stale', { minutes: 1 }).message).toBe('the webhook is too old (more than 1 minute)');
    expect(refusal('webhook.stale', { minutes: 5 }).message).toBe('the webhook is too old (more than 5 minutes)');
    expect(refusal('poll.tooManyWords', { max: 0 }).message).toBe('at most 0 words');
    const counted = REASONS.filter((reason) => 'one' in REFUSALS[reason]);
    expect(counted.length).toBe(9);
    for (const reason of counted) {
      const entry: { readonly text: string; readonly one?: string } = REFUSALS[reason];
      expect(placeholders(entry.one ?? ''), reason).toEqual(placeholders(entry.text));
      expect(countOf(entry.text, Object.fromEntries(placeholders(entry.text).map((name) => [name, 3]))), reason).toBe(3);
    }
  });

  it('PROTO-8: the reasons in docs/protocol.md are the ones the catalog generates (else run `npm run docs`)', () => {
    const page = protocolPage;
    const block = page.slice(page.indexOf(REFUSAL_TABLE_START) + REFUSAL_TABLE_START.length, page.indexOf(REFUSAL_TABLE_END)).trim();
    expect(block).toBe(refusalTableMarkdown());
  });

  it('PROTO-8: every reason is used by the code (no dead entries in the catalog)', () => {
    const files = Object.entries(SOURCES).filter(([path]) => !path.endsWith('/refusals.ts'));
    expect(files.length).toBeGreaterThan(100);
    const sources = files.map(([, text]) => text).join('\n');
    const unused = REASONS.filter((reason) => !sources.includes(`'${reason}'`));
    expect(unused).toEqual([]);
  });
});
