import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from './browser.ts';

/** axe-core's script, injected into the page under test (through the debugger, so the app's CSP does not block it). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules of axe-core (A11Y-1). */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] as const;

/** One axe violation, short enough to read in a test failure: rule, impact and the elements. */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Waits for the page's finite transitions and animations: axe measures colours as they are drawn now. */
export async function animationsFinished(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime ?? 0)));
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}

/** Runs axe-core's WCAG 2.2 A and AA rules on the page as it is now; returns its violations. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await animationsFinished(page);
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    interface Result {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[] }[];
    }
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: Result[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  }, [...WCAG_22_AA_TAGS]);
}

/**
 * Interactive elements smaller than 24×24 CSS px (WCAG 2.5.8, A11Y-6). Links inside a sentence
 * are exempt (the criterion's "inline" exception), as are hidden and zero-size elements.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="link"], [tabindex]:not([tabindex="-1"])';
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ').join('.')} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}”`;
    const inline = (el: Element): boolean => {
      if (el.tagName !== 'A') return false;
      const block = el.closest('p, li, dd, td');
      if (!block) return false;
      // Other words in the same sentence: the link is inline in text.
      return (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
    };
    return [...document.querySelectorAll(selector)]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        // Zero-size, or visually hidden until focused (a skip link): not a target as drawn.
        if (box.width <= 1 && box.height <= 1) return false;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') return false;
        // A radio or checkbox inside its label: the label is the target.
        const label = el.closest('label');
        const target = label && (el as HTMLInputElement).type !== undefined && /^(radio|checkbox)$/.test((el as HTMLInputElement).type) ? label.getBoundingClientRect() : box;
        if (target.width >= 24 && target.height >= 24) return false;
        return !inline(el);
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        return `${name(el)} ${box.width.toFixed(0)}×${box.height.toFixed(0)}`;
      });
  });
}

/** What a reader loses on the page as it is drawn now (A11Y-7): sideways scrolling (of the page or a box), elements past the edges, text cut by a box. */
export interface Loss {
  readonly pageScrollsSideways: boolean;
  readonly outside: string[];
  readonly clipped: string[];
  readonly sideways: string[];
}

/**
 * Measures what is lost at this size: the page wider than the viewport, elements reaching past
 * either edge (unless inside a box that scrolls on purpose), and boxes that hide part of their
 * content (`overflow: hidden` or `clip`, line clamps and ellipses included) with text in them.
 */
export async function contentLoss(page: Page): Promise<Loss> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')} “${(el.textContent ?? '').trim().slice(0, 30)}” ${String(el.scrollWidth)}×${String(el.scrollHeight)} in ${String(el.clientWidth)}×${String(el.clientHeight)}`;
    const scrolls = (style: CSSStyleDeclaration) => ['auto', 'scroll'].includes(style.overflowX) || ['auto', 'scroll'].includes(style.overflowY);
    const insideScroller = (el: Element): boolean => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (scrolls(getComputedStyle(up))) return true;
      return false;
    };
    const all = [...document.querySelectorAll('body *')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    });
    const outside = all
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (box.left < -1 || box.right > root.clientWidth + 1) && !insideScroller(el);
      })
      .map(name);
    const clipped = all
      .filter((el) => {
        const style = getComputedStyle(el);
        if (!['hidden', 'clip'].includes(style.overflowX) && !['hidden', 'clip'].includes(style.overflowY)) return false;
        if ((el.textContent ?? '').trim() === '') return false;
        // The page's own frame (a projector fills the screen and hides what would scroll) counts too.
        // Less than half a line below is the ink of a tight line height (descenders), not lost text.
        const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
        return el.scrollHeight > el.clientHeight + Math.max(2, line / 2) || el.scrollWidth > el.clientWidth + 2;
      })
      .map(name);
    // A box that scrolls sideways hides part of its content behind a scroll bar: only a data table may (WCAG 1.4.10).
    const sideways = all
      .filter((el) => {
        const style = getComputedStyle(el);
        return ['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.querySelector('table') === null;
      })
      .map(name);
    return { pageScrollsSideways: root.scrollWidth > root.clientWidth + 1, outside, clipped, sideways };
  });
}

/**
 * Elements with a CSS animation, or a transition that takes time (A11Y-8), and the page's
 * animations running: with `prefers-reduced-motion: reduce` both must be empty.
 */
export async function motion(page: Page): Promise<{ timed: string[]; running: number }> {
  return page.evaluate(() => {
    const seconds = (list: string) => Math.max(...list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))));
    const timed = [...document.querySelectorAll('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const animated = style.animationName !== 'none';
        const transitions = style.transitionProperty !== 'none' && seconds(style.transitionDuration) + seconds(style.transitionDelay) > 0;
        return animated || transitions;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`);
    const running = document.getAnimations().filter((a) => a.playState === 'running').length;
    return { timed: [...new Set(timed)], running };
  });
}
