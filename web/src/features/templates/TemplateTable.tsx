import { Button, Heading, Link, Table, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { DataTable } from '../common/DataTable';
import { FormAlert } from '../common/FormAlert';
import { useFormat } from '../common/format';
import { templateFileUrl, useBrevmaler, useUpdateBrevmal, useUploadBrevmal, type Brevmal } from './api';

/** The organisation's templates, deactivated ones too: download, a new file (a new version), deactivate or activate. */
export function TemplateTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const maler = useBrevmaler({ medInaktive: true });
  const update = useUpdateBrevmal();
  const upload = useUploadBrevmal();
  const fileInput = useRef<HTMLInputElement>(null);
  const [replacing, setReplacing] = useState<Brevmal | null>(null);

  const chooseFile = (mal: Brevmal) => {
    setReplacing(mal);
    fileInput.current?.click();
  };
  const replace = (file: File | undefined) => {
    if (file && replacing) upload.mutate({ id: replacing.id, fields: {}, file });
    if (fileInput.current) fileInput.current.value = '';
  };

  const row = (m: Brevmal) => (
    <Table.Row key={m.id}>
      <Table.Cell>
        <Link href={templateFileUrl(m.id)} download>
          {m.navn}
        </Link>
        {m.beskrivelse && <div className="muted">{m.beskrivelse}</div>}
      </Table.Cell>
      <Table.Cell>{t(`templates.kinds.${m.maltype}`)}</Table.Cell>
      <Table.Cell>{m.versjon}</Table.Cell>
      <Table.Cell>{t('templates.fieldCount', { count: m.flettefelt.length })}</Table.Cell>
      <Table.Cell className="nowrap">{format.dateTime(m.endretDato ?? m.opprettetDato)}</Table.Cell>
      <Table.Cell>
        <Tag data-color={m.aktiv ? 'success' : 'neutral'} data-size="sm">
          {m.aktiv ? t('templates.active') : t('templates.inactive')}
        </Tag>
      </Table.Cell>
      <Table.Cell className="nowrap">
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={() => chooseFile(m)}
          aria-label={t('templates.newFileFor', { name: m.navn })}
          loading={upload.isPending && replacing?.id === m.id}
        >
          {t('templates.newFile')}
        </Button>
        <Button
          variant="tertiary"
          data-size="sm"
          loading={update.isPending && update.variables?.id === m.id}
          onClick={() => update.mutate({ id: m.id, aktiv: !m.aktiv })}
          aria-label={t(m.aktiv ? 'templates.deactivateNamed' : 'templates.activateNamed', { name: m.navn })}
        >
          {m.aktiv ? t('templates.deactivate') : t('templates.activate')}
        </Button>
      </Table.Cell>
    </Table.Row>
  );

  return (
    <section className="stack" aria-labelledby="templates-heading">
      <Heading level={2} data-size="sm" id="templates-heading">
        {t('templates.listHeading')}
      </Heading>
      {maler.isPending && <Loading />}
      {maler.error && <ErrorNotice error={maler.error} headingLevel={3} onRetry={() => void maler.refetch()} />}
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={update.error ?? (replacing ? upload.error : null)} />
      </div>
      <input
        ref={fileInput}
        type="file"
        hidden
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(e) => replace(e.target.files?.[0])}
      />
      {maler.data && (
        <DataTable
          caption={t('templates.caption')}
          headers={[
            t('templates.name'),
            t('templates.kind'),
            t('templates.version'),
            t('templates.fields'),
            t('templates.changed'),
            t('templates.status'),
            t('admin.actions'),
          ]}
        >
          {maler.data.items.map(row)}
        </DataTable>
      )}
    </section>
  );
}
