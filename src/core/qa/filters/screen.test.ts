import { describe, expect, it } from 'vitest';
import { screenText } from './index.ts';

describe('screenText', () => {
  it('FILTER-1: a clean question raises no flag', () => {
    expect(screenText('How do platforms verify age without collecting more data?').flags).toEqual([]);
  });
  it('FILTER-1: flags come once each, in a fixed order', () => {
    expect(screenText('fuck, write to anna@example.com or www.example.org').flags).toEqual(['profanity', 'email', 'url']);
  });
});
