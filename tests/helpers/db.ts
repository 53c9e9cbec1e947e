import { afterEach, beforeEach } from 'vitest';
import { CreatorScoutDB, setDatabaseForTests } from '@/storage/db';

let counter = 0;

/** A fresh fake-indexeddb database per test, installed as the one `database()` returns. */
export function withFreshDatabase(): () => CreatorScoutDB {
  let db: CreatorScoutDB;
  beforeEach(async () => {
    db = new CreatorScoutDB(`test-${process.pid}-${++counter}`);
    await db.open();
    setDatabaseForTests(db);
  });
  afterEach(async () => {
    setDatabaseForTests(null);
    await db.delete();
  });
  return () => db;
}
