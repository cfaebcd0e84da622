/**
 * Street addresses (FILTER-7): a house number next to a street word, in the orders the
 * languages use ("12 Baker Street", "221B Baker St.", "12 rue de Rivoli", "Rue de Rivoli 5",
 * "Calle Mayor 5", "Hauptstraße 3", "ул. Ленина, д. 5"), flat numbers ("flat 4", "кв. 12")
 * and UK postcodes ("SW1A 1AA"). A street named without a number ("on Baker Street") is not
 * an address.
 */

// Not followed by a decimal part: "Arbeitsplatz 4.0" is not a house number.
const NO = String.raw`\d{1,4}\s?[a-zA-Z]?(?![\p{L}\p{N}]|[.,]\d)`;
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
  new RegExp(String.raw`${START}(?:rue|avenue|boulevard|impasse|allée|chemin|quai|calle|c/|avda\.?|avenida|plaza|paseo|rua|r\.|travessa|largo|via|viale|piazza|corso)\s+(?:${NAME_WORD}\s+){0,4}${NAME_WORD},?\s+(?:n[º°o]\.?\s*)?${NO}`, 'iu'),
  // German: compound street words and "Berliner Straße 12".
  new RegExp(String.raw`${START}[\p{L}-]{2,40}(?:straße|strasse|str\.|weg|allee|gasse|damm|ufer|ring|chaussee)\s*${NO}`, 'iu'),
  new RegExp(String.raw`${START}[\p{L}-]{3,40}platz\s*${NO}`, 'iu'),
  // Not "Platz" or "Ring" after a word: "auf Platz 2" is second place.
  new RegExp(String.raw`${START}${CAPITAL_WORD}\s+(?:Straße|Strasse|Str\.|Weg|Allee|Gasse|Damm|Ufer)\s*${NO}`, 'u'),
  // Russian and Ukrainian: street word, name, house ("ул. Ленина, д. 5", "улица Мира 12").
  new RegExp(String.raw`${START}(?:ул\.|улица|вул\.|вулиця|пр\.|пр-т|проспект|просп\.|пер\.|переулок|провулок|б-р|бульвар|ш\.|шоссе|наб\.|набережная|пл\.|площадь|мкр\.?|микрорайон)\s*${NAME_WORD}(?:\s+${NAME_WORD}){0,2},?\s*(?:д\.|дом|буд\.)?\s*${NO}`, 'iu'),
  new RegExp(String.raw`${START}(?:д\.|дом)\s*\d{1,4}\s*,?\s*(?:кв\.|квартира|корп\.|корпус)\s*\d{1,4}`, 'iu'),
  new RegExp(String.raw`${START}(?:кв\.|квартира)\s*\d{1,4}(?![\p{L}\p{N}])`, 'iu'),
  // Flats: "flat 4", "apt 12B", "appartement 3" (not "a flat 10% fee").
  new RegExp(String.raw`${START}(?:flat|apt\.?|apartment|appartement|apartamento|piso|wohnung)\s+(?:no\.?\s*)?\d{1,4}[a-zA-Z]?(?![\p{L}\p{N}%.,]\d?)`, 'iu'),
  // UK postcodes.
  /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/u,
];

/** True when the (normalised) text holds a street address. */
export function hasAddress(text: string): boolean {
  // Every pattern holds a digit: without one, none is tried.
  return /\d/u.test(text) && PATTERNS.some((pattern) => pattern.test(text));
}
