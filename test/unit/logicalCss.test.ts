import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A11Y-11: the web app's styles are written in logical properties (`margin-inline-start`,
 * `inset-inline-end`, `text-align: start`), so Arabic, right to left, needs no style of its
 * own. Physical ones (left/right: sides, corners, positions, origins, gradients, shifts along
 * x) are found in every stylesheet, every inline style of a component and every style set from
 * code; only the commented exceptions below may stay.
 */

const WEB = resolve(import.meta.dirname, '../../src/web');

/** A physical property or value in a stylesheet declaration. */
const PHYSICAL_CSS: readonly RegExp[] = [
  /(?:^|[\s;{])(?:margin|padding|scroll-margin|scroll-padding)-(?:left|right)\s*:/,
  /(?:^|[\s;{])border-(?:left|right)(?:-\w+)?\s*:/,
  /(?:^|[\s;{])border-(?:top|bottom)-(?:left|right)-radius\s*:/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /(?:^|[\s;{])(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
  // Four sides in one shorthand put different values on the physical right and left.
  /(?:^|[\s;{])(?:margin|padding|inset|border-width|border-style|border-color)\s*:\s*(\S+)\s+(\S+)\s+(\S+)\s+(?!\2\s*[;}!])\S+\s*[;}]/,
  // Corners by two to four values are physical corners (border-start-start-radius… are not).
  /(?:^|[\s;{])border-radius\s*:\s*[^;/}\s]+\s+[^;/}\s]+/,
  // A picture, an origin or a gradient pinned to a physical side; a shift along the x axis.
  /(?:^|[\s;{])(?:background-position(?:-x)?|transform-origin|object-position|justify-(?:content|items|self))\s*:[^;}]*\b(?:left|right)\b/,
  /\b(?:linear-gradient|repeating-linear-gradient)\(\s*to\s+(?:left|right)\b/,
  /\btranslate(?:X)?\(\s*-?[1-9]|(?:^|[\s;{])translate\s*:\s*-?[1-9]/,
];

/** A physical property in a component's inline style object (`style={{ marginLeft: … }}`). */
const PHYSICAL_INLINE = /\b(?:margin|padding|border)(?:Left|Right)\b|[{,]\s*(?:left|right)\s*:|textAlign\s*:\s*['"](?:left|right)['"]|float\s*:\s*['"](?:left|right)['"]/;

/** A physical property set from code (`element.style.left = …`, `style.setProperty('margin-right', …)`). */
const PHYSICAL_SCRIPTED = /\.style\.(?:left|right|(?:margin|padding|border)(?:Left|Right)\w*|textAlign|cssFloat)\s*=|setProperty\(\s*['"](?:left|right|(?:margin|padding|border)-(?:left|right)[\w-]*|text-align|float)['"]/;

/**
 * Physical properties kept on purpose, as "file: declaration" → why. Keep it short: a new
 * entry needs a reason a logical property cannot give.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // Shapes drawn from two borders and turned 45°: a check mark and a downward chevron are not
  // mirrored in Arabic, so their borders stay on the physical sides.
  'styles/participant.css: border-width: 0 0.2rem 0.2rem 0;': 'check mark of a restyled checkbox',
  'styles/participant-floor.css: border-width: 0 2px 2px 0;': 'chevron of the "about you" summary',
};

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => ending.test(file) && !file.endsWith('.test.ts'))
    .map((file) => join(dir, file));
}

/** Each declaration of a stylesheet, without comments, with the file it is in. */
function declarations(file: string): string[] {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return css.split(/(?<=[;{}])/).map((part) => part.trim()).filter((part) => part.length > 0);
}

function physicalFound(): string[] {
  const found: string[] = [];
  for (const file of files(WEB, /\.css$/)) {
    for (const declaration of declarations(file)) {
      if (PHYSICAL_CSS.some((rule) => rule.test(` ${declaration}`))) found.push(`${relative(WEB, file)}: ${declaration}`);
    }
  }
  for (const file of files(WEB, /\.tsx?$/)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/style=\{\{([^}]*)\}\}/g)) {
      if (PHYSICAL_INLINE.test(`{${match[1] ?? ''}`)) found.push(`${relative(WEB, file)}: style={{${match[1] ?? ''}}}`);
    }
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (PHYSICAL_SCRIPTED.test(line)) found.push(`${relative(WEB, file)}: ${line.trim()}`);
    }
  }
  return found.sort();
}

describe('A11Y-11: logical CSS properties only', () => {
  it('no stylesheet or inline style uses a physical left/right property, but the commented exceptions', () => {
    expect(physicalFound()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('the scan catches each kind of physical property and passes the logical ones', () => {
    const physical = (declaration: string) => PHYSICAL_CSS.some((rule) => rule.test(` ${declaration}`));
    for (const declaration of ['margin-left: 1rem;', 'padding-right: 0;', 'border-left: 2px solid;', 'border-right-color: red;', 'left: 0;', 'right: 1rem;', 'text-align: left;', 'float: right;', 'border-top-left-radius: 4px;', 'margin: 0 1rem 0 0;', 'padding: 1px 2px 3px 4px;', 'border-radius: 4px 0 0 4px;', 'border-radius: 0 8px;', 'border-color: red blue red green;', 'background-position: right 1rem center;', 'transform-origin: left top;', 'justify-content: left;', 'background: linear-gradient(to right, #fff, #000);', 'transform: translateX(4px);', 'translate: 1rem 0;']) {
      expect(physical(declaration), declaration).toBe(true);
    }
    for (const declaration of ['margin-inline-start: 1rem;', 'padding-inline: 0;', 'border-inline-start: 2px solid;', 'inset-inline-end: 0;', 'text-align: start;', 'float: inline-start;', 'border-start-start-radius: 4px;', 'margin: 0 1rem 0 1rem;', 'padding: 0 1rem;', 'margin: 1px 2px 3px;', 'top: 0;', 'inset: 0;', 'border-radius: 4px;', 'border-radius: 50% / 10%;', 'background-position: center;', 'transform-origin: center;', 'justify-content: start;', 'background: linear-gradient(180deg, #fff, #000);', 'transform: rotate(45deg);', 'transform: translateY(4px);', 'transform: translate(0, -50%);']) {
      expect(physical(declaration), declaration).toBe(false);
    }
    expect(PHYSICAL_INLINE.test('{ marginLeft: 4 }')).toBe(true);
    expect(PHYSICAL_INLINE.test('{ left: `${x}px` }')).toBe(true);
    expect(PHYSICAL_INLINE.test('{ insetInlineStart: 0, width: "50%" }')).toBe(false);
    expect(PHYSICAL_SCRIPTED.test('tip.style.left = `${x}px`;')).toBe(true);
    expect(PHYSICAL_SCRIPTED.test("box.style.setProperty('margin-right', '1rem');")).toBe(true);
    expect(PHYSICAL_SCRIPTED.test('tip.style.insetInlineStart = `${x}px`;')).toBe(false);
  });
});
