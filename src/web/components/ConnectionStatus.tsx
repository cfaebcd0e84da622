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
 * The live region around it is always there, so screen readers hear the change.
 */
export function ConnectionStatus({ status }: { status: Status }) {
  const label = LABELS[status];
  return (
    <div class="connection-status" role="status" aria-live="polite">
      {label && (
        <span class="status-pill" data-status={status} data-testid="connection-status">
          <span class="status-dot" aria-hidden="true" />
          {t(label)}
        </span>
      )}
    </div>
  );
}
