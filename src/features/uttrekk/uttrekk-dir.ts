import path from 'node:path';

/**
 * Where extractions made by the background job are kept: `UTTREKK_DIR`, by
 * default `DATA_DIR/uttrekk`; each as `<organisation id>/<run id>/` with its
 * reports beside it (`<run id>.deponeringsrapport.md`, …).
 */
export function uttrekkDir(config: { dataDir: string }, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.UTTREKK_DIR?.trim() || path.join(config.dataDir, 'uttrekk'));
}

/** The package folder of a run (named by ids only: no user text becomes a path). */
export function packageDir(root: string, organisasjonId: string, uttrekkId: string): string {
  return path.join(root, organisasjonId, uttrekkId);
}
