import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { ChangeFeed, sharedChanges, type OutboxEntry, type SyncState } from './changes';
import { deliverablesOfAgreement, moveCampaignDeliverables, upgradeCampaign, upgradeReminder, upgradeTerms } from './upgrades';
import type {
  Account,
  Agreement,
  Campaign,
  Creator,
  Deliverable,
  Interaction,
  Post,
  Reminder,
  Snapshot,
  Template,
} from '@/utils/model/schemas';

export const DB_NAME = 'creator-scout';

interface SchemaVersion {
  version: number;
  /** Primary key first, then only the fields that are queried by index. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version of the schema, in order. Append-only: a version that has shipped is never edited.
 * Each new version with an upgrade gets a test in tests/unit/storage/upgrade.test.ts that seeds the
 * version before it and checks every record after reopening.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      creators: 'id, displayName, status, *tags, *strengths, updatedAt, lastContactedAt',
      accounts: 'id, creatorId, platform, followers, lastSeenAt',
      snapshots: 'id, accountId, [accountId+takenAt]',
      posts: 'id, accountId, [accountId+postedAt], seenAt',
      interactions: 'id, creatorId, [creatorId+at], type',
      templates: 'id, name',
      agreements: 'id, creatorId, campaignId, status',
      reminders: 'id, creatorId, dueAt, [status+dueAt]',
      campaigns: 'id, status',
    },
  },
  {
    // Accounts keep their latest engagement and fit scores for the roster; accounts saved before
    // have none yet (they get them the next time the profile is seen).
    version: 2,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('accounts')
        .toCollection()
        .modify((account: Record<string, unknown>) => {
          account.engagementRate ??= null;
          account.engagementMethod ??= null;
          account.fitScore ??= null;
          account.scoredAt ??= null;
        });
    },
  },
  {
    // Only the indexes the code queries: every index is paid for on every write, and the roster
    // filters and sorts in memory. (Removing an index keeps every record as it is.)
    version: 3,
    stores: {
      creators: 'id, updatedAt',
      accounts: 'id, creatorId',
      snapshots: 'id, accountId, [accountId+takenAt]',
      posts: 'id, accountId',
      interactions: 'id, creatorId, [creatorId+at]',
    },
  },
  {
    // Reminders that fire, agreements with real terms, campaigns with their creators' results, and a
    // keep-in-touch cadence per creator: older records get the new fields, nothing is dropped (terms
    // or a goal the new shape has no place for are kept in words, in notes).
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      await tx.table('creators').toCollection().modify((c: Record<string, unknown>) => {
        c.keepInTouchDays ??= null;
      });
      await tx.table('reminders').toCollection().modify((r: Record<string, unknown>) => upgradeReminder(r));
      await tx.table('agreements').toCollection().modify((a: Record<string, unknown>) => {
        a.terms = upgradeTerms(a.terms);
      });
      await tx.table('campaigns').toCollection().modify((k: Record<string, unknown>) => upgradeCampaign(k));
    },
  },
  {
    // Campaigns keep the landing page their tracked links point to.
    version: 5,
    stores: {},
    upgrade: async (tx) => {
      await tx.table('campaigns').toCollection().modify((k: Record<string, unknown>) => {
        k.landingUrl ??= '';
      });
    },
  },
  {
    // Creators indexed by their keep-in-touch cadence, so the reminder sync (every 5 minutes) and
    // the reminders page read only the creators that have one. A creator without a cadence (null)
    // has no key and stays out of the index. Adding an index keeps every record as it is.
    version: 6,
    stores: {
      creators: 'id, updatedAt, keepInTouchDays',
    },
  },
  {
    // Accounts keep how precisely their follower count is known ("6.2M" is known to ±100,000), so
    // the roster, the pipeline and the CSV export never show a rounded count as exact. Taken from
    // the newest snapshot that shows the account's count; exact (1) where no snapshot does (a count
    // typed in or imported as digits).
    version: 7,
    stores: {},
    upgrade: async (tx) => {
      const precisionOf = new Map<string, number>();
      await tx
        .table('snapshots')
        .orderBy('[accountId+takenAt]')
        .each((s: { accountId: string; counts?: { followers?: { value: number; precision: number } } }) => {
          if (s.counts?.followers) precisionOf.set(`${s.accountId}\u0000${s.counts.followers.value}`, s.counts.followers.precision);
        });
      await tx.table('accounts').toCollection().modify((a: Record<string, unknown>) => {
        if (typeof a.followersPrecision === 'number' && a.followersPrecision > 0) return;
        a.followersPrecision = typeof a.followers === 'number' ? (precisionOf.get(`${String(a.id)}\u0000${a.followers}`) ?? 1) : 1;
      });
    },
  },
  {
    // One deliverable record shared by agreements and campaigns (the calendar, drafts and
    // approvals). Agreement lines become records with the line's id (the agreement keeps the line as
    // its scope); campaign creators' deliverables move out of the campaign into records with their
    // id, status and post link.
    version: 8,
    stores: {
      deliverables: 'id, creatorId, agreementId, campaignId',
    },
    upgrade: async (tx) => {
      const records: Record<string, unknown>[] = [];
      await tx.table('agreements').toCollection().each((a: Record<string, unknown>) => {
        records.push(...deliverablesOfAgreement(a));
      });
      await tx.table('campaigns').toCollection().modify((k: Record<string, unknown>) => {
        records.push(...moveCampaignDeliverables(k));
      });
      await tx.table('deliverables').bulkPut(records);
    },
  },
  {
    // Posts keep who wrote them apart from where they were seen: an Instagram collab seen on two
    // profiles belonged to whichever was seen last. A post's one account becomes both its author and
    // the page it was seen on (all that was known). Self-contained: nothing here may change later.
    version: 9,
    stores: {
      posts: 'id, *authorAccountIds, *seenOnAccountIds',
    },
    upgrade: async (tx) => {
      await tx.table('posts').toCollection().modify((p: Record<string, unknown>) => {
        const known = typeof p.accountId === 'string' ? [p.accountId] : [];
        if (!Array.isArray(p.authorAccountIds)) p.authorAccountIds = known;
        if (!Array.isArray(p.seenOnAccountIds)) p.seenOnAccountIds = known;
        delete p.accountId;
      });
    },
  },
  {
    // Team sync (storage/sync): the outbox, one entry per shared record or reading changed here
    // and not yet handed to the team replica (written in the same transaction as the change), and
    // what this browser last exchanged with the team per document (revision, who changed which
    // field when, what a merge could not settle). Both stay empty without a team. New tables only:
    // every record is kept as it is.
    version: 10,
    stores: {
      outbox: 'key',
      syncState: 'id, recordKey',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class CreatorScoutDB extends Dexie {
  creators!: EntityTable<Creator, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  posts!: EntityTable<Post, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  agreements!: EntityTable<Agreement, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  campaigns!: EntityTable<Campaign, 'id'>;
  deliverables!: EntityTable<Deliverable, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'key'>;
  syncState!: EntityTable<SyncState, 'id'>;

  /** Every committed change to a shared record, stamped with who and when (./changes.ts). */
  readonly changes = new ChangeFeed();

  /** `upTo` opens an older version: only upgrade tests use it. */
  constructor(name = DB_NAME, upTo = LATEST_VERSION) {
    super(name);
    this.use(sharedChanges(this.changes));
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      if (version > upTo) break;
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}

let instance: CreatorScoutDB | null = null;

/** The one database of this extension context, opened on first use. */
export function database(): CreatorScoutDB {
  instance ??= new CreatorScoutDB();
  return instance;
}

/** Tests swap in a fresh database (fake-indexeddb) per test. */
export function setDatabaseForTests(db: CreatorScoutDB | null): void {
  instance = db;
}
