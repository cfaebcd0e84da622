import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Which catalog keys a part of the web app can show: the files reachable from an entry by
 * static imports (dynamic `import()` starts another chunk, so it is not followed), and the
 * keys their source names. Used by the catalog split test (I18N-2) to prove that the phone's
 * first bundle carries every text it shows and none of the staff pages' texts.
 */

const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(from), specifier);
  return existsSync(path) ? path : undefined;
}

/** Files reachable from `entry` through static, non-type imports of relative `.ts`/`.tsx` modules. */
export function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [resolve(entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const target = resolveModule(file, match[1] ?? '');
      if (target) pending.push(target);
    }
  }
  return seen;
}

/** The modules `file` loads on demand with `import('…')`. */
export function dynamicImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(DYNAMIC_IMPORT)].flatMap((match) => resolveModule(file, match[1] ?? '') ?? []);
}

const CATALOG_FILE = /\/i18n\/[\w.]+\.ts$/;
const PLURAL_SUFFIX = /\.(zero|one|two|few|many|other)$/;

/**
 * The keys of `keys` that the source of `files` can show: a key written as a string literal,
 * a plural key whose base is written (`tn('poll.votes', n)`), or a key that starts a template
 * literal's fixed head (`t(\`run.kind.${kind}\`)`).
 */
export function keysNamedIn(files: Iterable<string>, keys: readonly string[]): Set<string> {
  const literals = new Set<string>();
  const heads: string[] = [];
  for (const file of files) {
    // The catalogs themselves name every key; only the code that shows texts counts.
    if (CATALOG_FILE.test(file)) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
      else if (ts.isTemplateHead(node)) heads.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return new Set(keys.filter((key) => literals.has(key) || literals.has(key.replace(PLURAL_SUFFIX, '')) || heads.some((head) => head.endsWith('.') && key.startsWith(head))));
}
