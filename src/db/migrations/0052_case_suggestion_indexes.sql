-- Issue 13 item 2: before a new case is made, the likely existing ones by
-- party (name, organisasjonsnummer, fødselsnummer) and by object (gnr/bnr, a
-- fødselsnummer as class). Each way is looked up by index, organisation first.
CREATE INDEX part_navn_idx ON part (organisasjon_id, lower(part_navn));
CREATE INDEX part_id_idx ON part (organisasjon_id, part_id) WHERE part_id IS NOT NULL;
CREATE INDEX korrespondansepart_navn_idx ON korrespondansepart (organisasjon_id, lower(navn));
CREATE INDEX korrespondansepart_orgnr_idx ON korrespondansepart (organisasjon_id, organisasjonsnummer) WHERE organisasjonsnummer IS NOT NULL;
CREATE INDEX korrespondansepart_fnr_idx ON korrespondansepart (organisasjon_id, foedselsnummer) WHERE foedselsnummer IS NOT NULL;
CREATE INDEX saksmappe_klasseverdi_idx ON saksmappe (organisasjon_id, primaer_klasseverdi) WHERE primaer_klasseverdi IS NOT NULL;
CREATE INDEX saksmappe_sekundaerklasse_verdi_idx ON saksmappe_sekundaerklasse (organisasjon_id, klasseverdi);
