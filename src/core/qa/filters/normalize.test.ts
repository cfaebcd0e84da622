import { describe, expect, it } from 'vitest';
import { clean, foldToCyrillic, foldToLatin, joinSpacedLetters, stripDiacritics } from './normalize.ts';

/** Normalisation before detection (FILTER-2). */

describe('normalize', () => {
  it('FILTER-2: zero-width and invisible characters are removed', () => {
    expect(clean('f\u200Bu\u200Cc\u200Dk\u2060 \uFEFFs\u00ADhit')).toBe('fuck shit');
  });

  it('FILTER-2: NFKC folds fullwidth, styled and circled forms', () => {
    expect(clean('ｆｕｃｋ 𝐟𝐮𝐜𝐤 ⓕⓤⓒⓚ ０７７００')).toBe('fuck fuck fuck 07700');
  });

  it('FILTER-2: Cyrillic and Greek look-alikes read as Latin; plain Latin words stay as they are', () => {
    expect(foldToLatin('ѕhіt аsshоlе sluτ')).toBe('shit asshole slut');
    expect(foldToLatin('plain text')).toBe('plain text');
  });

  it('FILTER-2: Latin look-alikes read as Cyrillic only in words that hold a Cyrillic letter', () => {
    expect(foldToCyrillic('xуй cyкa')).toBe('хуй сука');
    expect(foldToCyrillic('cyka xyz')).toBe('cyka xyz');
    expect(foldToCyrillic('сукааааа ёб')).toBe('сука еб');
  });

  it('FILTER-2: diacritics go, except ñ; ß reads as ss', () => {
    expect(stripDiacritics('enculé Scheiße coño')).toBe('encule Scheisse coño');
  });

  it('FILTER-2: words spelled letter by letter are joined; ordinary words are not', () => {
    expect(joinSpacedLetters('f u c k this')).toBe('fuck this');
    expect(joinSpacedLetters('what the f.u.c.k')).toBe('what the fuck');
    expect(joinSpacedLetters('s-h-1-t answer')).toBe('sh1t answer');
    expect(joinSpacedLetters('a cat and a dog')).toBe('a cat and a dog');
  });
});
