import type { ComponentChildren } from 'preact';
import { t } from '../i18n/index.ts';
import type { PaneId } from './cockpitControls.ts';

const LABELS: Record<PaneId, Parameters<typeof t>[0]> = {
  online: 'cockpit.pane.online',
  questions: 'cockpit.pane.questions',
  queue: 'cockpit.pane.queue',
  polls: 'cockpit.pane.polls',
  agenda: 'cockpit.pane.agenda',
  screen: 'cockpit.pane.screen',
  balance: 'cockpit.pane.balance',
  panel: 'cockpit.pane.panel',
  notes: 'desk.pane',
};

export interface Pane {
  readonly id: PaneId;
  /** A count beside the tab's name (questions waiting, hands raised); none when null. */
  readonly count?: number | null;
  readonly content: ComponentChildren;
}

interface DetailPanesProps {
  readonly panes: readonly Pane[];
  readonly active: PaneId;
  readonly onSelect: (pane: PaneId) => void;
}

/**
 * The detail panes beside the "now" columns (COCKPIT-1): tabs in the ARIA pattern (arrow keys,
 * in the reading direction, Home and End move between them), one pane shown at a time, each scrolling inside itself. The
 * hidden panes stay mounted, so a half-written poll or note survives a look elsewhere.
 */
export function DetailPanes({ panes, active, onSelect }: DetailPanesProps) {
  const move = (event: KeyboardEvent, index: number) => {
    const last = panes.length - 1;
    // Right to left the tabs run from the right edge, so the arrow pointing along them is Left.
    const rtl = event.currentTarget instanceof Element && getComputedStyle(event.currentTarget).direction === 'rtl';
    const [forward, backward] = rtl ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    const target = event.key === forward ? (index === last ? 0 : index + 1) : event.key === backward ? (index === 0 ? last : index - 1) : event.key === 'Home' ? 0 : event.key === 'End' ? last : null;
    const pane = target === null ? undefined : panes[target];
    if (!pane) return;
    event.preventDefault();
    onSelect(pane.id);
    document.getElementById(`cockpit-tab-${pane.id}`)?.focus();
  };
  return (
    <section class="cockpit-panes" aria-label={t('cockpit.panes')}>
      <div class="cockpit-tabs" role="tablist" aria-label={t('cockpit.panes')}>
        {panes.map((pane, index) => {
          const selected = pane.id === active;
          return (
            <button
              key={pane.id}
              type="button"
              role="tab"
              id={`cockpit-tab-${pane.id}`}
              class="cockpit-tab"
              aria-selected={selected ? 'true' : 'false'}
              aria-controls={`cockpit-pane-${pane.id}`}
              aria-keyshortcuts={String(index + 1)}
              tabIndex={selected ? 0 : -1}
              data-testid={`cockpit-tab-${pane.id}`}
              onClick={() => onSelect(pane.id)}
              onKeyDown={(event) => move(event, index)}
            >
              {t(LABELS[pane.id])}
              {pane.count !== undefined && pane.count !== null && pane.count > 0 && <span class="cockpit-tab-count">{pane.count}</span>}
            </button>
          );
        })}
      </div>
      {panes.map((pane) => (
        <div
          key={pane.id}
          role="tabpanel"
          id={`cockpit-pane-${pane.id}`}
          class="cockpit-pane"
          aria-labelledby={`cockpit-tab-${pane.id}`}
          hidden={pane.id !== active}
          tabIndex={0}
          data-testid={`cockpit-pane-${pane.id}`}
        >
          {pane.content}
        </div>
      ))}
    </section>
  );
}
