/**
 * Street addresses (FILTER-7): a house number next to a street word, in the orders the
 * languages use ("12 Baker Street", "221B Baker St.", "12 rue de Rivoli", "Rue de Rivoli 5",
 * "Calle Mayor 5", "Hauptstraße 3", "ул. Ленина, д. 5"), flat numbers ("flat 4", "кв. 12")
 * and UK postcodes ("SW1A 1AA"); beyond Europe and North America, Indian house and plot
 * numbers and PIN codes, Japanese and Chinese block numbers ("新宿区西新宿2-8-1", "建国路88号",
 * "5号楼2单元301"), Arabic buildings, flats and streets ("عمارة 12", "شارع 15"), Latin American
 * avenues ("Av. Insurgentes Sur 1234", "Calle 45 # 12-34"), post-office boxes. A street named
 * without a number ("on Baker Street") is not an address.
 */

// Not followed by a decimal part: "Arbeitsplatz 4.0" is not a house number.
const NO = String.raw`\d{1,4}(?:\s?(?:bis|ter)|\s?[a-zA-Z])?(?![\p{L}\p{N}]|[.,]\d)`;
const START = String.raw`(?<![\p{L}\p{N}])`;
const NAME_WORD = String.raw`[\p{L}'’-]{1,40}`;
// A lower-case street name is not a function word or a unit: "3 years on this road" is prose.
const PLAIN_NAME_WORD = String.raw`(?!(?:the|a|an|on|in|of|to|for|and|or|this|that|these|those|years?|months?|days?|weeks?|hours?|times?|ways?|is|are|was|were|my|our|your|their|his|her|its|at|by|from|with|one|two|more|new|big|long|right|wrong|same|per|cent|percent|kids?|children|people)(?![\p{L}]))[\p{L}'’-]{1,40}`;
const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;

/** English street types that are not everyday words after a number: lower case is fine. */
const EN_PLAIN = String.raw`(?:street|st\.?|road|rd\.?|avenue|ave\.?|av\.?|lane|ln\.?|boulevard|blvd\.?|crescent|terrace|highway|mews|drive|dr\.)`;
/** English street types that are also everyday words ("2 high court rulings"): the name must be capitalised. */
const EN_WORDLIKE = String.raw`(?:Way|Close|Place|Court|Row|Hill|Grove|Gardens|Square|Walk|Park)`;

const PATTERNS: readonly RegExp[] = [
  // English: number, up to three name words, street type.
  new RegExp(String.raw`${START}${NO},?\s+(?:${PLAIN_NAME_WORD}\s+){1,3}${EN_PLAIN}(?![\p{L}])`, 'iu'),
  new RegExp(String.raw`${START}${NO},?\s+(?:${CAPITAL_WORD}\s+){1,3}${EN_WORDLIKE}(?![\p{L}])`, 'u'),
  // French, Spanish, Portuguese, Italian: number then street type, or street type, name, number.
  new RegExp(String.raw`${START}${NO},?\s+(?:rue|avenue|av\.|bd|boulevard|place|impasse|allée|allee|chemin|quai|route|calle|c/|avenida|plaza|paseo|rua|travessa|largo|via|viale|piazza|corso)\s+\p{L}`, 'iu'),
  new RegExp(String.raw`${START}(?:rue|avenue|boulevard|impasse|allée|chemin|quai|calle|c/|avda\.?|av\.|avenida|plaza|paseo|pasaje|psje\.|jr\.|jirón|jiron|carrera|calzada|prolongación|callejón|alameda|rua|r\.|travessa|largo|via|viale|piazza|corso|estrada|rodovia)\s+(?:${NAME_WORD}\s+){0,4}${NAME_WORD},?\s+(?:n[º°o]\.?\s*|#\s*)?${NO}`, 'iu'),
  // German: compound street words and "Berliner Straße 12".
  new RegExp(String.raw`${START}[\p{L}-]{2,40}(?:straße|strasse|str\.|weg|allee|gasse|damm|ufer|ring|chaussee)\s*${NO}`, 'iu'),
  new RegExp(String.raw`${START}[\p{L}-]{3,40}platz\s*${NO}`, 'iu'),
  // Not "Platz" or "Ring" after a word: "auf Platz 2" is second place.
  new RegExp(String.raw`${START}${CAPITAL_WORD}\s+(?:Straße|Strasse|Str\.|Weg|Allee|Gasse|Damm|Ufer)\s*${NO}`, 'u'),
  // Russian and Ukrainian: street word, name, house ("ул. Ленина, д. 5", "улица Мира 12").
  new RegExp(String.raw`${START}(?:ул\.|улица|вул\.|вулиця|пр\.|пр-т|проспект|просп\.|пер\.|переулок|провулок|б-р|бульвар|ш\.|шоссе|наб\.|набережная|пл\.|площадь|мкр\.?|микрорайон)\s*${NAME_WORD}(?:\s+${NAME_WORD}){0,2},?\s*(?:д\.|дом|буд\.)?\s*${NO}`, 'iu'),
  new RegExp(String.raw`${START}(?:д\.|дом)\s*\d{1,4}\s*,?\s*(?:кв\.|квартира|корп\.|корпус)\s*\d{1,4}`, 'iu'),
  new RegExp(String.raw`${START}(?:кв\.|квартира)\s*\d{1,4}(?![\p{L}\p{N}])`, 'iu'),
  // Flats: "flat 4", "apt 12B", "appartement 3", "appt 12", "depto B" (not "a flat 10% fee").
  new RegExp(String.raw`${START}(?:flat|apt\.?|apartment|appartement|appt\.?|apartamento|apto\.?|piso|wohnung|depto\.?|dpto\.?|departamento)\s+(?:no\.?\s*|n[º°]\s*)?\d{1,4}[a-zA-Z]?(?![\p{L}\p{N}%]|[.,]\d)`, 'iu'),
  new RegExp(String.raw`${START}(?:depto|dpto|bât|bat)\.?\s+[A-Z](?![\p{L}\p{N}])`, 'u'),
  // India: "H.No. 12-3-456", "House No 45", "Door No 7", "Plot 14, …"; a city with its PIN code (", Bengaluru 560001").
  new RegExp(String.raw`${START}(?:h\.?\s?no\.?|house\s+no\.?|door\s+no\.?|flat\s+no\.?|plot\s+no\.?)\s*[:.]?\s*\d{1,5}(?:[-/]\d{1,5}){0,3}(?![\p{N}])`, 'iu'),
  /(?<![\p{L}\p{N}])Plot\s+\d{1,5}\s*,/u,
  /,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s*[-–]?\s*\d{6}(?!\d)/u,
  // Post-office boxes.
  new RegExp(String.raw`${START}(?:p\.?\s?o\.?\s?box|post office box|b\.p\.|boîte postale|apartado(?:\s+postal)?|casilla(?:\s+de\s+correo)?|caixa\s+postal|ص\.?\s?ب\.?|صندوق\s+بريد|а/я|абонентский\s+ящик|邮政信箱)\s*\.?:?\s*\d{1,6}`, 'iu'),
  // Japan, romanised: "1-2-3 Jingumae, Shibuya-ku".
  new RegExp(String.raw`${START}\d{1,2}-\d{1,3}(?:-\d{1,3})?,?\s+(?:\p{Lu}[\p{L}-]*,?\s+){0,3}\p{Lu}\p{L}*-(?:ku|shi|cho|machi|gun|ken)(?!\p{L})`, 'u'),
  // Chinese and Japanese: a district then chōme-banchi-gō ("新宿区西新宿2-8-1"), a road and its number ("建国路88号"),
  // a building, entrance and flat ("5号楼2单元301", "3栋1201室"), a Japanese postcode ("〒150-0002").
  /[区市町村县縣镇鎮乡鄉]\p{sc=Han}{0,12}?\d{1,4}(?:[-－]\d{1,4}){1,2}/u,
  /\p{sc=Han}(?:路|街|道|巷|弄|胡同|大道|大街)\s*\d{1,5}\s*[号號弄]/u,
  /\d{1,4}\s*(?:号楼|號樓|栋|棟|幢|座)\s*(?:\d{1,2}\s*单元\s*)?\d{2,5}\s*(?:室|号|號)?/u,
  /\d{1,2}\s*单元\s*\d{2,5}/u,
  /〒\s?\d{3}-\d{4}/u,
  /\d{1,2}\s*丁目\s*\d{1,3}\s*番(?:地)?(?:\s*\d{1,3}\s*号)?/u,
  // The Arab world: a building, flat, villa or house with its number ("عمارة 12", "شقة 4", "فيلا 23", "بيت رقم 7"; not
  // "the building 3", المبنى 3, which names a public building),
  // a street with a number ("شارع 15", "25 شارع التحرير").
  new RegExp(String.raw`${START}(?:عمار[ةه]|بناي[ةه]|مبنى|فيلا|شق[ةه]|منزل|بيت|دار)\s*(?:رقم\s*)?\d{1,4}(?!\d)`, 'u'),
  new RegExp(String.raw`${START}\d{1,4}\s*،?\s*(?:شارع|ش\.?\s)`, 'u'),
  new RegExp(String.raw`${START}شارع\s+(?:\p{L}+\s+){0,3}(?:رقم\s*)?\d{1,3}(?!\d)`, 'u'),
  // Latin America: Colombian "Calle 45 # 12-34"; Yaoundé's "rue 1.234".
  new RegExp(String.raw`${START}(?:calle|carrera|cra\.?|cl\.?|kr\.?|diagonal|transversal|avenida|av\.?)\s*\d{1,3}\s*[a-zA-Z]?\s*(?:#|n[º°o]\.?|no\.?)\s*\d{1,3}\s*[a-zA-Z]?\s*-\s*\d{1,3}`, 'iu'),
  new RegExp(String.raw`${START}(?:rue|avenue)\s+(?:n[°o]\s*)?\d{1,2}\.\d{3}(?!\d)`, 'iu'),
  // Russian: "Ленинградское шоссе 16".
  new RegExp(String.raw`${START}[\p{L}-]{3,30}(?:ое|ая|ий|ый|ой)\s+(?:шоссе|проспект|улица|переулок|бульвар|набережная|площадь|тупик|проезд)\s*,?\s*(?:д\.|дом)?\s*\d{1,4}`, 'iu'),
  // UK postcodes.
  /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/u,
];

/** True when the (normalised) text holds a street address. */
export function hasAddress(text: string): boolean {
  // Every pattern holds a digit: without one, none is tried.
  return /\d/u.test(text) && PATTERNS.some((pattern) => pattern.test(text));
}
