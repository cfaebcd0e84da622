import { describe, expect, it } from 'vitest';
import { organiserTokenFromHash } from './organiserTypes.ts';

describe('organiser links (ORG-1)', () => {
  it('ORG-1: the host page takes the token from #organiser=TOKEN and from nothing else', () => {
    const token = 'g09lsmhLjp3DWkjYgwW3yQ-v4dhiOUswYnHBpuzk1jw';
    expect(organiserTokenFromHash(`#organiser=${token}`)).toBe(token);
    expect(organiserTokenFromHash('')).toBeNull();
    expect(organiserTokenFromHash(`#${token}`)).toBeNull();
    expect(organiserTokenFromHash('#organiser=short')).toBeNull();
    expect(organiserTokenFromHash(`#organiser=${token}&x=1`)).toBeNull();
    expect(organiserTokenFromHash(`#organiser=${token}<script>`)).toBeNull();
  });
});
