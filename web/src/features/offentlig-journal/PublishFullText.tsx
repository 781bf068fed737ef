import { Switch, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { dokumenterKey } from '../documents/api';

interface Props {
  journalpostId: string;
  dokumentId: string;
  title: string;
  published: boolean;
}

/**
 * «Publiser fulltekst»: the case worker publishes a document's full text in
 * the public journal (its public variant, or the document itself when it is
 * not screened). The server refuses a screened document without a public
 * variant; its reason shows under the switch.
 */
export function PublishFullText({ journalpostId, dokumentId, title, published }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const publish = useMutation({
    mutationFn: (publiser: boolean) =>
      api(`/api/dokumentbeskrivelser/${encodeURIComponent(dokumentId)}/fulltekst-publisering`, { method: 'PUT', body: { publiser } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dokumenterKey(journalpostId) }),
  });
  return (
    <div className="publish-full-text">
      <Switch
        data-size="sm"
        label={t('publicJournal.publishFor', { name: title })}
        checked={published}
        disabled={publish.isPending}
        onChange={(e) => publish.mutate(e.target.checked)}
      />
      {publish.error && <ValidationMessage>{errorText(publish.error)}</ValidationMessage>}
    </div>
  );
}
