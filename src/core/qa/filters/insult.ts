import { foldArabic, joinHan } from './profanityLexiconArabicChinese.ts';
import { clean } from './normalize.ts';

/**
 * Insults without a swear word (FILTER-11): a short curated list, per language, of demeaning
 * phrases aimed at a person ("you are worthless", "nobody likes you") and of telling someone
 * to die or hurt themselves ("kill yourself", "kys"). A word alone ("loser", "ugly", "idiot")
 * is not enough: it must be said to someone ("you're ugly", "ya 7mar", "يا حقير"), so a
 * question about insults ("what if a pupil is called a loser?") stays clean, and so does a
 * phrase in quotation marks (reported speech: 'what if someone writes "nobody likes you"?').
 */

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

// Lower-cased, without diacritics.
const EN_WORTHLESS = String.raw`(?:a disgrace|disgrace|ugly|worthless|pathetic|useless|disgusting|a loser|loser|a freak|freak|a waste of (?:space|oxygen|air)|a failure|nothing|a nobody|nobody|a fat pig|fat pig|a pig|trash|garbage|subhuman|vermin|scum|an idiot|idiot|a moron|moron|stupid|dumb|a retard|a clown|clown|a joke|fat and ugly)`;
const EN_INTENSIFIER = String.raw`(?:so |such |such a |just |really |a total |a complete |a |an |totally |literally |nothing but )?`;
const FR_WORTHLESS = String.raw`(?:moche|nul(?:le)?|debile|un dechet|une dechet|dechet|une merde|un rate|une ratee|rate|ratee|minable|pathetique|un bouffon|bouffon|un abruti|abruti(?:e)?|idiot(?:e)?|un idiot|une idiote|grosse? vache|gros porc|un porc|laid(?:e)?|inutile|une honte|un boulet)`;
const ES_WORTHLESS = String.raw`(?:una verguenza|verguenza|feo|fea|una basura|basura|inutil|un inutil|una inutil|idiota|un idiota|una idiota|estupido|estupida|asqueroso|asquerosa|fracasado|fracasada|un fracasado|una fracasada|perdedor|perdedora|escoria|una escoria|un asco|gordo asqueroso|gorda asquerosa|un payaso|payaso|patetico|patetica)`;
const RU_WORTHLESS = String.raw`(?:дура|дурак|урод|уродина|ничтожество|тупица|тупой|тупая|идиот|идиотка|отброс|мусор|неудачник|неудачница|жирный|жирная|лох|чмо|никто|пустое место|позор|убожество)`;

const PATTERNS: readonly RegExp[] = [
  // English.
  new RegExp(String.raw`${B}(?:kill|hang|shoot|drown|hurt|cut) (?:your ?self|urself|yourselves|u self)${E}|${B}kys${E}|${B}go (?:and )?(?:die|jump off a (?:bridge|cliff))${E}|${B}drop dead${E}|${B}(?:nobody|no one|noone|no1) (?:likes|loves|cares about|wants|needs) (?:you|u)${E}|${B}(?:everyone|everybody) hates (?:you|u)${E}|${B}(?:you|u) should (?:die|kill (?:your ?self|urself)|disappear)${E}|${B}(?:i )?hope (?:you|u) die${E}|${B}no ?one would miss (?:you|u)${E}|${B}what an? (?:loser|freak|idiot|moron|clown|waste of space)${E}`, 'u'),
  new RegExp(String.raw`${B}(?:you(?:'re| are|re| r)|ur|u r|youre) ${EN_INTENSIFIER}${EN_WORTHLESS}${E}`, 'u'),
  new RegExp(String.raw`${B}(?:shut up|stfu),? (?:you )?(?:idiot|loser|moron|freak|clown|fatso|pig)${E}`, 'u'),
  // French.
  new RegExp(String.raw`${B}(?:va |vas |allez )(?:te |vous )?(?:mourir|crever|te pendre|te suicider)${E}|${B}creve${E}|${B}(?:suicide|tue|pends)[- ](?:toi|vous)${E}|${B}personne (?:ne )?t'?(?:aime|supporte|veut)${E}|${B}tout le monde te deteste${E}|${B}espece d'?(?:idiot|imbecile|abruti|cretin|debile|nul|bouffon|con|raté|rate)${E}|${B}tu sers a rien${E}`, 'u'),
  new RegExp(String.raw`${B}(?:t'es|t es|tu es|vous etes|t'etais) (?:qu'un(?:e)? |qu'une |un(?:e)? |trop |vraiment |tellement |si |juste |completement )?${FR_WORTHLESS}${E}`, 'u'),
  // Spanish.
  new RegExp(String.raw`${B}(?:matate|suicidate|muerete|ahorcate|tirate de un puente)${E}|${B}(?:vete a morir|ojala te mueras|ojala te murieras)${E}|${B}nadie te (?:quiere|soporta|aguanta)${E}|${B}todos te odian${E}|${B}callate,? (?:idiota|estupido|estupida|imbecil|tonto|tonta|payaso)${E}|${B}(?:das|me das) asco${E}`, 'u'),
  new RegExp(String.raw`${B}(?:eres|sos|es usted) (?:un(?:a)? |muy |tan |la |el |lo mas |una completa |un completo )?${ES_WORTHLESS}${E}`, 'u'),
  // Russian (ё read as е).
  new RegExp(String.raw`${B}(?:убей себя|убейся|сдохни|повесься|выпились|иди (?:и )?(?:умри|сдохни|повесься))${E}|${B}(?:ты )?никому не нуж(?:ен|на)${E}|${B}тебя никто не (?:любит|терпит)${E}|${B}(?:все тебя ненавидят|тебя все ненавидят)${E}|${B}заткнись,? (?:идиот|дебил|урод|тупица|дура|дурак|чмо)${E}`, 'u'),
  new RegExp(String.raw`${B}ты (?:такой |такая |просто |полное |полный |конченый |конченая |жалкое |жалкий )?${RU_WORTHLESS}${E}`, 'u'),
  // Arabic, folded (ة as ه): "kill yourself", "go die", "nobody loves you", "you are a failure", "ya hayawan".
  new RegExp(String.raw`${B}(?:اقتل|اقتلي) (?:نفسك|حالك)${E}|${B}(?:انتحر|انتحري)${E}|${B}(?:روح|روحي) (?:موت|موتي)${E}|${B}(?:ان شاء الله|الله) (?:تموت|تموتي|ياخذك|ياخدك)${E}|${B}(?:ما حدا|ما حد|محد|محدا|ولا حد|لا احد) (?:بحبك|يحبك|بيحبك|يطيقك)${E}|${B}الكل يكرهك${E}`, 'u'),
  new RegExp(String.raw`${B}(?:انت|انتي|إنت|انتا) (?:مجرد |واحد |وحده )?(?:فاشل|فاشله|حقير|حقيره|غبي|غبيه|تافه|تافهه|حيوان|حيوانه|حمار|حماره|قذر|قذره|زباله|كلب|كلبه|قبيح|قبيحه|بشع|بشعه|ولا شي)${E}`, 'u'),
  new RegExp(String.raw`${B}يا (?:فاشل|فاشله|حقير|حقيره|غبي|غبيه|تافه|تافهه|حيوان|حيوانه|حمار|حماره|قذر|قذره|زباله|كلب|كلبه|قبيح|بشع|واطي|وسخ|وسخه)${E}`, 'u'),
  /(?<![a-z])ya (?:7mar|hmar|7ayawan|hayawan|ghabi|kalb|7a2eer|haqeer)(?![a-z])|(?<![a-z])(?:7mar|7ayawan)(?![a-z])/u,
  // Chinese.
  /去死|怎么不去死|死全家|[你妳](?:就是|真是|真|是|这个|个)?(?:个|一个)?(?:废物|垃圾|蠢货|蠢猪|白痴|弱智|丑八怪|猪头|猪|贱种|傻子|人渣|畜生|畜牲)(?!肉)|脑残|人渣|没人(?:喜欢|在乎|爱|理)[你妳]|[你妳](?:长得)?(?:真|好|太)丑|滚(?:蛋|开|出去)/u,
];

/** True when the text holds an insult aimed at a person, without a swear word. */
export function hasInsult(text: string): boolean {
  const t = joinHan(foldArabic(withoutLatinAccents(clean(text)).toLowerCase().replace(/[’‘]/gu, "'").replace(/ё/gu, 'е')).replace(/\s+/gu, ' '));
  // Reported speech: a phrase wholly inside quotation marks is quoted, not said to anyone here.
  const unquoted = t.replace(QUOTED, ' ');
  return PATTERNS.some((pattern) => pattern.test(unquoted));
}

const QUOTED = /"[^"]{1,80}"|“[^”]{1,80}”|«[^»]{1,80}»|„[^“]{1,80}“|「[^」]{1,80}」/gu;

/** é → e, ñ → n; Cyrillic й and ё keep their marks (stripDiacritics would make й an и). */
function withoutLatinAccents(text: string): string {
  return text.normalize('NFD').replace(/(?<=[a-zA-Z])\p{M}+/gu, '').normalize('NFC');
}
