/**
 * Periodic tasks that must run once across all processes (the retention sweep): each process asks for
 * the task's turn at its own interval, and a compare-and-set on the task's last run time lets exactly
 * one of them have it per interval, on SQLite and on PostgreSQL alike.
 */
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

export class ClusterTaskStore {
  private readonly sql: Sql;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /**
   * Whether this caller has the task's turn now: true for one caller when the task last ran at least
   * `intervalMs` (less a tenth, so processes whose timers drift do not skip a round) before `now`.
   */
  async claim(name: string, now: Date, intervalMs: number): Promise<boolean> {
    await this.sql.run(
      'INSERT INTO cluster_tasks (name, last_run_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
      [name, new Date(0).toISOString()],
    );
    const due = new Date(now.getTime() - intervalMs * 0.9).toISOString();
    const { changes } = await this.sql.run(
      'UPDATE cluster_tasks SET last_run_at = ? WHERE name = ? AND last_run_at <= ?',
      [now.toISOString(), name, due],
    );
    return changes > 0;
  }
}
