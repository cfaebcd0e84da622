import type { Page } from './browser.ts';

/** What the focused element is, for a failure message. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[data-testid=${el.getAttribute('data-testid') ?? ''}] “${(el.textContent ?? '').trim().slice(0, 40)}”`;
  });
}

/** Whether focus is on `<body>` (or nowhere): the failure of A11Y-2. */
export function focusOnBody(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement === null || document.activeElement === document.body);
}

/**
 * Whether the focused element draws a focus indicator (A11Y-5, WCAG 2.4.7): an outline of at
 * least 2 px or a box shadow, in a colour other than transparent.
 */
export function focusIndicatorDrawn(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const drawn = (box: Element) => {
      const style = getComputedStyle(box);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !/rgba\(.*, 0\)$/.test(style.outlineColor);
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '' && !style.boxShadow.includes('inset');
      return outline || shadow;
    };
    // A restyled radio or checkbox draws its ring around the label that holds it.
    const label = el.closest('label');
    return drawn(el) || (label !== null && drawn(label));
  });
}

/**
 * Whether the focused element is at least partly in view and not wholly hidden under another
 * element, such as a sticky header (A11Y-5, WCAG 2.4.11): one of its corners or its middle is it.
 */
export function focusInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const label = el.closest('label');
    const box = (label ?? el).getBoundingClientRect();
    const inset = 2;
    const points: [number, number][] = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    return points.some(([x, y]) => {
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (el.contains(hit) || hit.contains(el) || (label !== null && label.contains(hit)));
    });
  });
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until the focused element matches `selector`, at
 * most `max` times; at every stop checks that a focus indicator is drawn and the element is in view. Returns how many
 * presses it took. Throws if it never gets there or a stop shows no focus.
 */
export async function tabTo(page: Page, selector: string, { max = 40, backwards = false } = {}): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (!(await focusIndicatorDrawn(page))) throw new Error(`A11Y-5: no visible focus on ${await describeFocus(page)}`);
    if (!(await focusInView(page))) throw new Error(`A11Y-5: the focused ${await describeFocus(page)} is out of view or hidden under another element`);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} not reached in ${String(max)} presses of Tab; focus is on ${await describeFocus(page)}`);
}

/** The text of a live region, checking that it is polite and was in the page before (`mark` then `read`). */
export async function markRegion(page: Page, selector: string, name: string): Promise<void> {
  await page.evaluate(
    ([s, n]) => {
      const region = document.querySelector(s);
      if (!region) throw new Error(`no live region ${s}`);
      (window as unknown as Record<string, Element>)[`region-${n}`] = region;
    },
    [selector, name] as const,
  );
}

/** The text of the region marked as `name`, or null if that element left the page (a new region is not announced reliably). */
export function readRegion(page: Page, name: string): Promise<{ text: string; live: string | null } | null> {
  return page.evaluate((n) => {
    const region = (window as unknown as Record<string, Element | undefined>)[`region-${n}`];
    if (!region?.isConnected) return null;
    return { text: (region.textContent ?? '').trim(), live: region.getAttribute('aria-live') };
  }, name);
}
