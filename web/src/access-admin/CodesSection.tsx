import { Heading, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../features/common/DataTable';
import { FormAlert } from '../features/common/FormAlert';
import { useCreateKode, useUpdateKode, type Tilgangskode } from './api';
import { EditDialog } from './EditDialog';
import { TextFieldsForm } from './TextFieldsForm';
import { ToggleActive } from './ToggleActive';

/** XX drives the archive's blocking and the leader's basket: it cannot be deactivated (docs/access.md). */
const ALWAYS_ACTIVE = 'XX';

/** The organisation's access codes: list, add, edit, deactivate and reactivate (the system owner). */
export function CodesSection({ codes, canEdit }: { codes: readonly Tilgangskode[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateKode();
  return (
    <section aria-labelledby="codes-heading" className="stack">
      <Heading level={2} data-size="sm" id="codes-heading">
        {t('accessAdmin.codesHeading')}
      </Heading>
      <DataTable
        caption={t('accessAdmin.codesCaption')}
        headers={[
          t('accessAdmin.code'),
          t('accessAdmin.name'),
          t('accessAdmin.basis'),
          t('accessAdmin.status'),
          canEdit && t('accessAdmin.actions'),
        ]}
      >
        {codes.map((c) => (
          <Table.Row key={c.kode}>
            <Table.Cell>
              {c.kode} {c.innebygd && <Tag data-size="sm">{t('accessAdmin.builtIn')}</Tag>}
            </Table.Cell>
            <Table.Cell>{c.navn}</Table.Cell>
            <Table.Cell>{c.skjermingshjemmel}</Table.Cell>
            <Table.Cell>{c.aktiv ? t('accessAdmin.active') : t('accessAdmin.inactive')}</Table.Cell>
            {canEdit && (
              <Table.Cell>
                <EditCode code={c} />
                {c.kode !== ALWAYS_ACTIVE && (
                  <ToggleActive
                    aktiv={c.aktiv}
                    pending={update.isPending && update.variables?.kode === c.kode}
                    onToggle={() => update.mutate({ kode: c.kode, aktiv: !c.aktiv })}
                    labels={{
                      deactivate: t('accessAdmin.deactivateCode', { code: c.kode }),
                      activate: t('accessAdmin.activateCode', { code: c.kode }),
                    }}
                  />
                )}
              </Table.Cell>
            )}
          </Table.Row>
        ))}
      </DataTable>
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={update.error} />
      </div>
      {canEdit && <CreateCode />}
    </section>
  );
}

function CreateCode() {
  const { t } = useTranslation();
  const create = useCreateKode();
  return (
    <TextFieldsForm
      id="create-code"
      heading={t('accessAdmin.createCodeHeading')}
      fields={[
        { name: 'kode', label: t('accessAdmin.code'), description: t('accessAdmin.codeHelp'), required: 'accessAdmin.errors.kode' },
        { name: 'navn', label: t('accessAdmin.name'), required: 'accessAdmin.errors.navn' },
        { name: 'skjermingshjemmel', label: t('accessAdmin.basis'), description: t('accessAdmin.basisHelp') },
      ]}
      initial={{ kode: '', navn: '', skjermingshjemmel: '' }}
      submitLabel={t('accessAdmin.createCode')}
      pending={create.isPending}
      error={create.error}
      onSubmit={(v, done) =>
        create.mutate(
          { kode: v.kode.toUpperCase(), navn: v.navn, ...(v.skjermingshjemmel && { skjermingshjemmel: v.skjermingshjemmel }) },
          { onSuccess: (c) => done(t('accessAdmin.codeCreated', { code: c.kode })) },
        )
      }
    />
  );
}

function EditCode({ code }: { code: Tilgangskode }) {
  const { t } = useTranslation();
  const update = useUpdateKode();
  return (
    <EditDialog label={t('accessAdmin.edit')} accessibleLabel={t('accessAdmin.editCode', { code: code.kode })}>
      {(close) => (
        <TextFieldsForm
          id={`edit-code-${code.kode}`}
          heading={t('accessAdmin.editCode', { code: code.kode })}
          fields={[
            { name: 'navn', label: t('accessAdmin.name'), required: 'accessAdmin.errors.navn' },
            { name: 'skjermingshjemmel', label: t('accessAdmin.basis'), description: t('accessAdmin.basisHelp') },
          ]}
          initial={{ navn: code.navn, skjermingshjemmel: code.skjermingshjemmel ?? '' }}
          submitLabel={t('accessAdmin.save')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(v) =>
            update.mutate({ kode: code.kode, navn: v.navn, skjermingshjemmel: v.skjermingshjemmel || null }, { onSuccess: close })
          }
        />
      )}
    </EditDialog>
  );
}
