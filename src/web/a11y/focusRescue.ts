/**
 * Keeps keyboard focus from falling to `<body>` when the focused control goes away (A11Y-2).
 * Choosing the room replaces the join page, accepting the code of conduct removes its card,
 * a moderator's Approve removes the question from the queue: each took focus with it, and a
 * keyboard or screen-reader user had to start again from the top of the page.
 *
 * Installed once for the whole app: it remembers the focused element and its ancestors; when
 * the page changes and focus is on `<body>` because that element left the page or was
 * disabled, focus lands in the closest ancestor still there: on the element marked
 * `data-focus-landing` inside it, else its first heading, else its first control.
 * A component that moves focus itself (in an effect, later) still has the last word.
 */

const CONTROLS = 'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';
const HEADINGS = 'h1, h2, h3';

/** Marks the element that focus was put on by the rescue, so that a better landing may take it (see `useFocusLanding`). */
export const LANDED_ATTRIBUTE = 'data-focus-landed';

/** Focuses `element`, making it focusable from script first if it is not (a heading, say). */
export function landFocus(element: HTMLElement): void {
  if (!element.matches(FOCUSABLE)) element.setAttribute('tabindex', '-1');
  element.focus();
}

function visible(element: Element): boolean {
  return element instanceof HTMLElement && element.getClientRects().length > 0;
}

/** Where focus lands inside `container`: its marked landing, first heading or first control. */
export function landingIn(container: Element): HTMLElement | null {
  for (const selector of ['[data-focus-landing]', HEADINGS, CONTROLS]) {
    const found = [...container.querySelectorAll(selector)].find(visible);
    if (found instanceof HTMLElement) return found;
  }
  return null;
}

function lost(element: HTMLElement): boolean {
  return !element.isConnected || (element as HTMLButtonElement).disabled === true;
}

/** Starts the rescue on `root`'s document; returns what stops it. */
export function installFocusRescue(root: HTMLElement = document.body): () => void {
  let last: HTMLElement | null = null;
  let ancestors: HTMLElement[] = [];
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    if (last && last !== target) last.removeAttribute(LANDED_ATTRIBUTE);
    last = target;
    ancestors = [];
    for (let up = target.parentElement; up && up !== document.documentElement; up = up.parentElement) ancestors.push(up);
  };
  const rescue = () => {
    if (!last || !lost(last)) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    // The closest ancestor still in the page that has somewhere to land.
    let landing: HTMLElement | null = null;
    for (const ancestor of [...ancestors, root]) {
      if (!ancestor.isConnected) continue;
      landing = landingIn(ancestor);
      if (landing) break;
    }
    if (!landing) return;
    landFocus(landing);
    landing.setAttribute(LANDED_ATTRIBUTE, 'true');
  };
  const observer = new MutationObserver(rescue);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  document.addEventListener('focusin', onFocusIn);
  return () => {
    observer.disconnect();
    document.removeEventListener('focusin', onFocusIn);
  };
}
