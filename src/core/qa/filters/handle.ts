/**
 * Social-media handles (FILTER-12): a way to reach a child outside the session, like a phone
 * number. Caught as an @handle ("@lily.draws", "follow me @jamiebuilds"), as a platform named
 * with a user name after it ("tiktok: jamie_dances", "my snap is noahk2011", "mi usuario de
 * roblox es SofiGamer10", "حسابي في سناب: layla.k12", "мой тг @misha"), as a user name said to
 * be on a platform ("lily.draws on insta"), and as a WeChat, QQ, Douyin or Xiaohongshu id
 * ("加我微信：xiaoming_2011", "QQ号 12345678"). A platform named without a user name ("is
 * TikTok safe at 13?") is not a handle.
 */

const PLATFORMS = [
  'instagram', 'insta', 'ig', 'snapchat', 'snap', 'tiktok', 'tik tok', 'discord', 'telegram', 'tg', 'twitter', 'threads', 'twitch', 'youtube', 'yt',
  'roblox', 'fortnite', 'minecraft', 'psn', 'xbox', 'wechat', 'weixin', 'facebook', 'fb', 'skype', 'reddit', 'kik', 'bereal', 'pinterest',
  'tumblr', 'whatsapp', 'viber', 'vk', 'vkontakte',
  'инстаграм', 'инстаграме', 'инста', 'инсте', 'инсту', 'инсты', 'тг', 'телеграм', 'телеграме', 'телега', 'телеге', 'телегу', 'телеги', 'вк',
  'вконтакте', 'тикток', 'тиктоке', 'снэпчат', 'дискорд', 'дискорде', 'ютуб', 'ютубе', 'роблокс', 'роблоксе',
  'انستا', 'انستقرام', 'انستغرام', 'انستجرام', 'سناب', 'سنابي', 'سناب شات', 'تيك توك', 'تيكتوك', 'تويتر', 'تلغرام', 'تليجرام', 'تيليجرام',
  'ديسكورد', 'فيسبوك', 'يوتيوب', 'روبلوكس', 'حسابي',
];
const PLATFORM = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${PLATFORMS.map((p) => p.replace(' ', String.raw`\s?`)).join('|')})(?![\p{L}\p{N}])`, 'giu');

const PLATFORM_NAMES: ReadonlySet<string> = new Set(PLATFORMS);

/** Words between a platform and a user name: "my snap is …", "mi usuario de roblox es …", "ник …". */
const FILLERS: ReadonlySet<string> = new Set([
  'is', 'my', 'me', 'name', 'handle', 'username', 'user', 'id', 'account', 'acc', 'at', 'on', 'add', 'follow', 'it', "it's", 'its', 'here',
  'c', "c'est", 'est', 'mon', 'pseudo', 'nom', 'compte', 'sur', 'moi', 'es', 'mi', 'usuario', 'usuaria', 'nombre', 'cuenta', 'en', 'de', 'soy',
  'é', 'eu', 'это', 'мой', 'моя', 'ник', 'никнейм', 'логин', 'аккаунт', 'я', 'в', 'на', 'هو', 'هي', 'على', 'في', 'اسمي', 'يوزر', 'يوزري', 'اسم',
  'المستخدم', 'حسابي',
]);
/** Words that say the next token is a user name, so it needs no digit or underscore to count. */
const NAME_WORDS: ReadonlySet<string> = new Set(['handle', 'username', 'user', 'id', 'pseudo', 'usuario', 'usuaria', 'nombre', 'ник', 'никнейм', 'логин', 'يوزر', 'يوزري', 'اسم', 'المستخدم']);
/** Words that may follow a colon and are not user names ("Instagram: why …"). */
const NOT_NAMES: ReadonlySet<string> = new Set(['why', 'how', 'what', 'who', 'when', 'is', 'are', 'the', 'a', 'an', 'safe', 'private', 'public', 'pourquoi', 'comment', 'por', 'qué', 'que', 'como', 'почему', 'как']);

/** A user name: Latin letters, digits, _ . # - (handles are typed in Latin letters in every language here). */
const USER_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.#-]{2,31}$/u;
const NAME_MARKS = /[0-9_.#]/u;

const AT_HANDLE = /(?<![\p{L}\p{N}@._])@([\p{L}\p{N}_][\p{L}\p{N}_.]{2,29})(?![\p{L}\p{N}_@])/gu;
const TIME = /^\d{1,2}(?:[ap]m|h\d{0,2})?$/iu;
const NAME_ON_PLATFORM = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.@])@?([A-Za-z0-9_][A-Za-z0-9_.#-]{2,31})\s+(?:on|sur|en|in|на|в|على|في)\s+${PLATFORM.source}`,
  'giu',
);
/** Chinese apps' ids: 微信 (WeChat, also vx/wx), QQ, 抖音 (Douyin), 快手, 小红书, 微博, B站. */
const CHINESE_ID = /(?<![A-Za-z])(?:微信|vx|v信|wx|qq|扣扣|抖音|快手|小红书|微博|b站|钉钉)(?:号|账号|帐号|id|ID)?\s*(?:是|为|:|：)?\s*([A-Za-z0-9_-]{5,30})(?![A-Za-z0-9_-])/iu;

const TOKENS = /[^\s,:：;!?()"«»“”]+|[:：]/gu;

/** True when the (normalised, e-mail-free) text holds a social-media handle; `allowedNames` are organisations' own (unicef for unicef.org). */
export function hasHandle(text: string, allowedNames: ReadonlySet<string> = new Set()): boolean {
  for (const match of text.matchAll(AT_HANDLE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!TIME.test(name) && !allowedNames.has(name)) return true;
  }
  const chinese = CHINESE_ID.exec(text);
  if (chinese && !allowedNames.has((chinese[1] ?? '').toLowerCase())) return true;
  for (const match of text.matchAll(NAME_ON_PLATFORM)) {
    const name = match[1] ?? '';
    if (NAME_MARKS.test(name) && /[A-Za-z]/u.test(name) && !allowedNames.has(name.toLowerCase())) return true;
  }
  const otherScript = OTHER_SCRIPT.test(text);
  for (const platform of text.matchAll(PLATFORM)) {
    const before = text.slice(Math.max(0, platform.index - 25), platform.index);
    // "add me on snap …", "my insta is …": what follows is the user name.
    const rest = text.slice(platform.index + platform[0].length, platform.index + platform[0].length + 60);
    const named = REQUEST_BEFORE.test(before) || (POSSESSIVE_BEFORE.test(before) && COPULA_AFTER.test(rest));
    if (userNameAfter(rest, allowedNames, named, otherScript)) return true;
  }
  return false;
}

/** "add me on", "follow me on", "sígueme en", "ajoute-moi sur", "добавь меня в" … just before a platform. */
const REQUEST_BEFORE = /(?:add|follow|message|dm|text|friend|find|hit) me (?:up )?(?:on|at)\s*$|(?:sigueme|sígueme|agregame|agrégame|añademe|añádeme|escribeme|escríbeme) (?:en|por)\s*$|(?:ajoute|ajoutez|suis|suivez|ecris|écris)[- ]moi (?:sur|en)\s*$|(?:добавь|добавьте|пиши|напиши|подпишись|подписывайтесь)(?: меня| мне)? (?:в|на)\s*$/iu;
/** "my insta", "mi tiktok", "mon snap", "мой тг" just before a platform. */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:my|mi|mon|ma|mes|мой|моя|мой ник в|meu|minha)\s*$/iu;
/** "… is", "… es", "… c'est", "… это", "… :" right after the platform ("my insta is …", not "my snap streak is …"). */
const COPULA_AFTER = /^\s*(?:is|es|est|c'est|c’est|é|это|—|-|:)(?!\p{L})/iu;
/** A text in Arabic, Cyrillic or Chinese: a Latin word after a platform's name is its user name. */
const OTHER_SCRIPT = /[\p{sc=Arabic}\p{sc=Cyrillic}\p{sc=Han}]/u;
/** Words that say what an account is like, not what it is called ("my tiktok is private"). */
const NOT_USER_NAMES: ReadonlySet<string> = new Set([
  'private', 'public', 'locked', 'blocked', 'hacked', 'new', 'old', 'down', 'banned', 'gone', 'deleted', 'safe', 'not', 'closed', 'open', 'verified',
  'popular', 'small', 'big', 'empty', 'boring', 'full', 'linked', 'for', 'and', 'too', 'please', 'pls', 'plz', 'if', 'or', 'now', 'today', 'guys',
  'everyone', 'lol', 'more', 'videos', 'updates', 'fun', 'free', 'so', 'very', 'really', 'also', 'still', 'always', 'never', 'just', 'the', 'a', 'an',
  'privado', 'privada', 'publico', 'público', 'bloqueado', 'hackeado', 'nuevo', 'prive', 'privé', 'bloque', 'bloqué', 'pirate', 'piraté', 'aussi',
  'para', 'pour', 'y', 'et', 'si', 'mas', 'más', 'plus', 'закрыт', 'открыт', 'взломан', 'заблокирован', 'тоже',
]);

/** The first token after a platform's name, past fillers, when it reads as a user name. */
function userNameAfter(rest: string, allowedNames: ReadonlySet<string>, asked: boolean, otherScript: boolean): boolean {
  let colon = false;
  let named = asked;
  const tokens = [...rest.matchAll(TOKENS)];
  for (const [i, match] of tokens.entries()) {
    const token = match[0];
    if (token === ':' || token === '：') {
      colon = true;
      continue;
    }
    const lower = token.toLowerCase();
    if (FILLERS.has(lower) || FILLERS.has(lower.replace(/^@/u, '')) || PLATFORM_NAMES.has(lower)) {
      named ||= NAME_WORDS.has(lower);
      continue;
    }
    const at = token.startsWith('@');
    const name = token.replace(/^@/u, '').replace(/[.]+$/u, '');
    if (!USER_NAME.test(name) || !/[A-Za-z]/u.test(name) || allowedNames.has(name.toLowerCase())) return false;
    if (at || NAME_MARKS.test(name)) return true;
    if ((named || otherScript) && !NOT_USER_NAMES.has(lower) && !/ing$/u.test(lower)) return true;
    // "tiktok: jamie": a colon, then one word that ends the clause.
    const last = i === tokens.length - 1 || /^[\s]*[,.;!?)]/u.test(rest.slice(match.index + token.length));
    return colon && last && !NOT_NAMES.has(lower);
  }
  return false;
}
