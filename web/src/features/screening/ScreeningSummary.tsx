import { Paragraph } from '@digdir/designsystemet-react';
import { ScreenedTag } from './ScreenedTag';

/** «Skjermet» and the legal basis under a screened object's heading; nothing for an open one. */
export function ScreeningSummary({ tilgangskode, skjermingshjemmel }: { tilgangskode: string | null; skjermingshjemmel: string | null }) {
  if (!tilgangskode) return null;
  return (
    <Paragraph data-size="sm">
      <ScreenedTag tilgangskode={tilgangskode} /> {skjermingshjemmel}
    </Paragraph>
  );
}
