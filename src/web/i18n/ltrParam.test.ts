import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { t } from './index.ts';
import { tLtr } from './ltrParam.ts';

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
