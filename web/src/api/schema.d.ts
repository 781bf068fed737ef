// Generated from the OpenAPI document by `npm run api-types`; do not edit.
// Use it through web/src/api/types.ts.
export interface paths {
  '/api/api-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API-nøkler i aktiv organisasjon, nyeste først (systemansvarlig ser alle, andre sine egne; side, perSide) */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                bruker: {
                  brukernavn: string;
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
                /** Format: uuid */
                id: string;
                navn: string;
                opprettetAv: string | null;
                /** Format: date-time */
                opprettetDato: string;
                rolle: string;
                /** Format: uuid */
                rolletildelingId: string;
                sistBruktDato: string | null;
                /** @enum {string} */
                status: 'aktiv' | 'utlopt' | 'tilbakekalt';
                tilbakekaltDato: string | null;
                utloperDato: string | null;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Opprett API-nøkkel for egen rolle eller en integrasjonsbruker (systemansvarlig; vises én gang) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            gyldigDager?: number;
            navn: string;
            /** Format: uuid */
            rolletildelingId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              navn: string;
              token: string;
              utloperDato: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/api-tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Trekk tilbake en API-nøkkel (virker ikke lenger; raden beholdes) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arbeidslister': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mine arbeidslister og antall i hver (startsiden) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                antall: number;
                /** @enum {string} */
                liste:
                  | 'ubesvarte'
                  | 'til-fordeling'
                  | 'kopier'
                  | 'mine-saker'
                  | 'restanser'
                  | 'obs-dato'
                  | 'arkivets-ko'
                  | 'midlertidige'
                  | 'nye-saker'
                  | 'til-godkjenning'
                  | 'svar-fra-godkjenning'
                  | 'til-journalforing'
                  | 'onskes-avsluttet'
                  | 'feilet-ekspedering'
                  | 'innsynskrav'
                  | 'forfalte-innsynskrav';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arbeidslister/{liste}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** En arbeidsliste: ubesvarte, til-fordeling, kopier, mine-saker, restanser, obs-dato, feilet-ekspedering; for arkivet arkivets-ko, midlertidige, nye-saker, til-journalforing, onskes-avsluttet, innsynskrav, forfalte-innsynskrav */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
        };
        header?: never;
        path: {
          liste:
            | 'ubesvarte'
            | 'til-fordeling'
            | 'kopier'
            | 'mine-saker'
            | 'restanser'
            | 'obs-dato'
            | 'arkivets-ko'
            | 'midlertidige'
            | 'nye-saker'
            | 'til-godkjenning'
            | 'svar-fra-godkjenning'
            | 'til-journalforing'
            | 'onskes-avsluttet'
            | 'feilet-ekspedering'
            | 'innsynskrav'
            | 'forfalte-innsynskrav';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                enhet: string | null;
                forelopigSvar: boolean;
                fra: string | null;
                frist: string | null;
                fullTilgang: boolean;
                innsynskravId: string | null;
                journalpost: {
                  /** Format: uuid */
                  id: string;
                  journaldato: string;
                  journalpostId: string;
                  journalposttype: string;
                  journalstatus: string;
                } | null;
                merknad: string | null;
                oppgaveId: string | null;
                oppgavetype: string | null;
                opprettetDato: string | null;
                rod: boolean;
                saksbehandler: string | null;
                /** Format: uuid */
                saksmappeId: string;
                saksnummer: string;
                saksstatus: string;
                tilgangskode: string | null;
                tittel: string;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivbegrensning-grunner': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisasjonens grunner for arkivbegrensning */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                aktiv: boolean;
                /** Format: uuid */
                id: string;
                navn: string;
                rekkefolge: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Ny grunn for arkivbegrensning (arkivet, systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            navn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktiv: boolean;
              /** Format: uuid */
              id: string;
              navn: string;
              rekkefolge: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivbegrensning-grunner/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Endre navn på eller (de)aktiver en grunn for arkivbegrensning */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            aktiv?: boolean;
            navn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktiv: boolean;
              /** Format: uuid */
              id: string;
              navn: string;
              rekkefolge: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivdeler': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Arkivdeler med klassifikasjonssystemer */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                arkivdelstatus: {
                  code: string;
                  en: string;
                  nb: string;
                };
                /** Format: uuid */
                arkivId: string;
                arkivperiodeSluttDato: string | null;
                arkivperiodeStartDato: string | null;
                avsluttetDato: string | null;
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                kortnavn: string;
                oppbevaringssted: string | null;
                primaerKlassifikasjonssystemId: string | null;
                referanseArvtaker: string | null;
                referanseForloeper: string | null;
                sekundaereKlassifikasjonssystemIder: string[];
                standardTilgangskode: string | null;
                tittel: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Opprett arkivdel (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            arkivdelstatus?: 'A' | 'O' | 'P' | 'U';
            /** Format: uuid */
            arkivId: string;
            arkivperiodeSluttDato?: string | null;
            arkivperiodeStartDato?: string | null;
            beskrivelse?: string | null;
            kortnavn: string;
            oppbevaringssted?: string | null;
            primaerKlassifikasjonssystemId?: string | null;
            sekundaereKlassifikasjonssystemIder?: string[];
            standardTilgangskode?: string | null;
            tittel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              arkivdelstatus: {
                code: string;
                en: string;
                nb: string;
              };
              /** Format: uuid */
              arkivId: string;
              arkivperiodeSluttDato: string | null;
              arkivperiodeStartDato: string | null;
              avsluttetDato: string | null;
              beskrivelse: string | null;
              /** Format: uuid */
              id: string;
              kortnavn: string;
              oppbevaringssted: string | null;
              primaerKlassifikasjonssystemId: string | null;
              referanseArvtaker: string | null;
              referanseForloeper: string | null;
              sekundaereKlassifikasjonssystemIder: string[];
              standardTilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivdeler/{id}/arkivuttrekk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start et arkivuttrekk av en avsluttet arkivdel som bakgrunnsjobb (arkivet) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              antallDokumentfiler: number | null;
              antallMapper: number | null;
              antallRegistreringer: number | null;
              arkivdeler: {
                /** Format: uuid */
                id: string;
                kortnavn: string;
                tittel: string;
              }[];
              fase: ('venter' | 'arkivstruktur' | 'endringslogg' | 'journaler' | 'selvkontroll' | 'ferdig') | null;
              feilmelding: string | null;
              framdrift: {
                dokumentfiler: number;
                registreringer: number;
                totalt: number;
              } | null;
              fullfoertDato: string | null;
              /** Format: uuid */
              id: string;
              nedlasting: boolean;
              periodeFra: string | null;
              periodeTil: string | null;
              selvkontroll: {
                bestaatt: boolean;
                feil: number;
                feiledeKontroller: {
                  feil: number;
                  id: string;
                  navn: string;
                }[];
              } | null;
              sistAktiv: string | null;
              sjekksumArkivuttrekk: string | null;
              /** Format: date-time */
              startetDato: string;
              /** @enum {string} */
              status: 'pågår' | 'fullført' | 'feilet';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivdeler/{id}/avslutning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Avslutt arkivdelen i overlappingsperiode (ingen åpne saker igjen) (arkivet) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              arkivdelstatus: {
                code: string;
                en: string;
                nb: string;
              };
              /** Format: uuid */
              arkivId: string;
              arkivperiodeSluttDato: string | null;
              arkivperiodeStartDato: string | null;
              avsluttetDato: string | null;
              beskrivelse: string | null;
              /** Format: uuid */
              id: string;
              kortnavn: string;
              oppbevaringssted: string | null;
              primaerKlassifikasjonssystemId: string | null;
              referanseArvtaker: string | null;
              referanseForloeper: string | null;
              sekundaereKlassifikasjonssystemIder: string[];
              standardTilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivdeler/{id}/overfoering': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Overfør alle åpne saker i overlappingsperioden til arvtakeren (arkivet) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              overfoert: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivdeler/{id}/periodeslutt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Avslutt arkivperioden: ny arkivdel (arvtaker) tar over; åpne saker blir i overlapping eller overføres (arkivet) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            beskrivelse?: string | null;
            kortnavn: string;
            overfoerAapneMapper?: boolean;
            /** Format: date */
            sluttDato: string;
            tittel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              arkivdel: {
                arkivdelstatus: {
                  code: string;
                  en: string;
                  nb: string;
                };
                /** Format: uuid */
                arkivId: string;
                arkivperiodeSluttDato: string | null;
                arkivperiodeStartDato: string | null;
                avsluttetDato: string | null;
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                kortnavn: string;
                oppbevaringssted: string | null;
                primaerKlassifikasjonssystemId: string | null;
                referanseArvtaker: string | null;
                referanseForloeper: string | null;
                sekundaereKlassifikasjonssystemIder: string[];
                standardTilgangskode: string | null;
                tittel: string;
              };
              arvtaker: {
                arkivdelstatus: {
                  code: string;
                  en: string;
                  nb: string;
                };
                /** Format: uuid */
                arkivId: string;
                arkivperiodeSluttDato: string | null;
                arkivperiodeStartDato: string | null;
                avsluttetDato: string | null;
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                kortnavn: string;
                oppbevaringssted: string | null;
                primaerKlassifikasjonssystemId: string | null;
                referanseArvtaker: string | null;
                referanseForloeper: string | null;
                sekundaereKlassifikasjonssystemIder: string[];
                standardTilgangskode: string | null;
                tittel: string;
              };
              overfoert: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkiver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Arkiv i aktiv organisasjon */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                arkivstatus: string;
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                opprettetDato: string;
                tittel: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Opprett arkiv (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            beskrivelse?: string | null;
            tittel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              arkivstatus: string;
              beskrivelse: string | null;
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              opprettetDato: string;
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivformat/rapport': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Formatrapport (arkivet): dokumenter uten godkjent arkivformat, eller lagret i flere versjoner, varianter eller produksjonsformat */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
          utvalg?: 'uten-arkivformat' | 'flere-versjoner' | 'varianter' | 'produksjonsformat';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                arkivformatUnntak: string | null;
                dokumentnummer: number;
                dokumentstatus: string;
                /** Format: uuid */
                id: string;
                journalpost: {
                  /** Format: uuid */
                  id: string;
                  journalpostId: string;
                };
                nyesteVersjon: {
                  format: string;
                  godkjent: boolean;
                  variantformat: string;
                }[];
                saksmappe: {
                  /** Format: uuid */
                  id: string;
                  saksnummer: string;
                };
                tittel: string;
                versjoner: number;
              }[];
              perSide: number;
              side: number;
              total: number;
              /** @enum {string} */
              utvalg: 'uten-arkivformat' | 'flere-versjoner' | 'varianter' | 'produksjonsformat';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivuttrekk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Arkivuttrekk i aktiv organisasjon, nyeste først: framdrift og utfall (arkivet) */
    get: {
      parameters: {
        query?: {
          arkivdel?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                antallDokumentfiler: number | null;
                antallMapper: number | null;
                antallRegistreringer: number | null;
                arkivdeler: {
                  /** Format: uuid */
                  id: string;
                  kortnavn: string;
                  tittel: string;
                }[];
                fase: ('venter' | 'arkivstruktur' | 'endringslogg' | 'journaler' | 'selvkontroll' | 'ferdig') | null;
                feilmelding: string | null;
                framdrift: {
                  dokumentfiler: number;
                  registreringer: number;
                  totalt: number;
                } | null;
                fullfoertDato: string | null;
                /** Format: uuid */
                id: string;
                nedlasting: boolean;
                periodeFra: string | null;
                periodeTil: string | null;
                selvkontroll: {
                  bestaatt: boolean;
                  feil: number;
                  feiledeKontroller: {
                    feil: number;
                    id: string;
                    navn: string;
                  }[];
                } | null;
                sistAktiv: string | null;
                sjekksumArkivuttrekk: string | null;
                /** Format: date-time */
                startetDato: string;
                /** @enum {string} */
                status: 'pågår' | 'fullført' | 'feilet';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivuttrekk/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ett arkivuttrekk: framdrift, selvkontroll og utfall (arkivet) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              antallDokumentfiler: number | null;
              antallMapper: number | null;
              antallRegistreringer: number | null;
              arkivdeler: {
                /** Format: uuid */
                id: string;
                kortnavn: string;
                tittel: string;
              }[];
              fase: ('venter' | 'arkivstruktur' | 'endringslogg' | 'journaler' | 'selvkontroll' | 'ferdig') | null;
              feilmelding: string | null;
              framdrift: {
                dokumentfiler: number;
                registreringer: number;
                totalt: number;
              } | null;
              fullfoertDato: string | null;
              /** Format: uuid */
              id: string;
              nedlasting: boolean;
              periodeFra: string | null;
              periodeTil: string | null;
              selvkontroll: {
                bestaatt: boolean;
                feil: number;
                feiledeKontroller: {
                  feil: number;
                  id: string;
                  navn: string;
                }[];
              } | null;
              sistAktiv: string | null;
              sjekksumArkivuttrekk: string | null;
              /** Format: date-time */
              startetDato: string;
              /** @enum {string} */
              status: 'pågår' | 'fullført' | 'feilet';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivuttrekk/{id}/deponeringsrapport': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deponeringsrapporten (Markdown) som følger avleveringen (arkivet) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/arkivuttrekk/{id}/pakke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Avleveringspakken som tar-fil, strømmet (arkivet) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Logg inn med brukernavn og passord */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            brukernavn: string;
            passord: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktivRolleId: string | null;
              bruker: {
                brukernavn: string;
                /** Format: uuid */
                id: string;
                navn: string;
              };
              csrfToken: string;
              roller: {
                enhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                /** Format: uuid */
                id: string;
                organisasjon: {
                  /** Format: uuid */
                  id: string;
                  kortnavn: string;
                  navn: string;
                  organisasjonsnummer: string;
                };
                rolle: string;
                rolleNavn: {
                  en: string;
                  nb: string;
                };
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Logg ut */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Logg ut overalt (avslutt alle egne økter) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Er OpenID Connect-innlogging slått på? */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/brevhode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisasjonens brevhode (adresse og kontaktlinjer) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              epost: string | null;
              nettside: string | null;
              postadresse: string | null;
              postnummer: string | null;
              poststed: string | null;
              telefon: string | null;
            };
          };
        };
      };
    };
    /** Sett brevhodets adresse og kontaktlinjer (systemansvarlig) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            epost?: string | null;
            nettside?: string | null;
            postadresse?: string | null;
            postnummer?: string | null;
            poststed?: string | null;
            telefon?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              epost: string | null;
              nettside: string | null;
              postadresse: string | null;
              postnummer: string | null;
              poststed: string | null;
              telefon: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/brukere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Brukere med rolle i aktiv organisasjon, etter navn, en side om gangen (q: del av navn eller brukernavn) */
    get: {
      parameters: {
        query?: {
          aktive?: 'true' | 'false';
          integrasjon?: 'true' | 'false';
          perSide?: number;
          q?: string;
          side?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                aktiv: boolean;
                brukernavn: string;
                epost: string | null;
                /** Format: uuid */
                id: string;
                integrasjon: boolean;
                navn: string;
                roller: {
                  enhet: {
                    /** Format: uuid */
                    id: string;
                    navn: string;
                  } | null;
                  /** Format: date */
                  fraDato: string;
                  gjeldende: boolean;
                  /** Format: uuid */
                  id: string;
                  rolle: string;
                  tilDato: string | null;
                }[];
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Opprett bruker med en rolle i aktiv organisasjon (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            brukernavn: string;
            enhetId?: string | null;
            epost?: string | null;
            integrasjon?: boolean;
            navn: string;
            passord?: string;
            /** @enum {string} */
            rolle: 'ARK' | 'LED' | 'SF' | 'SB' | 'MS' | 'SYS' | 'LES';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              brukernavn: string;
              /** Format: uuid */
              id: string;
              navn: string;
              /** Format: uuid */
              rolletildelingId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/brukere/{id}/historikk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Brukerens status- og rollehistorikk i aktiv organisasjon (systemansvarlig; side, perSide) */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                endretAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
                /** Format: date-time */
                endretDato: string;
                felt: string;
                id: number;
                nyVerdi: string | null;
                /** Format: uuid */
                objektId: string;
                objektType: string;
                tidligereVerdi: string | null;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/brukere/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Gjør en bruker passiv eller aktiv (systemansvarlig); en passiv bruker mister økter og API-nøkler straks */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            aktiv: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktiv: boolean;
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dokumentbeskrivelser/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ett dokument med alle versjoner og varianter */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              beskrivelse: string | null;
              dokumentnummer: number;
              dokumentobjekter: {
                /** Format: uuid */
                dokumentbeskrivelseId: string;
                filnavn: string;
                filstoerrelse: number;
                filUrl: string;
                format: string;
                formatDetaljer: string | null;
                /** Format: uuid */
                id: string;
                konvertering: {
                  konverteringsverktoey: string | null;
                  /** Format: uuid */
                  konvertertAv: string;
                  /** Format: date-time */
                  konvertertDato: string;
                  konvertertFraFormat: string;
                  konvertertTilFormat: string;
                } | null;
                mimeType: string;
                /** Format: uuid */
                opprettetAv: string;
                /** Format: date-time */
                opprettetDato: string;
                sjekksum: string;
                sjekksumAlgoritme: string;
                /** @enum {string} */
                variantformat: 'P' | 'A' | 'O';
                versjonsnummer: number;
              }[];
              dokumentstatus: string;
              dokumenttype: string;
              forfatter: string | null;
              fullTilgang: boolean;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              journalpostId: string;
              offentligTittel: string;
              /** Format: uuid */
              opprettetAv: string;
              /** Format: date-time */
              opprettetDato: string;
              personsensitiv: boolean;
              publiserFulltekst: boolean;
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              /** Format: uuid */
              tilknyttetAv: string;
              /** Format: date-time */
              tilknyttetDato: string;
              /** @enum {string} */
              tilknyttetRegistreringSom: 'H' | 'V';
              tittel: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Endre tittel, dokumenttype eller dokumentstatus (B → F) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            dokumentstatus?: 'B' | 'F';
            /** @enum {string} */
            dokumenttype?: 'B' | 'R' | 'F' | 'O' | 'N' | 'SF' | 'V' | 'AV' | 'RA' | 'SO' | 'PR';
            tittel?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              beskrivelse: string | null;
              dokumentnummer: number;
              dokumentobjekter: {
                /** Format: uuid */
                dokumentbeskrivelseId: string;
                filnavn: string;
                filstoerrelse: number;
                filUrl: string;
                format: string;
                formatDetaljer: string | null;
                /** Format: uuid */
                id: string;
                konvertering: {
                  konverteringsverktoey: string | null;
                  /** Format: uuid */
                  konvertertAv: string;
                  /** Format: date-time */
                  konvertertDato: string;
                  konvertertFraFormat: string;
                  konvertertTilFormat: string;
                } | null;
                mimeType: string;
                /** Format: uuid */
                opprettetAv: string;
                /** Format: date-time */
                opprettetDato: string;
                sjekksum: string;
                sjekksumAlgoritme: string;
                /** @enum {string} */
                variantformat: 'P' | 'A' | 'O';
                versjonsnummer: number;
              }[];
              dokumentstatus: string;
              dokumenttype: string;
              forfatter: string | null;
              fullTilgang: boolean;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              journalpostId: string;
              offentligTittel: string;
              /** Format: uuid */
              opprettetAv: string;
              /** Format: date-time */
              opprettetDato: string;
              personsensitiv: boolean;
              publiserFulltekst: boolean;
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              /** Format: uuid */
              tilknyttetAv: string;
              /** Format: date-time */
              tilknyttetDato: string;
              /** @enum {string} */
              tilknyttetRegistreringSom: 'H' | 'V';
              tittel: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/dokumentbeskrivelser/{id}/arkivformat-unntak': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Arkivets begrunnede unntak: dokumentet holder ikke igjen journalføring eller avslutning uten arkivformat (null trekker det tilbake) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            begrunnelse: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              arkivformatUnntak: string | null;
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dokumentbeskrivelser/{id}/fulltekst-publisering': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Publiser (eller trekk tilbake) dokumentets fulltekst i offentlig journal; de som kan skjerme dokumentet */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            publiser: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              publiserFulltekst: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dokumentbeskrivelser/{id}/personsensitiv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Flytt dokumentet til sikker sone (kan ikke angres): filene krypteres i sikkert lager, vanlig kopi slettes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              beskrivelse: string | null;
              dokumentnummer: number;
              dokumentobjekter: {
                /** Format: uuid */
                dokumentbeskrivelseId: string;
                filnavn: string;
                filstoerrelse: number;
                filUrl: string;
                format: string;
                formatDetaljer: string | null;
                /** Format: uuid */
                id: string;
                konvertering: {
                  konverteringsverktoey: string | null;
                  /** Format: uuid */
                  konvertertAv: string;
                  /** Format: date-time */
                  konvertertDato: string;
                  konvertertFraFormat: string;
                  konvertertTilFormat: string;
                } | null;
                mimeType: string;
                /** Format: uuid */
                opprettetAv: string;
                /** Format: date-time */
                opprettetDato: string;
                sjekksum: string;
                sjekksumAlgoritme: string;
                /** @enum {string} */
                variantformat: 'P' | 'A' | 'O';
                versjonsnummer: number;
              }[];
              dokumentstatus: string;
              dokumenttype: string;
              forfatter: string | null;
              fullTilgang: boolean;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              journalpostId: string;
              offentligTittel: string;
              /** Format: uuid */
              opprettetAv: string;
              /** Format: date-time */
              opprettetDato: string;
              personsensitiv: boolean;
              publiserFulltekst: boolean;
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              /** Format: uuid */
              tilknyttetAv: string;
              /** Format: date-time */
              tilknyttetDato: string;
              /** @enum {string} */
              tilknyttetRegistreringSom: 'H' | 'V';
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dokumentbeskrivelser/{id}/skjerming': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Sett skjerming (dokumentbeskrivelse); tilgangskode null åpner */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            skjermedeTittelord?: number[];
            skjermingDokument?: boolean;
            skjermingMetadata?: string[];
            skjermingOpphoerer?: string | null;
            skjermingshjemmel?: string | null;
            skjermingVarighet?: number | null;
            tilgangsgruppeId?: string | null;
            tilgangskode: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dokumentbeskrivelser/{id}/varianter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Arkivformat (A) eller offentlig variant (O) av en versjon (felt: variantformat, versjonsnummer?; så filen)
     * @description multipart/form-data: tekstfelt først, deretter én fil. Valgfritt: header x-checksum-sha256 eller felt sjekksum/filstoerrelse.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /**
             * Format: binary
             * @description filen, som siste del av skjemaet
             */
            fil: string;
            /** @description filens størrelse i byte (valgfritt) */
            filstoerrelse?: string;
            /** @description SHA-256 i hex av filen (valgfritt) */
            sjekksum?: string;
            /** @enum {string} */
            variantformat: 'A' | 'O';
            versjonsnummer?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              dokumentbeskrivelseId: string;
              filnavn: string;
              filstoerrelse: number;
              filUrl: string;
              format: string;
              formatDetaljer: string | null;
              /** Format: uuid */
              id: string;
              konvertering: {
                konverteringsverktoey: string | null;
                /** Format: uuid */
                konvertertAv: string;
                /** Format: date-time */
                konvertertDato: string;
                konvertertFraFormat: string;
                konvertertTilFormat: string;
              } | null;
              mimeType: string;
              /** Format: uuid */
              opprettetAv: string;
              /** Format: date-time */
              opprettetDato: string;
              sjekksum: string;
              sjekksumAlgoritme: string;
              /** @enum {string} */
              variantformat: 'P' | 'A' | 'O';
              versjonsnummer: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dokumentbeskrivelser/{id}/versjoner': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ny versjon av dokumentets fil (produksjonsformat)
     * @description multipart/form-data: tekstfelt først, deretter én fil. Valgfritt: header x-checksum-sha256 eller felt sjekksum/filstoerrelse. Et ferdigstilt dokument får ingen ny versjon (krav 3.2.31); på en journalført journalpost erstatter bare arkivet filen.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /**
             * Format: binary
             * @description filen, som siste del av skjemaet
             */
            fil: string;
            /** @description filens størrelse i byte (valgfritt) */
            filstoerrelse?: string;
            /** @description SHA-256 i hex av filen (valgfritt) */
            sjekksum?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              dokumentbeskrivelseId: string;
              filnavn: string;
              filstoerrelse: number;
              filUrl: string;
              format: string;
              formatDetaljer: string | null;
              /** Format: uuid */
              id: string;
              konvertering: {
                konverteringsverktoey: string | null;
                /** Format: uuid */
                konvertertAv: string;
                /** Format: date-time */
                konvertertDato: string;
                konvertertFraFormat: string;
                konvertertTilFormat: string;
              } | null;
              mimeType: string;
              /** Format: uuid */
              opprettetAv: string;
              /** Format: date-time */
              opprettetDato: string;
              sjekksum: string;
              sjekksumAlgoritme: string;
              /** @enum {string} */
              variantformat: 'P' | 'A' | 'O';
              versjonsnummer: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dokumentobjekter/{id}/fil': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Filens innhold, kontrollert mot sjekksummen (PDF og bilder vises inline; ?download=1 laster ned) */
    get: {
      parameters: {
        query?: {
          download?: '0' | '1' | 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dokumentobjekter/{id}/sletting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Slett en tidligere versjon (SV), en offentlig variant (SS) eller produksjonsformatet ved siden av arkivformatet (SP) av et arkivert dokument (arkivet) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            slettingstype: 'SP' | 'SV' | 'SS';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              dokumentbeskrivelseId: string;
              dokumentobjekterSlettet: number;
              filerSlettet: number;
              slettetAv: string;
              /** Format: date-time */
              slettetDato: string;
              /** @enum {string} */
              slettingstype: 'SP' | 'SV' | 'SS';
              variantformat: string | null;
              versjonsnummer: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/endringslogg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Endringslogg for ett objekt (side, perSide) */
    get: {
      parameters: {
        query: {
          objektId: string;
          perSide?: number;
          side?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                endretAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
                /** Format: date-time */
                endretDato: string;
                felt: string;
                id: number;
                nyVerdi: string | null;
                /** Format: uuid */
                objektId: string;
                objektType: string;
                tidligereVerdi: string | null;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/enheter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Administrative enheter i aktiv organisasjon */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                aktiv: boolean;
                /** Format: uuid */
                id: string;
                kortnavn: string;
                navn: string;
                overordnetEnhetId: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Opprett administrativ enhet (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            kortnavn: string;
            navn: string;
            overordnetEnhetId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktiv: boolean;
              /** Format: uuid */
              id: string;
              kortnavn: string;
              navn: string;
              overordnetEnhetId: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Helsesjekk: svarer databasen, og er demoarkivet lastet? */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              database: 'ok' | 'unavailable';
              /**
               * @description Demo archive on a first start: `loading` while it fills in
               * @enum {string}
               */
              demo: 'none' | 'loading' | 'ready' | 'failed';
              /** @enum {string} */
              engine: 'pglite' | 'postgres';
              /** @enum {string} */
              status: 'ok' | 'unavailable';
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              database: 'ok' | 'unavailable';
              /**
               * @description Demo archive on a first start: `loading` while it fills in
               * @enum {string}
               */
              demo: 'none' | 'loading' | 'ready' | 'failed';
              /** @enum {string} */
              engine: 'pglite' | 'postgres';
              /** @enum {string} */
              status: 'ok' | 'unavailable';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/innsynskrav/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Et innsynskrav med journalpostene det gjelder, avgjørelsene og dokumentene (for saksansvarlige det er fordelt til, ledere og arkivet) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bestiller: {
                epost: string;
                navn: string | null;
              };
              besvartDato: string | null;
              deler: {
                avgjoerelse: ('innsyn' | 'delvis' | 'avslag') | null;
                avgjortDato: string | null;
                begrunnelse: string | null;
                dokumenter: {
                  antallSider: number | null;
                  dokumentnummer: number;
                  /** Format: uuid */
                  id: string;
                  offentligVariant: boolean;
                  pdf: boolean;
                  sikkerSone: boolean;
                  tittel: string;
                }[];
                hjemmel: string | null;
                /** Format: uuid */
                id: string;
                journalpost: {
                  /** Format: uuid */
                  id: string;
                  journaldato: string;
                  journalpostId: string;
                  journalposttype: string;
                };
                kanAvgjoere: boolean;
                meroffentlighetVurdert: boolean | null;
                offentligTittel: string;
                saksbehandler: string;
                tittel: string | null;
              }[];
              forfalt: boolean;
              frist: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              journalpostId: string;
              kanal: string;
              kanSvare: boolean;
              /** Format: date-time */
              mottattDato: string;
              referanse: string;
              /** Format: uuid */
              saksmappeId: string;
              svarJournalpostId: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/innsynskrav/{id}/deler/{delId}/avgjoerelse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Avgjør innsyn i én journalpost: innsyn, delvis (sladdet offentlig variant) eller avslag med hjemmel; meroffentlighet må være vurdert ved avslag */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          delId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            avgjoerelse: 'innsyn' | 'delvis' | 'avslag';
            begrunnelse?: string | null;
            hjemmel?: string | null;
            meroffentlighetVurdert?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              avgjoerelse: string;
              hjemmel: string | null;
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/innsynskrav/{id}/deler/{delId}/dokumenter/{dokumentId}/sider/{side}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** En side av et PDF-dokument i en journalpost kravet gjelder, som PNG-bilde (for sladdeverktøyet) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          delId: string;
          dokumentId: string;
          id: string;
          side: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/innsynskrav/{id}/deler/{delId}/sladding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sladd et PDF-dokument: de merkede områdene brennes inn (teksten fjernes) og resultatet lagres som dokumentets offentlige variant (O) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          delId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            dokumentbeskrivelseId: string;
            rektangler: {
              bredde: number;
              hoyde: number;
              side: number;
              x: number;
              y: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              variantformat: string;
              versjonsnummer: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/innsynskrav/{id}/svar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send svaret på innsynskravet når alle journalpostene er avgjort: svarbrev med klageadgang og de utleverte dokumentene på e-post; kravet avskrives */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              besvartDato: string;
              /** Format: uuid */
              svarJournalpostId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/innsynskrav/einnsyn': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ta imot et innsynskrav fra eInnsyn (bestillingens order.xml, v1 eller v2, som tekst): registreres som et innsynskrav; samme bestilling igjen gir det samme kravet (200) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            bestilling: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              duplikat: boolean;
              frist: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              journalpostId: string;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              duplikat: boolean;
              frist: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              journalpostId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/jobber': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bakgrunnsjobber i aktiv organisasjon: framdrift og feil (systemansvarlig) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          status?: 'venter' | 'kjorer' | 'ferdig' | 'feilet';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              feilet: number;
              items: {
                feilmelding: string | null;
                ferdigDato: string | null;
                forsok: number;
                id: number;
                /** Format: date-time */
                kjorEtter: string;
                maksForsok: number;
                /** Format: date-time */
                opprettetDato: string;
                startetDato: string | null;
                /** @enum {string} */
                status: 'venter' | 'kjorer' | 'ferdig' | 'feilet';
                type: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/jobber/{id}/prov-igjen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prøv en feilet jobb igjen (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Journalpost med én side av korrespondanseparter og merknader (sider: totalt antall) */
    get: {
      parameters: {
        query?: {
          korrespondanseparterSide?: number;
          merknaderSide?: number;
          perSide?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              administrativEnhet: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              antallVedlegg: number | null;
              arkivertDato: string | null;
              beskrivelse: string | null;
              dokumentetsDato: string | null;
              dokumentmedium: ('F' | 'E' | 'B') | null;
              forfallsdato: string | null;
              fullTilgang: boolean;
              haster: boolean;
              /** Format: uuid */
              id: string;
              journalaar: number | null;
              journaldato: string;
              journalenhet: string | null;
              journalpostId: string;
              journalpostnummer: number;
              journalposttype: {
                code: string;
                en: string;
                nb: string;
              };
              journalsekvensnummer: number | null;
              journalstatus: {
                code: string;
                en: string;
                nb: string;
              };
              kanEndre: {
                dokument: boolean;
                flytt: boolean;
                journalpost: boolean;
                korrespondansepart: boolean;
                merknad: boolean;
                personsensitiv: boolean;
                skjerming: boolean;
                status: boolean;
                utgaar: boolean;
              };
              korrespondanseparter: {
                administrativEnhetId: string | null;
                epostadresse: string | null;
                foedselsnummer: string | null;
                /** Format: uuid */
                id: string;
                kontaktperson: string | null;
                korrespondanseparttype: {
                  code: string;
                  en: string;
                  nb: string;
                };
                land: string | null;
                navn: string;
                organisasjonsnummer: string | null;
                postadresse: string | null;
                postnummer: string | null;
                poststed: string | null;
                saksbehandlerId: string | null;
                skjermet: boolean;
                telefonnummer: string | null;
              }[];
              loepenummer: string | null;
              merknader: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                merknadsdato: string;
                merknadstekst: string;
                merknadstype: string | null;
                registrertAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
              }[];
              mottattDato: string | null;
              offentlighetsvurdertDato: string | null;
              offentligTittel: string | null;
              /** Format: date-time */
              opprettetDato: string;
              /** @enum {string} */
              registreringstype: 'journalpost' | 'arkivnotat';
              saksbehandler: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              /** Format: uuid */
              saksmappeId: string;
              saksnummer: string;
              sendtDato: string | null;
              sider: {
                korrespondanseparter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                merknader: {
                  perSide: number;
                  side: number;
                  total: number;
                };
              };
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Endre journalpost (logges; journalført bare av arkivet) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            administrativEnhetId?: string;
            antallVedlegg?: number | null;
            beskrivelse?: string | null;
            dokumentetsDato?: string | null;
            dokumentmedium?: ('F' | 'E' | 'B') | null;
            forfallsdato?: string | null;
            haster?: boolean;
            /** Format: date */
            journaldato?: string;
            journalenhet?: string | null;
            mottattDato?: string | null;
            offentlighetsvurdertDato?: string | null;
            offentligTittel?: string | null;
            /** Format: uuid */
            saksbehandlerId?: string;
            sendtDato?: string | null;
            skjermingshjemmel?: string | null;
            tilgangskode?: string | null;
            tittel?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              administrativEnhet: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              antallVedlegg: number | null;
              arkivertDato: string | null;
              beskrivelse: string | null;
              dokumentetsDato: string | null;
              dokumentmedium: ('F' | 'E' | 'B') | null;
              forfallsdato: string | null;
              fullTilgang: boolean;
              haster: boolean;
              /** Format: uuid */
              id: string;
              journalaar: number | null;
              journaldato: string;
              journalenhet: string | null;
              journalpostId: string;
              journalpostnummer: number;
              journalposttype: {
                code: string;
                en: string;
                nb: string;
              };
              journalsekvensnummer: number | null;
              journalstatus: {
                code: string;
                en: string;
                nb: string;
              };
              kanEndre: {
                dokument: boolean;
                flytt: boolean;
                journalpost: boolean;
                korrespondansepart: boolean;
                merknad: boolean;
                personsensitiv: boolean;
                skjerming: boolean;
                status: boolean;
                utgaar: boolean;
              };
              korrespondanseparter: {
                administrativEnhetId: string | null;
                epostadresse: string | null;
                foedselsnummer: string | null;
                /** Format: uuid */
                id: string;
                kontaktperson: string | null;
                korrespondanseparttype: {
                  code: string;
                  en: string;
                  nb: string;
                };
                land: string | null;
                navn: string;
                organisasjonsnummer: string | null;
                postadresse: string | null;
                postnummer: string | null;
                poststed: string | null;
                saksbehandlerId: string | null;
                skjermet: boolean;
                telefonnummer: string | null;
              }[];
              loepenummer: string | null;
              merknader: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                merknadsdato: string;
                merknadstekst: string;
                merknadstype: string | null;
                registrertAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
              }[];
              mottattDato: string | null;
              offentlighetsvurdertDato: string | null;
              offentligTittel: string | null;
              /** Format: date-time */
              opprettetDato: string;
              /** @enum {string} */
              registreringstype: 'journalpost' | 'arkivnotat';
              saksbehandler: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              /** Format: uuid */
              saksmappeId: string;
              saksnummer: string;
              sendtDato: string | null;
              sider: {
                korrespondanseparter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                merknader: {
                  perSide: number;
                  side: number;
                  total: number;
                };
              };
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/journalposter/{id}/aktiviteter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Aktivitetene rutinen tilbyr den innloggede på journalposten nå */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                beskrivelse: {
                  en: string;
                  nb: string;
                };
                gruppe?: string;
                id: string;
                navn: {
                  en: string;
                  nb: string;
                };
                parametre?: {
                  [key: string]: string;
                };
              }[];
              versjon: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/avskrivning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Avskriver en inngående journalpost (I) eller et notat (N): avskrivningsmåte og merknad (påkrevd for TLF) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            avskrivningsmaate: 'BU' | 'TE' | 'TO' | 'TLF' | 'BE' | 'BN' | 'SA';
            merknad?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              avskrivningsdato: string;
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/besvar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Besvar en inngående journalpost eller et notat: nytt utgående brev eller notat fra mal i samme sak, koblet som svar (avskriv ved ekspedering, foreløpig svar eller uten avskrivning) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            brevmalId: string;
            /** @enum {string} */
            journalposttype: 'U' | 'N' | 'X';
            korrespondanseparter?: {
              administrativEnhetId?: string | null;
              epostadresse?: string | null;
              foedselsnummer?: string | null;
              kontaktperson?: string | null;
              /** @enum {string} */
              korrespondanseparttype: 'EA' | 'EM' | 'EK' | 'GM' | 'IA' | 'IM' | 'IK' | 'IS';
              land?: string | null;
              navn: string;
              organisasjonsnummer?: string | null;
              postadresse?: string | null;
              postnummer?: string | null;
              poststed?: string | null;
              saksbehandlerId?: string | null;
              skjermet?: boolean;
              telefonnummer?: string | null;
            }[];
            offentligTittel?: string | null;
            ogsaBesvarer?: string[];
            skjermingshjemmel?: string | null;
            /** @enum {string} */
            svarmaate: 'avskriv' | 'forelopig' | 'uten';
            tilgangskode?: string | null;
            tittel?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              besvarer: string[];
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              svarmaate: 'avskriv' | 'forelopig' | 'uten';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/dokumenter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dokumentene i en journalpost, etter dokumentnummer (side, perSide) */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                beskrivelse: string | null;
                dokumentnummer: number;
                dokumentobjekter: {
                  /** Format: uuid */
                  dokumentbeskrivelseId: string;
                  filnavn: string;
                  filstoerrelse: number;
                  filUrl: string;
                  format: string;
                  formatDetaljer: string | null;
                  /** Format: uuid */
                  id: string;
                  konvertering: {
                    konverteringsverktoey: string | null;
                    /** Format: uuid */
                    konvertertAv: string;
                    /** Format: date-time */
                    konvertertDato: string;
                    konvertertFraFormat: string;
                    konvertertTilFormat: string;
                  } | null;
                  mimeType: string;
                  /** Format: uuid */
                  opprettetAv: string;
                  /** Format: date-time */
                  opprettetDato: string;
                  sjekksum: string;
                  sjekksumAlgoritme: string;
                  /** @enum {string} */
                  variantformat: 'P' | 'A' | 'O';
                  versjonsnummer: number;
                }[];
                dokumentstatus: string;
                dokumenttype: string;
                forfatter: string | null;
                fullTilgang: boolean;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                journalpostId: string;
                offentligTittel: string;
                /** Format: uuid */
                opprettetAv: string;
                /** Format: date-time */
                opprettetDato: string;
                personsensitiv: boolean;
                publiserFulltekst: boolean;
                skjermedeTittelord: number[];
                skjermingArvet: boolean;
                skjermingDokument: boolean;
                skjermingMetadata: string[];
                skjermingOpphoerer: string | null;
                skjermingshjemmel: string | null;
                skjermingVarighet: number | null;
                tilgangsgruppeId: string | null;
                tilgangskode: string | null;
                /** Format: uuid */
                tilknyttetAv: string;
                /** Format: date-time */
                tilknyttetDato: string;
                /** @enum {string} */
                tilknyttetRegistreringSom: 'H' | 'V';
                tittel: string;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Legg til dokument (felt: tittel, dokumenttype, tilknyttetRegistreringSom?, dokumentstatus?, personsensitiv?; så filen)
     * @description multipart/form-data: tekstfelt først, deretter én fil. Valgfritt: header x-checksum-sha256 eller felt sjekksum/filstoerrelse. dokumenttype: B, R, F, O, N, SF, V, AV, RA, SO, PR. dokumentstatus: B, F. På en journalført journalpost legger bare arkivet til dokumenter (logget i endringsloggen).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** @enum {string} */
            dokumentstatus?: 'B' | 'F';
            /** @enum {string} */
            dokumenttype: 'B' | 'R' | 'F' | 'O' | 'N' | 'SF' | 'V' | 'AV' | 'RA' | 'SO' | 'PR';
            /**
             * Format: binary
             * @description filen, som siste del av skjemaet
             */
            fil: string;
            /** @description filens størrelse i byte (valgfritt) */
            filstoerrelse?: string;
            /** @enum {string} */
            personsensitiv?: 'true' | 'false';
            /** @description SHA-256 i hex av filen (valgfritt) */
            sjekksum?: string;
            /** @enum {string} */
            tilknyttetRegistreringSom?: 'H' | 'V';
            tittel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              beskrivelse: string | null;
              dokumentnummer: number;
              dokumentobjekter: {
                /** Format: uuid */
                dokumentbeskrivelseId: string;
                filnavn: string;
                filstoerrelse: number;
                filUrl: string;
                format: string;
                formatDetaljer: string | null;
                /** Format: uuid */
                id: string;
                konvertering: {
                  konverteringsverktoey: string | null;
                  /** Format: uuid */
                  konvertertAv: string;
                  /** Format: date-time */
                  konvertertDato: string;
                  konvertertFraFormat: string;
                  konvertertTilFormat: string;
                } | null;
                mimeType: string;
                /** Format: uuid */
                opprettetAv: string;
                /** Format: date-time */
                opprettetDato: string;
                sjekksum: string;
                sjekksumAlgoritme: string;
                /** @enum {string} */
                variantformat: 'P' | 'A' | 'O';
                versjonsnummer: number;
              }[];
              dokumentstatus: string;
              dokumenttype: string;
              forfatter: string | null;
              fullTilgang: boolean;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              journalpostId: string;
              offentligTittel: string;
              /** Format: uuid */
              opprettetAv: string;
              /** Format: date-time */
              opprettetDato: string;
              personsensitiv: boolean;
              publiserFulltekst: boolean;
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              /** Format: uuid */
              tilknyttetAv: string;
              /** Format: date-time */
              tilknyttetDato: string;
              /** @enum {string} */
              tilknyttetRegistreringSom: 'H' | 'V';
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/dokumenter/ferdigstill': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ferdigstill dokumentene under arbeid (B → F), rutinens «Ferdigstill dokumentene»
     * @description Alle dokumentene i journalposten med dokumentstatus B blir F og får arkivformat. Avvises mens godkjenning venter, og når ingen dokumenter er under arbeid.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ferdigstilt: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/dokumentflyt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Godkjenninger og gjennomganger av journalposten (dokumentflyt), nyeste først, og hva leseren kan svare nå */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktivFlyttype: ('godkjenning' | 'gjennomgang') | null;
              mineHandlinger: ('godkjenn' | 'returner' | 'videresend' | 'gjennomgaatt')[];
              runder: {
                avsluttetDato: string | null;
                dokumentflyt: {
                  flytFra: {
                    /** Format: uuid */
                    id: string;
                    navn: string;
                  } | null;
                  flytMerknad: string | null;
                  flytMottattDato: string | null;
                  flytSendtDato: string | null;
                  flytStatus: {
                    /** @enum {string} */
                    kode: 'G' | 'I' | 'S' | 'V';
                    navn: string;
                    navnEn: string;
                  } | null;
                  flytTil: {
                    /** Format: uuid */
                    id: string;
                    navn: string;
                  };
                  /** Format: uuid */
                  id: string;
                  rekkefoelge: number;
                }[];
                /** @enum {string} */
                flyttype: 'godkjenning' | 'gjennomgang';
                /** Format: uuid */
                id: string;
                sendtAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
                sendtDato: string;
                utfall: ('godkjent' | 'returnert' | 'gjennomgaatt') | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** «Send til godkjenning» (til ledere) eller «Send til gjennomgang», til én eller flere i rekkefølge */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            flyttype: 'godkjenning' | 'gjennomgang';
            merknad?: string | null;
            til: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              flytId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/dokumentflyt/svar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Den som har dokumentet nå svarer: godkjenn, returner (med kommentar), videresend til en annen leder (med kommentar) eller ferdig gjennomgått */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            handling: 'godkjenn' | 'returner' | 'videresend' | 'gjennomgaatt';
            merknad?: string | null;
            til?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              nesteId: string | null;
              utfall: ('godkjent' | 'returnert' | 'gjennomgaatt') | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/ekspedering': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ekspeder en ferdig journalpost (F → E) til mottakerne: interne med en gang, eksterne via kanalens jobb; avskriver det den besvarer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            mottakere?: {
              /** @enum {string} */
              kanal: 'intern' | 'epost' | 'svarut' | 'utskrift';
              /** Format: uuid */
              korrespondansepartId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              avskrevet: string[];
              /** Format: uuid */
              id: string;
              journalstatus: string;
              mottakere: {
                /** @enum {string} */
                kanal: 'intern' | 'epost' | 'svarut' | 'utskrift';
                /** Format: uuid */
                korrespondansepartId: string;
                status: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/ekspedering/prov-igjen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prøv mislykket ekspedering igjen nå (e-post, SvarUt, utskrift), for mottakerne der den feilet */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              antall: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/endringslogg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Endringslogg for journalposten og dens korrespondanseparter (side, perSide) */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                endretAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
                /** Format: date-time */
                endretDato: string;
                felt: string;
                id: number;
                nyVerdi: string | null;
                /** Format: uuid */
                objektId: string;
                objektType: string;
                tidligereVerdi: string | null;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/flytt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Flytt journalposten til en annen sak (arkivet) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            saksmappeId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              administrativEnhet: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              antallVedlegg: number | null;
              arkivertDato: string | null;
              beskrivelse: string | null;
              dokumentetsDato: string | null;
              dokumentmedium: ('F' | 'E' | 'B') | null;
              forfallsdato: string | null;
              fullTilgang: boolean;
              haster: boolean;
              /** Format: uuid */
              id: string;
              journalaar: number | null;
              journaldato: string;
              journalenhet: string | null;
              journalpostId: string;
              journalpostnummer: number;
              journalposttype: {
                code: string;
                en: string;
                nb: string;
              };
              journalsekvensnummer: number | null;
              journalstatus: {
                code: string;
                en: string;
                nb: string;
              };
              kanEndre: {
                dokument: boolean;
                flytt: boolean;
                journalpost: boolean;
                korrespondansepart: boolean;
                merknad: boolean;
                personsensitiv: boolean;
                skjerming: boolean;
                status: boolean;
                utgaar: boolean;
              };
              korrespondanseparter: {
                administrativEnhetId: string | null;
                epostadresse: string | null;
                foedselsnummer: string | null;
                /** Format: uuid */
                id: string;
                kontaktperson: string | null;
                korrespondanseparttype: {
                  code: string;
                  en: string;
                  nb: string;
                };
                land: string | null;
                navn: string;
                organisasjonsnummer: string | null;
                postadresse: string | null;
                postnummer: string | null;
                poststed: string | null;
                saksbehandlerId: string | null;
                skjermet: boolean;
                telefonnummer: string | null;
              }[];
              loepenummer: string | null;
              merknader: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                merknadsdato: string;
                merknadstekst: string;
                merknadstype: string | null;
                registrertAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
              }[];
              mottattDato: string | null;
              offentlighetsvurdertDato: string | null;
              offentligTittel: string | null;
              /** Format: date-time */
              opprettetDato: string;
              /** @enum {string} */
              registreringstype: 'journalpost' | 'arkivnotat';
              saksbehandler: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              /** Format: uuid */
              saksmappeId: string;
              saksnummer: string;
              sendtDato: string | null;
              sider: {
                korrespondanseparter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                merknader: {
                  perSide: number;
                  side: number;
                  total: number;
                };
              };
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/kopi': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** «Kopi til»: personer eller enheter får journalposten til orientering (kopimottakere leser den) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            merknad?: string | null;
            mottakere: (
              | {
                  /** Format: uuid */
                  brukerId: string;
                }
              | {
                  /** Format: uuid */
                  enhetId: string;
                }
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              oppgaveIder: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/korrespondanseparter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Legg til korrespondansepart */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            administrativEnhetId?: string | null;
            epostadresse?: string | null;
            foedselsnummer?: string | null;
            kontaktperson?: string | null;
            /** @enum {string} */
            korrespondanseparttype: 'EA' | 'EM' | 'EK' | 'GM' | 'IA' | 'IM' | 'IK' | 'IS';
            land?: string | null;
            navn: string;
            organisasjonsnummer?: string | null;
            postadresse?: string | null;
            postnummer?: string | null;
            poststed?: string | null;
            saksbehandlerId?: string | null;
            skjermet?: boolean;
            telefonnummer?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              administrativEnhetId: string | null;
              epostadresse: string | null;
              foedselsnummer: string | null;
              /** Format: uuid */
              id: string;
              kontaktperson: string | null;
              korrespondanseparttype: {
                code: string;
                en: string;
                nb: string;
              };
              land: string | null;
              navn: string;
              organisasjonsnummer: string | null;
              postadresse: string | null;
              postnummer: string | null;
              poststed: string | null;
              saksbehandlerId: string | null;
              skjermet: boolean;
              telefonnummer: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/melding-til-arkivet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Saksbehandlerens kontroll ved mottak: feilfordelt, be om endret tittel eller sak, eller merknad, til arkivets kø */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            merknad: string;
            /** @enum {string} */
            type: 'feilfordelt' | 'endre' | 'merknad';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              oppgaveId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/merknader': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Legg til merknad på journalposten */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            merknadstekst: string;
            merknadstype?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              merknadsdato: string;
              merknadstekst: string;
              merknadstype: string | null;
              registrertAv: {
                /** Format: uuid */
                id: string;
                navn: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/neste-statuser': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Journalstatuser aktiv rolle kan sette */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                code: string;
                en: string;
                nb: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/omfordeling': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fordeler en journalpost videre til en annen saksbehandler eller enhet, med begrunnelse */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            begrunnelse: string;
            til:
              | {
                  /** Format: uuid */
                  brukerId: string;
                }
              | {
                  /** Format: uuid */
                  enhetId: string;
                };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              oppgaveId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/skjerming': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Sett skjerming (journalpost); tilgangskode null åpner */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            skjermedeTittelord?: number[];
            skjermingDokument?: boolean;
            skjermingMetadata?: string[];
            skjermingOpphoerer?: string | null;
            skjermingshjemmel?: string | null;
            skjermingVarighet?: number | null;
            tilgangsgruppeId?: string | null;
            tilgangskode: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/skjermingsvedtak': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Leders vedtak om en XX-sperret journalpost: skjerm med tilgangskode og hjemmel, eller opphev sperringen */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                skjermingshjemmel: string;
                tilgangskode: string;
                /** @enum {string} */
                vedtak: 'skjerm';
              }
            | {
                /** @enum {string} */
                vedtak: 'opphev';
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              skjermingshjemmel: string | null;
              tilgangskode: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Endre journalstatus */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            journalstatus: 'M' | 'S' | 'R' | 'F' | 'G' | 'E' | 'J' | 'A' | 'U';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              administrativEnhet: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              antallVedlegg: number | null;
              arkivertDato: string | null;
              beskrivelse: string | null;
              dokumentetsDato: string | null;
              dokumentmedium: ('F' | 'E' | 'B') | null;
              forfallsdato: string | null;
              fullTilgang: boolean;
              haster: boolean;
              /** Format: uuid */
              id: string;
              journalaar: number | null;
              journaldato: string;
              journalenhet: string | null;
              journalpostId: string;
              journalpostnummer: number;
              journalposttype: {
                code: string;
                en: string;
                nb: string;
              };
              journalsekvensnummer: number | null;
              journalstatus: {
                code: string;
                en: string;
                nb: string;
              };
              kanEndre: {
                dokument: boolean;
                flytt: boolean;
                journalpost: boolean;
                korrespondansepart: boolean;
                merknad: boolean;
                personsensitiv: boolean;
                skjerming: boolean;
                status: boolean;
                utgaar: boolean;
              };
              korrespondanseparter: {
                administrativEnhetId: string | null;
                epostadresse: string | null;
                foedselsnummer: string | null;
                /** Format: uuid */
                id: string;
                kontaktperson: string | null;
                korrespondanseparttype: {
                  code: string;
                  en: string;
                  nb: string;
                };
                land: string | null;
                navn: string;
                organisasjonsnummer: string | null;
                postadresse: string | null;
                postnummer: string | null;
                poststed: string | null;
                saksbehandlerId: string | null;
                skjermet: boolean;
                telefonnummer: string | null;
              }[];
              loepenummer: string | null;
              merknader: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                merknadsdato: string;
                merknadstekst: string;
                merknadstype: string | null;
                registrertAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
              }[];
              mottattDato: string | null;
              offentlighetsvurdertDato: string | null;
              offentligTittel: string | null;
              /** Format: date-time */
              opprettetDato: string;
              /** @enum {string} */
              registreringstype: 'journalpost' | 'arkivnotat';
              saksbehandler: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              /** Format: uuid */
              saksmappeId: string;
              saksnummer: string;
              sendtDato: string | null;
              sider: {
                korrespondanseparter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                merknader: {
                  perSide: number;
                  side: number;
                  total: number;
                };
              };
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/svar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Journalpostens svar (besvarer / besvart av), avskrivninger og ekspedering per mottaker, med foreslått kanal før ekspedering */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              avskrivninger: {
                avskrevetAv: string | null;
                avskrivningsdato: string;
                avskrivningsmaate: string;
                /** Format: uuid */
                id: string;
                merknad: string | null;
                mottaker: string | null;
                referanseAvskrivesAvJournalpost: string | null;
              }[];
              besvarer: {
                /** Format: uuid */
                id: string;
                journalposttype: string;
                journalstatus: string;
                registreringsID: string;
                /** @enum {string} */
                svarmaate: 'avskriv' | 'forelopig' | 'uten';
              }[];
              besvartAv: {
                /** Format: uuid */
                id: string;
                journalposttype: string;
                journalstatus: string;
                registreringsID: string;
                /** @enum {string} */
                svarmaate: 'avskriv' | 'forelopig' | 'uten';
              }[];
              ekspedering: {
                /** Format: date-time */
                ekspedertDato: string;
                feilmelding: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kanal: 'intern' | 'epost' | 'svarut' | 'utskrift';
                /** Format: uuid */
                korrespondansepartId: string;
                mottaker: string;
                sendtDato: string | null;
                /** @enum {string} */
                status: 'venter' | 'sendt' | 'feilet';
              }[];
              forslag: {
                /** @enum {string} */
                kanal: 'intern' | 'epost' | 'svarut' | 'utskrift';
                /** Format: uuid */
                korrespondansepartId: string;
                korrespondanseparttype: string;
                mottaker: string;
                muligeKanaler: ('intern' | 'epost' | 'svarut' | 'utskrift')[];
              }[];
              kanBesvare: boolean;
              kanEkspedere: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journalposter/{id}/utgaar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sett journalposten til utgår (arkivet) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            begrunnelse?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              administrativEnhet: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              antallVedlegg: number | null;
              arkivertDato: string | null;
              beskrivelse: string | null;
              dokumentetsDato: string | null;
              dokumentmedium: ('F' | 'E' | 'B') | null;
              forfallsdato: string | null;
              fullTilgang: boolean;
              haster: boolean;
              /** Format: uuid */
              id: string;
              journalaar: number | null;
              journaldato: string;
              journalenhet: string | null;
              journalpostId: string;
              journalpostnummer: number;
              journalposttype: {
                code: string;
                en: string;
                nb: string;
              };
              journalsekvensnummer: number | null;
              journalstatus: {
                code: string;
                en: string;
                nb: string;
              };
              kanEndre: {
                dokument: boolean;
                flytt: boolean;
                journalpost: boolean;
                korrespondansepart: boolean;
                merknad: boolean;
                personsensitiv: boolean;
                skjerming: boolean;
                status: boolean;
                utgaar: boolean;
              };
              korrespondanseparter: {
                administrativEnhetId: string | null;
                epostadresse: string | null;
                foedselsnummer: string | null;
                /** Format: uuid */
                id: string;
                kontaktperson: string | null;
                korrespondanseparttype: {
                  code: string;
                  en: string;
                  nb: string;
                };
                land: string | null;
                navn: string;
                organisasjonsnummer: string | null;
                postadresse: string | null;
                postnummer: string | null;
                poststed: string | null;
                saksbehandlerId: string | null;
                skjermet: boolean;
                telefonnummer: string | null;
              }[];
              loepenummer: string | null;
              merknader: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                merknadsdato: string;
                merknadstekst: string;
                merknadstype: string | null;
                registrertAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
              }[];
              mottattDato: string | null;
              offentlighetsvurdertDato: string | null;
              offentligTittel: string | null;
              /** Format: date-time */
              opprettetDato: string;
              /** @enum {string} */
              registreringstype: 'journalpost' | 'arkivnotat';
              saksbehandler: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              /** Format: uuid */
              saksmappeId: string;
              saksnummer: string;
              sendtDato: string | null;
              sider: {
                korrespondanseparter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                merknader: {
                  perSide: number;
                  side: number;
                  total: number;
                };
              };
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kassasjon/{objekttype}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Et objekts kassasjonsvedtak: eget, arvet og kassasjonsdato (arkivet) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          objekttype: 'arkivdel' | 'klasse' | 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              effektiv: {
                bevaringstid: number | null;
                kassasjonsdato: string | null;
                kassasjonshjemmel: string | null;
                /** @enum {string} */
                kassasjonsvedtak: 'B' | 'K' | 'G';
              } | null;
              egen: {
                bevaringstid: number | null;
                kassasjonsdato: string | null;
                kassasjonshjemmel: string | null;
                /** @enum {string} */
                kassasjonsvedtak: 'B' | 'K' | 'G';
              } | null;
              /** Format: uuid */
              id: string;
              kassasjonArv: string | null;
              kassasjonsdato: string | null;
              kilde: ('egen' | 'saksmappe' | 'journalpost' | 'arkivdel' | 'klasse') | null;
              /** @enum {string} */
              objekttype: 'arkivdel' | 'klasse' | 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse';
            };
          };
        };
      };
    };
    /** Registrer kassasjonsvedtak, -hjemmel og bevaringstid på et objekt (null: arv igjen); arv på arkivdel og klasse */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          objekttype: 'arkivdel' | 'klasse' | 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            kassasjon: {
              bevaringstid?: number | null;
              kassasjonsdato?: string | null;
              kassasjonshjemmel?: string | null;
              /** @enum {string} */
              kassasjonsvedtak: 'B' | 'K' | 'G';
            } | null;
            /** @enum {string} */
            kassasjonArv?: 'av' | 'mappe' | 'alle';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              effektiv: {
                bevaringstid: number | null;
                kassasjonsdato: string | null;
                kassasjonshjemmel: string | null;
                /** @enum {string} */
                kassasjonsvedtak: 'B' | 'K' | 'G';
              } | null;
              egen: {
                bevaringstid: number | null;
                kassasjonsdato: string | null;
                kassasjonshjemmel: string | null;
                /** @enum {string} */
                kassasjonsvedtak: 'B' | 'K' | 'G';
              } | null;
              /** Format: uuid */
              id: string;
              kassasjonArv: string | null;
              kassasjonsdato: string | null;
              kilde: ('egen' | 'saksmappe' | 'journalpost' | 'arkivdel' | 'klasse') | null;
              /** @enum {string} */
              objekttype: 'arkivdel' | 'klasse' | 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse';
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kassasjon/liste': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kassasjonslisten: avsluttede saker med kassasjonsdato nådd (arkivet) */
    get: {
      parameters: {
        query?: {
          administrativEnhetId?: string;
          arkivdelId?: string;
          journalenhet?: string;
          kassasjonsdatoFra?: string;
          kassasjonsdatoTil?: string;
          kassasjonsvedtak?: 'B' | 'K' | 'G';
          perSide?: number;
          side?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dato: string;
              items: {
                administrativEnhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
                arkivdel: {
                  arkivperiodeSluttDato: string | null;
                  arkivperiodeStartDato: string | null;
                  /** Format: uuid */
                  id: string;
                  kortnavn: string;
                  /** Format: uuid */
                  referanseForelder: string;
                  tittel: string;
                };
                bevaringstid: number | null;
                fullTilgang: boolean;
                /** Format: uuid */
                id: string;
                journalenhet: string | null;
                kanKasseres: boolean;
                kassasjonsdato: string;
                kassasjonshjemmel: string | null;
                kassasjonsvedtak: string;
                kilde: string;
                klasse: {
                  klasseID: string;
                  tittel: string;
                } | null;
                mappeID: string;
                opprettetDato: string;
                rettsligHold: string | null;
                tittel: string;
                uttrukket: boolean;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/klassifikasjonssystemer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Klassifikasjonssystemer (arkivnøkkel og objektklasser) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                klassifikasjonstype: string;
                kortnavn: string;
                tittel: string;
                verdiformat: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Opprett klassifikasjonssystem (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            beskrivelse?: string | null;
            klassifikasjonstype?: string;
            kortnavn: string;
            tittel: string;
            verdiformat?: ('fnr' | 'gnrbnr') | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              beskrivelse: string | null;
              /** Format: uuid */
              id: string;
              klassifikasjonstype: string;
              kortnavn: string;
              tittel: string;
              verdiformat: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/klassifikasjonssystemer/{id}/klasser': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Klassene i et klassifikasjonssystem */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                klasseId: string;
                /** Format: uuid */
                klassifikasjonssystemId: string;
                overordnetKlasseId: string | null;
                tittel: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Opprett klasse (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            beskrivelse?: string | null;
            klasseId: string;
            overordnetKlasseId?: string | null;
            tittel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              beskrivelse: string | null;
              /** Format: uuid */
              id: string;
              klasseId: string;
              /** Format: uuid */
              klassifikasjonssystemId: string;
              overordnetKlasseId: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kodelister': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Noark-kodelister med norske og engelske navn */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: {
                code: string;
                en: string;
                nb: string;
                skjermingshjemmel?: string | null;
                taushetsplikt?: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lesinglogg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hvem har åpnet skjermede dokumenter (arkivet), nyeste først (side, perSide; telt opp til 10 000, flere: det er flere) */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              flere: boolean;
              items: {
                id: number;
                lestAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
                /** Format: date-time */
                lestDato: string;
                /** Format: uuid */
                objektId: string;
                objektType: string;
                tilgangskode: string;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/maler': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dokumentmalene i aktiv organisasjon (aktive; systemansvarlig også deaktiverte med medInaktive=true) */
    get: {
      parameters: {
        query?: {
          journalposttype?: 'I' | 'U' | 'N' | 'X' | 'S';
          medInaktive?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                aktiv: boolean;
                beskrivelse: string | null;
                endretDato: string | null;
                filnavn: string;
                filstoerrelse: number;
                flettefelt: string[];
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                maltype: 'brev' | 'notat' | 'saksframlegg' | 'delegertVedtak' | 'partsbrev';
                navn: string;
                opprettetAv: string | null;
                /** Format: date-time */
                opprettetDato: string;
                sjekksum: string;
                versjon: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Last opp ny mal (felt: navn, maltype, beskrivelse?; så DOCX-filen) (systemansvarlig)
     * @description multipart/form-data: tekstfelt først, deretter DOCX-filen (høyst 5 MB). maltype: brev, notat, saksframlegg, delegertVedtak, partsbrev.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktiv: boolean;
              beskrivelse: string | null;
              endretDato: string | null;
              filnavn: string;
              filstoerrelse: number;
              flettefelt: string[];
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              maltype: 'brev' | 'notat' | 'saksframlegg' | 'delegertVedtak' | 'partsbrev';
              navn: string;
              opprettetAv: string | null;
              /** Format: date-time */
              opprettetDato: string;
              sjekksum: string;
              versjon: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/maler/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Gi malen nytt navn eller beskrivelse, deaktiver eller aktiver den (systemansvarlig) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            aktiv?: boolean;
            beskrivelse?: string | null;
            navn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktiv: boolean;
              beskrivelse: string | null;
              endretDato: string | null;
              filnavn: string;
              filstoerrelse: number;
              flettefelt: string[];
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              maltype: 'brev' | 'notat' | 'saksframlegg' | 'delegertVedtak' | 'partsbrev';
              navn: string;
              opprettetAv: string | null;
              /** Format: date-time */
              opprettetDato: string;
              sjekksum: string;
              versjon: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/maler/{id}/fil': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Malens DOCX-fil */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /**
     * Ny versjon av malens DOCX-fil (systemansvarlig)
     * @description multipart/form-data: tekstfelt først, deretter DOCX-filen (høyst 5 MB).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktiv: boolean;
              beskrivelse: string | null;
              endretDato: string | null;
              filnavn: string;
              filstoerrelse: number;
              flettefelt: string[];
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              maltype: 'brev' | 'notat' | 'saksframlegg' | 'delegertVedtak' | 'partsbrev';
              navn: string;
              opprettetAv: string | null;
              /** Format: date-time */
              opprettetDato: string;
              sjekksum: string;
              versjon: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/maler/flettefelt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Alle flettefelt med betydning og eksempelverdi, og maltypene med sine regler */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                eksempel: string;
                en: string;
                gruppe: string;
                navn: string;
                nb: string;
              }[];
              maltyper: {
                en: string;
                journalposttyper: string[];
                /** @enum {string} */
                kode: 'brev' | 'notat' | 'saksframlegg' | 'delegertVedtak' | 'partsbrev';
                nb: string;
                seksjoner: string[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/midlertidig-sperret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Journalposter sperret med XX som venter på leders vurdering (frist 3 arbeidsdager); ?forfalt=true for arkivets oppfølging */
    get: {
      parameters: {
        query?: {
          forfalt?: 'true' | 'false';
          perSide?: number;
          side?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                enhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                forfalt: boolean;
                frist: string;
                /** Format: uuid */
                id: string;
                journaldato: string;
                journalpostId: string;
                journalposttype: string;
                offentligTittel: string | null;
                saksbehandler: string | null;
                /** Format: uuid */
                saksmappeId: string;
                sperretDato: string;
                tittel: string;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Postmottaket i den aktive organisasjonen (arkivet): åpne (nye og uleselige) eldst først, eller behandlede nyest først */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
          visning?: 'aapne' | 'ny' | 'uleselig' | 'behandlet';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                adressat: string | null;
                antallFiler: number;
                arkivbegrensningGrunn: string | null;
                /** @description Forslag til avsender (EA) */
                avsender: {
                  epost: string | null;
                  navn: string | null;
                } | null;
                behandletDato: string | null;
                /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
                foreslaattTittel: string;
                /** Format: uuid */
                id: string;
                journalpostId: string | null;
                /** @enum {string} */
                kanal: 'skanning' | 'epost' | 'api';
                kilde: string | null;
                merknader: {
                  en: string;
                  nb: string;
                }[];
                /** Format: date-time */
                mottattDato: string;
                /** Format: uuid */
                organisasjonId: string;
                sendtDato: string | null;
                /** @enum {string} */
                status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
                /** @description Emnet eller tittelen slik posten kom */
                tittel: string;
                /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
                tittelUklar: boolean;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak-filer/{id}/fil': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** En fil i posten (PDF og bilder vises inline; ?download=1 laster ned) */
    get: {
      parameters: {
        query?: {
          download?: '0' | '1' | 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Én post i postmottaket med filer og hendelser */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adressat: string | null;
              antallFiler: number;
              arkivbegrensningGrunn: string | null;
              /** @description Forslag til avsender (EA) */
              avsender: {
                epost: string | null;
                navn: string | null;
              } | null;
              behandletDato: string | null;
              filer: {
                filnavn: string;
                filstoerrelse: number;
                format: string;
                formatDetaljer: string | null;
                /** Format: uuid */
                id: string;
                mimeType: string;
                /** @description 1 er hoveddokumentet, resten vedlegg */
                nummer: number;
                tittel: string;
              }[];
              /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
              foreslaattTittel: string;
              hendelser: {
                detaljer: string | null;
                hendelse: string;
                utfortAv: string;
                /** Format: date-time */
                utfortDato: string;
              }[];
              /** Format: uuid */
              id: string;
              journalpostId: string | null;
              /** @enum {string} */
              kanal: 'skanning' | 'epost' | 'api';
              kilde: string | null;
              merknader: {
                en: string;
                nb: string;
              }[];
              messageId: string | null;
              /** Format: date-time */
              mottattDato: string;
              /** @description Journalpostnumre tittelen nevner (som 2026/12-3): forslag når posten er et innsynskrav */
              nevnteJournalposter: string[];
              /** Format: uuid */
              organisasjonId: string;
              /** @description Originalen slik den kom (e-posten, hele skanningen): GET …/original */
              original: {
                filnavn: string | null;
              } | null;
              sendtDato: string | null;
              /** @enum {string} */
              status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
              /** @description Emnet eller tittelen slik posten kom */
              tittel: string;
              /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
              tittelUklar: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak/{id}/arkivbegrensning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hold posten utenfor arkivet (arkivbegrensning) med en grunn, og videresend den til adressaten */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            adressatBrukerId?: string | null;
            /** @description Send også posten med filene til adressatens e-postadresse (standard: når den finnes) */
            epost?: boolean;
            /** Format: uuid */
            grunnId: string;
            kommentar?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adressat: string | null;
              antallFiler: number;
              arkivbegrensningGrunn: string | null;
              /** @description Forslag til avsender (EA) */
              avsender: {
                epost: string | null;
                navn: string | null;
              } | null;
              behandletDato: string | null;
              /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
              foreslaattTittel: string;
              /** Format: uuid */
              id: string;
              journalpostId: string | null;
              /** @enum {string} */
              kanal: 'skanning' | 'epost' | 'api';
              kilde: string | null;
              merknader: {
                en: string;
                nb: string;
              }[];
              /** Format: date-time */
              mottattDato: string;
              /** Format: uuid */
              organisasjonId: string;
              sendtDato: string | null;
              /** @enum {string} */
              status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
              /** @description Emnet eller tittelen slik posten kom */
              tittel: string;
              /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
              tittelUklar: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak/{id}/innsynskrav': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrer posten som innsynskrav i de journalpostene den ber om: egen sak, posten som inngående journalpost, fordelt til saksansvarlige, med lovens frist */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Standard: avsenderens e-postadresse; svaret går hit */
            epost?: string | null;
            /** @description Standard: avsenderens navn */
            navn?: string | null;
            /** @description Journalpostnumre, som 2026/12-3 */
            nummer: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              frist: string;
              /** Format: uuid */
              innsynskravId: string;
              /** Format: uuid */
              journalpostId: string;
              mottak: {
                adressat: string | null;
                antallFiler: number;
                arkivbegrensningGrunn: string | null;
                /** @description Forslag til avsender (EA) */
                avsender: {
                  epost: string | null;
                  navn: string | null;
                } | null;
                behandletDato: string | null;
                /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
                foreslaattTittel: string;
                /** Format: uuid */
                id: string;
                journalpostId: string | null;
                /** @enum {string} */
                kanal: 'skanning' | 'epost' | 'api';
                kilde: string | null;
                merknader: {
                  en: string;
                  nb: string;
                }[];
                /** Format: date-time */
                mottattDato: string;
                /** Format: uuid */
                organisasjonId: string;
                sendtDato: string | null;
                /** @enum {string} */
                status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
                /** @description Emnet eller tittelen slik posten kom */
                tittel: string;
                /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
                tittelUklar: boolean;
              };
              /** Format: uuid */
              saksmappeId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak/{id}/original': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Originalen slik posten kom (e-posten som .eml, hele skanningen) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak/{id}/registrering': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrer posten som inngående journalpost (I) i en eksisterende eller ny sak; filene blir dokumentene, i ett steg */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            administrativEnhetId?: string | null;
            antallVedlegg?: number | null;
            beskrivelse?: string | null;
            /** @description Hvilke filer som blir dokumenter, i rekkefølge (første er hoveddokument); standard alle */
            dokumenter?: {
              /** @enum {string} */
              dokumenttype?: 'B' | 'R' | 'F' | 'O' | 'N' | 'SF' | 'V' | 'AV' | 'RA' | 'SO' | 'PR';
              /** Format: uuid */
              filId: string;
              tittel?: string | null;
            }[];
            dokumentetsDato?: string | null;
            forfallsdato?: string | null;
            /**
             * @description M: midlertidig registrert; J (standard): journalført
             * @enum {string}
             */
            journalstatus?: 'M' | 'J';
            /** @description Standard: avsenderen posten kom med, som EA */
            korrespondanseparter?: {
              administrativEnhetId?: string | null;
              epostadresse?: string | null;
              foedselsnummer?: string | null;
              kontaktperson?: string | null;
              /** @enum {string} */
              korrespondanseparttype: 'EA' | 'EM' | 'EK' | 'GM' | 'IA' | 'IM' | 'IK' | 'IS';
              land?: string | null;
              navn: string;
              organisasjonsnummer?: string | null;
              postadresse?: string | null;
              postnummer?: string | null;
              poststed?: string | null;
              saksbehandlerId?: string | null;
              skjermet?: boolean;
              telefonnummer?: string | null;
            }[];
            merknader?: {
              merknadstekst: string;
              merknadstype?: string | null;
            }[];
            /** @description … eller en ny sak, opprettet i samme steg */
            nySak?: {
              administrativEnhetId?: string | null;
              arkivdelId?: string | null;
              beskrivelse?: string | null;
              journalenhet?: string | null;
              kryssreferanser?: {
                /** Format: uuid */
                tilId: string;
                /** @enum {string} */
                tilType: 'saksmappe' | 'journalpost' | 'klasse';
              }[];
              merknader?: {
                merknadstekst: string;
                merknadstype?: string | null;
              }[];
              obsDato?: string | null;
              obsMerknad?: string | null;
              offentligTittel?: string | null;
              parter?: {
                epostadresse?: string | null;
                kontaktperson?: string | null;
                land?: string | null;
                partId?: string | null;
                partNavn: string;
                partRolle: string;
                postadresse?: string | null;
                postnummer?: string | null;
                poststed?: string | null;
                telefonnummer?: string | null;
              }[];
              presedenser?: {
                beskrivelse?: string | null;
                /** Format: date */
                presedensDato: string;
                presedensHjemmel?: string | null;
                rettskildefaktor: string;
                tittel: string;
              }[];
              primaerKlasse?: {
                klasseId?: string | null;
                klassifikasjonssystemId?: string | null;
                verdi?: string | null;
              } | null;
              prosjekt?: string | null;
              saksansvarligId?: string | null;
              /** Format: date */
              saksdato?: string;
              sekundaerKlasser?: {
                klasseId?: string | null;
                klassifikasjonssystemId?: string | null;
                verdi?: string | null;
              }[];
              skjermingshjemmel?: string | null;
              tilgangskode?: string | null;
              tittel: string;
            };
            offentligTittel?: string | null;
            saksbehandlerId?: string | null;
            /**
             * Format: uuid
             * @description En eksisterende sak …
             */
            saksmappeId?: string;
            skjermingshjemmel?: string | null;
            tilgangskode?: string | null;
            tittel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              journalpostId: string;
              journalstatus: string;
              mottak: {
                adressat: string | null;
                antallFiler: number;
                arkivbegrensningGrunn: string | null;
                /** @description Forslag til avsender (EA) */
                avsender: {
                  epost: string | null;
                  navn: string | null;
                } | null;
                behandletDato: string | null;
                /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
                foreslaattTittel: string;
                /** Format: uuid */
                id: string;
                journalpostId: string | null;
                /** @enum {string} */
                kanal: 'skanning' | 'epost' | 'api';
                kilde: string | null;
                merknader: {
                  en: string;
                  nb: string;
                }[];
                /** Format: date-time */
                mottattDato: string;
                /** Format: uuid */
                organisasjonId: string;
                sendtDato: string | null;
                /** @enum {string} */
                status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
                /** @description Emnet eller tittelen slik posten kom */
                tittel: string;
                /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
                tittelUklar: boolean;
              };
              /** Format: uuid */
              saksmappeId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak/alle-organisasjoner': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Postmottakene i alle organisasjoner der brukeren er arkivar (dokumentsenter), samlet etter mottakstid */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
          visning?: 'aapne' | 'ny' | 'uleselig' | 'behandlet';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                adressat: string | null;
                antallFiler: number;
                arkivbegrensningGrunn: string | null;
                /** @description Forslag til avsender (EA) */
                avsender: {
                  epost: string | null;
                  navn: string | null;
                } | null;
                behandletDato: string | null;
                /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
                foreslaattTittel: string;
                /** Format: uuid */
                id: string;
                journalpostId: string | null;
                /** @enum {string} */
                kanal: 'skanning' | 'epost' | 'api';
                kilde: string | null;
                merknader: {
                  en: string;
                  nb: string;
                }[];
                /** Format: date-time */
                mottattDato: string;
                /** Format: uuid */
                organisasjonId: string;
                sendtDato: string | null;
                /** @enum {string} */
                status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
                /** @description Emnet eller tittelen slik posten kom */
                tittel: string;
                /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
                tittelUklar: boolean;
              }[];
              organisasjoner: {
                antall: number;
                /** Format: uuid */
                id: string;
                kortnavn: string;
                navn: string;
                /** Format: uuid */
                rolletildelingId: string;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak/api': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Post fra skjema og andre systemer inn i postmottaket */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            avsenderEpost?: string;
            avsenderNavn?: string;
            /** @description Avsendersystemets id for innsendingen: samme id igjen gir ingen ny post */
            eksternId?: string;
            /** @description Etter feltene */
            filer: string[];
            /** @description Hva posten gjelder */
            tittel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Posten var mottatt før: ingenting nytt ble laget */
                duplikat: boolean;
                mottak: {
                  adressat: string | null;
                  antallFiler: number;
                  arkivbegrensningGrunn: string | null;
                  /** @description Forslag til avsender (EA) */
                  avsender: {
                    epost: string | null;
                    navn: string | null;
                  } | null;
                  behandletDato: string | null;
                  /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
                  foreslaattTittel: string;
                  /** Format: uuid */
                  id: string;
                  journalpostId: string | null;
                  /** @enum {string} */
                  kanal: 'skanning' | 'epost' | 'api';
                  kilde: string | null;
                  merknader: {
                    en: string;
                    nb: string;
                  }[];
                  /** Format: date-time */
                  mottattDato: string;
                  /** Format: uuid */
                  organisasjonId: string;
                  sendtDato: string | null;
                  /** @enum {string} */
                  status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
                  /** @description Emnet eller tittelen slik posten kom */
                  tittel: string;
                  /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
                  tittelUklar: boolean;
                };
              }[];
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Posten var mottatt før: ingenting nytt ble laget */
                duplikat: boolean;
                mottak: {
                  adressat: string | null;
                  antallFiler: number;
                  arkivbegrensningGrunn: string | null;
                  /** @description Forslag til avsender (EA) */
                  avsender: {
                    epost: string | null;
                    navn: string | null;
                  } | null;
                  behandletDato: string | null;
                  /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
                  foreslaattTittel: string;
                  /** Format: uuid */
                  id: string;
                  journalpostId: string | null;
                  /** @enum {string} */
                  kanal: 'skanning' | 'epost' | 'api';
                  kilde: string | null;
                  merknader: {
                    en: string;
                    nb: string;
                  }[];
                  /** Format: date-time */
                  mottattDato: string;
                  /** Format: uuid */
                  organisasjonId: string;
                  sendtDato: string | null;
                  /** @enum {string} */
                  status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
                  /** @description Emnet eller tittelen slik posten kom */
                  tittel: string;
                  /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
                  tittelUklar: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak/epost': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** E-post (.eml) inn i postmottaket (arkivet) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** @description Én eller flere e-poster */
            filer: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Posten var mottatt før: ingenting nytt ble laget */
                duplikat: boolean;
                mottak: {
                  adressat: string | null;
                  antallFiler: number;
                  arkivbegrensningGrunn: string | null;
                  /** @description Forslag til avsender (EA) */
                  avsender: {
                    epost: string | null;
                    navn: string | null;
                  } | null;
                  behandletDato: string | null;
                  /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
                  foreslaattTittel: string;
                  /** Format: uuid */
                  id: string;
                  journalpostId: string | null;
                  /** @enum {string} */
                  kanal: 'skanning' | 'epost' | 'api';
                  kilde: string | null;
                  merknader: {
                    en: string;
                    nb: string;
                  }[];
                  /** Format: date-time */
                  mottattDato: string;
                  /** Format: uuid */
                  organisasjonId: string;
                  sendtDato: string | null;
                  /** @enum {string} */
                  status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
                  /** @description Emnet eller tittelen slik posten kom */
                  tittel: string;
                  /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
                  tittelUklar: boolean;
                };
              }[];
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Posten var mottatt før: ingenting nytt ble laget */
                duplikat: boolean;
                mottak: {
                  adressat: string | null;
                  antallFiler: number;
                  arkivbegrensningGrunn: string | null;
                  /** @description Forslag til avsender (EA) */
                  avsender: {
                    epost: string | null;
                    navn: string | null;
                  } | null;
                  behandletDato: string | null;
                  /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
                  foreslaattTittel: string;
                  /** Format: uuid */
                  id: string;
                  journalpostId: string | null;
                  /** @enum {string} */
                  kanal: 'skanning' | 'epost' | 'api';
                  kilde: string | null;
                  merknader: {
                    en: string;
                    nb: string;
                  }[];
                  /** Format: date-time */
                  mottattDato: string;
                  /** Format: uuid */
                  organisasjonId: string;
                  sendtDato: string | null;
                  /** @enum {string} */
                  status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
                  /** @description Emnet eller tittelen slik posten kom */
                  tittel: string;
                  /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
                  tittelUklar: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak/skanning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Skannet papirpost inn i postmottaket (arkivet) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** @description Én eller flere filer (høyst 50), etter feltene */
            filer: string[];
            /**
             * @description hver: ett brev per fil (standard); samlet: første fil er brevet, resten vedlegg
             * @enum {string}
             */
            modus?: 'hver' | 'samlet';
            /** @description Del én skannet PDF med flere brev etter sider, f.eks. «1-2; 3; 4-7» */
            sider?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Posten var mottatt før: ingenting nytt ble laget */
                duplikat: boolean;
                mottak: {
                  adressat: string | null;
                  antallFiler: number;
                  arkivbegrensningGrunn: string | null;
                  /** @description Forslag til avsender (EA) */
                  avsender: {
                    epost: string | null;
                    navn: string | null;
                  } | null;
                  behandletDato: string | null;
                  /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
                  foreslaattTittel: string;
                  /** Format: uuid */
                  id: string;
                  journalpostId: string | null;
                  /** @enum {string} */
                  kanal: 'skanning' | 'epost' | 'api';
                  kilde: string | null;
                  merknader: {
                    en: string;
                    nb: string;
                  }[];
                  /** Format: date-time */
                  mottattDato: string;
                  /** Format: uuid */
                  organisasjonId: string;
                  sendtDato: string | null;
                  /** @enum {string} */
                  status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
                  /** @description Emnet eller tittelen slik posten kom */
                  tittel: string;
                  /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
                  tittelUklar: boolean;
                };
              }[];
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Posten var mottatt før: ingenting nytt ble laget */
                duplikat: boolean;
                mottak: {
                  adressat: string | null;
                  antallFiler: number;
                  arkivbegrensningGrunn: string | null;
                  /** @description Forslag til avsender (EA) */
                  avsender: {
                    epost: string | null;
                    navn: string | null;
                  } | null;
                  behandletDato: string | null;
                  /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
                  foreslaattTittel: string;
                  /** Format: uuid */
                  id: string;
                  journalpostId: string | null;
                  /** @enum {string} */
                  kanal: 'skanning' | 'epost' | 'api';
                  kilde: string | null;
                  merknader: {
                    en: string;
                    nb: string;
                  }[];
                  /** Format: date-time */
                  mottattDato: string;
                  /** Format: uuid */
                  organisasjonId: string;
                  sendtDato: string | null;
                  /** @enum {string} */
                  status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
                  /** @description Emnet eller tittelen slik posten kom */
                  tittel: string;
                  /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
                  tittelUklar: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mottak/videresendt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Post videresendt til meg som ikke arkivverdig (arkivbegrensning), nyest først */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                adressat: string | null;
                antallFiler: number;
                arkivbegrensningGrunn: string | null;
                /** @description Forslag til avsender (EA) */
                avsender: {
                  epost: string | null;
                  navn: string | null;
                } | null;
                behandletDato: string | null;
                /** @description Tittelen uten «SV:», «RE:», «Fwd:» */
                foreslaattTittel: string;
                /** Format: uuid */
                id: string;
                journalpostId: string | null;
                /** @enum {string} */
                kanal: 'skanning' | 'epost' | 'api';
                kilde: string | null;
                merknader: {
                  en: string;
                  nb: string;
                }[];
                /** Format: date-time */
                mottattDato: string;
                /** Format: uuid */
                organisasjonId: string;
                sendtDato: string | null;
                /** @enum {string} */
                status: 'ny' | 'uleselig' | 'registrert' | 'arkivbegrenset';
                /** @description Emnet eller tittelen slik posten kom */
                tittel: string;
                /** @description Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel */
                tittelUklar: boolean;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/offentlig/{orgnr}/dokumenter/{id}/fil': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** En publisert fulltekst fra offentlig journal, uten innlogging (offentlig variant, eller dokumentet selv når det ikke er skjermet) */
    get: {
      parameters: {
        query?: {
          download?: '0' | '1' | 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
          orgnr: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/offentlig/{orgnr}/innsynskrav': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bestill innsyn i en eller flere journalposter fra den offentlige journalen (uten innlogging); svarer med en kvittering */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgnr: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            epost: string;
            journalpostIder: string[];
            navn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              frist: string;
              kvittering: string;
              organisasjon: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/offentlig/{orgnr}/innsynskrav/{kvittering}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kvitteringen for et innsynskrav (uten innlogging, med kvitteringens nøkkel): mottatt, frist, journalpostene og, når kravet er besvart, avgjørelsene */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kvittering: string;
          orgnr: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              besvart: boolean;
              besvartDato: string | null;
              frist: string;
              journalposter: {
                avgjoerelse: ('innsyn' | 'delvis' | 'avslag') | null;
                journalpostId: string;
                offentligTittel: string;
              }[];
              /** Format: date-time */
              mottattDato: string;
              organisasjon: string;
              referanse: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/offentlig/{orgnr}/journal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Offentlig journal (postliste) for en organisasjon, uten innlogging: journalførte poster i en datoperiode, nyeste først, med søk */
    get: {
      parameters: {
        query?: {
          /** @description Fra og med journaldato (standard: 13 dager før til-datoen) */
          fra?: string;
          perSide?: number;
          /** @description Ord som alle må finnes i offentlig tittel, sakens offentlige tittel eller en åpen korrespondanseparts navn */
          q?: string;
          side?: number;
          /** @description Til og med journaldato (standard: i dag, eller 13 dager etter fra-datoen) */
          til?: string;
        };
        header?: never;
        path: {
          orgnr: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              fra: string;
              items: {
                administrativEnhet: string | null;
                dokumenter: {
                  /** Format: uuid */
                  dokumentobjektId: string;
                  filnavn: string;
                  mimeType: string;
                  tittel: string;
                }[];
                dokumentetsDato: string | null;
                /** Format: uuid */
                id: string;
                journalaar: number;
                journaldato: string;
                /** @description Saksnummer og dokumentnummer: 2026/12-3 */
                journalpostId: string;
                journalpostnummer: number;
                journalposttype: string;
                journalsekvensnummer: number;
                korrespondanseparter: {
                  korrespondanseparttype: string;
                  navn: string;
                  skjermet: boolean;
                }[];
                /** @description Journalsekvensnummer og journalår: 123/2026 */
                loepenummer: string;
                offentligTittel: string;
                saksmappe: {
                  /** Format: uuid */
                  id: string;
                  offentligTittel: string;
                  saksaar: number;
                  saksnummer: string;
                  sakssekvensnummer: number;
                  skjermingshjemmel: string | null;
                  tilgangskode: string | null;
                };
                skjermet: boolean;
                skjermingshjemmel: string | null;
                tilgangskode: string | null;
              }[];
              journalposttyper: string[];
              organisasjon: {
                navn: string;
                organisasjonsnummer: string;
              };
              perSide: number;
              side: number;
              til: string;
              total: number;
            };
          };
        };
        /** @description Uendret siden ETag-en i If-None-Match */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/offentlig/{orgnr}/journal.xml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Den samme offentlige journalen som Noark 5 offentligJournal (XML), strømmet */
    get: {
      parameters: {
        query?: {
          /** @description Fra og med journaldato (standard: 13 dager før til-datoen) */
          fra?: string;
          /** @description Ord som alle må finnes i offentlig tittel, sakens offentlige tittel eller en åpen korrespondanseparts navn */
          q?: string;
          /** @description Til og med journaldato (standard: i dag, eller 13 dager etter fra-datoen) */
          til?: string;
        };
        header?: never;
        path: {
          orgnr: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oppgaver/{id}/fordel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Leder (eller stedfortreder) fordeler en journalpost fra «Til fordeling» til en saksbehandler, med frist og merknad */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            frist?: string | null;
            merknad?: string | null;
            /** Format: uuid */
            saksbehandlerId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              oppgaveId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oppgaver/{id}/lest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kopimottakeren markerer en kopi som lest */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oppgaver/{id}/utfort': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Arkivet lukker en oppgave i arkivets kø (feilfordelt, endring, merknad) som utført */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisasjon/arkivformater': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Godkjente arkivformater (PRONOM-identifikatorer) i organisasjonen */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              egenListe: boolean;
              formater: string[];
              kanEndre: boolean;
              standard: {
                format: string;
                navn: string;
              }[];
            };
          };
        };
      };
    };
    /** Sett godkjente arkivformater (arkivet, systemansvarlig); null gir standardlisten */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            formater: string[] | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              egenListe: boolean;
              formater: string[];
              kanEndre: boolean;
              standard: {
                format: string;
                navn: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisasjon/svarfrister': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Svarfrister for inngående post: dager fra mottatt dato til forfallsdato, vanlig og for brev som haster */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hasterSvarfristDager: number;
              kanEndre: boolean;
              svarfristDager: number;
            };
          };
        };
      };
    };
    /** Endre svarfristene (arkivet, systemansvarlig); haster-fristen må være kortere */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            hasterSvarfristDager?: number;
            svarfristDager?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hasterSvarfristDager: number;
              kanEndre: boolean;
              svarfristDager: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rapporter/{rapport}/fil': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rapporten som CSV eller PDF (høyst 5000 rader) */
    get: {
      parameters: {
        query: {
          enhetId?: string;
          forfallTil?: string;
          format: 'csv' | 'pdf';
          saksbehandlerId?: string;
          utelatUker?: number;
        };
        header?: never;
        path: {
          rapport: 'restanseliste' | 'forfallsliste';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rapporter/forfallsliste': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Forfallsliste: ikke avskrevne journalposter med forfall til og med en dato (standard: passert eller under 5 dager) */
    get: {
      parameters: {
        query?: {
          enhetId?: string;
          forfallTil?: string;
          perSide?: number;
          saksbehandlerId?: string;
          side?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dato: string;
              forfallTil: string | null;
              items: {
                dagerOverFrist: number;
                enhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                forfallsdato: string | null;
                fullTilgang: boolean;
                /** Format: uuid */
                id: string;
                journaldato: string;
                journalpostId: string;
                journalposttype: string;
                journalstatus: string;
                saksbehandler: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                /** Format: uuid */
                saksmappeId: string;
                tittel: string;
              }[];
              journaldatoTil: string | null;
              oppsummering: {
                antall: number;
                enhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                overFrist: number;
                saksbehandler: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rapporter/maanedsoversikt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Leders månedsoversikt: mottatt, avskrevet, restanser og over frist per saksbehandler */
    get: {
      parameters: {
        query?: {
          enhetId?: string;
          maaned?: string;
          saksbehandlerId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                avskrevet: number;
                mottatt: number;
                overFrist: number;
                restanser: number;
                saksbehandler: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
              }[];
              maaned: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rapporter/restanseliste': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Restanseliste: inngående dokumenter og N-notater som ikke er avskrevet, per enhet og saksbehandler */
    get: {
      parameters: {
        query?: {
          enhetId?: string;
          perSide?: number;
          saksbehandlerId?: string;
          side?: number;
          utelatUker?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dato: string;
              forfallTil: string | null;
              items: {
                dagerOverFrist: number;
                enhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                forfallsdato: string | null;
                fullTilgang: boolean;
                /** Format: uuid */
                id: string;
                journaldato: string;
                journalpostId: string;
                journalposttype: string;
                journalstatus: string;
                saksbehandler: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                /** Format: uuid */
                saksmappeId: string;
                tittel: string;
              }[];
              journaldatoTil: string | null;
              oppsummering: {
                antall: number;
                enhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                overFrist: number;
                saksbehandler: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rapporter/restanseliste/kvartal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Arkivets kvartalsvise restanseliste: arkiveres per enhet og sendes til enhetsleder med frist */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            saksmappeId?: string;
            utelatUker?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              enheter: {
                antall: number;
                enhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
                /** Format: uuid */
                journalpostId: string;
              }[];
              frist: string;
              journaldatoTil: string | null;
              kvartal: string;
              /** Format: uuid */
              saksmappeId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rolletildelinger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gi en bruker en rolle i aktiv organisasjon (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            brukernavn: string;
            enhetId?: string | null;
            /** Format: date */
            fraDato?: string;
            /** @enum {string} */
            rolle: 'ARK' | 'LED' | 'SF' | 'SB' | 'MS' | 'SYS' | 'LES';
            tilDato?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              rolle: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rolletildelinger/{id}/avslutt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Avslutt en rolletildeling, straks eller med en siste dag (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            tilDato?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date */
              fraDato: string;
              /** Format: uuid */
              id: string;
              /** Format: date */
              tilDato: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saksmapper, nyeste først, med filtre og sideinndeling */
    get: {
      parameters: {
        query?: {
          aapne?: 'true' | 'false';
          administrativEnhetId?: string;
          arkivdelId?: string;
          limit?: number;
          offset?: number;
          saksaar?: number;
          saksansvarligId?: string;
          saksstatus?: 'R' | 'B' | 'S' | 'A' | 'U';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                administrativEnhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
                fullTilgang: boolean;
                /** Format: uuid */
                id: string;
                klassifikasjon: string | null;
                obsDato: string | null;
                offentligTittel: string | null;
                saksaar: number;
                saksansvarlig: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
                saksdato: string;
                saksnummer: string;
                sakssekvensnummer: number;
                saksstatus: {
                  code: string;
                  en: string;
                  nb: string;
                };
                skjermedeTittelord: number[];
                skjermingArvet: boolean;
                skjermingDokument: boolean;
                skjermingMetadata: string[];
                skjermingOpphoerer: string | null;
                skjermingVarighet: number | null;
                tilgangsgruppeId: string | null;
                tilgangskode: string | null;
                tittel: string;
              }[];
              limit: number;
              offset: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Opprett saksmappe (neste saksnummer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            administrativEnhetId?: string | null;
            arkivdelId?: string | null;
            beskrivelse?: string | null;
            journalenhet?: string | null;
            kryssreferanser?: {
              /** Format: uuid */
              tilId: string;
              /** @enum {string} */
              tilType: 'saksmappe' | 'journalpost' | 'klasse';
            }[];
            merknader?: {
              merknadstekst: string;
              merknadstype?: string | null;
            }[];
            obsDato?: string | null;
            obsMerknad?: string | null;
            offentligTittel?: string | null;
            parter?: {
              epostadresse?: string | null;
              kontaktperson?: string | null;
              land?: string | null;
              partId?: string | null;
              partNavn: string;
              partRolle: string;
              postadresse?: string | null;
              postnummer?: string | null;
              poststed?: string | null;
              telefonnummer?: string | null;
            }[];
            presedenser?: {
              beskrivelse?: string | null;
              /** Format: date */
              presedensDato: string;
              presedensHjemmel?: string | null;
              rettskildefaktor: string;
              tittel: string;
            }[];
            primaerKlasse?: {
              klasseId?: string | null;
              klassifikasjonssystemId?: string | null;
              verdi?: string | null;
            } | null;
            prosjekt?: string | null;
            saksansvarligId?: string | null;
            /** Format: date */
            saksdato?: string;
            sekundaerKlasser?: {
              klasseId?: string | null;
              klassifikasjonssystemId?: string | null;
              verdi?: string | null;
            }[];
            skjermingshjemmel?: string | null;
            tilgangskode?: string | null;
            tittel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              administrativEnhet: {
                /** Format: uuid */
                id: string;
                navn: string;
              };
              /** Format: uuid */
              arkivdelId: string;
              avsluttetAv: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              avsluttetDato: string | null;
              beskrivelse: string | null;
              fullTilgang: boolean;
              /** Format: uuid */
              id: string;
              journalenhet: string | null;
              journalposter: {
                administrativEnhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                antallVedlegg: number | null;
                arkivertDato: string | null;
                beskrivelse: string | null;
                dokumentetsDato: string | null;
                dokumentmedium: ('F' | 'E' | 'B') | null;
                forfallsdato: string | null;
                fullTilgang: boolean;
                haster: boolean;
                /** Format: uuid */
                id: string;
                journalaar: number | null;
                journaldato: string;
                journalenhet: string | null;
                journalpostId: string;
                journalpostnummer: number;
                journalposttype: {
                  code: string;
                  en: string;
                  nb: string;
                };
                journalsekvensnummer: number | null;
                journalstatus: {
                  code: string;
                  en: string;
                  nb: string;
                };
                kanEndre: {
                  dokument: boolean;
                  flytt: boolean;
                  journalpost: boolean;
                  korrespondansepart: boolean;
                  merknad: boolean;
                  personsensitiv: boolean;
                  skjerming: boolean;
                  status: boolean;
                  utgaar: boolean;
                };
                korrespondanseparter: {
                  administrativEnhetId: string | null;
                  epostadresse: string | null;
                  foedselsnummer: string | null;
                  /** Format: uuid */
                  id: string;
                  kontaktperson: string | null;
                  korrespondanseparttype: {
                    code: string;
                    en: string;
                    nb: string;
                  };
                  land: string | null;
                  navn: string;
                  organisasjonsnummer: string | null;
                  postadresse: string | null;
                  postnummer: string | null;
                  poststed: string | null;
                  saksbehandlerId: string | null;
                  skjermet: boolean;
                  telefonnummer: string | null;
                }[];
                loepenummer: string | null;
                merknader: {
                  /** Format: uuid */
                  id: string;
                  /** Format: date-time */
                  merknadsdato: string;
                  merknadstekst: string;
                  merknadstype: string | null;
                  registrertAv: {
                    /** Format: uuid */
                    id: string;
                    navn: string;
                  };
                }[];
                mottattDato: string | null;
                offentlighetsvurdertDato: string | null;
                offentligTittel: string | null;
                /** Format: date-time */
                opprettetDato: string;
                /** @enum {string} */
                registreringstype: 'journalpost' | 'arkivnotat';
                saksbehandler: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                /** Format: uuid */
                saksmappeId: string;
                saksnummer: string;
                sendtDato: string | null;
                sider: {
                  korrespondanseparter: {
                    perSide: number;
                    side: number;
                    total: number;
                  };
                  merknader: {
                    perSide: number;
                    side: number;
                    total: number;
                  };
                };
                skjermedeTittelord: number[];
                skjermingArvet: boolean;
                skjermingDokument: boolean;
                skjermingMetadata: string[];
                skjermingOpphoerer: string | null;
                skjermingshjemmel: string | null;
                skjermingVarighet: number | null;
                tilgangsgruppeId: string | null;
                tilgangskode: string | null;
                tittel: string;
              }[];
              kanEndre: {
                merknad: boolean;
                registrer: boolean;
                saksmappe: boolean;
                skjerming: boolean;
                status: boolean;
              };
              klassifikasjon: string | null;
              kryssreferanser: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                opprettetDato: string;
                /** Format: uuid */
                tilId: string;
                tilNummer: string | null;
                tilType: string;
              }[];
              merknader: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                merknadsdato: string;
                merknadstekst: string;
                merknadstype: string | null;
                registrertAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
              }[];
              obsDato: string | null;
              obsMerknad: string | null;
              offentligTittel: string | null;
              /** Format: date-time */
              opprettetDato: string;
              parter: {
                epostadresse: string | null;
                /** Format: uuid */
                id: string;
                kontaktperson: string | null;
                land: string | null;
                partId: string | null;
                partNavn: string;
                partRolle: string;
                postadresse: string | null;
                postnummer: string | null;
                poststed: string | null;
                telefonnummer: string | null;
              }[];
              presedenser: {
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                presedensDato: string;
                presedensHjemmel: string | null;
                presedensStatus: string;
                rettskildefaktor: string;
                tittel: string;
              }[];
              primaerKlasse: {
                klasseId: string | null;
                klassifikasjonssystemId: string | null;
                tittel: string | null;
                verdi: string;
              } | null;
              prosjekt: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              saksaar: number;
              saksansvarlig: {
                /** Format: uuid */
                id: string;
                navn: string;
              };
              saksdato: string;
              saksnummer: string;
              sakssekvensnummer: number;
              saksstatus: {
                code: string;
                en: string;
                nb: string;
              };
              sekundaerKlasser: {
                klasseId: string | null;
                klassifikasjonssystemId: string | null;
                tittel: string | null;
                verdi: string;
              }[];
              sider: {
                journalposter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                kryssreferanser: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                merknader: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                parter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                presedenser: {
                  perSide: number;
                  side: number;
                  total: number;
                };
              };
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saksmappe med én side av journalposter, parter, merknader, kryssreferanser og presedenser (sider: totalt antall) */
    get: {
      parameters: {
        query?: {
          journalposterSide?: number;
          kryssreferanserSide?: number;
          merknaderSide?: number;
          parterSide?: number;
          perSide?: number;
          presedenserSide?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              administrativEnhet: {
                /** Format: uuid */
                id: string;
                navn: string;
              };
              /** Format: uuid */
              arkivdelId: string;
              avsluttetAv: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              avsluttetDato: string | null;
              beskrivelse: string | null;
              fullTilgang: boolean;
              /** Format: uuid */
              id: string;
              journalenhet: string | null;
              journalposter: {
                administrativEnhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                antallVedlegg: number | null;
                arkivertDato: string | null;
                beskrivelse: string | null;
                dokumentetsDato: string | null;
                dokumentmedium: ('F' | 'E' | 'B') | null;
                forfallsdato: string | null;
                fullTilgang: boolean;
                haster: boolean;
                /** Format: uuid */
                id: string;
                journalaar: number | null;
                journaldato: string;
                journalenhet: string | null;
                journalpostId: string;
                journalpostnummer: number;
                journalposttype: {
                  code: string;
                  en: string;
                  nb: string;
                };
                journalsekvensnummer: number | null;
                journalstatus: {
                  code: string;
                  en: string;
                  nb: string;
                };
                kanEndre: {
                  dokument: boolean;
                  flytt: boolean;
                  journalpost: boolean;
                  korrespondansepart: boolean;
                  merknad: boolean;
                  personsensitiv: boolean;
                  skjerming: boolean;
                  status: boolean;
                  utgaar: boolean;
                };
                korrespondanseparter: {
                  administrativEnhetId: string | null;
                  epostadresse: string | null;
                  foedselsnummer: string | null;
                  /** Format: uuid */
                  id: string;
                  kontaktperson: string | null;
                  korrespondanseparttype: {
                    code: string;
                    en: string;
                    nb: string;
                  };
                  land: string | null;
                  navn: string;
                  organisasjonsnummer: string | null;
                  postadresse: string | null;
                  postnummer: string | null;
                  poststed: string | null;
                  saksbehandlerId: string | null;
                  skjermet: boolean;
                  telefonnummer: string | null;
                }[];
                loepenummer: string | null;
                merknader: {
                  /** Format: uuid */
                  id: string;
                  /** Format: date-time */
                  merknadsdato: string;
                  merknadstekst: string;
                  merknadstype: string | null;
                  registrertAv: {
                    /** Format: uuid */
                    id: string;
                    navn: string;
                  };
                }[];
                mottattDato: string | null;
                offentlighetsvurdertDato: string | null;
                offentligTittel: string | null;
                /** Format: date-time */
                opprettetDato: string;
                /** @enum {string} */
                registreringstype: 'journalpost' | 'arkivnotat';
                saksbehandler: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                /** Format: uuid */
                saksmappeId: string;
                saksnummer: string;
                sendtDato: string | null;
                sider: {
                  korrespondanseparter: {
                    perSide: number;
                    side: number;
                    total: number;
                  };
                  merknader: {
                    perSide: number;
                    side: number;
                    total: number;
                  };
                };
                skjermedeTittelord: number[];
                skjermingArvet: boolean;
                skjermingDokument: boolean;
                skjermingMetadata: string[];
                skjermingOpphoerer: string | null;
                skjermingshjemmel: string | null;
                skjermingVarighet: number | null;
                tilgangsgruppeId: string | null;
                tilgangskode: string | null;
                tittel: string;
              }[];
              kanEndre: {
                merknad: boolean;
                registrer: boolean;
                saksmappe: boolean;
                skjerming: boolean;
                status: boolean;
              };
              klassifikasjon: string | null;
              kryssreferanser: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                opprettetDato: string;
                /** Format: uuid */
                tilId: string;
                tilNummer: string | null;
                tilType: string;
              }[];
              merknader: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                merknadsdato: string;
                merknadstekst: string;
                merknadstype: string | null;
                registrertAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
              }[];
              obsDato: string | null;
              obsMerknad: string | null;
              offentligTittel: string | null;
              /** Format: date-time */
              opprettetDato: string;
              parter: {
                epostadresse: string | null;
                /** Format: uuid */
                id: string;
                kontaktperson: string | null;
                land: string | null;
                partId: string | null;
                partNavn: string;
                partRolle: string;
                postadresse: string | null;
                postnummer: string | null;
                poststed: string | null;
                telefonnummer: string | null;
              }[];
              presedenser: {
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                presedensDato: string;
                presedensHjemmel: string | null;
                presedensStatus: string;
                rettskildefaktor: string;
                tittel: string;
              }[];
              primaerKlasse: {
                klasseId: string | null;
                klassifikasjonssystemId: string | null;
                tittel: string | null;
                verdi: string;
              } | null;
              prosjekt: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              saksaar: number;
              saksansvarlig: {
                /** Format: uuid */
                id: string;
                navn: string;
              };
              saksdato: string;
              saksnummer: string;
              sakssekvensnummer: number;
              saksstatus: {
                code: string;
                en: string;
                nb: string;
              };
              sekundaerKlasser: {
                klasseId: string | null;
                klassifikasjonssystemId: string | null;
                tittel: string | null;
                verdi: string;
              }[];
              sider: {
                journalposter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                kryssreferanser: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                merknader: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                parter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                presedenser: {
                  perSide: number;
                  side: number;
                  total: number;
                };
              };
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Endre saksmappe (logges) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            administrativEnhetId?: string;
            beskrivelse?: string | null;
            journalenhet?: string | null;
            obsDato?: string | null;
            obsMerknad?: string | null;
            offentligTittel?: string | null;
            primaerKlasse?: {
              klasseId?: string | null;
              klassifikasjonssystemId?: string | null;
              verdi?: string | null;
            };
            prosjekt?: string | null;
            /** Format: uuid */
            saksansvarligId?: string;
            /** Format: date */
            saksdato?: string;
            sekundaerKlasser?: {
              klasseId?: string | null;
              klassifikasjonssystemId?: string | null;
              verdi?: string | null;
            }[];
            skjermingshjemmel?: string | null;
            tilgangskode?: string | null;
            tittel?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              administrativEnhet: {
                /** Format: uuid */
                id: string;
                navn: string;
              };
              /** Format: uuid */
              arkivdelId: string;
              avsluttetAv: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              avsluttetDato: string | null;
              beskrivelse: string | null;
              fullTilgang: boolean;
              /** Format: uuid */
              id: string;
              journalenhet: string | null;
              journalposter: {
                administrativEnhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                antallVedlegg: number | null;
                arkivertDato: string | null;
                beskrivelse: string | null;
                dokumentetsDato: string | null;
                dokumentmedium: ('F' | 'E' | 'B') | null;
                forfallsdato: string | null;
                fullTilgang: boolean;
                haster: boolean;
                /** Format: uuid */
                id: string;
                journalaar: number | null;
                journaldato: string;
                journalenhet: string | null;
                journalpostId: string;
                journalpostnummer: number;
                journalposttype: {
                  code: string;
                  en: string;
                  nb: string;
                };
                journalsekvensnummer: number | null;
                journalstatus: {
                  code: string;
                  en: string;
                  nb: string;
                };
                kanEndre: {
                  dokument: boolean;
                  flytt: boolean;
                  journalpost: boolean;
                  korrespondansepart: boolean;
                  merknad: boolean;
                  personsensitiv: boolean;
                  skjerming: boolean;
                  status: boolean;
                  utgaar: boolean;
                };
                korrespondanseparter: {
                  administrativEnhetId: string | null;
                  epostadresse: string | null;
                  foedselsnummer: string | null;
                  /** Format: uuid */
                  id: string;
                  kontaktperson: string | null;
                  korrespondanseparttype: {
                    code: string;
                    en: string;
                    nb: string;
                  };
                  land: string | null;
                  navn: string;
                  organisasjonsnummer: string | null;
                  postadresse: string | null;
                  postnummer: string | null;
                  poststed: string | null;
                  saksbehandlerId: string | null;
                  skjermet: boolean;
                  telefonnummer: string | null;
                }[];
                loepenummer: string | null;
                merknader: {
                  /** Format: uuid */
                  id: string;
                  /** Format: date-time */
                  merknadsdato: string;
                  merknadstekst: string;
                  merknadstype: string | null;
                  registrertAv: {
                    /** Format: uuid */
                    id: string;
                    navn: string;
                  };
                }[];
                mottattDato: string | null;
                offentlighetsvurdertDato: string | null;
                offentligTittel: string | null;
                /** Format: date-time */
                opprettetDato: string;
                /** @enum {string} */
                registreringstype: 'journalpost' | 'arkivnotat';
                saksbehandler: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                /** Format: uuid */
                saksmappeId: string;
                saksnummer: string;
                sendtDato: string | null;
                sider: {
                  korrespondanseparter: {
                    perSide: number;
                    side: number;
                    total: number;
                  };
                  merknader: {
                    perSide: number;
                    side: number;
                    total: number;
                  };
                };
                skjermedeTittelord: number[];
                skjermingArvet: boolean;
                skjermingDokument: boolean;
                skjermingMetadata: string[];
                skjermingOpphoerer: string | null;
                skjermingshjemmel: string | null;
                skjermingVarighet: number | null;
                tilgangsgruppeId: string | null;
                tilgangskode: string | null;
                tittel: string;
              }[];
              kanEndre: {
                merknad: boolean;
                registrer: boolean;
                saksmappe: boolean;
                skjerming: boolean;
                status: boolean;
              };
              klassifikasjon: string | null;
              kryssreferanser: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                opprettetDato: string;
                /** Format: uuid */
                tilId: string;
                tilNummer: string | null;
                tilType: string;
              }[];
              merknader: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                merknadsdato: string;
                merknadstekst: string;
                merknadstype: string | null;
                registrertAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
              }[];
              obsDato: string | null;
              obsMerknad: string | null;
              offentligTittel: string | null;
              /** Format: date-time */
              opprettetDato: string;
              parter: {
                epostadresse: string | null;
                /** Format: uuid */
                id: string;
                kontaktperson: string | null;
                land: string | null;
                partId: string | null;
                partNavn: string;
                partRolle: string;
                postadresse: string | null;
                postnummer: string | null;
                poststed: string | null;
                telefonnummer: string | null;
              }[];
              presedenser: {
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                presedensDato: string;
                presedensHjemmel: string | null;
                presedensStatus: string;
                rettskildefaktor: string;
                tittel: string;
              }[];
              primaerKlasse: {
                klasseId: string | null;
                klassifikasjonssystemId: string | null;
                tittel: string | null;
                verdi: string;
              } | null;
              prosjekt: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              saksaar: number;
              saksansvarlig: {
                /** Format: uuid */
                id: string;
                navn: string;
              };
              saksdato: string;
              saksnummer: string;
              sakssekvensnummer: number;
              saksstatus: {
                code: string;
                en: string;
                nb: string;
              };
              sekundaerKlasser: {
                klasseId: string | null;
                klassifikasjonssystemId: string | null;
                tittel: string | null;
                verdi: string;
              }[];
              sider: {
                journalposter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                kryssreferanser: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                merknader: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                parter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                presedenser: {
                  perSide: number;
                  side: number;
                  total: number;
                };
              };
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/saksmapper/{id}/aktiviteter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Aktivitetene rutinen tilbyr den innloggede på saksmappen nå */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                beskrivelse: {
                  en: string;
                  nb: string;
                };
                gruppe?: string;
                id: string;
                navn: {
                  en: string;
                  nb: string;
                };
                parametre?: {
                  [key: string]: string;
                };
              }[];
              versjon: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/avslutning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Avslutning av saken: journalposter som ikke er avskrevet, journalposter som ikke er ferdige, og stegene leseren kan ta */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ikkeAvskrevet: {
                items: {
                  forfallsdato: string | null;
                  /** Format: uuid */
                  id: string;
                  journaldato: string;
                  journalpostId: string;
                  journalposttype: string;
                  journalstatus: string;
                  saksbehandler: string | null;
                  tittel: string;
                }[];
                total: number;
              };
              ikkeFerdige: number;
              saksstatus: string;
              steg: {
                aktivitet: string;
                mulig: boolean;
                navn: {
                  en: string;
                  nb: string;
                };
                /** @enum {string} */
                saksstatus: 'R' | 'B' | 'S' | 'A' | 'U';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/endringslogg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Endringslogg for saken og dens parter (side, perSide) */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                endretAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
                /** Format: date-time */
                endretDato: string;
                felt: string;
                id: number;
                nyVerdi: string | null;
                /** Format: uuid */
                objektId: string;
                objektType: string;
                tidligereVerdi: string | null;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/forlop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Saksforløpet: hva som har skjedd i saken, eldst først (side, perSide)
     * @description Saken opprettet, journalposter registrert, ferdigstilt, ekspedert (kanal per mottaker), journalført, avskrevet (kode, av hvilket svar), dokumenter ferdigstilt, godkjenning (sendt, godkjent, returnert, videresendt), saksstatus (ønskes avsluttet, avsluttet, gjenåpnet) og journalposter flyttet hit. En journalpost leseren ikke har tilgang til, vises med offentlig tittel.
     */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                hendelse:
                  | 'sak-opprettet'
                  | 'saksstatus'
                  | 'journalpost-registrert'
                  | 'journalstatus'
                  | 'journalpost-flyttet'
                  | 'dokument-ferdigstilt'
                  | 'avskrevet'
                  | 'ekspedert'
                  | 'flyt-sendt'
                  | 'flyt-svar';
                hvem: string | null;
                journalpost: {
                  /** Format: uuid */
                  id: string;
                  journalpostId: string;
                  journalposttype: string;
                  tittel: string;
                } | null;
                kode: string | null;
                tekst: {
                  en: string;
                  nb: string;
                };
                /** Format: date-time */
                tidspunkt: string;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/interne-kontakter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Interne kontakter på saken (skjermet for den som ikke har tilgang til saken) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                brukernavn: string;
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                lagtTilDato: string;
                navn: string;
              }[];
              kanEndre: boolean;
              skjermet: boolean;
            };
          };
        };
      };
    };
    put?: never;
    /** Legg til intern kontakt på saken (saksansvarlig, ledere, arkiv) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            brukerId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              brukernavn: string;
              /** Format: uuid */
              id: string;
              navn: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/interne-kontakter/{brukerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Fjern intern kontakt fra saken (saksansvarlig, ledere, arkiv) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          brukerId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/journalposter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrer journalpost eller arkivnotat i saken */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            administrativEnhetId?: string | null;
            antallVedlegg?: number | null;
            beskrivelse?: string | null;
            /** Format: uuid */
            brevmalId?: string;
            dokumentetsDato?: string | null;
            dokumentmedium?: ('F' | 'E' | 'B') | null;
            forfallsdato?: string | null;
            haster?: boolean;
            /** Format: date */
            journaldato?: string;
            journalenhet?: string | null;
            /** @enum {string} */
            journalposttype?: 'I' | 'U' | 'N' | 'X' | 'S';
            /** @enum {string} */
            journalstatus?: 'M' | 'S' | 'R' | 'F' | 'G' | 'E' | 'J' | 'A' | 'U';
            korrespondanseparter?: {
              administrativEnhetId?: string | null;
              epostadresse?: string | null;
              foedselsnummer?: string | null;
              kontaktperson?: string | null;
              /** @enum {string} */
              korrespondanseparttype: 'EA' | 'EM' | 'EK' | 'GM' | 'IA' | 'IM' | 'IK' | 'IS';
              land?: string | null;
              navn: string;
              organisasjonsnummer?: string | null;
              postadresse?: string | null;
              postnummer?: string | null;
              poststed?: string | null;
              saksbehandlerId?: string | null;
              skjermet?: boolean;
              telefonnummer?: string | null;
            }[];
            merknader?: {
              merknadstekst: string;
              merknadstype?: string | null;
            }[];
            mottattDato?: string | null;
            offentlighetsvurdertDato?: string | null;
            offentligTittel?: string | null;
            /** @enum {string} */
            registreringstype?: 'journalpost' | 'arkivnotat';
            saksbehandlerId?: string | null;
            sendtDato?: string | null;
            skjermingshjemmel?: string | null;
            tilgangskode?: string | null;
            tittel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              administrativEnhet: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              antallVedlegg: number | null;
              arkivertDato: string | null;
              beskrivelse: string | null;
              dokumentetsDato: string | null;
              dokumentmedium: ('F' | 'E' | 'B') | null;
              forfallsdato: string | null;
              fullTilgang: boolean;
              haster: boolean;
              /** Format: uuid */
              id: string;
              journalaar: number | null;
              journaldato: string;
              journalenhet: string | null;
              journalpostId: string;
              journalpostnummer: number;
              journalposttype: {
                code: string;
                en: string;
                nb: string;
              };
              journalsekvensnummer: number | null;
              journalstatus: {
                code: string;
                en: string;
                nb: string;
              };
              kanEndre: {
                dokument: boolean;
                flytt: boolean;
                journalpost: boolean;
                korrespondansepart: boolean;
                merknad: boolean;
                personsensitiv: boolean;
                skjerming: boolean;
                status: boolean;
                utgaar: boolean;
              };
              korrespondanseparter: {
                administrativEnhetId: string | null;
                epostadresse: string | null;
                foedselsnummer: string | null;
                /** Format: uuid */
                id: string;
                kontaktperson: string | null;
                korrespondanseparttype: {
                  code: string;
                  en: string;
                  nb: string;
                };
                land: string | null;
                navn: string;
                organisasjonsnummer: string | null;
                postadresse: string | null;
                postnummer: string | null;
                poststed: string | null;
                saksbehandlerId: string | null;
                skjermet: boolean;
                telefonnummer: string | null;
              }[];
              loepenummer: string | null;
              merknader: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                merknadsdato: string;
                merknadstekst: string;
                merknadstype: string | null;
                registrertAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
              }[];
              mottattDato: string | null;
              offentlighetsvurdertDato: string | null;
              offentligTittel: string | null;
              /** Format: date-time */
              opprettetDato: string;
              /** @enum {string} */
              registreringstype: 'journalpost' | 'arkivnotat';
              saksbehandler: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              /** Format: uuid */
              saksmappeId: string;
              saksnummer: string;
              sendtDato: string | null;
              sider: {
                korrespondanseparter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                merknader: {
                  perSide: number;
                  side: number;
                  total: number;
                };
              };
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/kassasjon': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Utfør kassasjon av en sak (arkivet): dokumentenes filer slettes, metadata og journalposter beholdes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dokumenterBeholdt: number;
              dokumenterKassert: number;
              filerSlettet: number;
              kassertAv: string;
              kassertDato: string;
              /** Format: uuid */
              saksmappeId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/kryssreferanser': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Legg til kryssreferanse */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            tilId: string;
            /** @enum {string} */
            tilType: 'saksmappe' | 'journalpost' | 'klasse';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              opprettetDato: string;
              /** Format: uuid */
              tilId: string;
              tilNummer: string | null;
              tilType: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/merknader': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Legg til merknad på saken */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            merknadstekst: string;
            merknadstype?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              merknadsdato: string;
              merknadstekst: string;
              merknadstype: string | null;
              registrertAv: {
                /** Format: uuid */
                id: string;
                navn: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/neste-statuser': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saksstatuser aktiv rolle kan sette */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                code: string;
                en: string;
                nb: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/parter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Legg til part i saken */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            epostadresse?: string | null;
            kontaktperson?: string | null;
            land?: string | null;
            partId?: string | null;
            partNavn: string;
            partRolle: string;
            postadresse?: string | null;
            postnummer?: string | null;
            poststed?: string | null;
            telefonnummer?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              epostadresse: string | null;
              /** Format: uuid */
              id: string;
              kontaktperson: string | null;
              land: string | null;
              partId: string | null;
              partNavn: string;
              partRolle: string;
              postadresse: string | null;
              postnummer: string | null;
              poststed: string | null;
              telefonnummer: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/presedenser': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Legg til presedens */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            beskrivelse?: string | null;
            /** Format: date */
            presedensDato: string;
            presedensHjemmel?: string | null;
            rettskildefaktor: string;
            tittel: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              beskrivelse: string | null;
              /** Format: uuid */
              id: string;
              presedensDato: string;
              presedensHjemmel: string | null;
              presedensStatus: string;
              rettskildefaktor: string;
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/rettslig-hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Rettslig hold på en sak (arkivet): ingenting i saken kasseres mens det gjelder; null opphever */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            grunn: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              rettsligHold: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/skjerming': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Sett skjerming (saksmappe); tilgangskode null åpner */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            skjermedeTittelord?: number[];
            skjermingDokument?: boolean;
            skjermingMetadata?: string[];
            skjermingOpphoerer?: string | null;
            skjermingshjemmel?: string | null;
            skjermingVarighet?: number | null;
            tilgangsgruppeId?: string | null;
            tilgangskode: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Endre saksstatus */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            saksstatus: 'R' | 'B' | 'S' | 'A' | 'U';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              administrativEnhet: {
                /** Format: uuid */
                id: string;
                navn: string;
              };
              /** Format: uuid */
              arkivdelId: string;
              avsluttetAv: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              avsluttetDato: string | null;
              beskrivelse: string | null;
              fullTilgang: boolean;
              /** Format: uuid */
              id: string;
              journalenhet: string | null;
              journalposter: {
                administrativEnhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                antallVedlegg: number | null;
                arkivertDato: string | null;
                beskrivelse: string | null;
                dokumentetsDato: string | null;
                dokumentmedium: ('F' | 'E' | 'B') | null;
                forfallsdato: string | null;
                fullTilgang: boolean;
                haster: boolean;
                /** Format: uuid */
                id: string;
                journalaar: number | null;
                journaldato: string;
                journalenhet: string | null;
                journalpostId: string;
                journalpostnummer: number;
                journalposttype: {
                  code: string;
                  en: string;
                  nb: string;
                };
                journalsekvensnummer: number | null;
                journalstatus: {
                  code: string;
                  en: string;
                  nb: string;
                };
                kanEndre: {
                  dokument: boolean;
                  flytt: boolean;
                  journalpost: boolean;
                  korrespondansepart: boolean;
                  merknad: boolean;
                  personsensitiv: boolean;
                  skjerming: boolean;
                  status: boolean;
                  utgaar: boolean;
                };
                korrespondanseparter: {
                  administrativEnhetId: string | null;
                  epostadresse: string | null;
                  foedselsnummer: string | null;
                  /** Format: uuid */
                  id: string;
                  kontaktperson: string | null;
                  korrespondanseparttype: {
                    code: string;
                    en: string;
                    nb: string;
                  };
                  land: string | null;
                  navn: string;
                  organisasjonsnummer: string | null;
                  postadresse: string | null;
                  postnummer: string | null;
                  poststed: string | null;
                  saksbehandlerId: string | null;
                  skjermet: boolean;
                  telefonnummer: string | null;
                }[];
                loepenummer: string | null;
                merknader: {
                  /** Format: uuid */
                  id: string;
                  /** Format: date-time */
                  merknadsdato: string;
                  merknadstekst: string;
                  merknadstype: string | null;
                  registrertAv: {
                    /** Format: uuid */
                    id: string;
                    navn: string;
                  };
                }[];
                mottattDato: string | null;
                offentlighetsvurdertDato: string | null;
                offentligTittel: string | null;
                /** Format: date-time */
                opprettetDato: string;
                /** @enum {string} */
                registreringstype: 'journalpost' | 'arkivnotat';
                saksbehandler: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                /** Format: uuid */
                saksmappeId: string;
                saksnummer: string;
                sendtDato: string | null;
                sider: {
                  korrespondanseparter: {
                    perSide: number;
                    side: number;
                    total: number;
                  };
                  merknader: {
                    perSide: number;
                    side: number;
                    total: number;
                  };
                };
                skjermedeTittelord: number[];
                skjermingArvet: boolean;
                skjermingDokument: boolean;
                skjermingMetadata: string[];
                skjermingOpphoerer: string | null;
                skjermingshjemmel: string | null;
                skjermingVarighet: number | null;
                tilgangsgruppeId: string | null;
                tilgangskode: string | null;
                tittel: string;
              }[];
              kanEndre: {
                merknad: boolean;
                registrer: boolean;
                saksmappe: boolean;
                skjerming: boolean;
                status: boolean;
              };
              klassifikasjon: string | null;
              kryssreferanser: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                opprettetDato: string;
                /** Format: uuid */
                tilId: string;
                tilNummer: string | null;
                tilType: string;
              }[];
              merknader: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                merknadsdato: string;
                merknadstekst: string;
                merknadstype: string | null;
                registrertAv: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                };
              }[];
              obsDato: string | null;
              obsMerknad: string | null;
              offentligTittel: string | null;
              /** Format: date-time */
              opprettetDato: string;
              parter: {
                epostadresse: string | null;
                /** Format: uuid */
                id: string;
                kontaktperson: string | null;
                land: string | null;
                partId: string | null;
                partNavn: string;
                partRolle: string;
                postadresse: string | null;
                postnummer: string | null;
                poststed: string | null;
                telefonnummer: string | null;
              }[];
              presedenser: {
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                presedensDato: string;
                presedensHjemmel: string | null;
                presedensStatus: string;
                rettskildefaktor: string;
                tittel: string;
              }[];
              primaerKlasse: {
                klasseId: string | null;
                klassifikasjonssystemId: string | null;
                tittel: string | null;
                verdi: string;
              } | null;
              prosjekt: {
                /** Format: uuid */
                id: string;
                navn: string;
              } | null;
              saksaar: number;
              saksansvarlig: {
                /** Format: uuid */
                id: string;
                navn: string;
              };
              saksdato: string;
              saksnummer: string;
              sakssekvensnummer: number;
              saksstatus: {
                code: string;
                en: string;
                nb: string;
              };
              sekundaerKlasser: {
                klasseId: string | null;
                klassifikasjonssystemId: string | null;
                tittel: string | null;
                verdi: string;
              }[];
              sider: {
                journalposter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                kryssreferanser: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                merknader: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                parter: {
                  perSide: number;
                  side: number;
                  total: number;
                };
                presedenser: {
                  perSide: number;
                  side: number;
                  total: number;
                };
              };
              skjermedeTittelord: number[];
              skjermingArvet: boolean;
              skjermingDokument: boolean;
              skjermingMetadata: string[];
              skjermingOpphoerer: string | null;
              skjermingshjemmel: string | null;
              skjermingVarighet: number | null;
              tilgangsgruppeId: string | null;
              tilgangskode: string | null;
              tittel: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/saksmapper/forslag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Finnes saken fra før? Saker med samme part, samme objekt (gnr/bnr, fødselsnummer) eller lignende tittel (høyst 10)
     * @description Rangert: samme objekt foran samme part foran lignende tittel. Part og objekt finner bare saker leseren har full tilgang til; en tittel finner saken slik leseren ser den.
     */
    get: {
      parameters: {
        query?: {
          foedselsnummer?: string;
          gnrBnr?: string;
          organisasjonsnummer?: string;
          partNavn?: string;
          tittel?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                grunner: ('objekt' | 'part' | 'tittel')[];
                /** Format: uuid */
                id: string;
                likhet: number;
                saksdato: string;
                saksnummer: string;
                saksstatus: string;
                tilgangskode: string | null;
                tittel: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hvem er logget inn, og i hvilken rolle */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktivRolleId: string | null;
              bruker: {
                brukernavn: string;
                /** Format: uuid */
                id: string;
                navn: string;
              };
              csrfToken: string;
              roller: {
                enhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                /** Format: uuid */
                id: string;
                organisasjon: {
                  /** Format: uuid */
                  id: string;
                  kortnavn: string;
                  navn: string;
                  organisasjonsnummer: string;
                };
                rolle: string;
                rolleNavn: {
                  en: string;
                  nb: string;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/session/aktiv-rolle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Bytt aktiv organisasjon og rolle */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            rolletildelingId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktivRolleId: string | null;
              bruker: {
                brukernavn: string;
                /** Format: uuid */
                id: string;
                navn: string;
              };
              csrfToken: string;
              roller: {
                enhet: {
                  /** Format: uuid */
                  id: string;
                  navn: string;
                } | null;
                /** Format: uuid */
                id: string;
                organisasjon: {
                  /** Format: uuid */
                  id: string;
                  kortnavn: string;
                  navn: string;
                  organisasjonsnummer: string;
                };
                rolle: string;
                rolleNavn: {
                  en: string;
                  nb: string;
                };
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/session/okter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mine åpne økter (nettlesere der jeg er logget inn), sist brukt først (side, perSide) */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                brukeragent: string | null;
                denne: boolean;
                /** Format: uuid */
                id: string;
                ip: string | null;
                /** Format: date-time */
                opprettetDato: string;
                /** Format: date-time */
                sistBruktDato: string;
                /** Format: date-time */
                utloperDato: string;
              }[];
              perSide: number;
              side: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/session/okter/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Avslutt en av mine økter */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sikker-sone/steg-opp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Om økten har et gyldig ekstra innloggingssteg for sikker sone */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              minutter: number;
              sikkerSoneTil: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Åpne sikker sone for en kort stund ved å skrive passordet på nytt */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            passord: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              minutter: number;
              sikkerSoneTil: string | null;
            };
          };
        };
      };
    };
    /** Lukk sikker sone for økten nå */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sok': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fritekstsøk i saker og journalposter */
    get: {
      parameters: {
        query?: {
          enhetId?: string;
          fra?: string;
          journalposttype?: 'I' | 'U' | 'N' | 'X' | 'S';
          klasse?: string;
          perSide?: number;
          q?: string;
          /** @description Samme som saksbehandlerId */
          saksansvarligId?: string;
          saksbehandlerId?: string;
          side?: number;
          status?: string;
          til?: string;
          type?: 'saksmappe' | 'journalpost';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Flere enn 1000 treff: avgrens søket */
              flere: boolean;
              items: {
                dato: string;
                /** Format: uuid */
                id: string;
                journalposttype: string | null;
                /** @description «2026/123» (sak) eller «2026/123-4» (journalpost) */
                nummer: string;
                rang: number;
                /** Format: uuid */
                saksmappeId: string;
                status: string;
                tilgangskode: string | null;
                tittel: string;
                /** @enum {string} */
                type: 'saksmappe' | 'journalpost';
                /** @description Tekstutdrag; deler med treff: true er treffene */
                utdrag:
                  | {
                      tekst: string;
                      treff: boolean;
                    }[]
                  | null;
              }[];
              perSide: number;
              side: number;
              /** @description Antall treff, høyst 1000 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sok/lignende-saker': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Finnes saken fra før? Saker med lignende tittel */
    get: {
      parameters: {
        query: {
          tittel: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                likhet: number;
                saksdato: string;
                saksnummer: string;
                saksstatus: string;
                tittel: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tilgangsgrupper': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tilgangsgrupper */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                aktiv: boolean;
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                navn: string;
              }[];
              kanEndre: boolean;
            };
          };
        };
      };
    };
    put?: never;
    /** Opprett tilgangsgruppe (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            beskrivelse?: string | null;
            navn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktiv: boolean;
              beskrivelse: string | null;
              /** Format: uuid */
              id: string;
              navn: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tilgangsgrupper/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Endre navn, beskrivelse eller aktiv for en tilgangsgruppe (systemansvarlig) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            aktiv?: boolean;
            beskrivelse?: string | null;
            navn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktiv: boolean;
              beskrivelse: string | null;
              /** Format: uuid */
              id: string;
              navn: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tilgangsgrupper/{id}/medlemmer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Medlemmene i en tilgangsgruppe (systemansvarlig, arkiv) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              gruppe: {
                aktiv: boolean;
                beskrivelse: string | null;
                /** Format: uuid */
                id: string;
                navn: string;
              };
              items: {
                brukernavn: string;
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                lagtTilDato: string;
                navn: string;
              }[];
              kanEndre: boolean;
            };
          };
        };
      };
    };
    put?: never;
    /** Legg en bruker i organisasjonen til i gruppen (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            brukerId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              brukernavn: string;
              /** Format: uuid */
              id: string;
              navn: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tilgangsgrupper/{id}/medlemmer/{brukerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Fjern et medlem fra gruppen (systemansvarlig) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          brukerId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tilgangskoder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tilgangskoder med standard skjermingshjemmel */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                aktiv: boolean;
                innebygd: boolean;
                kode: string;
                navn: string;
                skjermingshjemmel: string | null;
              }[];
              kanEndre: boolean;
            };
          };
        };
      };
    };
    put?: never;
    /** Opprett tilgangskode (systemansvarlig) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            kode: string;
            navn: string;
            skjermingshjemmel?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktiv: boolean;
              innebygd: boolean;
              kode: string;
              navn: string;
              skjermingshjemmel: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tilgangskoder/{kode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Endre navn, standard skjermingshjemmel eller aktiv for en tilgangskode (systemansvarlig) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            aktiv?: boolean;
            navn?: string;
            skjermingshjemmel?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aktiv: boolean;
              innebygd: boolean;
              kode: string;
              navn: string;
              skjermingshjemmel: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/varsler': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mine varsler om nye oppgaver, nyeste først, med antall uleste */
    get: {
      parameters: {
        query?: {
          perSide?: number;
          side?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                fra: string;
                frist: string | null;
                /** Format: uuid */
                id: string;
                journalpostId: string | null;
                lest: boolean;
                /** Format: uuid */
                oppgaveId: string;
                /** @enum {string} */
                oppgavetype:
                  | 'fordele'
                  | 'besvare'
                  | 'kopi'
                  | 'kvalitetssikre'
                  | 'feilfordelt'
                  | 'endre'
                  | 'merknad'
                  | 'godkjenne'
                  | 'gjennomgaa'
                  | 'flytsvar'
                  | 'ekspederingsfeil';
                /** Format: date-time */
                opprettetDato: string;
                registreringsId: string;
                /** Format: uuid */
                saksmappeId: string;
              }[];
              perSide: number;
              side: number;
              total: number;
              uleste: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/varsler/{id}/lest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Markerer et av mine varsler som lest */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/varsler/innstilling': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Om jeg vil ha varsler på e-post også */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              epost: boolean;
              epostadresse: string | null;
            };
          };
        };
      };
    };
    /** Slår varsel på e-post av eller på */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            epost: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              epost: boolean;
              epostadresse: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
