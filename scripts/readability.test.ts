import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownSentences, MAX_GRADE, privacyPageSentences, readabilityOf, wordsOf } from './readability.ts';

describe('readability of the privacy texts (PRIV-9)', () => {
  it('counts words, sentences and syllables as the Flesch-Kincaid formula expects', () => {
    expect(wordsOf('It’s a well-known fact, isn’t it?')).toEqual(['It’s', 'a', 'well-known', 'fact', 'isn’t', 'it']);
    const easy = readabilityOf(['The cat sat on the mat.']);
    expect(easy).toMatchObject({ sentences: 1, words: 6, syllables: 6 });
    expect(easy.grade).toBeCloseTo(0.39 * 6 + 11.8 * 1 - 15.59, 5);
    const hard = readabilityOf(['Organisations processing personal information must demonstrate proportionality, necessity and accountability throughout.']);
    expect(hard.grade).toBeGreaterThan(MAX_GRADE);
  });

  it('reads Markdown as a reader does: list items and cells end sentences, links keep their text, headings are left out', () => {
    const sentences = markdownSentences([
      '# A heading',
      '',
      'A paragraph that runs',
      'over two lines. And a second one',
      '',
      '- An item [with a link](https://example.org/a/long/address)',
      '- `code` and **bold**',
      '',
      '| Who | What |',
      '| --- | --- |',
      '| You | Your votes |',
      '<!-- a comment -->',
    ].join('\n'));
    expect(sentences).toEqual(['A paragraph that runs over two lines.', 'And a second one', 'An item with a link', 'code and bold', 'Who', 'What', 'You', 'Your votes']);
  });

  it('PRIV-9: docs/PRIVACY.md and the /privacy page read at grade 7 or below', () => {
    const doc = readabilityOf(markdownSentences(readFileSync('docs/PRIVACY.md', 'utf8')));
    const page = readabilityOf(privacyPageSentences());
    expect(doc.words).toBeGreaterThan(500);
    expect(page.words).toBeGreaterThan(100);
    expect(doc.grade).toBeLessThanOrEqual(MAX_GRADE);
    expect(page.grade).toBeLessThanOrEqual(MAX_GRADE);
  });
});
