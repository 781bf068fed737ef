import { Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { useDokumenter } from './api';
import { DocumentTable, isPdf } from './DocumentTable';
import { PdfPreview } from './PdfPreview';
import { UploadForm } from './UploadForm';

interface Props {
  journalpostId: string;
  caption: string;
  canUpload: boolean;
}

/** A record's documents: list with downloads, PDF preview and upload. */
export function DocumentsSection({ journalpostId, caption, canUpload }: Props) {
  const { t } = useTranslation();
  const docs = useDokumenter(journalpostId);
  const [preview, setPreview] = useState<{ id: string; title: string } | null>(null);
  const items = docs.data?.items ?? [];
  // Show the main document's PDF without a click, as a reader would open the letter first.
  const firstPdf = items.find((d) => d.tilknyttetRegistreringSom === 'H')?.dokumentobjekter.find(isPdf);
  const shown =
    preview ?? (firstPdf ? { id: firstPdf.id, title: items.find((d) => d.dokumentobjekter.includes(firstPdf))?.tittel ?? '' } : null);
  const [closed, setClosed] = useState(false);

  return (
    <div className="stack">
      <Heading level={2} data-size="sm" className="tab-heading">
        {t('documents.heading')}
      </Heading>
      {docs.isPending && <Loading />}
      {docs.error && <ErrorNotice error={docs.error} headingLevel={3} onRetry={() => void docs.refetch()} />}
      {docs.data && (
        <DocumentTable
          items={items}
          caption={caption}
          previewId={closed ? undefined : shown?.id}
          onPreview={(o, d) => {
            setClosed(false);
            setPreview({ id: o.id, title: d.tittel });
          }}
        />
      )}
      {shown && !closed && <PdfPreview dokumentobjektId={shown.id} title={shown.title} onClose={() => setClosed(true)} />}
      {canUpload && docs.data && (
        <UploadForm journalpostId={journalpostId} hasMain={items.some((d) => d.tilknyttetRegistreringSom === 'H')} />
      )}
    </div>
  );
}
