import { hasTexts, loadTexts } from './index.ts';

/**
 * The `later` text part (WEB-7): the texts a page needs only after its first screen. A phone
 * fetches it when the browser is idle; a component that shows one of its texts asks for it
 * with `laterTextsReady` and shows once it is in; the staff pages load it with their page.
 */

/** The load in flight, if any. */
let loading: Promise<void> | null = null;

/**
 * Fetches the later texts in the reader's language, once. A failed fetch (a dropped
 * connection) is tried again next time.
 */
export function loadLaterTexts(): Promise<void> {
  if (hasTexts('later')) return Promise.resolve();
  // One load in flight, however many renders ask meanwhile: each would add the texts and re-render again.
  loading ??= loadTexts(['later']).finally(() => {
    loading = null;
  });
  return loading;
}

/**
 * Fetches the later texts once the browser has nothing else to do (or after a few seconds), so
 * that they are in before a person meets a refusal or a paired poll's shift, without competing
 * with what the first screen needs. Returns a function that cancels the wait.
 */
export function loadLaterTextsWhenIdle(): () => void {
  const load = () => void loadLaterTexts().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(load, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(load, 1000);
  return () => clearTimeout(handle);
}

/**
 * Whether the later texts are in: a component that shows one calls it while rendering and
 * shows nothing until then. The first call fetches them; the component re-renders when they
 * arrive, because `hasTexts` reads the catalog's signal.
 */
export function laterTextsReady(): boolean {
  if (hasTexts('later')) return true;
  loadLaterTexts().catch(() => undefined);
  return false;
}
