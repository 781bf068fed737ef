import { Button, Checkbox, Fieldset, Heading, List, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { FormAlert } from '../common/FormAlert';
import { useArkivformater, useSetArkivformater, type Arkivformater } from './api';

const PUID = /^(x-)?fmt\/\d{1,5}$/;

/** «Godkjente arkivformater» (krav 2.7.9): the organisation's list, or the standard one; the archive may change it. */
export function FormatsSection() {
  const { t } = useTranslation();
  const formats = useArkivformater();
  return (
    <section className="stack" aria-labelledby="formats-heading">
      <Heading level={2} data-size="sm" id="formats-heading">
        {t('archiveParts.formats.heading')}
      </Heading>
      <Paragraph>{t('archiveParts.formats.intro')}</Paragraph>
      {formats.isPending && <Loading />}
      {formats.error && <ErrorNotice error={formats.error} headingLevel={3} onRetry={() => void formats.refetch()} />}
      {formats.data && (formats.data.kanEndre ? <FormatsForm data={formats.data} /> : <FormatList data={formats.data} />)}
    </section>
  );
}

function nameOf(data: Arkivformater, format: string): string {
  const known = data.standard.find((s) => s.format === format);
  return known ? `${known.navn} (${format})` : format;
}

function FormatList({ data }: { data: Arkivformater }) {
  return (
    <List.Unordered>
      {data.formater.map((f) => (
        <List.Item key={f}>{nameOf(data, f)}</List.Item>
      ))}
    </List.Unordered>
  );
}

function FormatsForm({ data }: { data: Arkivformater }) {
  const { t } = useTranslation();
  const save = useSetArkivformater();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(data.formater));
  const [extra, setExtra] = useState('');
  const [extraError, setExtraError] = useState('');
  const [saved, setSaved] = useState('');
  const all = [...data.standard.map((s) => s.format), ...data.formater.filter((f) => !data.standard.some((s) => s.format === f))];

  const toggle = (format: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(format);
      else next.delete(format);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const added = extra.trim();
    if (added && !PUID.test(added)) return setExtraError(t('archiveParts.formats.puidInvalid'));
    setExtraError('');
    const list = [...chosen, ...(added ? [added] : [])];
    if (list.length === 0) return setExtraError(t('archiveParts.formats.noneChosen'));
    save.mutate([...new Set(list)], {
      onSuccess: (next) => {
        setChosen(new Set(next.formater));
        setExtra('');
        setSaved(t('archiveParts.formats.saved'));
      },
    });
  };

  const useStandard = () => {
    setSaved('');
    save.mutate(null, {
      onSuccess: (next) => {
        setChosen(new Set(next.formater));
        setSaved(t('archiveParts.formats.standardUsed'));
      },
    });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Paragraph data-size="sm">{data.egenListe ? t('archiveParts.formats.own') : t('archiveParts.formats.usingStandard')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('archiveParts.formats.legend')}</Fieldset.Legend>
        {all.map((f) => (
          <Checkbox key={f} label={nameOf(data, f)} checked={chosen.has(f)} onChange={(e) => toggle(f, e.target.checked)} />
        ))}
      </Fieldset>
      <Textfield
        label={t('archiveParts.formats.add')}
        description={t('archiveParts.formats.addHint')}
        value={extra}
        onChange={(e) => setExtra(e.target.value)}
        error={extraError || undefined}
        autoComplete="off"
      />
      <div className="form-actions">
        <Button type="submit" loading={save.isPending && save.variables !== null}>
          {t('archiveParts.formats.save')}
        </Button>
        {data.egenListe && (
          <Button type="button" variant="secondary" onClick={useStandard} loading={save.isPending && save.variables === null}>
            {t('archiveParts.formats.useStandard')}
          </Button>
        )}
      </div>
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={save.error} />
        {saved && <Paragraph data-size="sm">{saved}</Paragraph>}
      </div>
    </form>
  );
}
