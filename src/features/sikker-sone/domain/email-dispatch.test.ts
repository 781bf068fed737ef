import { describe, expect, it } from 'vitest';
import { checkEmailDispatch } from './email-dispatch.js';

describe('e-mail dispatch and the secure zone', () => {
  it('lets ordinary documents go by e-mail', () => {
    expect(() => checkEmailDispatch([{ tittel: 'Vedtak', personsensitiv: false }])).not.toThrow();
    expect(() => checkEmailDispatch([])).not.toThrow();
  });

  it('refuses the whole dispatch when any document is personsensitive, naming it', () => {
    const attempt = () =>
      checkEmailDispatch([
        { tittel: 'Følgebrev', personsensitiv: false },
        { tittel: 'Legeerklæring', personsensitiv: true },
      ]);
    expect(attempt).toThrow(expect.objectContaining({ code: 'SECURE_ZONE_NO_EMAIL' }));
    expect(attempt).toThrow(/Legeerklæring/);
  });
});
