import { describe, expect, it } from 'vitest';
import { isSafeHref, type MdBlock, type MdDoc, type MdInline } from './markdownTree.ts';
import { parseMarkdown } from './parseMarkdown.ts';

/** Every link target and every text in a document, to check what could reach a page. */
function walk(doc: MdDoc): { hrefs: string[]; texts: string[]; kinds: Set<string> } {
  const out = { hrefs: [] as string[], texts: [] as string[], kinds: new Set<string>() };
  const inline = (node: MdInline): void => {
    out.kinds.add(node.t);
    if (node.t === 'text' || node.t === 'code') out.texts.push(node.v);
    if (node.t === 'link') out.hrefs.push(node.href);
    if ('c' in node) node.c.forEach(inline);
  };
  const block = (node: MdBlock): void => {
    out.kinds.add(node.t);
    if (node.t === 'pre') out.texts.push(node.v);
    if ('c' in node) node.c.forEach(inline);
    if ('items' in node) node.items.forEach((item) => item.forEach(block));
  };
  doc.forEach(block);
  return out;
}

const ALLOWED_KINDS = new Set(['p', 'h', 'ul', 'ol', 'pre', 'text', 'em', 'strong', 'code', 'link', 'br']);

/** Markdown that tries to get markup, script or a dangerous URL onto the page. */
const XSS_CORPUS = [
  '<script>alert(1)</script>',
  'Hello <script>alert(1)</script> world',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](  javascript:alert(1))',
  '[click](javascript&colon;alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x](https://tracker.example/pixel.png)',
  '[x](file:///etc/passwd)',
  '[x](//evil.example/path)',
  '[x](/relative/path)',
  '<div onclick="alert(1)">hi</div>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg><script>alert(1)</script></svg>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '[x]: javascript:alert(1)\n\n[ref][x]',
  '<javascript:alert(1)>',
  '<https://ok.example/x>',
  '```html\n<script>alert(1)</script>\n```',
  '    <b>indented code</b>',
  '**bold <b onmouseover=alert(1)>x</b>**',
  '> quote <style>body{display:none}</style>',
];

describe('parseMarkdown', () => {
  it('GUIDE-2: paragraphs, headings, lists, emphasis, strong, code and safe links become tree nodes', () => {
    expect(parseMarkdown('# Title\n\nSome *soft* and **strong** `code`, [a site](https://example.org/a?b=1).\n\n- one\n- two\n\n3. three\n4. four')).toEqual([
      { t: 'h', level: 1, c: [{ t: 'text', v: 'Title' }] },
      {
        t: 'p',
        c: [
          { t: 'text', v: 'Some ' },
          { t: 'em', c: [{ t: 'text', v: 'soft' }] },
          { t: 'text', v: ' and ' },
          { t: 'strong', c: [{ t: 'text', v: 'strong' }] },
          { t: 'text', v: ' ' },
          { t: 'code', v: 'code' },
          { t: 'text', v: ', ' },
          { t: 'link', href: 'https://example.org/a?b=1', c: [{ t: 'text', v: 'a site' }] },
          { t: 'text', v: '.' },
        ],
      },
      { t: 'ul', items: [[{ t: 'p', c: [{ t: 'text', v: 'one' }] }], [{ t: 'p', c: [{ t: 'text', v: 'two' }] }]] },
      { t: 'ol', start: 3, items: [[{ t: 'p', c: [{ t: 'text', v: 'three' }] }], [{ t: 'p', c: [{ t: 'text', v: 'four' }] }]] },
    ]);
  });

  it('GUIDE-2: empty source is an empty document; mailto links are kept; linkify is off', () => {
    expect(parseMarkdown('   \n ')).toEqual([]);
    expect(walk(parseMarkdown('[write](mailto:team@example.org)')).hrefs).toEqual(['mailto:team@example.org']);
    expect(walk(parseMarkdown('Visit https://example.org or call +41 22 000 00 00')).hrefs).toEqual([]);
  });

  it.each(XSS_CORPUS.map((source) => ({ source })))('GUIDE-2: XSS corpus — $source', ({ source }: { source: string }) => {
    const doc = parseMarkdown(source);
    const { hrefs, kinds } = walk(doc);
    // Only allowed nodes, only safe targets.
    for (const kind of kinds) expect(ALLOWED_KINDS.has(kind), kind).toBe(true);
    for (const href of hrefs) {
      expect(isSafeHref(href), href).toBe(true);
      expect(href.toLowerCase()).not.toMatch(/javascript|vbscript|data:|file:/);
    }
    // Nothing in the tree is an attribute or a tag: markup can only survive as text, which the
    // browser renders as text. The keys of every node are the tree's own.
    const keys = new Set<string>();
    JSON.stringify(doc, (key, value: unknown) => {
      if (key !== '' && Number.isNaN(Number(key))) keys.add(key);
      return value;
    });
    for (const key of keys) expect(['t', 'v', 'c', 'href', 'level', 'items', 'start']).toContain(key);
  });

  it('GUIDE-2: a dangerous link keeps its text and loses the link; raw HTML stays visible as text', () => {
    expect(parseMarkdown('[click me](javascript:alert(1))')).toEqual([{ t: 'p', c: [{ t: 'text', v: '[click me](javascript:alert(1))' }] }]);
    expect(parseMarkdown('[click me](data:text/html,hi) now')).toEqual([{ t: 'p', c: [{ t: 'text', v: '[click me](data:text/html,hi) now' }] }]);
    expect(parseMarkdown('<b>bold</b>')).toEqual([{ t: 'p', c: [{ t: 'text', v: '<b>bold</b>' }] }]);
    expect(parseMarkdown('Fish &amp; chips &lt;3')).toEqual([{ t: 'p', c: [{ t: 'text', v: 'Fish & chips <3' }] }]);
    // Images are off: nothing is loaded; what is left is a plain link to the picture.
    expect(parseMarkdown('![logo](https://example.org/x.png)')).toEqual([
      { t: 'p', c: [{ t: 'text', v: '!' }, { t: 'link', href: 'https://example.org/x.png', c: [{ t: 'text', v: 'logo' }] }] },
    ]);
  });

  it('GUIDE-2: isSafeHref accepts http, https and mailto only, in any case, and refuses hidden schemes', () => {
    for (const ok of ['https://a.example', 'HTTP://a.example', 'mailto:a@b.example']) expect(isSafeHref(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', ' https://a.example', 'java\nscript:x', 'data:x', '/local', '//host/x', 'ftp://x', 'https\u0000://x', '']) expect(isSafeHref(bad), bad).toBe(false);
  });
});
