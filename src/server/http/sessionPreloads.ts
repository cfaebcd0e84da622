import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * WEB-6: the `<link>` tags that let a join link's HTML fetch the joined participant's chunk
 * (WEB-5) beside the app's first scripts instead of after them: the room choice is already in
 * the HTML, so the first scripts no longer gate it, and the chunk's round trip leaves the path
 * to an answerable poll. Found in the built files: the `ParticipantSession-*.js` chunk, the
 * chunks it imports statically (the build puts them in one, `session-shared`, WEB-7), and their
 * style sheets, less what `indexHtml` already loads.
 */
const cache = new Map<string, string>();

export async function sessionPreloads(webRoot: string, indexHtml: string): Promise<string> {
  const known = cache.get(indexHtml);
  if (known !== undefined) return known;
  const assets = join(webRoot, 'assets');
  const names = await readdir(assets).catch(() => [] as string[]);
  const entry = names.find((name) => /^ParticipantSession-[\w-]+\.js$/.test(name));
  const scripts: string[] = [];
  for (const pending = entry ? [entry] : []; pending.length > 0; ) {
    const name = pending.shift() ?? '';
    if (scripts.includes(name) || indexHtml.includes(`/assets/${name}"`)) continue;
    scripts.push(name);
    const code = await readFile(join(assets, name), 'utf8').catch(() => '');
    // Rollup's static imports between chunks: `import{…}from"./name.js"` or `import"./name.js"`.
    for (const match of code.matchAll(/\bimport\s*(?:[^"'()]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)) if (match[1]) pending.push(match[1]);
  }
  // A chunk's style sheet is named as the chunk is (`session-shared-<hash>.css`), with a hash of its own.
  const chunkNames = scripts.map((name) => name.replace(/-[\w-]{8}\.js$/, ''));
  const styles = names.filter((name) => name.endsWith('.css') && chunkNames.includes(name.replace(/-[\w-]{8}\.css$/, '')));
  const links = [
    ...scripts.map((name) => `<link rel="modulepreload" crossorigin href="/assets/${name}">`),
    ...styles.map((name) => `<link rel="preload" as="style" crossorigin href="/assets/${name}">`),
  ].join('');
  cache.set(indexHtml, links);
  return links;
}
