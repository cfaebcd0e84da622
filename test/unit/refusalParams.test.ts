import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusal } from '../../src/core/errors.ts';
import { COMMANDS } from '../../src/core/protocol/commands.ts';
import { refusalFrom } from '../../src/client/refusal.ts';
import { refusalText } from '../../src/web/refusalMessage.ts';
import '../../src/web/staffRefusalParams.ts';
import { OFFERED_LOCALES, TEXT_SOURCES, loadTexts } from '../../src/web/i18n/index.ts';

/**
 * I18N-7: the names a refusal carries inside its sentence — the action of `participant.only`,
 * the command of `command.forbidden` — are said in the reader's language, not as English
 * words or command ids.
 */

const CORE = resolve(import.meta.dirname, '../../src/core');

/** Every action `participant.only` is refused with in the core's source. */
function participantActions(): string[] {
  const files = readdirSync(CORE, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  const actions = files.flatMap((file) => [...readFileSync(join(CORE, file), 'utf8').matchAll(/refuse\('participant\.only', \{ action: '([^']+)' \}\)/g)].map((match) => match[1] ?? ''));
  return [...new Set(actions)].sort();
}

const camel = (words: string): string => words.replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase());

function shown(reason: string, params: Record<string, string>): string {
  const sent = refusal(reason as Parameters<typeof refusal>[0], params as never);
  return refusalText(refusalFrom({ code: sent.code, reason: sent.reason, params: sent.params, message: sent.message }, ''));
}

describe('I18N-7: refusal parameters in the reader’s language', () => {
  it('finds the actions participants-only commands are refused with', () => {
    expect(participantActions()).toEqual(expect.arrayContaining(['raise a hand', 'vote', 'ask questions', 'upvote', 'accept the code of conduct']));
  });

  it('every language names every participant action (main part) and every command (staff part)', async () => {
    for (const locale of OFFERED_LOCALES) {
      const main = await TEXT_SOURCES[locale]?.main();
      const staff = await TEXT_SOURCES[locale]?.staff();
      for (const action of participantActions()) expect(main?.[`participantAction.${camel(action)}`], `${locale} ${action}`).toBeTypeOf('string');
      for (const type of Object.keys(COMMANDS)) expect(staff?.[`commandName.${type}`], `${locale} ${type}`).toBeTypeOf('string');
    }
  });

  it('the translated sentence carries the translated name, in Arabic, Russian and Chinese without a Latin letter', async () => {
    for (const locale of ['ar', 'ru', 'zh'] as const) {
      const main = (await TEXT_SOURCES[locale]?.main()) ?? {};
      const staff = (await TEXT_SOURCES[locale]?.staff()) ?? {};
      const refusals = (await TEXT_SOURCES[locale]?.later()) ?? {};
      for (const action of participantActions()) {
        const text = (refusals['refusal.participant.only'] ?? '').replace('{action}', main[`participantAction.${camel(action)}`] ?? action);
        expect(text, `${locale} ${action}`).not.toMatch(/[A-Za-z]/);
      }
      for (const type of Object.keys(COMMANDS)) {
        const text = (refusals['refusal.command.forbidden'] ?? '').replace('{role}', main['role.moderator'] ?? '').replace('{command}', staff[`commandName.${type}`] ?? type);
        expect(text, `${locale} ${type}`).not.toMatch(/[A-Za-z]/);
      }
    }
  });

  it('a page shows the name from its texts, never the raw id; the staff names once the staff part is loaded', async () => {
    await loadTexts(['later']);
    expect(shown('participant.only', { action: 'have a channel' })).toBe('only participants choose the room or online');
    expect(shown('participant.only', { action: 'raise a hand' })).toBe('only participants raise a hand');
    await loadTexts(['staff']);
    expect(shown('command.forbidden', { role: 'rapporteur', command: 'poll.open' })).toBe(`a Rapporteur may not open a poll`);
    // A name no part knows (a newer server) is shown as sent.
    expect(shown('command.forbidden', { role: 'speaker', command: 'poll.future' })).toMatch(/poll\.future$/);
  });
});
