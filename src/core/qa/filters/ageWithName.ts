/**
 * Age with name (FILTER-8): a first name and an age together say who a child is. Caught as a
 * self-introduction near an age ("I'm Anna, 12 years old", "my name is Tom and I am 11",
 * "je m'appelle Léa et j'ai 13 ans", "меня зовут Аня, мне 12 лет"), or as a capitalised name
 * with an age beside it ("Maria (13)", "Lena, 14, from Kazan", "Tom, 11 y/o", "Tom is 11").
 * An age alone ("I am 12") or a name alone is not flagged.
 */

const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const AGE_NUMBER = String.raw`\d{1,2}`;
/** Units that say age, not duration ("12 years old", "12 y/o", "12 ans"), unless followed by "after", "ago"... */
const AGE_UNIT = String.raw`(?:years?[\s-]*old|yrs?[\s-]*old|y\.?\s?\/?\s?o\.?|ans|años|anos|anni|[Jj]ahre\s+alt|лет|года?|років|рік)(?!\s*-?olds|\s+(?:after|later|ago|before|of|après|plus|depuis|de|después|más|atrás|nach|später|seit|спустя|назад|после|тому|depois|mais|dopo|fa)${END})`;
/** Also "years" and "Jahre" alone, after a self-introduction (where duration is unlikely). */
const ANY_AGE_UNIT = String.raw`(?:${AGE_UNIT}|years?|yrs|[Jj]ahre)(?!\s*-?olds)`;

/** A capitalised word that is not a name in a question about policy ("Article (19)", "Goal 16", "Ages 13"). */
const NOT_A_NAME = new Set(
  [
    'article', 'section', 'goal', 'paragraph', 'chapter', 'page', 'room', 'table', 'group', 'question', 'item', 'slide', 'point', 'rule',
    'principle', 'step', 'level', 'grade', 'year', 'years', 'class', 'part', 'annex', 'box', 'figure', 'resolution', 'recommendation', 'comment',
    'day', 'week', 'month', 'session', 'panel', 'workshop', 'round', 'phase', 'version', 'option', 'number', 'age', 'ages', 'aged', 'under', 'over',
    'children', 'kids', 'teens', 'boys', 'girls', 'students', 'pupils', 'users', 'players', 'members', 'platforms', 'apps', 'games', 'countries',
    'only', 'about', 'around', 'nearly', 'almost', 'since', 'from', 'until', 'between', 'and', 'or', 'the', 'in', 'on', 'at', 'by', 'for',
    'with', 'of', 'to', 'is', 'are', 'was', 'top', 'directive', 'regulation', 'law', 'act', 'bill', 'convention', 'protocol', 'report', 'study',
    'survey', 'covid', 'windows', 'android', 'chrome', 'ios', 'pegi', 'grades', 'kinder', 'niños', 'enfants', 'crianças', 'дети', 'статья',
    'цель', 'пункт', 'artikel', 'artículo', 'artigo', 'ziel', 'objetivo', 'objectif', 'minecraft', 'fortnite', 'roblox', 'tiktok', 'instagram',
    'snapchat', 'youtube', 'discord', 'whatsapp', 'telegram', 'facebook', 'meta', 'google', 'apple', 'microsoft', 'unicef', 'who', 'when',
    'what', 'why', 'how', 'where', 'which', 'does', 'do', 'can', 'should', 'will', 'would', 'could', 'have', 'has', 'many', 'most', 'some',
    'france', 'germany', 'spain', 'italy', 'russia', 'ukraine', 'nigeria', 'kenya', 'india', 'japan', 'brazil', 'mexico', 'china', 'canada',
    'australia', 'england', 'scotland', 'wales', 'ireland', 'europe', 'africa', 'asia', 'america', 'portugal', 'poland', 'sweden', 'norway',
    'denmark', 'finland', 'austria', 'belgium', 'netherlands', 'greece', 'turkey', 'egypt', 'ghana', 'uganda', 'chile', 'argentina',
    'paris', 'london', 'berlin', 'madrid', 'rome', 'moscow', 'kyiv', 'lagos', 'nairobi', 'delhi', 'tokyo', 'geneva', 'brussels', 'lisbon',
    'as', 'an', 'a', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'then', 'now', 'just', 'turned', 'turning',
    'tengo', 'tenho', 'tiene', 'tem', 'мне', 'мені', 'ich', 'bin', 'habe', 'ho', 'soy', 'sou', 'sono', 'je', 'moi', 'yo', 'eu', 'io', 'я',
    'edad', 'idade', 'alter', 'возраст', 'вік', 'casi', 'quase', 'fast', 'почти', 'unter', 'moins', 'menos', 'meno', 'до', 'после',
    'all', 'every', 'each', 'if', 'but', 'so', 'also', 'yes', 'no', 'ok', 'hi', 'hello', 'thanks', 'please', 'sorry', 'school', 'schools',
  ].map((word) => word.toLocaleLowerCase()),
);

const NAME = String.raw`(\p{Lu}\p{Ll}{1,30}(?:-\p{Lu}\p{Ll}{1,30})?)`;

/** A self-introduction naming someone: the trigger in any case, then a name. */
const INTRODUCTION = new RegExp(
  String.raw`${START}(?:my name(?:'s|\s+is)|i(?:'|’)?m called|call me|je m'appelle|je m’appelle|mon (?:nom|prénom) (?:est|c'est)|moi c'est|me llamo|mi nombre es|ich heiße|ich heisse|mein name ist|meu nome é|me chamo|chamo-me|mi chiamo|меня зовут|мо[её] имя|мене звати)\s+(\p{L}[\p{L}'’-]{0,30})`,
  'giu',
);

/** "I'm Anna": case-sensitive, so that the name must be capitalised ("I'm worried" is not a name). */
const I_AM_NAME = new RegExp(String.raw`${START}(?:[Ii](?:'|’)?m|[Ii] am|[Jj]e suis|[Ss]oy|[Ii]ch bin|[Ee]u sou|[Ss]ou (?:a|o)|[Ss]ono|[Яя])\s+${NAME}`, 'gu');

/** An age: "I am 11", "aged 12", "12 years old", "j'ai 13 ans", "мне 12 лет". */
const AGE = new RegExp(
  String.raw`${START}(?:i(?:'|’)?m|i am|am|aged?|j'ai|j’ai|tengo|tenho|ho|ich bin|bin|мне|я|мені)\s+${AGE_NUMBER}(?![\p{L}\p{N}%+])|${START}${AGE_NUMBER}\s*${ANY_AGE_UNIT}${END}`,
  'giu',
);

/** How far apart (characters) an introduction and an age may be to count as one person's. */
const NEAR = 60;

const NAME_WITH_AGE: readonly RegExp[] = [
  // "Maria (13)", "Chloé (11 ans)"
  new RegExp(String.raw`${START}${NAME}\s*\(\s*${AGE_NUMBER}\s*(?:${ANY_AGE_UNIT})?\s*\)`, 'gu'),
  // "Lena, 14, from Kazan", "Lena, 14 from Kazan", "Lena, 14: …"
  new RegExp(String.raw`${START}${NAME}\s*,\s*${AGE_NUMBER}\s*(?:[,:;]|\s+(?:from|de|aus|из|da|di|з)${END})`, 'gu'),
  // "Anna, 12 years old", "Tom 11yo", "Аня, 12 лет"
  new RegExp(String.raw`${START}${NAME}\s*,?\s*${AGE_NUMBER}\s*${AGE_UNIT}${END}`, 'gu'),
  // "Tom is 11", "Léa a 13 ans", "Tom is 11 years old" (not "Kenya is 15 years behind")
  new RegExp(String.raw`${START}${NAME}\s+(?:is|est|ist|tiene|tem|a)\s+${AGE_NUMBER}(?:\s*${AGE_UNIT})?(?!\s*(?:years?|yrs|%|\+)|[\p{L}\p{N}]|[.,]\d)`, 'gu'),
];

/** True when the (normalised) text gives a name together with an age. */
export function hasAgeWithName(text: string): boolean {
  // Every age pattern holds a digit: without one, none is tried.
  if (!/\d/u.test(text)) return false;
  for (const pattern of NAME_WITH_AGE) {
    for (const match of text.matchAll(pattern)) {
      if (!NOT_A_NAME.has((match[1] ?? '').toLocaleLowerCase())) return true;
    }
  }
  const introductions = [...text.matchAll(INTRODUCTION), ...text.matchAll(I_AM_NAME)].filter((match) => !NOT_A_NAME.has((match[1] ?? '').toLocaleLowerCase()));
  if (introductions.length === 0) return false;
  const ages = [...text.matchAll(AGE)];
  return introductions.some((intro) => ages.some((age) => Math.abs(age.index - intro.index) <= NEAR && age.index !== intro.index));
}
