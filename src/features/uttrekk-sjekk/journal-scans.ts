import { elementWalker } from '../../shared/xml/element-walker.js';
import { scanXmlFile } from '../../shared/xml/scan-xml-file.js';
import type { ArkivstrukturIndex } from './arkivstruktur-scan.js';
import { reportEmptyLeaf } from './empty-elements.js';
import { at, type TestRecorder } from './test-report.js';

export interface JournalStats {
  registrations: number;
  /** journalhode's antallJournalposter, as written. */
  statedCount: string | null;
  startDate: string | null;
  endDate: string | null;
}

/**
 * loependeJournal.xml or offentligJournal.xml: its registrations and header
 * (N5.59, N5.60), its order by journal year and sequence number (SG.02,
 * krav 6.4.30) and empty elements (N5.63).
 */
export async function scanJournal(file: string, name: string, rec: TestRecorder): Promise<JournalStats> {
  const stats: JournalStats = { registrations: 0, statedCount: null, startDate: null, endDate: null };
  const empty = reportEmptyLeaf(rec, name);
  let previous: [number, number] = [-Infinity, -Infinity];
  let current: { year?: number; seq?: number } = {};
  await scanXmlFile(
    file,
    elementWalker({
      open(frame) {
        if (frame.name === 'journalregistrering') stats.registrations++;
        else if (frame.name === 'journalpost') current = {};
      },
      leaf(frame, value) {
        if (empty(frame.name, value, frame.line)) return;
        const parent = frame.parent?.name;
        if (parent === 'journalpost' && frame.name === 'journalaar') current.year = Number(value);
        else if (parent === 'journalpost' && frame.name === 'journalsekvensnummer') current.seq = Number(value);
        else if (parent !== 'journalhode') return;
        else if (frame.name === 'antallJournalposter') stats.statedCount = value;
        else if (frame.name === 'journalStartDato') stats.startDate = value;
        else if (frame.name === 'journalSluttDato') stats.endDate = value;
      },
      close(frame) {
        if (frame.name !== 'journalpost' || current.year === undefined || current.seq === undefined) return;
        const [year, seq] = [current.year, current.seq];
        if (year < previous[0] || (year === previous[0] && seq <= previous[1])) {
          rec.error('SG.02', `${name}: ${year}/${seq} står etter ${previous[0]}/${previous[1]}`, at(name, frame.line));
        }
        previous = [year, seq];
      },
    }),
  );
  return stats;
}

/** endringslogg.xml: its changes (N5.61), each referring to an entity in arkivstruktur.xml (N5.62), and empty elements (N5.63). */
export async function scanEndringslogg(file: string, name: string, index: ArkivstrukturIndex | null, rec: TestRecorder): Promise<number> {
  let changes = 0;
  const empty = reportEmptyLeaf(rec, name);
  await scanXmlFile(
    file,
    elementWalker({
      open(frame) {
        if (frame.name === 'endring') changes++;
      },
      leaf(frame, value) {
        if (empty(frame.name, value, frame.line) || frame.name !== 'referanseArkivenhet' || !index) return;
        if (!index.systemIds.has(value.toLowerCase())) {
          rec.error('N5.62', `referanseArkivenhet ${value} finnes ikke i arkivstruktur.xml`, at(name, frame.line));
        }
      },
    }),
  );
  return changes;
}
