import type { Page } from './browser.ts';

/** The detail panes of the moderator's cockpit (COCKPIT-1), by their tab's test id. */
export type CockpitPane = 'online' | 'questions' | 'queue' | 'polls' | 'agenda' | 'screen' | 'balance' | 'panel' | 'notes';

/** Shows one detail pane of the cockpit, as a moderator clicks its tab. */
export async function showPane(page: Page, pane: CockpitPane): Promise<void> {
  await page.getByTestId(`cockpit-tab-${pane}`).click();
  await page.getByTestId(`cockpit-pane-${pane}`).waitFor();
}
