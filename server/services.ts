/** Wires the store, the pipeline pool and the run service from a configuration. */
import type { Config } from './config.js';
import { PipelinePool } from './pool/pipeline-pool.js';
import { RunService } from './runs.js';
import { BlobStore } from './store/blobs.js';
import { BuyerStore } from './store/buyers.js';
import { openDatabase } from './store/database.js';
import { InvitationStore } from './store/invitations.js';
import { ProfileStore } from './store/profiles.js';
import { RunStore } from './store/runs.js';
import { UserStore } from './store/users.js';

/** Everything with a lifetime, so it can be closed in order. */
export interface Services {
  readonly runs: RunService;
  readonly buyers: BuyerStore;
  readonly profiles: ProfileStore;
  readonly users: UserStore;
  readonly invitations: InvitationStore;
  close(graceMs?: number): Promise<void>;
}

/** Opens the database and blob store, starts the worker pool and resumes queued runs. */
export function startServices(
  config: Pick<Config, 'dataDir' | 'workers' | 'runTimeoutMs' | 'maxQueuedRuns'>,
  options: { workerScript?: string } = {},
): Services {
  const db = openDatabase(config.dataDir);
  const pool = new PipelinePool(config.workers, options.workerScript);
  const runs = new RunService(new RunStore(db), new BlobStore(config.dataDir), pool, {
    runTimeoutMs: config.runTimeoutMs,
    maxQueuedRuns: config.maxQueuedRuns,
  });
  runs.start();
  return {
    runs,
    buyers: new BuyerStore(db),
    profiles: new ProfileStore(db),
    users: new UserStore(db),
    invitations: new InvitationStore(db),
    async close(graceMs = 10_000) {
      await runs.stop(graceMs);
      db.close();
    },
  };
}
