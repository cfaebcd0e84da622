import { describe, expect, it } from 'vitest';
import { clean, foldToCyrillic, foldToLatin, joinSpacedLetters, stripDiacritics } from './normalize.ts';

/** Normalisation before detection (FILTER-2). */

describe('normalize', () => {
  it('FILTER-2: zero-width and invisible characters are removed', () => {
    expect(clean('f\u200Bu\u200Cc\u200Dk\u2060 \uFEFFs\u00ADhit')).toBe('fuck shit');
  });

  it('FILTER-2: every format character and default-ignorable code point is removed (tag characters, musical format controls, variation selectors), and the tatweel', () => {
    expect(clean('sh\u{E0020}it cu\u{1D173}nt fu\uFFF9ck f\uFE0Fu\uFE0Fc\uFE0Fk me\u{E0041}rde بي\u200Cت شـرمـوط')).toBe('shit cunt fuck fuck merde بيت شرموط');
  });

  it('FILTER-2: small capitals, enclosed and regional-indicator letters read as Latin; other scripts\' digits as ASCII; Persian letters as Arabic', () => {
    expect(clean('ʙɪᴛᴄʜ ꜰᴜᴄᴋ 🅵🆄🅲🅺 🇫🇺🇨🇰 ſhit')).toBe('bitch fuck fuck fuck shit');
    expect(clean('٠١٠١٢٣٤٥٦٧٨ ۱۲ ١٬٢٥٠٬٠٠٠ امک')).toBe('01012345678 12 1,250,000 امك');
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
