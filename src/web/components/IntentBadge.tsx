import type { Intent } from '../../core/floor/floorTypes.ts';
import { intentName } from '../floor/floorNames.ts';

/** What someone asks the floor for, as a small badge; a direct reply stands out (icon and style). */
export function IntentBadge({ intent }: { intent: Intent }) {
  return (
    <span class="intent-badge" data-intent={intent}>
      {intent === 'reply' && (
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M9 14L4 9l5-5" />
          <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
        </svg>
      )}
      {intent === 'question' && (
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3" />
          <path d="M12 17h.01" />
        </svg>
      )}
      {intentName(intent)}
    </span>
  );
}
