import { t } from '../i18n/index.ts';
import { landFocus } from './focusRescue.ts';

export interface SkipTarget {
  readonly label: string;
  /** The id of the element that takes focus. */
  readonly target: string;
  /** Runs first, e.g. shows the pane that holds the target. */
  readonly before?: () => void;
}

/**
 * Links at the very start of a page that take keyboard focus past the header to its main parts
 * (WCAG 2.4.1, A11Y-4). Hidden until focused. They move focus by script instead of changing the
 * URL's fragment: the moderator's and projector's role tokens live there.
 */
export function SkipLinks({ targets }: { targets: readonly SkipTarget[] }) {
  return (
    <nav class="skip-links" aria-label={t('a11y.skipLinks')} data-testid="skip-links">
      {targets.map(({ label, target, before }) => (
        <a
          key={target}
          class="skip-link"
          href={`#${target}`}
          onClick={(event) => {
            event.preventDefault();
            before?.();
            // After the render that `before` asked for.
            requestAnimationFrame(() => {
              const element = document.getElementById(target);
              if (element) landFocus(element);
            });
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
