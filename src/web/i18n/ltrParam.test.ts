import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { t } from './index.ts';
import { tLtr, tUserText } from './ltrParam.ts';

describe('I18N-11: a join code inside a sentence reads left to right', () => {
  it('sets the code apart in a bdi with dir="ltr", the sentence around it unchanged', () => {
    const parts = tLtr('join.notFound', { code: '123 456' }, 'code');
    const code = parts[1] as VNode<{ dir: string; children: string }>;
    expect(code.type).toBe('bdi');
    expect(code.props.dir).toBe('ltr');
    expect(code.props.children).toBe('123 456');
    expect(`${String(parts[0])}123 456${String(parts[2])}`).toBe(t('join.notFound', { code: '123 456' }));
  });
});

describe('I18N-12: what a person wrote inside a sentence takes its own direction', () => {
  it('sets the text apart in a bdi with dir="auto" and the user-text marker, the sentence around it unchanged', () => {
    const parts = tUserText('qa.askedBy', { name: 'سارة' }, 'name');
    const name = parts[1] as VNode<{ dir: string; 'data-user-text': string; children: string }>;
    expect(name.type).toBe('bdi');
    expect(name.props.dir).toBe('auto');
    expect(name.props['data-user-text']).toBe('');
    expect(name.props.children).toBe('سارة');
    expect(`${String(parts[0])}سارة${String(parts[2])}`).toBe(t('qa.askedBy', { name: 'سارة' }));
  });
});
