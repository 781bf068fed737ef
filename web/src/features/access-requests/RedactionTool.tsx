import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { SelectField } from '../common/SelectField';
import { pageImageUrl, useRedact, type Del, type Rektangel } from './api';

type Dokument = Del['dokumenter'][number];
const round = (v: number) => Math.round(v * 1000) / 1000;
const clamp = (v: number) => Math.min(1, Math.max(0, v));

/**
 * Marking what to black out in one PDF document: its pages as images, a
 * rectangle drawn by dragging on the page — or, by keyboard, given as
 * position and size in per cent of the page — listed with a button to
 * remove each. «Sladd» sends the marks; the server burns them into the
 * pages and keeps the result as the document's public variant.
 */
export function RedactionTool({ innsynskravId, del, dokument }: { innsynskravId: string; del: Del; dokument: Dokument }) {
  const { t } = useTranslation();
  const pages = dokument.antallSider ?? 0;
  const [side, setSide] = useState(1);
  const [marks, setMarks] = useState<Rektangel[]>([]);
  const [draft, setDraft] = useState<Rektangel | null>(null);
  const [coords, setCoords] = useState({ x: '', y: '', bredde: '', hoyde: '' });
  const start = useRef<{ x: number; y: number } | null>(null);
  const redact = useRedact(innsynskravId, del.id);
  const headingId = `redact-${dokument.id}`;

  const at = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: clamp((event.clientX - box.left) / box.width), y: clamp((event.clientY - box.top) / box.height) };
  };
  const rectOf = (a: { x: number; y: number }, b: { x: number; y: number }): Rektangel => ({
    side,
    x: round(Math.min(a.x, b.x)),
    y: round(Math.min(a.y, b.y)),
    bredde: round(Math.abs(a.x - b.x)),
    hoyde: round(Math.abs(a.y - b.y)),
  });
  const down = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = at(event);
  };
  const move = (event: PointerEvent<HTMLDivElement>) => {
    if (start.current) setDraft(rectOf(start.current, at(event)));
  };
  const up = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    const r = rectOf(start.current, at(event));
    start.current = null;
    setDraft(null);
    if (r.bredde > 0.005 && r.hoyde > 0.005) setMarks((m) => [...m, r]);
  };
  const percent = (v: string) => Number(v.replace(',', '.')) / 100;
  const typed: Rektangel = {
    side,
    x: percent(coords.x),
    y: percent(coords.y),
    bredde: percent(coords.bredde),
    hoyde: percent(coords.hoyde),
  };
  const typedValid =
    [coords.x, coords.y, coords.bredde, coords.hoyde].every((v) => v.trim() !== '') &&
    [typed.x, typed.y, typed.bredde, typed.hoyde].every((v) => Number.isFinite(v) && v >= 0 && v <= 1) &&
    typed.bredde > 0 &&
    typed.hoyde > 0 &&
    typed.x + typed.bredde <= 1 &&
    typed.y + typed.hoyde <= 1;
  const addTyped = () => {
    if (!typedValid) return;
    setMarks((m) => [...m, { ...typed, x: round(typed.x), y: round(typed.y), bredde: round(typed.bredde), hoyde: round(typed.hoyde) }]);
    setCoords({ x: '', y: '', bredde: '', hoyde: '' });
  };
  const pct = (v: number) => `${Math.round(v * 1000) / 10} %`;
  const shown = [...marks.filter((m) => m.side === side), ...(draft ? [draft] : [])];

  return (
    <section className="redaction" aria-labelledby={headingId}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('accessRequests.redactHeading', { title: dokument.tittel })}
      </Heading>
      <Paragraph data-size="sm">{t('accessRequests.redactHelp')}</Paragraph>
      {pages > 1 && (
        <SelectField
          label={t('accessRequests.page')}
          value={String(side)}
          onChange={(v) => setSide(Number(v))}
          options={Array.from({ length: pages }, (_, i) => ({
            value: String(i + 1),
            label: t('accessRequests.pageOf', { page: i + 1, pages }),
          }))}
        />
      )}
      <div className="redaction__page" onPointerDown={down} onPointerMove={move} onPointerUp={up} data-testid="redaction-page">
        <img
          src={pageImageUrl(innsynskravId, del.id, dokument.id, side)}
          alt={t('accessRequests.pageImage', { page: side, title: dokument.tittel })}
          draggable={false}
        />
        {shown.map((m, i) => (
          <div
            key={i}
            className="redaction__mark"
            style={{ left: `${m.x * 100}%`, top: `${m.y * 100}%`, width: `${m.bredde * 100}%`, height: `${m.hoyde * 100}%` }}
          />
        ))}
      </div>
      <div className="redaction__coords" role="group" aria-label={t('accessRequests.byKeyboard')}>
        <Textfield
          label={t('accessRequests.x')}
          inputMode="decimal"
          value={coords.x}
          onChange={(e) => setCoords({ ...coords, x: e.target.value })}
        />
        <Textfield
          label={t('accessRequests.y')}
          inputMode="decimal"
          value={coords.y}
          onChange={(e) => setCoords({ ...coords, y: e.target.value })}
        />
        <Textfield
          label={t('accessRequests.width')}
          inputMode="decimal"
          value={coords.bredde}
          onChange={(e) => setCoords({ ...coords, bredde: e.target.value })}
        />
        <Textfield
          label={t('accessRequests.height')}
          inputMode="decimal"
          value={coords.hoyde}
          onChange={(e) => setCoords({ ...coords, hoyde: e.target.value })}
        />
        <Button variant="secondary" onClick={addTyped} disabled={!typedValid}>
          {t('accessRequests.addMark')}
        </Button>
      </div>
      {marks.length > 0 && (
        <ul aria-label={t('accessRequests.marks')}>
          {marks.map((m, i) => (
            <li key={i}>
              {t('accessRequests.mark', { page: m.side, x: pct(m.x), y: pct(m.y), w: pct(m.bredde), h: pct(m.hoyde) })}{' '}
              <Button variant="tertiary" data-size="sm" onClick={() => setMarks(marks.filter((_, j) => j !== i))}>
                {t('accessRequests.removeMark', { n: i + 1 })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FormAlert error={redact.error} />
      <div>
        <Button
          disabled={marks.length === 0}
          loading={redact.isPending}
          onClick={() => redact.mutate({ dokumentbeskrivelseId: dokument.id, rektangler: marks })}
        >
          {t('accessRequests.burn', { count: marks.length })}
        </Button>
      </div>
    </section>
  );
}
