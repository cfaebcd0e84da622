import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A11Y-11: the web app's styles are written in logical properties (`margin-inline-start`,
 * `inset-inline-end`, `text-align: start`), so Arabic, right to left, needs no style of its
 * own. Physical ones (left/right) are found in every stylesheet and every inline style of a
 * component; only the commented exceptions below may stay.
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
  /(?:^|[\s;{])(?:margin|padding|inset|border-width)\s*:\s*(\S+)\s+(\S+)\s+(\S+)\s+(?!\2\s*[;}!])\S+\s*[;}]/,
];

/** A physical property in a component's inline style object (`style={{ marginLeft: … }}`). */
const PHYSICAL_INLINE = /\b(?:margin|padding|border)(?:Left|Right)\b|[{,]\s*(?:left|right)\s*:|textAlign\s*:\s*['"](?:left|right)['"]|float\s*:\s*['"](?:left|right)['"]/;

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
  }
  return found.sort();
}

describe('A11Y-11: logical CSS properties only', () => {
  it('no stylesheet or inline style uses a physical left/right property, but the commented exceptions', () => {
    expect(physicalFound()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('the scan catches each kind of physical property and passes the logical ones', () => {
    const physical = (declaration: string) => PHYSICAL_CSS.some((rule) => rule.test(` ${declaration}`));
    for (const declaration of ['margin-left: 1rem;', 'padding-right: 0;', 'border-left: 2px solid;', 'border-right-color: red;', 'left: 0;', 'right: 1rem;', 'text-align: left;', 'float: right;', 'border-top-left-radius: 4px;', 'margin: 0 1rem 0 0;', 'padding: 1px 2px 3px 4px;']) {
      expect(physical(declaration), declaration).toBe(true);
    }
    for (const declaration of ['margin-inline-start: 1rem;', 'padding-inline: 0;', 'border-inline-start: 2px solid;', 'inset-inline-end: 0;', 'text-align: start;', 'float: inline-start;', 'border-start-start-radius: 4px;', 'margin: 0 1rem 0 1rem;', 'padding: 0 1rem;', 'margin: 1px 2px 3px;', 'top: 0;', 'inset: 0;']) {
      expect(physical(declaration), declaration).toBe(false);
    }
    expect(PHYSICAL_INLINE.test('{ marginLeft: 4 }')).toBe(true);
    expect(PHYSICAL_INLINE.test('{ left: `${x}px` }')).toBe(true);
    expect(PHYSICAL_INLINE.test('{ insetInlineStart: 0, width: "50%" }')).toBe(false);
  });
});
