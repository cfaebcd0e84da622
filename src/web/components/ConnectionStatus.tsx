import type { ConnectionStatus as Status } from '../../client/openFloorClient.ts';
import { t, type MessageKey } from '../i18n/index.ts';

const LABELS: Partial<Record<Status, MessageKey>> = {
  connecting: 'connection.connecting',
  reconnecting: 'connection.reconnecting',
  restarting: 'connection.restarting',
  refused: 'connection.refused',
};

/**
 * A small pill that appears while the page is not live (connecting, reconnecting, reconnecting after a server restart, refused).
 * The live region around it is always there, so screen readers hear the change. `floating`
 * pins it to the bottom of the screen (PROTO-11): on a phone scrolled down to a poll, a pill in
 * the header would go unseen.
 */
export function ConnectionStatus({ status, floating = false }: { status: Status; floating?: boolean }) {
  const label = LABELS[status];
  return (
    <div class={floating ? 'connection-status connection-status-floating' : 'connection-status'} role="status" aria-live="polite">
      {label && (
        <span class="status-pill" data-status={status} data-testid="connection-status">
          <span class="status-dot" aria-hidden="true" />
          {t(label)}
        </span>
      )}
    </div>
  );
}
