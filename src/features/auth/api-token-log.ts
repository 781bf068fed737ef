/** What the change log keeps about an API token: its name, whose role it acts in, and when it stops. */
export function tokenLogValues(navn: string, brukernavn: string, rolle: string, utloper: Date | null) {
  return { navn, rolletildeling: `${brukernavn} (${rolle})`, utloperDato: utloper };
}
