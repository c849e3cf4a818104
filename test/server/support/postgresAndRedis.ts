/**
 * What several server processes share as a bank runs them: a fresh database on a temporary
 * PostgreSQL cluster, and a Redis that joins the processes.
 */
import { startPostgres } from './postgres';
import { startRedis } from './redis';

export interface TestBackends {
  databaseUrl: string;
  redisUrl: string;
  /** Stops Redis and the cluster, and removes the cluster's folder. */
  stop(): Promise<void>;
}

export async function startPostgresAndRedis(): Promise<TestBackends> {
  const postgres = await startPostgres();
  try {
    const databaseUrl = await postgres.createDatabase();
    const redis = await startRedis();
    return {
      databaseUrl,
      redisUrl: redis.url,
      async stop() {
        await redis.stop();
        postgres.stop();
      },
    };
  } catch (error) {
    postgres.stop();
    throw error;
  }
}
