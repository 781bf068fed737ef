import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.js';

describe('the text of an HTML e-mail body', () => {
  it('keeps the words and line breaks, drops tags, styles and scripts, decodes entities', () => {
    const html =
      '<html><head><style>p{}</style></head><body><p>Hei,</p><p>Vi s&oslash;ker&nbsp;om <b>ferdigattest</b> &amp; mer.<br>Hilsen Ola</p><script>x()</script></body></html>';
    expect(htmlToText(html)).toBe('Hei,\nVi søker om ferdigattest & mer.\nHilsen Ola');
  });
});
