import { Button, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Code } from '../common/Code';
import { useFormat } from '../common/format';
import { ScreenedTag } from '../screening/ScreenedTag';
import { ScreeningDialog } from '../screening/ScreeningDialog';
import { MarkSecureButton } from '../secure-zone/MarkSecureButton';
import { PublishFullText } from '../offentlig-journal/PublishFullText';
import { dokumenterKey } from './api';
import { useSecureGate } from '../secure-zone/use-secure-gate';
import { fileUrl, type Dokumentbeskrivelse, type Dokumentobjekt } from './types';

interface Props {
  journalpostId: string;
  /** The archive or the case owner may move documents into the secure zone. */
  canMarkSecure: boolean;
  canScreen: boolean;
  items: readonly Dokumentbeskrivelse[];
  caption: string;
  previewId: string | undefined;
  onPreview: (objekt: Dokumentobjekt, dokument: Dokumentbeskrivelse) => void;
}

export const isPdf = (o: Dokumentobjekt) => o.mimeType === 'application/pdf';

/** A record's documents by number, each with its files to download and PDFs to preview. */
export function DocumentTable({ journalpostId, canMarkSecure, canScreen, items, caption, previewId, onPreview }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const secure = useSecureGate();
  if (items.length === 0) return <Paragraph>{t('documents.empty')}</Paragraph>;
  const ordered = [...items].sort((a, b) => a.dokumentnummer - b.dokumentnummer);

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra border>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('documents.number')}</Table.HeaderCell>
            <Table.HeaderCell>{t('documents.docTitle')}</Table.HeaderCell>
            <Table.HeaderCell>{t('documents.type')}</Table.HeaderCell>
            <Table.HeaderCell>{t('documents.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('documents.files')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {ordered.map((d) => (
            <Table.Row key={d.id}>
              <Table.Cell>{d.dokumentnummer}</Table.Cell>
              <Table.Cell>
                {d.tittel}
                <ScreenedTag tilgangskode={d.tilgangskode} />
                {d.personsensitiv && (
                  <>
                    {' '}
                    <Tag data-size="sm" data-color="warning">
                      {t('secureZone.tag')}
                    </Tag>
                  </>
                )}
                {canMarkSecure && !d.personsensitiv && (
                  <MarkSecureButton journalpostId={journalpostId} dokumentId={d.id} title={d.tittel} />
                )}
                {canScreen && (
                  <ScreeningDialog
                    level="dokumentbeskrivelse"
                    id={d.id}
                    // A document has no hand-written public title: the rule makes it.
                    object={{ ...d, offentligTittel: null }}
                    label={t('screening.documentButton', { name: d.tittel })}
                    refresh={[dokumenterKey(journalpostId)]}
                  />
                )}
                {canScreen ? (
                  <PublishFullText journalpostId={journalpostId} dokumentId={d.id} title={d.tittel} published={d.publiserFulltekst} />
                ) : (
                  d.publiserFulltekst && (
                    <>
                      {' '}
                      <Tag data-size="sm" data-color="success">
                        {t('publicJournal.published')}
                      </Tag>
                    </>
                  )
                )}
              </Table.Cell>
              <Table.Cell>
                <Code list="dokumenttype" code={d.dokumenttype} />
              </Table.Cell>
              <Table.Cell>{d.tilknyttetRegistreringSom === 'H' ? t('documents.main') : t('documents.attachment')}</Table.Cell>
              <Table.Cell>
                <ul className="plain-list">
                  {d.dokumentobjekter.map((o) => (
                    <li key={o.id} className="file-item">
                      <Link
                        href={`${fileUrl(o.id)}?download=1`}
                        onClick={(e) => {
                          if (!d.personsensitiv) return;
                          // The secure zone asks for the password first when the last step has expired.
                          e.preventDefault();
                          const href = e.currentTarget.href;
                          void secure.gate(d.tittel, () => window.location.assign(href));
                        }}
                      >
                        {t('documents.download', { name: o.filnavn })}
                      </Link>{' '}
                      <span className="muted">({[o.variantformat, format.bytes(o.filstoerrelse)].join(', ')})</span>
                      {isPdf(o) && (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-pressed={previewId === o.id}
                          onClick={() => (d.personsensitiv ? void secure.gate(d.tittel, () => onPreview(o, d)) : onPreview(o, d))}
                        >
                          {t('documents.preview', { name: d.tittel })}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {secure.dialog}
    </div>
  );
}
