import { Button, Heading, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../features/common/DataTable';
import { FormAlert } from '../features/common/FormAlert';
import { useCreateGruppe, useUpdateGruppe, type Tilgangsgruppe } from './api';
import { EditDialog } from './EditDialog';
import { GroupMembers } from './GroupMembers';
import { TextFieldsForm } from './TextFieldsForm';
import { ToggleActive } from './ToggleActive';

/** The organisation's access groups: list, add, edit, (de)activate, and one group's members (the system owner). */
export function GroupsSection({ groups, canEdit }: { groups: readonly Tilgangsgruppe[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateGruppe();
  const [shown, setShown] = useState<string | null>(null);
  const group = groups.find((g) => g.id === shown);
  return (
    <section aria-labelledby="groups-heading" className="stack">
      <Heading level={2} data-size="sm" id="groups-heading">
        {t('accessAdmin.groupsHeading')}
      </Heading>
      <DataTable
        caption={t('accessAdmin.groupsCaption')}
        headers={[t('accessAdmin.name'), t('accessAdmin.description'), t('accessAdmin.status'), t('accessAdmin.actions')]}
      >
        {groups.map((g) => (
          <Table.Row key={g.id}>
            <Table.Cell>{g.navn}</Table.Cell>
            <Table.Cell>{g.beskrivelse}</Table.Cell>
            <Table.Cell>{g.aktiv ? t('accessAdmin.active') : t('accessAdmin.inactive')}</Table.Cell>
            <Table.Cell>
              <Button
                variant="tertiary"
                data-size="sm"
                aria-pressed={shown === g.id}
                onClick={() => setShown(shown === g.id ? null : g.id)}
                aria-label={t('accessAdmin.membersOf', { group: g.navn })}
              >
                {t('accessAdmin.members')}
              </Button>
              {canEdit && <EditGroup group={g} />}
              {canEdit && (
                <ToggleActive
                  aktiv={g.aktiv}
                  pending={update.isPending && update.variables?.id === g.id}
                  onToggle={() => update.mutate({ id: g.id, aktiv: !g.aktiv })}
                  labels={{
                    deactivate: t('accessAdmin.deactivateGroup', { group: g.navn }),
                    activate: t('accessAdmin.activateGroup', { group: g.navn }),
                  }}
                />
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </DataTable>
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={update.error} />
      </div>
      {group && <GroupMembers key={group.id} group={group} />}
      {canEdit && <CreateGroup onCreated={setShown} />}
    </section>
  );
}

function CreateGroup({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateGruppe();
  return (
    <TextFieldsForm
      id="create-group"
      heading={t('accessAdmin.createGroupHeading')}
      fields={[
        { name: 'navn', label: t('accessAdmin.name'), required: 'accessAdmin.errors.navn' },
        { name: 'beskrivelse', label: t('accessAdmin.description') },
      ]}
      initial={{ navn: '', beskrivelse: '' }}
      submitLabel={t('accessAdmin.createGroup')}
      pending={create.isPending}
      error={create.error}
      onSubmit={(v, done) =>
        create.mutate(
          { navn: v.navn, ...(v.beskrivelse && { beskrivelse: v.beskrivelse }) },
          {
            onSuccess: (g) => {
              done(t('accessAdmin.groupCreated', { group: g.navn }));
              onCreated(g.id);
            },
          },
        )
      }
    />
  );
}

function EditGroup({ group }: { group: Tilgangsgruppe }) {
  const { t } = useTranslation();
  const update = useUpdateGruppe();
  return (
    <EditDialog label={t('accessAdmin.edit')} accessibleLabel={t('accessAdmin.editGroup', { group: group.navn })}>
      {(close) => (
        <TextFieldsForm
          id={`edit-group-${group.id}`}
          heading={t('accessAdmin.editGroup', { group: group.navn })}
          fields={[
            { name: 'navn', label: t('accessAdmin.name'), required: 'accessAdmin.errors.navn' },
            { name: 'beskrivelse', label: t('accessAdmin.description') },
          ]}
          initial={{ navn: group.navn, beskrivelse: group.beskrivelse ?? '' }}
          submitLabel={t('accessAdmin.save')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(v) => update.mutate({ id: group.id, navn: v.navn, beskrivelse: v.beskrivelse || null }, { onSuccess: close })}
        />
      )}
    </EditDialog>
  );
}
