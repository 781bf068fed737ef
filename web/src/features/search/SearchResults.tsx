import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCodeName } from '../common/code-lists';
import { useFormat } from '../common/format';
import { ScreenedTag } from '../screening/ScreenedTag';
import { Snippet } from './Snippet';
import type { SearchHit } from './types';

const href = (hit: SearchHit) => (hit.type === 'saksmappe' ? `/saker/${hit.id}` : `/journalposter/${hit.id}`);

/** Hits in the server's rank order, each a heading with its link, facts and snippet. */
export function SearchResults({ items, start }: { items: readonly SearchHit[]; start: number }) {
  const { t } = useTranslation();
  const codeName = useCodeName();
  const format = useFormat();
  const status = (hit: SearchHit) => codeName(hit.type === 'saksmappe' ? 'saksstatus' : 'journalstatus', hit.status);

  return (
    <ol className="search-results" start={start}>
      {items.map((hit) => (
        <li key={`${hit.type}-${hit.id}`} className="search-hit">
          <Heading level={3} data-size="xs">
            <Link asChild>
              <RouterLink to={href(hit)}>{`${hit.nummer} ${hit.tittel}`}</RouterLink>
            </Link>
          </Heading>
          <Paragraph data-size="sm" className="search-hit__facts">
            <Tag data-size="sm" data-color={hit.type === 'saksmappe' ? 'info' : 'neutral'}>
              {hit.type === 'saksmappe' ? t('search.types.saksmappe') : t('search.types.journalpost')}
              {hit.journalposttype ? ` (${hit.journalposttype})` : ''}
            </Tag>
            <ScreenedTag tilgangskode={hit.tilgangskode} /> <span>{status(hit)}</span> · <span>{format.date(hit.dato)}</span>
          </Paragraph>
          <Snippet utdrag={hit.utdrag} />
        </li>
      ))}
    </ol>
  );
}
