import { describe, expect, it } from 'vitest';
import { hasAgeWithName } from './ageWithName.ts';
import { clean } from './normalize.ts';

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

  it('FILTER-8: a name with a school or a class, ages in words, Arabic and Chinese introductions', () => {
    const texts = ["I'm Anna from St Mary's Primary, year 6", 'my name is Tom and I go to Oakwood Academy', "Hi, I'm Priya, I'm in class 7 at Delhi Public School",
      "I am Kofi, I'm eleven", "Je m'appelle Léa, je suis en 5e au collège Jean Moulin", "moi c'est Hugo, j'ai onze ans", 'Меня зовут Аня, я учусь в школе №57',
      'Я Миша, мне двенадцать лет', 'Soy Lucía, estudio en el colegio San José', 'me llamo Diego y tengo once años', 'اسمي سارة وعمري ١٢ سنة', 'أنا ليلى من مدرسة النور الابتدائية',
      'ابني يوسف عمره 9 سنوات', '我叫王小明，今年12岁', '我是李华，在北京市第一中学读初二', '我女儿美美8岁', 'hi im Zoe 12', 'عمري اثنا عشر عاما واسمي ريم'];
    for (const text of texts) expect(hasAgeWithName(clean(text)), text).toBe(true);
  });

  it('FILTER-8: staff naming their school, roles instead of names, ages without a name are not flagged', () => {
    const notFlagged = ["I'm Sarah, a teacher at Oakwood Academy", 'Je suis Claire, professeure au collège Jean Moulin', 'Soy Carmen, directora de la escuela Benito Juárez',
      'Я Ольга, учитель в школе №12', 'أنا معلمة في مدرسة النور', 'عمري 13 سنة، هل أحتاج موافقة أهلي؟', '我是学生，在上海读初二', '我13岁，需要家长同意吗？', '格蕾塔·通贝里15岁时开始罢课',
      'Year 6 pupils in Delhi asked first'];
    for (const text of notFlagged) expect(hasAgeWithName(clean(text)), text).toBe(false);
  });

  it('FILTER-8: an age alone, a name alone, and places or references with numbers are not flagged', () => {
    const clean = ['I am 12 and worried about TikTok', "I'm worried, 12 year olds see ads", 'What does Anna Petrova think?', 'Kenya is 15 years behind', 'Paris, 15 years after',
      'Paris, 15 ans après', 'France (2)', 'Germany is 16', 'Article (19)', 'Roblox is 13+', 'As a 16-year-old', 'Tengo 13 años', 'Мне 12 лет', 'Ages 13 to 16'];
    for (const text of clean) expect(hasAgeWithName(text), text).toBe(false);
  });
});
