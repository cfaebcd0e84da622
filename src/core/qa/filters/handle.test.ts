import { describe, expect, it } from 'vitest';
import { organisationNames } from './allowedDomains.ts';
import { hasHandle } from './handle.ts';
import { clean } from './normalize.ts';

/** Social-media handles (FILTER-12). */

const has = (text: string, allowed: readonly string[] = []): boolean => hasHandle(clean(text), organisationNames(allowed));

describe('hasHandle', () => {
  it('FILTER-12: @handles and a platform with a user name after it, in the six UN languages', () => {
    const texts = ['@lily.draws on insta, follow me', 'tiktok: jamie_dances', 'my snap is noahk2011', 'add me on discord, lily#2011', 'my roblox username is CoolKid',
      "mon snap c'est lea2011", 'mi usuario de roblox es SofiGamer10', 'пишите в телегу: nastya_2010', 'добавляйтесь в вк, ник dasha', 'حسابي في سناب: layla.k12',
      'ضيفوني على تيك توك omar_2012', '加我微信：xiaoming_2011', '我的QQ号是 12345678，加我', 'vx：wangfang123 有事私聊', 'lily.draws on insta',
      'add me on snapchat annak', 'my insta is annak', 'mi tiktok es luciabaila', 'ضيفوني على سناب sara'];
    for (const text of texts) expect(has(text), text).toBe(true);
  });

  it('FILTER-12: a platform named without a user name, times and the @ sign alone are not handles', () => {
    const clean = ['Is TikTok safe for 13-year-olds?', 'Instagram: why are teen accounts private?', 'Does Roblox show usernames to strangers?', 'meet @ 10am',
      'see you @2pm', 'Is the @ sign in usernames a risk?', 'В телеге много ботов', 'هل سناب شات آمن للأطفال؟', '微信的青少年模式有用吗？', 'QQ音乐的未成年人保护', 'a snap election in 2024', 'My snap streak is 200 days', 'my tiktok is private', 'follow me on tiktok for more videos'];
    for (const text of clean) expect(has(text), text).toBe(false);
  });

  it('FILTER-12, FILTER-13: an organisation\'s own handle is not flagged when its domain is allowed', () => {
    expect(has('@unicef said so')).toBe(false);
    expect(has('@organisers said so')).toBe(true);
    expect(has('@organisers said so', ['organisers.org'])).toBe(false);
  });
});
