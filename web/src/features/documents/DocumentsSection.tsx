import { Heading } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { PagingOf } from '../common/sub-list-paging';
import { useDokumenter } from './api';
import { DocumentTable } from './DocumentTable';
import { PdfPreview } from './PdfPreview';
import { UploadForm } from './UploadForm';

interface Props {
  journalpostId: string;
  caption: string;
  canUpload: boolean;
  canMarkSecure: boolean;
  /** The record's kanEndre.skjerming: its documents are screened by the same people. */
  canScreen: boolean;
}

/** A record's documents: list with downloads, PDF preview and upload. */
export function DocumentsSection({ journalpostId, caption, canUpload, canMarkSecure, canScreen }: Props) {
  const { t } = useTranslation();
  const [side, setSide] = useState(1);
  const docs = useDokumenter(journalpostId, side);
  const [preview, setPreview] = useState<{ id: string; title: string } | null>(null);
  const items = docs.data?.items ?? [];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const closePreview = () => {
    setPreview(null);
    // The close button goes away with the preview: give focus a place to land.
    headingRef.current?.focus();
  };

  return (
    <div className="stack">
      <Heading ref={headingRef} tabIndex={-1} level={2} data-size="sm" className="tab-heading">
        {t('documents.heading')}
      </Heading>
      {docs.isPending && <Loading />}
      {docs.error && <ErrorNotice error={docs.error} headingLevel={3} onRetry={() => void docs.refetch()} />}
      {docs.data && (
        <DocumentTable
          journalpostId={journalpostId}
          canMarkSecure={canMarkSecure}
          canScreen={canScreen}
          items={items}
          caption={caption}
          previewId={preview?.id}
          // Only on request: the browser's PDF viewer may take focus when it loads.
          onPreview={(o, d) => setPreview(preview?.id === o.id ? null : { id: o.id, title: d.tittel })}
        />
      )}
      {docs.data && <PagingOf page={docs.data} label={t('documents.paging')} onChange={setSide} />}
      {preview && <PdfPreview dokumentobjektId={preview.id} title={preview.title} onClose={closePreview} />}
      {canUpload && docs.data && (
        <UploadForm journalpostId={journalpostId} hasMain={items.some((d) => d.tilknyttetRegistreringSom === 'H')} />
      )}
    </div>
  );
}
