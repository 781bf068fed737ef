import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_USERS_PER_PAGE, useBrukere } from '../../admin/api';
import type { Person } from '../../access-admin/api';
import { FormAlert } from './FormAlert';
import { useDebouncedValue } from './use-debounced-value';

const MAX_MATCHES = 8;

interface Props {
  id: string;
  heading: string;
  /** Who is on the list already: not offered again. */
  present: readonly Person[];
  add: UseMutationResult<Person, Error, string>;
}

/**
 * Finds an active user of the organisation by name or user name and adds
 * them; each match is a button, so the whole search works by keyboard.
 */
export function AddPersonSearch({ id, heading, present, add }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [added, setAdded] = useState('');
  const q = useDebouncedValue(query.trim());
  // The server searches (an organisation may have thousands of users); enough to fill the list after those already on it.
  const users = useBrukere({ q, aktive: true, perSide: Math.min(MAX_MATCHES + present.length, MAX_USERS_PER_PAGE) }, q !== '');
  const taken = new Set(present.map((p) => p.id));
  // Cleared at once when the field is (after adding someone), not after the debounce.
  const matches = q && query.trim() ? (users.data?.items ?? []).filter((u) => !taken.has(u.id)).slice(0, MAX_MATCHES) : [];

  const choose = (user: { id: string; navn: string }) => {
    setAdded('');
    add.mutate(user.id, {
      onSuccess: () => {
        setAdded(t('people.addedName', { name: user.navn }));
        setQuery('');
      },
    });
  };

  return (
    <div className="stack inline-form" role="search" aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {heading}
      </Heading>
      <Textfield
        label={t('people.searchLabel')}
        description={t('people.searchHelp')}
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setAdded('');
          add.reset();
        }}
      />
      {matches.length > 0 && (
        <ul className="plain-list" aria-label={t('people.matches')}>
          {matches.map((u) => (
            <li key={u.id}>
              <Button
                variant="secondary"
                data-size="sm"
                loading={add.isPending && add.variables === u.id}
                onClick={() => choose(u)}
                aria-label={t('people.addFor', { name: u.navn, username: u.brukernavn })}
              >
                {`${u.navn} (${u.brukernavn})`}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div aria-live="polite" aria-atomic="true">
        {q && !users.isFetching && matches.length === 0 && <Paragraph data-size="sm">{t('people.noMatches')}</Paragraph>}
        {q && matches.length > 0 && (
          <Paragraph data-size="sm" className="visually-hidden">
            {t('people.matchCount', { count: matches.length })}
          </Paragraph>
        )}
        {added && <Paragraph data-size="sm">{added}</Paragraph>}
        <FormAlert error={add.error} />
      </div>
    </div>
  );
}
