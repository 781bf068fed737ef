import { TEST_POINTS, type TestId, type TestType } from './test-points.js';

/*
 * The report in the shape of Arkade's JSON test report
 * (../shared/ecosystem/arkade/testReport.schema.json), so that tools reading
 * Arkade's reports read ours.
 */

export interface ArkadeResult {
  ResultType: 'Success' | 'Error' | 'ErrorGroup';
  Location: string | null;
  Message: string | null;
}

export interface ArkadeResultSet {
  Name: string | null;
  ResultSets: ArkadeResultSet[] | null;
  Results: ArkadeResult[] | null;
}

export interface ExecutedTest {
  TestId: string;
  TestName: string;
  TestType: TestType;
  TestDescription: string;
  ResultSet: ArkadeResultSet;
  HasResults: boolean;
  NumberOfErrors: string;
}

export interface TestReportSummary {
  Uuid: string | null;
  ArchiveType: 'Noark5';
  ArchiveCreators: string | null;
  ArchivalPeriod: string | null;
  SystemName: string | null;
  SystemType: string | null;
  DateOfTesting: string;
  NumberOfProcessedFiles: string;
  NumberOfProcessedRecords: string;
  NumberOfTestsRun: string;
  NumberOfErrors: string;
}

export interface TestReport {
  Summary: TestReportSummary;
  TestsResults: ExecutedTest[];
}

/** How many errors of one test are listed one by one; the rest are counted in one group line. */
export const LISTED_ERRORS_PER_TEST = 200;

interface Tally {
  results: ArkadeResult[];
  errors: number;
}

/** Collects the results of every test point while the package is read. */
export class TestRecorder {
  private readonly tallies = new Map<TestId, Tally>();

  private tally(id: TestId): Tally {
    let t = this.tallies.get(id);
    if (!t) this.tallies.set(id, (t = { results: [], errors: 0 }));
    return t;
  }

  info(id: TestId, message: string, location: string | null = null): void {
    this.tally(id).results.push({ ResultType: 'Success', Location: location, Message: message });
  }

  error(id: TestId, message: string, location: string | null = null): void {
    const t = this.tally(id);
    t.errors++;
    if (t.errors <= LISTED_ERRORS_PER_TEST) t.results.push({ ResultType: 'Error', Location: location, Message: message });
  }

  errors(id: TestId): number {
    return this.tallies.get(id)?.errors ?? 0;
  }

  /** Every test point in order, each with its results. */
  executedTests(): ExecutedTest[] {
    return TEST_POINTS.map((p) => {
      const t = this.tally(p.id);
      const unlisted = t.errors - LISTED_ERRORS_PER_TEST;
      const results =
        unlisted > 0
          ? [...t.results, { ResultType: 'ErrorGroup' as const, Location: null, Message: `${unlisted} feil til er ikke listet enkeltvis` }]
          : t.results;
      return {
        TestId: p.id,
        TestName: p.name,
        TestType: p.type,
        TestDescription: p.description,
        ResultSet: { Name: p.name, ResultSets: [], Results: results },
        HasResults: results.length > 0,
        NumberOfErrors: String(t.errors),
      };
    });
  }
}

export const at = (file: string, line?: number) => (line === undefined ? file : `${file}, linje ${line}`);
