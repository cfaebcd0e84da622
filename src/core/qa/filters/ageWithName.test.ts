import { describe, expect, it } from 'vitest';
import { hasAgeWithName } from './ageWithName.ts';

/** Age with name (FILTER-8). */

describe('hasAgeWithName', () => {
  it('FILTER-8: a self-introduction near an age, in several languages', () => {
    const texts = ["I'm Anna, 12 years old", 'my name is Tom and I am 11', 'I am 15 and my name is Sofia', "je m'appelle Léa et j'ai 13 ans", 'me llamo Lucía y tengo 12 años',
      'ich heiße Ben und bin 12', 'meu nome é Ana e tenho 12 anos', 'меня зовут Аня, мне 12 лет', 'Я Дима, мне 13'];
    for (const text of texts) expect(hasAgeWithName(text), text).toBe(true);
  });

  it('FILTER-8: a capitalised name with an age beside it', () => {
    for (const text of ['Maria (13)', 'Chloé (11 ans)', 'Lena, 14, from Kazan', 'Lena, 14: hi', 'Tom, 11 y/o', 'Max, 9 ans', 'Tom is 11', 'my daughter Emma is 9']) {
      expect(hasAgeWithName(text), text).toBe(true);
    }
  });

  it('FILTER-8: an age alone, a name alone, and places or references with numbers are not flagged', () => {
    const clean = ['I am 12 and worried about TikTok', "I'm worried, 12 year olds see ads", 'What does Anna Petrova think?', 'Kenya is 15 years behind', 'Paris, 15 years after',
      'Paris, 15 ans après', 'France (2)', 'Germany is 16', 'Article (19)', 'Roblox is 13+', 'As a 16-year-old', 'Tengo 13 años', 'Мне 12 лет', 'Ages 13 to 16'];
    for (const text of clean) expect(hasAgeWithName(text), text).toBe(false);
  });
});
