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

/**
 * Introductions in Arabic ("اسمي سارة", "أنا أحمد", "ابني يوسف") and Chinese ("我叫王小明",
 * "我是李华", "我女儿美美"): the word after them is taken as the name unless it is a word for a
 * role or a feeling ("أنا طالب", "我是学生").
 */
const ARABIC_INTRODUCTION = /(?<!\p{L})(?:و)?(?:اسمي|انا|أنا|ابني|ابنتي|بنتي|اخي|أخي|اختي|أختي|ولدي)\s+(\p{L}{2,20})/gu;
const ARABIC_NOT_NAMES: ReadonlySet<string> = new Set([
  'طالب', 'طالبة', 'طالبه', 'ام', 'أم', 'اب', 'أب', 'معلم', 'معلمة', 'معلمه', 'مدرس', 'مدرسة', 'مدرسه', 'خائف', 'خائفة', 'قلق', 'قلقة', 'من', 'في', 'هنا',
  'لست', 'لا', 'ايضا', 'أيضا', 'ولي', 'أحد', 'احد', 'عضو', 'ممثل', 'باحث', 'باحثة', 'مشارك', 'مشاركة', 'عمري', 'عمره', 'عمرها', 'أدرس', 'ادرس', 'أعمل',
  'اعمل', 'مع', 'على', 'عندي', 'لدي', 'أريد', 'اريد', 'أسأل', 'اسأل', 'أم', 'والد', 'والدة', 'مديرة', 'مدير',
]);
const CHINESE_INTRODUCTION = /(?:我叫|我是|我的名字是|我的名字叫|我女儿|我儿子|我闺女|我妹妹|我弟弟)\s*(\p{sc=Han}{2,3})/gu;
const CHINESE_NOT_NAME = /^(?:学生|老师|家长|妈妈|爸爸|母亲|父亲|一|个|这|那|初|高|小学|中学|在|从|来自|你|他|她|很|不|也|都|第|今年|\d)/u;

/** Ages in words, 5 to 19, read as digits where an age is said ("I'm eleven", "onze ans", "двенадцать лет", "十二岁"). */
const AGE_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
    'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13,
    catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, пять: 5, шесть: 6, семь: 7, восемь: 8,
    девять: 9, десять: 10, одиннадцать: 11, двенадцать: 12, тринадцать: 13, четырнадцать: 14, пятнадцать: 15, шестнадцать: 16, семнадцать: 17,
    восемнадцать: 18, девятнадцать: 19, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 十三: 13, 十四: 14, 十五: 15, 十六: 16,
    十七: 17, 十八: 18, 十九: 19,
  }),
);
const AGE_WORD = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}])(?:i'?m|i am|j'ai|tengo|tenho|мне)\s+)(${[...AGE_WORDS.keys()].filter((w) => /\p{Script=Latin}|\p{Script=Cyrillic}/u.test(w)).join('|')})(?!\p{L})|(?<!\p{L})(${[...AGE_WORDS.keys()].filter((w) => /\p{Script=Latin}|\p{Script=Cyrillic}/u.test(w)).join('|')})(?=\s*(?:years?|ans|años|anos|лет|года?)(?!\p{L}))|(${[...AGE_WORDS.keys()].filter((w) => /\p{sc=Han}/u.test(w)).sort((a, b) => b.length - a.length).join('|')})(?=[岁歲])`,
  'giu',
);

/** Arabic ages 5 to 19 in words: "اثنا عشر", "عشر", "تسعة". */
const AR_AGE_WORD = String.raw`(?:(?:احد|أحد|احدى|إحدى|اثنا|اثني|اثنتا|اثنتي|ثلاث[ةه]?|اربع[ةه]?|أربع[ةه]?|خمس[ةه]?|ست[ةه]?|سبع[ةه]?|ثماني[ةه]?|تسع[ةه]?)\s+عشر[ةه]?|خمس[ةه]?|ست[ةه]?|سبع[ةه]?|ثمان(?:ي[ةه]?)?|تسع[ةه]?|عشر[ةه]?)`;

/** Arabic and Chinese ages: "عمري 12", "12 سنة", "عمري اثنا عشر عاما", "12岁", "今年12". */
const OTHER_AGE = new RegExp(String.raw`(?<!\p{L})(?:و)?(?:عمري|عمره|عمرها)\s*(?:\d{1,2}(?!\d)|${AR_AGE_WORD}(?!\p{L}))|(?<!\p{L})${AR_AGE_WORD}\s+(?:سن[ةه]|سنوات|عام|عاما)(?!\p{L})|`
  + String.raw`(?<!\d)\d{1,2}\s*(?:سن[ةه]|سنوات|عام|عاما)(?!\p{L})|(?<!\d)\d{1,2}\s*[岁歲]|今年\s*\d{1,2}(?!\d)`, 'gu');

/** A school or a class named ("at Oakwood Academy", "au collège Jean Moulin", "в школе №57", "مدرسة النور", "育才小学", "in class 7"). */
const SCHOOL = new RegExp(
  [
    String.raw`(?<!\p{L})(?:at|go to|from|attend|attending)\s+(?:the\s+)?(?:St\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:Primary|Secondary|High|Academy|School|College|Elementary|Middle|Grammar|Prep|Junior|Infants)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:in\s+)?(?:year|class|grade|form)\s+\d{1,2}(?![\p{N}%])`,
    String.raw`(?<!\p{L})(?:collège|college|lycée|lycee|école|ecole)\s+(?:primaire\s+|élémentaire\s+)?\p{Lu}`,
    String.raw`(?<!\p{L})(?:en|de)\s+(?:CP|CE1|CE2|CM1|CM2|6e|5e|4e|3e|6ème|5ème|4ème|3ème|seconde|première|terminale)(?![\p{L}\p{N}])`,
    String.raw`(?<!\p{L})(?:colegio|escuela|instituto|liceo)\s+(?:de\s+)?\p{Lu}`,
    String.raw`(?<!\p{L})(?:a|en)\s+(?:primero|segundo|tercero|cuarto|quinto|sexto)(?:\s+de\s+(?:primaria|secundaria|básica))?(?!\p{L})`,
    String.raw`(?<!\p{L})(?:школ[аеуы]|гимнази[яиюей]|лице[йяею])\s*(?:№\s*|No\.?\s*|номер\s*)?\d{1,4}`,
    String.raw`(?<!\p{L})в\s+\d{1,2}\s*(?:-?м\s+)?класс[еа]?`,
    String.raw`(?<!\p{L})مدرس[ةه]\s+ال\p{L}+`,
    String.raw`(?<!\p{L})(?:ال)?صف\s+ال\p{L}+`,
    String.raw`\p{sc=Han}{1,8}(?:小学|中学|初中|高中|一中|二中|三中|附中|学校)|[初高][一二三](?!\p{sc=Han}{0,1}[年])|[一二三四五六]年级`,
  ].join('|'),
  'gu',
);

/** Words saying the one introduced works at the school ("I'm Sarah, a teacher at …"): a school then says nothing of a child. */
const STAFF = /(?<!\p{L})(?:teacher|principal|head|headteacher|director|professeur|professeure|enseignant|enseignante|directeur|directrice|profesor|profesora|maestro|maestra|director|directora|учитель|учительница|директор|معلم|معلمة|مدير|مديرة|老师|教师|校长)(?!\p{L})/iu;

/** A bare number right after an introduced name: "hi im Zoe 12". */
const NUMBER_AFTER_NAME = /^\s*,?\s*\d{1,2}(?![\p{N}%+]|\s*(?:years? (?:ago|after|later)|ans (?:après|plus tard)))/u;

/** How far apart (characters) a Chinese introduction and its age or school may be. */
const NEAR_CHINESE = 30;

/** True when the (normalised) text gives a name together with an age or a school. */
export function hasAgeWithName(text: string): boolean {
  const withAges = text.replace(AGE_WORD, (word) => String(AGE_WORDS.get(word.toLowerCase()) ?? AGE_WORDS.get(word) ?? word));
  if (/\d/u.test(withAges)) {
    for (const pattern of NAME_WITH_AGE) {
      for (const match of withAges.matchAll(pattern)) {
        if (!NOT_A_NAME.has((match[1] ?? '').toLocaleLowerCase())) return true;
      }
    }
  }
  const introductions = [
    ...[...withAges.matchAll(INTRODUCTION), ...withAges.matchAll(I_AM_NAME)].filter((match) => !NOT_A_NAME.has((match[1] ?? '').toLocaleLowerCase())),
    ...[...withAges.matchAll(ARABIC_INTRODUCTION)].filter((match) => !ARABIC_NOT_NAMES.has(match[1] ?? '')),
  ];
  const chinese = [...withAges.matchAll(CHINESE_INTRODUCTION)].filter((match) => !CHINESE_NOT_NAME.test(match[1] ?? ''));
  if (introductions.length === 0 && chinese.length === 0) return false;
  if (introductions.some((intro) => NUMBER_AFTER_NAME.test(withAges.slice(intro.index + intro[0].length)))) return true;
  const signals = [...withAges.matchAll(AGE), ...withAges.matchAll(OTHER_AGE), ...withAges.matchAll(SCHOOL)];
  const near = (intro: RegExpMatchArray & { index: number }, signal: RegExpMatchArray & { index: number }, distance: number): boolean => {
    if (signal.index === intro.index || Math.abs(signal.index - intro.index) > distance) return false;
    const between = withAges.slice(Math.min(intro.index, signal.index), Math.max(intro.index + intro[0].length, signal.index + signal[0].length));
    return !STAFF.test(between);
  };
  return introductions.some((intro) => signals.some((signal) => near(intro, signal, NEAR))) || chinese.some((intro) => signals.some((signal) => near(intro, signal, NEAR_CHINESE)));
}
