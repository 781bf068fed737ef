import { Heading } from '@digdir/designsystemet-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  children?: ReactNode;
}

/** One h1 per page and a matching document title. */
export function Page({ title, children }: PageProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.title', { page: title });
  }, [t, title]);

  return (
    <div className="page">
      {/* tabIndex -1: the shell moves focus here after client-side navigation. */}
      <Heading level={1} data-size="lg" tabIndex={-1} className="page-heading">
        {title}
      </Heading>
      {children}
    </div>
  );
}
