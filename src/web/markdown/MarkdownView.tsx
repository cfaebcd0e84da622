import { createElement, type ComponentChildren } from 'preact';
import { isSafeHref, type MdBlock, type MdDoc, type MdInline } from '../../core/markdown/markdownTree.ts';

/**
 * Renders a safe Markdown tree (GUIDE-2) as Preact elements: text is always text, never HTML.
 * Headings are placed under the page's own: a document's first level becomes `headingBase`.
 * Links are checked again here, open in a new tab and send no referrer. A document in another
 * language than the page (`lang` given, I18N-8) takes the direction of its own first letter
 * (`dir="auto"`, I18N-12): an English code of conduct on an Arabic phone is laid out left to right.
 */
export function MarkdownView({ doc, headingBase = 3, class: className, testId, lang }: { doc: MdDoc; headingBase?: number; class?: string; testId?: string; lang?: string | undefined }) {
  return (
    <div class={className ? `markdown ${className}` : 'markdown'} data-testid={testId} lang={lang} dir={lang === undefined ? undefined : 'auto'}>
      {doc.map((block, i) => (
        <Block key={i} block={block} headingBase={headingBase} />
      ))}
    </div>
  );
}

function Block({ block, headingBase }: { block: MdBlock; headingBase: number }) {
  switch (block.t) {
    case 'p':
      return <p>{inlines(block.c)}</p>;
    case 'h': {
      const level = Math.min(6, Math.max(headingBase, headingBase + block.level - 1));
      return createElement(`h${level}`, null, inlines(block.c));
    }
    case 'ul':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item.map((b, j) => (b.t === 'p' && item.length === 1 ? <span key={j}>{inlines(b.c)}</span> : <Block key={j} block={b} headingBase={headingBase} />))}</li>
          ))}
        </ul>
      );
    case 'ol':
      return (
        <ol start={block.start}>
          {block.items.map((item, i) => (
            <li key={i}>{item.map((b, j) => (b.t === 'p' && item.length === 1 ? <span key={j}>{inlines(b.c)}</span> : <Block key={j} block={b} headingBase={headingBase} />))}</li>
          ))}
        </ol>
      );
    case 'pre':
      return (
        <pre>
          <code>{block.v}</code>
        </pre>
      );
  }
}

function inlines(nodes: readonly MdInline[]): ComponentChildren {
  return nodes.map((node, i) => <Inline key={i} node={node} />);
}

function Inline({ node }: { node: MdInline }) {
  switch (node.t) {
    case 'text':
      return <>{node.v}</>;
    case 'em':
      return <em>{inlines(node.c)}</em>;
    case 'strong':
      return <strong>{inlines(node.c)}</strong>;
    case 'code':
      return <code>{node.v}</code>;
    case 'br':
      return <br />;
    case 'link':
      // Defence in depth: the server already dropped other targets.
      if (!isSafeHref(node.href)) return <>{inlines(node.c)}</>;
      return (
        <a href={node.href} target="_blank" rel="noopener noreferrer nofollow">
          {inlines(node.c)}
        </a>
      );
  }
}
