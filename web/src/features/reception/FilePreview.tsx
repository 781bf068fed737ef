import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/format';
import { fileUrl, originalUrl, type Mottak, type MottakFil } from './api';

const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/** The post's files, one shown at a time: PDFs and images in the browser's viewer, text (an e-mail's body) as text. */
export function FilePreview({ item }: { item: Mottak }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [chosen, setChosen] = useState(0);
  const file = item.filer[chosen];
  return (
    <section aria-labelledby="files-heading" className="stack">
      <Heading level={2} data-size="xs" id="files-heading">
        {t('reception.item.files')}
      </Heading>
      {item.filer.length === 0 && <Paragraph>{t('reception.item.noFiles')}</Paragraph>}
      {item.filer.length > 1 && (
        <div className="reception-files">
          {item.filer.map((f, i) => (
            <Button
              key={f.id}
              data-size="sm"
              variant={i === chosen ? 'primary' : 'secondary'}
              aria-pressed={i === chosen}
              onClick={() => setChosen(i)}
            >
              {t('reception.item.fileButton', { n: f.nummer, title: f.tittel, size: format.bytes(f.filstoerrelse) })}
            </Button>
          ))}
        </div>
      )}
      {file && <Shown file={file} />}
      {item.original && (
        <Paragraph data-size="sm">
          <Link href={originalUrl(item.id)}>{t('reception.item.original', { name: item.original.filnavn ?? '' })}</Link>
        </Paragraph>
      )}
    </section>
  );
}

function Shown({ file }: { file: MottakFil }) {
  const { t } = useTranslation();
  const url = fileUrl(file.id);
  const text = file.mimeType.startsWith('text/plain');
  const body = useQuery({
    queryKey: ['mottak-fil-tekst', file.id],
    queryFn: async () => (await fetch(url, { credentials: 'same-origin' })).text(),
    enabled: text,
    staleTime: Infinity,
  });
  return (
    <>
      {INLINE.has(file.mimeType) ? (
        <iframe src={url} title={t('reception.item.preview', { name: file.filnavn })} className="reception-preview__frame" />
      ) : text ? (
        <pre className="reception-preview__text" tabIndex={0} aria-label={t('reception.item.preview', { name: file.filnavn })}>
          {body.data ?? ''}
        </pre>
      ) : null}
      <Paragraph data-size="sm">
        <Link href={url} target="_blank" rel="noopener">
          {t('reception.item.openFile', { name: file.filnavn })}
        </Link>
      </Paragraph>
    </>
  );
}
