import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { fileUrl } from './types';

interface Props {
  dokumentobjektId: string;
  title: string;
  onClose: () => void;
}

/** The browser's own PDF viewer in a titled frame, with a link for when the frame cannot show it. */
export function PdfPreview({ dokumentobjektId, title, onClose }: Props) {
  const { t } = useTranslation();
  const url = fileUrl(dokumentobjektId);
  return (
    <section aria-labelledby="preview-heading" className="stack pdf-preview">
      <div className="pdf-preview__bar">
        <Heading level={3} data-size="xs" id="preview-heading">
          {t('documents.previewHeading', { name: title })}
        </Heading>
        <Button variant="tertiary" data-size="sm" onClick={onClose}>
          {t('documents.closePreview')}
        </Button>
      </div>
      <iframe src={url} title={t('documents.previewFrame', { name: title })} className="pdf-preview__frame" />
      <Paragraph data-size="sm">
        <Link href={url} target="_blank" rel="noopener">
          {t('documents.openInNewTab', { name: title })}
        </Link>
      </Paragraph>
    </section>
  );
}
