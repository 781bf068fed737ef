import type { SnippetPart } from './types';

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(lt|gt|amp|quot|#39);/g, (m) => entities[m] ?? m);

/**
 * An HTML snippet where only <b>…</b> means anything: it is split on those
 * tags and every other character is text. Nothing reaches innerHTML.
 */
export function partsFromHtml(html: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let treff = false;
  for (const token of html.split(/(<\/?b>)/i)) {
    if (/^<b>$/i.test(token)) treff = true;
    else if (/^<\/b>$/i.test(token)) treff = false;
    else if (token) parts.push({ tekst: decode(token), treff });
  }
  return parts;
}

/** A search snippet with the matched words marked (<mark> is announced as highlighted). */
export function Snippet({ utdrag }: { utdrag: SnippetPart[] | string | null }) {
  if (!utdrag) return null;
  const parts = typeof utdrag === 'string' ? partsFromHtml(utdrag) : utdrag;
  if (parts.length === 0) return null;
  return <p className="snippet">{parts.map((p, i) => (p.treff ? <mark key={i}>{p.tekst}</mark> : <span key={i}>{p.tekst}</span>))}</p>;
}
