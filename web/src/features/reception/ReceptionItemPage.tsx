import { Alert, Details, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { useShell } from '../../app/shell-context';
import { useLanguage } from '../../i18n/use-language';
import { useFormat } from '../common/format';
import { useMottak, useQueue, type Mottak } from './api';
import { FilePreview } from './FilePreview';
import { AccessRequestDialog } from './AccessRequestDialog';
import { KeepOutDialog } from './KeepOutDialog';
import { RegisterForm } from './RegisterForm';
import { useShortcuts } from './use-shortcuts';
import '../common/features.css';
import './reception.css';

/** One item of the queue: its preview beside the registration form (seed 001: registration starts from the document). */
export function ReceptionItemPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const item = useMottak(id);
  const title = item.data ? t('reception.item.title', { title: item.data.tittel || t('reception.noSubject') }) : t('reception.title');
  return <Page title={title}>{item.data ? <ItemView key={item.data.id} item={item.data} /> : <QueryState query={item} />}</Page>;
}

function ItemView({ item }: { item: Mottak }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { active } = useShell();
  const navigate = useNavigate();
  const archive = active?.rolle === 'ARK';
  const open = item.status === 'ny' || item.status === 'uleselig';
  const queue = useQueue('aapne', 1, false);
  const next = useMemo(() => {
    const ids = (queue.data?.items ?? []).map((i) => i.id).filter((i) => i !== item.id);
    return ids[0];
  }, [queue.data, item.id]);
  const form = useRef<HTMLFormElement>(null);
  const [keeping, setKeeping] = useState(false);
  const [registered, setRegistered] = useState<string | null>(null);
  const goNext = () => void navigate(next ? `/postmottak/${next}` : '/postmottak');
  const shortcuts = useMemo(() => {
    const all: Record<string, () => void> = { 'Alt+Shift+N': goNext };
    if (archive && open) {
      all['Control+Enter'] = () => form.current?.requestSubmit();
      all['Alt+Shift+B'] = () => setKeeping(true);
    }
    return all;
    // goNext reads `next`, which is listed.
  }, [archive, open, next]);
  useShortcuts(shortcuts);

  return (
    <div className="stack">
      <div className="form-actions">
        <Link asChild>
          <RouterLink to={archive ? '/postmottak' : '/postmottak/videresendt'}>
            {archive ? t('reception.item.back') : t('reception.forwarded.title')}
          </RouterLink>
        </Link>
        {archive && (
          <Link asChild>
            <RouterLink to={next ? `/postmottak/${next}` : '/postmottak'} aria-keyshortcuts="Alt+Shift+N">
              {t('reception.item.next')}
            </RouterLink>
          </Link>
        )}
      </div>
      {item.merknader.length > 0 && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('reception.item.remarks')}
          </Heading>
          <List.Unordered>
            {item.merknader.map((m) => (
              <List.Item key={m.nb}>{pick(m)}</List.Item>
            ))}
          </List.Unordered>
        </Alert>
      )}
      <div aria-live="polite">
        {(registered ?? item.journalpostId) && (
          <Alert data-color="success">
            <Paragraph>{t('reception.item.registered')}</Paragraph>
            <Link asChild>
              <RouterLink to={`/journalposter/${registered ?? item.journalpostId}`}>{t('reception.item.openRecord')}</RouterLink>
            </Link>
          </Alert>
        )}
        {item.status === 'arkivbegrenset' && (
          <Alert data-color="info">{t('reception.item.kept', { reason: item.arkivbegrensningGrunn })}</Alert>
        )}
      </div>
      <div className="reception-item">
        <FilePreview item={item} />
        {archive && open && !registered && (
          <div className="stack">
            <RegisterForm item={item} formRef={form} onRegistered={setRegistered} />
            <div className="form-actions">
              <KeepOutDialog mottakId={item.id} open={keeping} onOpen={setKeeping} onDone={goNext} />
              <AccessRequestDialog item={item} onDone={setRegistered} />
            </div>
            <Details>
              <Details.Summary>{t('reception.item.shortcuts')}</Details.Summary>
              <Details.Content>
                <List.Unordered>
                  {(t('reception.item.shortcutList', { returnObjects: true }) as string[]).map((s) => (
                    <List.Item key={s}>{s}</List.Item>
                  ))}
                </List.Unordered>
              </Details.Content>
            </Details>
          </div>
        )}
      </div>
      <History item={item} />
    </div>
  );
}

function History({ item }: { item: Mottak }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="history-heading" className="stack">
      <Heading level={2} data-size="xs" id="history-heading">
        {t('reception.item.history')}
      </Heading>
      <List.Unordered>
        {item.hendelser.map((h, i) => (
          <List.Item key={i}>
            {t('reception.item.historyItem', {
              when: format.dateTime(h.utfortDato),
              what: [t(`reception.item.events.${h.hendelse as 'mottatt'}`), h.detaljer].filter(Boolean).join(': '),
              who: h.utfortAv,
            })}
          </List.Item>
        ))}
      </List.Unordered>
    </section>
  );
}
