import type { Page } from './browser.ts';

/** A piece of someone's text laid out in the wrong direction: where it is, what it says, how it is set. */
export interface MisdirectedText {
  /** The element holding the text: tag, test id or first class. */
  readonly element: string;
  /** The text's start, as written. */
  readonly text: string;
  /** The direction of its first letter. */
  readonly wants: 'ltr' | 'rtl';
  /** The computed `direction` of the element holding it. */
  readonly has: string;
}

/**
 * I18N-12: every visible piece of `userTexts` on the page (what the host, a speaker or a
 * participant wrote) sits in an element whose computed direction is the direction of the
 * text's own first letter, so an English question on an Arabic page is laid out left to right
 * (its "?" and its ellipsis at its right end) and an Arabic one on an English page right to left.
 * A text node counts as someone's text when it is at least four characters long and, less an
 * ellipsis the page added and an item's number ("2. "), part of one of `userTexts`; the page's
 * own words are not looked at. An `<option>` counts while its `<select>` is shown: its direction
 * is the one the select shows it in, closed and open.
 */
export function misdirectedTexts(page: Page, userTexts: readonly string[]): Promise<MisdirectedText[]> {
  return page.evaluate((texts) => {
    const found: MisdirectedText[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = (node.textContent ?? '').trim().replace(/[…]+$/u, '').trim().replace(/^\d+\.\s+/u, '');
      if (!element || text.length < 4 || !texts.some((whole) => whole.includes(text))) continue;
      if (element.closest('script, style, template, [hidden], textarea')) continue;
      const box = (element.closest('select') ?? element).getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const letter = /\p{L}/u.exec(text)?.[0];
      if (!letter) continue;
      const wants = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(letter) ? 'rtl' : 'ltr';
      const has = getComputedStyle(element).direction;
      if (has === wants) continue;
      const testId = element.closest('[data-testid]')?.getAttribute('data-testid');
      const name = `${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ''}${testId ? ` in [data-testid=${testId}]` : ''}`;
      found.push({ element: name, text: text.slice(0, 40), wants, has });
    }
    return found;
  }, userTexts);
}
