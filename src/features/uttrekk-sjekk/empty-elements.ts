import { at, type TestRecorder } from './test-report.js';

/** N5.63: a leaf element without a value is an error, wherever it is. */
export function reportEmptyLeaf(rec: TestRecorder, file: string) {
  return (name: string, value: string, line: number): boolean => {
    if (value !== '') return false;
    rec.error('N5.63', `<${name}> mangler innhold`, at(file, line));
    return true;
  };
}
