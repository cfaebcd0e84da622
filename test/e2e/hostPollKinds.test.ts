import { afterAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { connectClient, tokenOf, TEST_HOST_TOKEN } from '../support/testServer.ts';

/**
 * Issue 15, every kind on the host page: the host prepares a rating with labelled ends and a
 * quiz with its correct options and timer by keyboard (POLL-39); a quiz saved with no correct
 * option is refused on that field (POLL-41); once saved, both wait as drafts in the cockpit.
 */

const field = (path: string) => `field-${path.replace(/\./g, '-')}`;
const RATING = 'How useful was the opening panel?';
const QUIZ = 'Which of these cities host a UN office?';

describe('a rating and a quiz prepared on the host page', () => {
  const stage = e2eStage('e2e-host-poll-kinds.db');
  const { errors, open } = stage;
  const clients: OpenFloorClient[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  it('POLL-39, POLL-41, POLL-40: the host fills the kind fields by keyboard, the refusal lands on its field, and the cockpit lists both as drafts', async () => {
    const host = await open(`${stage.server.baseUrl}/host`, { width: 1280, height: 900 });
    await host.getByTestId('host-token').fill(TEST_HOST_TOKEN);
    await host.getByTestId('host-token-submit').click();
    await host.getByTestId(field('plan.title')).fill('Every kind of poll');

    // A rating: the options box goes away, the scale and its ends come.
    await host.getByTestId('host-add-poll').click();
    await host.getByTestId(field('plan.polls.0.question')).fill(RATING);
    await host.getByTestId(field('plan.polls.0.kind')).focus();
    await host.getByTestId(field('plan.polls.0.kind')).selectOption('rating');
    expect(await host.getByTestId(field('plan.polls.0.options')).count()).toBe(0);
    expect(await host.getByTestId(field('plan.polls.0.scale.max')).inputValue()).toBe('5');
    await host.getByTestId(field('plan.polls.0.scale.min')).selectOption('0');
    await host.getByTestId(field('plan.polls.0.scale.max')).fill('10');
    await host.getByTestId(field('plan.polls.0.scale.minLabel')).fill('Not at all');
    await host.getByTestId(field('plan.polls.0.scale.maxLabel')).fill('Very');

    // A quiz: the options, then the boxes for the correct ones, one per written line.
    await host.getByTestId('host-add-poll').click();
    await host.getByTestId(field('plan.polls.1.question')).fill(QUIZ);
    await host.getByTestId(field('plan.polls.1.kind')).selectOption('quiz');
    await host.getByTestId(field('plan.polls.1.options')).fill('Geneva\n\nLisbon\nNairobi');
    const boxes = host.getByTestId(field('plan.polls.1.correct')).locator('input[type="checkbox"]');
    expect(await boxes.count()).toBe(3);
    expect(await host.getByTestId(field('plan.polls.1.correct')).locator('label').allTextContents()).toEqual(['Geneva', 'Lisbon', 'Nairobi']);
    expect(await host.getByTestId(field('plan.polls.1.timerSeconds')).inputValue()).toBe('30');
    await host.getByTestId(field('plan.polls.1.timerSeconds')).fill('45');

    // Saved with no correct option ticked: refused, and the message is under the boxes.
    await host.getByTestId('host-submit').click();
    const correct = host.getByTestId(field('plan.polls.1.correct'));
    await expect.poll(() => correct.getAttribute('data-invalid')).toBe('true');
    expect(await correct.getByTestId('field-error').count()).toBe(1);

    // Tick Geneva and Nairobi by keyboard: Tab into the boxes, Space to tick.
    await boxes.nth(0).focus();
    await host.keyboard.press('Space');
    await host.keyboard.press('Tab');
    await host.keyboard.press('Tab');
    await host.keyboard.press('Space');
    expect(await boxes.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).checked))).toEqual([true, false, true]);

    await host.getByTestId('host-submit').click();
    await host.getByTestId('host-links').waitFor();
    const moderatorLink = await host.getByTestId('host-link-moderator').inputValue();
    // The one refusal on purpose: the quiz without a correct option.
    expect(errors.filter((e) => /\/host: .* 400/.test(e))).toHaveLength(1);
    errors.length = 0;

    const moderator = connectClient(stage.server.baseUrl, tokenOf(moderatorLink));
    clients.push(moderator);
    const state = await moderator.waitFor((s) => s.polls.length === 2);
    const [rating, quiz] = [state.polls.find((p) => p.kind === 'rating'), state.polls.find((p) => p.kind === 'quiz')];
    expect(rating).toMatchObject({ question: RATING, status: 'draft', scale: { min: 0, max: 10, minLabel: 'Not at all', maxLabel: 'Very' } });
    expect(quiz).toMatchObject({ question: QUIZ, status: 'draft', timerSeconds: 45 });
    expect(quiz?.options.map((o) => o.label)).toEqual(['Geneva', 'Lisbon', 'Nairobi']);

    const cockpit = await open(moderatorLink, { width: 1366, height: 768 });
    await showPane(cockpit, 'polls');
    const cards = cockpit.locator('[data-testid="moderator-poll"][data-status="draft"]');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.locator('h3').allTextContents()).toEqual([RATING, QUIZ]);
    expect(await cards.nth(0).textContent()).toContain('Rating scale');
    expect(await cards.nth(1).textContent()).toContain('Quiz');
  }, 120_000);
});
