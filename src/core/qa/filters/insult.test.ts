import { describe, expect, it } from 'vitest';
import { hasInsult } from './insult.ts';

/** Insults without a swear word (FILTER-11). */

describe('hasInsult', () => {
  it('FILTER-11: demeaning phrases aimed at a person and telling someone to die, in the six UN languages', () => {
    const texts = ['kill yourself', 'kys lol', "you're worthless, just leave", 'nobody likes you', 'va mourir', "t'es moche", 'suicide-toi', 'mátate', 'eres una basura',
      'nadie te quiere', 'убей себя', 'ты ничтожество', 'сдохни', 'اقتل نفسك', 'يا حقير', 'انت فاشل', 'ya 7mar', '你去死吧', '你就是个废物', '没人喜欢你',
      'you should die', 'what a loser', "espèce d'idiot", 'cállate idiota', 'заткнись, идиот', 'ты дура', '你个傻子'];
    for (const text of texts) expect(hasInsult(text), text).toBe(true);
  });

  it('FILTER-11: talking about insults, a word alone and quoted speech are not insults', () => {
    const clean = ['How should schools respond when pupils are called a loser online?', 'What should a child do if someone writes "nobody likes you"?',
      'Are you stupid if you fall for phishing? No.', 'Is ugly content moderated?', 'Ты никому не расскажешь?', 'الموت الرقمي للحسابات', '垃圾信息怎么过滤？',
      '你好，我想问一个问题', 'Qué hacer si insultan a un niño', 'Que faire face aux insultes ?'];
    for (const text of clean) expect(hasInsult(text), text).toBe(false);
  });
});
