import type { SystemCtx } from '../../shared/context.js';
import { sha256 } from '../../shared/tokens.js';
import { authRepository as repo } from './auth-repository.js';

export async function logout(ctx: SystemCtx, sessionToken: string): Promise<void> {
  await repo.deleteSession(ctx.db, sha256(sessionToken));
}
