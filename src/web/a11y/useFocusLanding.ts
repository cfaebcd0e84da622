import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { LANDED_ATTRIBUTE, landFocus } from './focusRescue.ts';

/**
 * When this component appears while focus is nowhere (on `<body>`) or where the focus rescue
 * put it for want of better, focus moves to `ref`: the code of conduct that arrives just
 * after the room was chosen takes the focus from the page's title (A11Y-2). A control the
 * person chose themselves keeps it.
 */
export function useFocusLanding(ref: RefObject<HTMLElement | null>, active = true): void {
  useEffect(() => {
    const target = ref.current;
    if (!active || !target) return;
    const current = document.activeElement;
    if (current && current !== document.body && !current.hasAttribute(LANDED_ATTRIBUTE)) return;
    landFocus(target);
    target.setAttribute(LANDED_ATTRIBUTE, 'true');
  }, [active]);
}
