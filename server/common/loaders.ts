import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";
import { isSqlite } from "../db/data-source.js";
import { LIVE_STATUSES } from "../modules/claim/claim-status.js";
import { Claim } from "../modules/claim/claim.entity.js";
import { Organisation } from "../modules/organisation/organisation.entity.js";
import { Participant } from "../modules/participant/participant.entity.js";
import { Placement, PlacementVisibility } from "../modules/placement/placement.entity.js";
import { Municipality } from "../modules/reference/municipality.entity.js";
import { OccupationField } from "../modules/reference/occupation-field.entity.js";
import { User } from "../modules/user/user.entity.js";
import { Supervisor } from "../modules/workplace/supervisor.entity.js";
import { Workplace } from "../modules/workplace/workplace.entity.js";
import type { Viewer } from "./viewer.js";

/*
 * What the board may keep between requests (used by PlacementService.board): a page depends only
 * on the viewer's organisation, its arguments and the store's contents, so it may be served again
 * while the store is unchanged. "Unchanged" is exact, not a timeout: on SQLite, `total_changes()`
 * counts every row this process's connection (TypeORM's only one) inserted, updated or deleted,
 * committed or rolled back, and `data_version` changes when any other connection or process
 * commits. A cached value is served only to a request that sees the same pair, so it never
 * outlives a write. Inside an open transaction on the shared connection, and on PostgreSQL (no
 * such cheap signal), nothing is cached and every read goes to the store as before.
 */
const VERSION_SQL = `SELECT total_changes(), (SELECT "data_version" FROM pragma_data_version)`;

interface SqliteConnection {
  inTransaction: boolean;
  prepare(sql: string): { raw(toggle: boolean): { get(): [number, number] } };
}
const versionProbes = new WeakMap<DataSource, { get(): [number, number] }>();

/** The store's current version for caching, or null when nothing may be cached. Counted as a statement. */
export function storeVersion(dataSource: DataSource): string | null {
  if (!isSqlite(dataSource)) return null;
  const connection = (dataSource.driver as unknown as { databaseConnection?: SqliteConnection }).databaseConnection;
  if (!connection || connection.inTransaction) return null;
  let probe = versionProbes.get(dataSource);
  if (!probe) versionProbes.set(dataSource, (probe = connection.prepare(VERSION_SQL).raw(true)));
  dataSource.logger.logQuery(VERSION_SQL);
  const [changes, version] = probe.get();
  return `${changes}:${version}`;
}

/** Values of one store version, bounded; a newer version empties it. */
export class VersionedCache<V> {
  private version: string | null = null;
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(version: string | null, key: string): V | undefined {
    return version !== null && version === this.version ? this.entries.get(key) : undefined;
  }

  set(version: string | null, key: string, value: V): void {
    if (version === null) return;
    if (version !== this.version || this.entries.size >= this.limit) {
      this.version = version;
      this.entries.clear();
    }
    this.entries.set(key, value);
  }
}

const sharedCaches = new WeakMap<DataSource, Map<string, VersionedCache<unknown>>>();

/** The process-wide cache `name` of one data source (tests open several stores in one process). */
export function sharedCache<V>(dataSource: DataSource, name: string, limit: number): VersionedCache<V> {
  let caches = sharedCaches.get(dataSource);
  if (!caches) sharedCaches.set(dataSource, (caches = new Map()));
  let cache = caches.get(name);
  if (!cache) caches.set(name, (cache = new VersionedCache(limit)));
  return cache as VersionedCache<V>;
}

/** A copy with the same class, so a resolver that changes a row never changes the cached one. */
export const copyOf = <T extends object>(row: T): T => Object.assign(Object.create(Object.getPrototypeOf(row)) as T, row);

/*
 * The loaders' statements are written here as SQL with the entities' own column metadata, and
 * their rows hydrated with the driver's prepareHydratedValue, exactly as TypeORM's find does. The
 * profile of a board request showed TypeORM spending more time building these few fixed SELECTs
 * (find options → query builder → SQL, on every batch) than the store spent answering them.
 */

/** The select list and hydration of one entity under an alias. */
interface Shape<T> {
  table: string;
  select: string;
  column(property: string): string;
  hydrate(row: Record<string, unknown>): T;
}

const shapes = new WeakMap<DataSource, Map<string, Shape<unknown>>>();

function shapeOf<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, alias: string): Shape<T> {
  const metadata = dataSource.getMetadata(target);
  const key = `${metadata.name} ${alias}`;
  let byKey = shapes.get(dataSource);
  if (!byKey) shapes.set(dataSource, (byKey = new Map()));
  const known = byKey.get(key);
  if (known) return known as Shape<T>;
  const { driver } = dataSource;
  const columns = metadata.columns.filter((column) => !column.isVirtual && !column.isVirtualProperty);
  const as = (column: (typeof columns)[number]) => `${alias}_${column.propertyName}`;
  const shape: Shape<T> = {
    table: `${driver.escape(metadata.tableName)} ${driver.escape(alias)}`,
    select: columns
      .map((column) => `${driver.escape(alias)}.${driver.escape(column.databaseName)} AS ${driver.escape(as(column))}`)
      .join(", "),
    column: (property) => `${driver.escape(alias)}.${driver.escape(metadata.findColumnWithPropertyName(property)!.databaseName)}`,
    hydrate(row) {
      const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
      for (const column of columns) {
        const value = row[as(column)];
        if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
      }
      return entity;
    },
  };
  byKey.set(key, shape as Shape<unknown>);
  return shape;
}

/** `?, ?, …` or `$1, $2, …` for `count` parameters after `offset` others. */
function marks(dataSource: DataSource, count: number, offset = 0): string {
  return Array.from({ length: count }, (_, index) => dataSource.driver.createParameter(`p${offset + index}`, offset + index)).join(", ");
}

/** One `IN (…)` query; results come back in key order, null where a row is missing. */
async function readRowsBy<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  column: keyof T & string,
  keys: readonly string[],
) {
  const shape = shapeOf(dataSource, target, "row");
  const rows = (await dataSource.query(
    `SELECT ${shape.select} FROM ${shape.table} WHERE ${shape.column(column)} IN (${marks(dataSource, keys.length)})`,
    [...keys],
  )) as Record<string, unknown>[];
  const byKey = new Map(rows.map((raw) => shape.hydrate(raw)).map((row) => [row[column] as string, row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** One `IN (…)` query per batch (readRowsBy). */
function rowBy<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, column: keyof T & string) {
  return new DataLoader<string, T | null>((keys) => readRowsBy(dataSource, target, column, keys));
}

/** One `IN (…)` query per batch, grouped into a list per key. */
function rowsBy<T extends ObjectLiteral>(load: (keys: string[]) => Promise<T[]>, column: keyof T & string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of await load([...keys])) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}

export interface SeatHoldingRow {
  placementId: string;
  organisationId: string;
  seats: number;
  /** The holder, read in the same statement. */
  organisation: Organisation;
}

/** What a board page shows around its placements: owners, workplaces, municipalities, seat holdings. */
interface PageRelations {
  organisations: Map<string, Organisation>;
  workplaces: Map<string, Workplace>;
  municipalities: Map<string, Municipality>;
  holdings: Map<string, SeatHoldingRow[]>;
}

/**
 * The relations of a page of placements in ONE statement: each placement with its organisation,
 * workplace and the workplace's municipality, and the seats live claims hold on it summed per
 * organisation (with that organisation's row), holdings in organisation id order.
 */
async function readPageRelations(dataSource: DataSource, placementIds: string[]): Promise<PageRelations> {
  const owner = shapeOf(dataSource, Organisation, "owner");
  const workplace = shapeOf(dataSource, Workplace, "workplace");
  const municipality = shapeOf(dataSource, Municipality, "municipality");
  const holder = shapeOf(dataSource, Organisation, "holder");
  const count = placementIds.length;
  const rows = (await dataSource.query(
    `SELECT "placement"."id" AS "placementId", "holding"."organisationId" AS "holderId", "holding"."seats" AS "holderSeats",
       ${owner.select}, ${workplace.select}, ${municipality.select}, ${holder.select}
     FROM "placement" "placement"
     INNER JOIN ${owner.table} ON ${owner.column("id")} = "placement"."organisationId"
     INNER JOIN ${workplace.table} ON ${workplace.column("id")} = "placement"."workplaceId"
     INNER JOIN ${municipality.table} ON ${municipality.column("code")} = ${workplace.column("municipalityCode")}
     LEFT JOIN (
       SELECT "claim"."placementId" AS "placementId", "claim"."organisationId" AS "organisationId", SUM("claim"."seats") AS "seats"
       FROM "claim" "claim"
       WHERE "claim"."placementId" IN (${marks(dataSource, count)}) AND "claim"."status" IN (${marks(dataSource, LIVE_STATUSES.length, count)})
       GROUP BY "claim"."placementId", "claim"."organisationId"
     ) "holding" ON "holding"."placementId" = "placement"."id"
     LEFT JOIN ${holder.table} ON ${holder.column("id")} = "holding"."organisationId"
     WHERE "placement"."id" IN (${marks(dataSource, count, count + LIVE_STATUSES.length)})
     ORDER BY "placement"."id" ASC, "holding"."organisationId" ASC`,
    [...placementIds, ...LIVE_STATUSES, ...placementIds],
  )) as Record<string, unknown>[];
  const relations: PageRelations = { organisations: new Map(), workplaces: new Map(), municipalities: new Map(), holdings: new Map() };
  for (const row of rows) {
    const placementId = row.placementId as string;
    const ownerRow = owner.hydrate(row);
    const workplaceRow = workplace.hydrate(row);
    const municipalityRow = municipality.hydrate(row);
    relations.organisations.set(ownerRow.id, ownerRow);
    relations.workplaces.set(workplaceRow.id, workplaceRow);
    relations.municipalities.set(municipalityRow.code, municipalityRow);
    const holdings = relations.holdings.get(placementId) ?? [];
    relations.holdings.set(placementId, holdings);
    if (row.holderId === null || row.holderId === undefined) continue;
    const holderRow = holder.hydrate(row);
    relations.organisations.set(holderRow.id, holderRow);
    holdings.push({ placementId, organisationId: row.holderId as string, seats: Number(row.holderSeats), organisation: holderRow });
  }
  return relations;
}

/** Fresh entity objects for one request (the cached ones are never handed out). */
function copyOfRelations(relations: PageRelations): PageRelations {
  const organisations = new Map([...relations.organisations].map(([id, row]) => [id, copyOf(row)]));
  return {
    organisations,
    workplaces: new Map([...relations.workplaces].map(([id, row]) => [id, copyOf(row)])),
    municipalities: new Map([...relations.municipalities].map(([code, row]) => [code, copyOf(row)])),
    holdings: new Map(
      [...relations.holdings].map(([id, rows]) => [
        id,
        rows.map((row) => ({ ...row, organisation: organisations.get(row.organisationId)! })),
      ]),
    ),
  };
}

/** Board pages served from PlacementService.board's cache whose relations may come from the cache too. */
const cachedPagePermits = new WeakMap<DataSource, Map<string, number>>();
const pageKey = (placementIds: readonly string[]) => placementIds.join(" ");

/**
 * Called by PlacementService.board when it serves a page from its cache: the request that gets
 * it may take the page's relations from the cache as well. Only such a request does, so a
 * request reads the relations (one statement) exactly when its board page was read from the
 * store, and the number of statements never depends on what other requests read before.
 */
export function permitCachedPageRelations(dataSource: DataSource, placementIds: readonly string[]): void {
  let permits = cachedPagePermits.get(dataSource);
  if (!permits) cachedPagePermits.set(dataSource, (permits = new Map()));
  if (permits.size > 1_000) permits.clear();
  const key = pageKey(placementIds);
  permits.set(key, (permits.get(key) ?? 0) + 1);
}

function takePermit(dataSource: DataSource, key: string): boolean {
  const permits = cachedPagePermits.get(dataSource);
  const count = permits?.get(key) ?? 0;
  if (count === 0) return false;
  if (count === 1) permits!.delete(key);
  else permits!.set(key, count - 1);
  return true;
}

/** readPageRelations, kept while the store is unchanged (storeVersion) for pages board served from its cache. */
async function pageRelations(dataSource: DataSource, placementIds: string[]): Promise<PageRelations> {
  const key = pageKey(placementIds);
  const permitted = takePermit(dataSource, key);
  const version = storeVersion(dataSource);
  const cache = sharedCache<PageRelations>(dataSource, "pageRelations", 1_000);
  let relations = permitted ? cache.get(version, key) : undefined;
  if (!relations) {
    relations = await readPageRelations(dataSource, placementIds);
    cache.set(version, key, relations);
  }
  return copyOfRelations(relations);
}

/** Workplaces with their municipality's row: one statement. */
async function workplacesWithMunicipality(
  dataSource: DataSource,
  ids: string[],
): Promise<{ workplace: Workplace; municipality: Municipality }[]> {
  const workplace = shapeOf(dataSource, Workplace, "workplace");
  const municipality = shapeOf(dataSource, Municipality, "municipality");
  const rows = (await dataSource.query(
    `SELECT ${workplace.select}, ${municipality.select}
     FROM ${workplace.table} INNER JOIN ${municipality.table} ON ${municipality.column("code")} = ${workplace.column("municipalityCode")}
     WHERE ${workplace.column("id")} IN (${marks(dataSource, ids.length)})`,
    ids,
  )) as Record<string, unknown>[];
  return rows.map((row) => ({ workplace: workplace.hydrate(row), municipality: municipality.hydrate(row) }));
}

/** Per-request loaders (never shared between requests, so one viewer's data never reaches another). */
export function createLoaders(dataSource: DataSource, viewer: Viewer | null) {
  /*
   * A board page asks, for every placement, its organisation, its workplace (and that one's
   * municipality) and its seat holdings. The seat-holdings batch carries the page's placement ids,
   * so it reads all of these in one statement (pageRelations). The organisation and workplace
   * batches of the same tick wait one turn of the event loop for it and answer from it when it
   * holds every key they were asked for; otherwise (any other query) they read as usual.
   */
  const related = { organisations: new Map<string, Organisation>(), workplaces: new Map<string, Workplace>() };
  let pending: Promise<unknown> | null = null;
  const afterPageRelations = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    if (pending) await pending.catch(() => undefined);
  };
  const fromPage = <T>(rows: Map<string, T>, ids: readonly string[]) =>
    ids.every((id) => rows.has(id)) ? ids.map((id) => rows.get(id)!) : null;

  const organisationById = new DataLoader<string, Organisation | null>(async (ids) => {
    await afterPageRelations();
    return fromPage(related.organisations, ids) ?? readRowsBy(dataSource, Organisation, "id", ids);
  });
  const municipalityByCode = rowBy(dataSource, Municipality, "code");
  return {
    organisationById,
    municipalityByCode,
    occupationFieldById: rowBy(dataSource, OccupationField, "id"),
    workplaceById: new DataLoader<string, Workplace | null>(async (ids) => {
      await afterPageRelations();
      const page = fromPage(related.workplaces, ids);
      if (page) return page;
      // Each workplace comes with its municipality, so `workplace { municipality }` needs no second batch.
      const byId = new Map<string, Workplace>();
      for (const { workplace, municipality } of await workplacesWithMunicipality(dataSource, [...ids])) {
        byId.set(workplace.id, workplace);
        municipalityByCode.prime(municipality.code, municipality);
      }
      return ids.map((id) => byId.get(id) ?? null);
    }),
    supervisorById: rowBy(dataSource, Supervisor, "id"),
    placementById: rowBy(dataSource, Placement, "id"),
    participantById: rowBy(dataSource, Participant, "id"),
    userById: rowBy(dataSource, User, "id"),
    supervisorsByWorkplaceId: rowsBy(
      (ids) => dataSource.getRepository(Supervisor).find({ where: { workplaceId: In(ids) }, order: { name: "ASC" } }),
      "workplaceId",
    ),
    visibleToByPlacementId: rowsBy((ids) => dataSource.getRepository(PlacementVisibility).findBy({ placementId: In(ids) }), "placementId"),
    /**
     * Seats held by live claims, summed per organisation: what everyone may see. Read together
     * with the rest of the page's relations (see above).
     */
    seatHoldingsByPlacementId: new DataLoader<string, SeatHoldingRow[]>(async (ids) => {
      const reading = pageRelations(dataSource, [...ids]);
      pending = reading;
      const relations = await reading;
      for (const [id, row] of relations.organisations) {
        related.organisations.set(id, row);
        organisationById.prime(id, row);
      }
      for (const [id, row] of relations.workplaces) related.workplaces.set(id, row);
      for (const [code, row] of relations.municipalities) municipalityByCode.prime(code, row);
      return ids.map((id) => relations.holdings.get(id) ?? []);
    }),
    /** Every claim on each placement, newest first; the resolver shows them to the placement's owner only. */
    claimsByPlacementId: rowsBy(
      (ids) => dataSource.getRepository(Claim).find({ where: { placementId: In(ids) }, order: { createdAt: "DESC" } }),
      "placementId",
    ),
    /** The viewer's own organisation's claims on each placement, newest first. */
    ourClaimsByPlacementId: rowsBy(
      (ids) =>
        viewer
          ? dataSource.getRepository(Claim).find({
              where: { placementId: In(ids), organisationId: viewer.organisationId },
              order: { createdAt: "DESC" },
            })
          : Promise.resolve([]),
      "placementId",
    ),
  };
}
