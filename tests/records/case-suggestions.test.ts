import { describe, expect, it } from 'vitest';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { setSkjerming } from '../../src/features/tilgang/set-skjerming.js';
import type { Client } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { createCase, FNR, valerTeam, type ValerTeam } from './records-world.js';

/*
 * Issue 13 item 2, seed 001: «Det skal alltid utføres et søk i forkant av
 * opprettelse av ny sak». Before a new case: the likely existing ones by
 * party, title and object, ranked, each with why — and never a case the
 * reader may not read found by who or what it is about.
 */
describe(`case suggestions before a new case (${engineName()})`, () => {
  let team: ValerTeam;
  let arkivar: Client;
  let sb: Client;
  const ids = {} as Record<'party' | 'orgnr' | 'object' | 'title' | 'screened' | 'both', string>;

  valerTeam(async (t) => {
    team = t;
    ({ arkivar, sb } = t);
  });

  const gbnr = async () =>
    (
      await team.handle.db
        .selectFrom('klassifikasjonssystem')
        .select('id')
        .where('organisasjon_id', '=', team.ark.role.organisasjonId)
        .where('kortnavn', '=', 'GBNR')
        .executeTakeFirstOrThrow()
    ).id;

  it('sets up cases found each way', async () => {
    const ark = team.ark;
    ids.party = (
      await createCase(ark, { tittel: 'Tilskudd til kulturarrangement', parter: [{ partNavn: 'Ola Nordmann', partRolle: 'Søker' }] })
    ).id;
    ids.orgnr = (await createCase(ark, { tittel: 'Skjenkebevilling sommerfest' })).id;
    await registerJournalpost(ark, ids.orgnr, {
      journalposttype: 'I',
      tittel: 'Søknad',
      korrespondanseparter: [
        { korrespondanseparttype: 'EA', navn: 'Festlaget AS', organisasjonsnummer: '964947260' },
        // A screened sender: hidden from readers without access, so it finds nothing.
        { korrespondanseparttype: 'EA', navn: 'Anonym Varsler', skjermet: true },
      ],
    });
    ids.object = (
      await createCase(ark, { tittel: 'Eiendomsskatt', sekundaerKlasser: [{ klassifikasjonssystemId: await gbnr(), verdi: '12/34' }] })
    ).id;
    ids.title = (await createCase(ark, { tittel: 'Byggesak – garasje i Storgata 1' })).id;
    ids.both = (
      await createCase(ark, { tittel: 'Byggesak – garasje i Storgata 3', parter: [{ partNavn: 'Ola Nordmann', partRolle: 'Søker' }] })
    ).id;
    // A personnel case for the Personal group: its party and object are screened fields.
    ids.screened = (
      await createCase(ark, {
        tittel: 'Personalmappe Kari Hemmelig',
        parter: [{ partNavn: 'Kari Hemmelig', partRolle: 'Ansatt', partId: FNR[0] }],
        sekundaerKlasser: [{ klassifikasjonssystemId: await gbnr(), verdi: '77/1' }],
      })
    ).id;
    const personal = await team.handle.db
      .selectFrom('tilgangsgruppe')
      .select('id')
      .where('navn', '=', 'Personal')
      .where('organisasjon_id', '=', ark.role.organisasjonId)
      .executeTakeFirstOrThrow();
    await setSkjerming(ark, 'saksmappe', ids.screened, { tilgangskode: 'P', tilgangsgruppeId: personal.id, skjermedeTittelord: [1, 2] });
  });

  const suggest = async (by: Client, query: Record<string, string>) => {
    const res = await by.request('GET', `/api/saksmapper/forslag?${new URLSearchParams(query)}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as { id: string; tittel: string; grunner: string[]; saksnummer: string }[];
  };

  it('finds a case by the same party: a part of the case or a sender on its records, by name or number', async () => {
    const byName = await suggest(sb, { partNavn: 'ola nordmann' });
    expect(byName.map((c) => c.id).sort()).toEqual([ids.party, ids.both].sort());
    expect(byName[0]!.grunner).toEqual(['part']);
    expect((await suggest(sb, { organisasjonsnummer: '964 947 260' })).map((c) => c.id)).toEqual([ids.orgnr]);
    expect((await suggest(sb, { partNavn: 'Festlaget AS' })).map((c) => c.id)).toEqual([ids.orgnr]);
  });

  it('finds a case by the same object, gnr/bnr written either way', async () => {
    const found = await suggest(sb, { gnrBnr: '12/34/0/0' });
    expect(found).toEqual([expect.objectContaining({ id: ids.object, grunner: ['objekt'], tittel: 'Eiendomsskatt' })]);
  });

  it('ranks a case found by party and title over one found by title alone, and says why', async () => {
    const found = await suggest(sb, { tittel: 'Byggesak garasje Storgata', partNavn: 'Ola Nordmann' });
    expect(found[0]).toMatchObject({ id: ids.both, grunner: ['part', 'tittel'] });
    const titleOnly = found.find((c) => c.id === ids.title);
    expect(titleOnly?.grunner).toEqual(['tittel']);
    expect(found.indexOf(titleOnly!)).toBeGreaterThan(found.findIndex((c) => c.id === ids.party));
  });

  it('never finds a screened case by its party or object for a reader without access, and shows only its public title', async () => {
    expect(await suggest(sb, { partNavn: 'Anonym Varsler' })).toEqual([]);
    const queries: Record<string, string>[] = [{ partNavn: 'Kari Hemmelig' }, { foedselsnummer: FNR[0] }, { gnrBnr: '77/1' }];
    for (const query of queries) {
      expect(await suggest(sb, query), JSON.stringify(query)).toEqual([]);
      expect(
        (await suggest(arkivar, query)).map((c) => c.id),
        JSON.stringify(query),
      ).toEqual([ids.screened]);
    }
    const res = await sb.request(
      'GET',
      `/api/saksmapper/forslag?${new URLSearchParams({ tittel: 'Personalmappe', partNavn: 'Kari Hemmelig' })}`,
    );
    expect(res.statusCode).toBe(200);
    // Found by the public title «Personalmappe *****» only: the name is in no field.
    expect(res.json().items.map((c: { tittel: string }) => c.tittel)).toEqual(['Personalmappe *****']);
    expect(res.body).not.toContain('Hemmelig');
  });

  it('answers an empty list to nothing worth searching, and 400 naming a malformed number', async () => {
    expect(await suggest(sb, { tittel: 'ab' })).toEqual([]);
    const bad = await sb.request('GET', '/api/saksmapper/forslag?organisasjonsnummer=123&gnrBnr=tolv');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['organisasjonsnummer', 'gnrBnr']);
  });
});
