import type { Locator, Page } from 'playwright-core';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { PollView } from '../../src/core/polls/pollViews.ts';
import { TEST_HOST_TOKEN, eventually } from './testServer.ts';

/**
 * Runs a before-and-after pair as a session would: each poll opened, every person voting the
 * option at their index in `choices`, closed once the moderator sees every vote (POLL-34, POLL-35).
 */
export async function voteBeforeAndAfter(moderator: OpenFloorClient, people: readonly OpenFloorClient[], rounds: readonly (readonly [PollView, readonly number[]])[]): Promise<void> {
  for (const [poll, choices] of rounds) {
    await moderator.send({ type: 'poll.open', pollId: poll.id });
    await Promise.all(people.map((c, i) => c.send({ type: 'poll.vote', pollId: poll.id, optionIds: [poll.options[choices[i] ?? 0]?.id ?? ''] })));
    await eventually(() => moderator.state.tallies[poll.id]?.total === people.length, 10_000, `${String(people.length)} votes`);
    await moderator.send({ type: 'poll.close', pollId: poll.id });
  }
}

/** Signs in to the report page the host's way and waits for the preview's shift table (POLL-62). */
export async function reportPreviewShift(page: Page): Promise<Locator> {
  await page.getByTestId('host-token-input').fill(TEST_HOST_TOKEN);
  await page.getByTestId('host-token-submit').click();
  const shift = page.getByTestId('report-preview').getByTestId('poll-shift');
  await shift.waitFor();
  return shift;
}
