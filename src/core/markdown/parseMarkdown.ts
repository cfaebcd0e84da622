import MarkdownIt, { type Token } from 'markdown-it';
import { isSafeHref, type MdBlock, type MdDoc, type MdInline } from './markdownTree.ts';

/**
 * Markdown → the safe tree of `markdownTree.ts` (GUIDE-2). markdown-it runs with raw HTML
 * off (tags stay text) and linkify off (only links the author wrote become links, so a
 * phone number or an address in the text is never turned into one). Every token outside the
 * allowed set is reduced to its text; a link whose target is not http, https or mailto keeps
 * its text and loses the link. Server-side only: the phone bundle never loads markdown-it.
 */
const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
// Images would load third-party content: the plain text of their description stays.
md.disable(['image']);

/** Longest source parsed; longer text is cut (plans limit it well below this). */
const MAX_SOURCE = 20_000;

function inlines(tokens: readonly Token[]): MdInline[] {
  const root: MdInline[] = [];
  // Open containers: what their children go into, and how to close them.
  const stack: { kind: 'em' | 'strong' | 'link' | 'drop'; children: MdInline[]; href: string }[] = [];
  const into = (): MdInline[] => stack[stack.length - 1]?.children ?? root;
  const pushText = (v: string) => {
    if (v === '') return;
    const target = into();
    const last = target[target.length - 1];
    if (last?.t === 'text') target[target.length - 1] = { t: 'text', v: last.v + v };
    else target.push({ t: 'text', v });
  };
  const close = (kind: 'em' | 'strong' | 'link') => {
    const top = stack.pop();
    if (!top) return;
    if (top.kind === 'drop' || kind !== top.kind) {
      // An unsafe link (or a mismatched close): its children join the parent as they are.
      for (const child of top.children) {
        if (child.t === 'text') pushText(child.v);
        else into().push(child);
      }
      return;
    }
    if (top.kind === 'link') into().push({ t: 'link', href: top.href, c: top.children });
    else into().push({ t: top.kind, c: top.children });
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        pushText(token.content);
        break;
      case 'code_inline':
        into().push({ t: 'code', v: token.content });
        break;
      case 'softbreak':
        pushText(' ');
        break;
      case 'hardbreak':
        into().push({ t: 'br' });
        break;
      case 'em_open':
        stack.push({ kind: 'em', children: [], href: '' });
        break;
      case 'strong_open':
        stack.push({ kind: 'strong', children: [], href: '' });
        break;
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        stack.push({ kind: isSafeHref(href) ? 'link' : 'drop', children: [], href });
        break;
      }
      case 'em_close':
        close('em');
        break;
      case 'strong_close':
        close('strong');
        break;
      case 'link_close':
        close('link');
        break;
      default:
        // html_inline (only with html on), images and anything else: their text, never markup.
        pushText(token.content);
    }
  }
  // markdown-it closes what it opens; this only guards against a malformed stream.
  for (let top = stack[stack.length - 1]; top; top = stack[stack.length - 1]) close(top.kind === 'drop' ? 'link' : top.kind);
  return root;
}

/** Parses block tokens from `start` until the closing token `until` (or the end); returns blocks and the next index. */
function blocks(tokens: readonly Token[], start: number, until: string | null): { blocks: MdBlock[]; next: number } {
  const out: MdBlock[] = [];
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    if (until !== null && token.type === until) return { blocks: out, next: i + 1 };
    switch (token.type) {
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const content = inline?.type === 'inline' ? inlines(inline.children ?? []) : [];
        if (content.length > 0) out.push({ t: 'p', c: content });
        i += 3;
        continue;
      }
      case 'heading_open': {
        const inline = tokens[i + 1];
        const level = Number(token.tag.slice(1)) || 2;
        out.push({ t: 'h', level, c: inline?.type === 'inline' ? inlines(inline.children ?? []) : [] });
        i += 3;
        continue;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const closeType = token.type === 'bullet_list_open' ? 'bullet_list_close' : 'ordered_list_close';
        const items: MdBlock[][] = [];
        i++;
        while (i < tokens.length && tokens[i]?.type !== closeType) {
          if (tokens[i]?.type === 'list_item_open') {
            const item = blocks(tokens, i + 1, 'list_item_close');
            items.push(item.blocks);
            i = item.next;
          } else i++;
        }
        i++;
        if (token.type === 'bullet_list_open') out.push({ t: 'ul', items });
        else out.push({ t: 'ol', start: Math.max(0, Math.min(1_000_000, Number(token.attrGet('start') ?? 1) || 1)), items });
        continue;
      }
      case 'blockquote_open': {
        // No quote node: its content joins the document as it is.
        const inner = blocks(tokens, i + 1, 'blockquote_close');
        out.push(...inner.blocks);
        i = inner.next;
        continue;
      }
      case 'code_block':
      case 'fence':
        out.push({ t: 'pre', v: token.content.replace(/\n$/, '') });
        break;
      case 'html_block':
      case 'inline':
        if (token.content.trim() !== '') out.push({ t: 'p', c: [{ t: 'text', v: token.content.trim() }] });
        break;
      default:
        // hr and stray closing tokens carry nothing to show.
        break;
    }
    i++;
  }
  return { blocks: out, next: i };
}

/** Parses Markdown into the safe tree (GUIDE-2). */
export function parseMarkdown(source: string): MdDoc {
  const text = source.slice(0, MAX_SOURCE);
  if (text.trim() === '') return [];
  // Tight lists put their text in paragraphs that markdown-it marks hidden; they parse the same.
  return blocks(md.parse(text, {}), 0, null).blocks;
}
