import { sql, type SQL } from "drizzle-orm";
import { addDays, dayOf, startOf, type Day } from "./days";
import type { EventsDb } from "./store";

/**
 * Keeps the daily aggregates in step with the raw events, then deletes raw events past retention.
 * Idempotent: each run recomputes, from the raw rows, every day from the one before the last day it
 * computed through today (so yesterday's late arrivals and today's partial counts land), and
 * replaces those days' aggregate rows. Days before that are never touched again, so their
 * aggregates outlive the raw rows. Cost: a scan of about two days of raw events (by the `at` index).
 *
 * Runs under a transaction-scoped advisory lock: when several instances share a PostgreSQL server,
 * one rolls up and the others skip.
 */
const ROLLUP_LOCK = 74_110_012;

export interface RollupResult {
  from: Day;
  through: Day;
  pruned: number;
}

/** Each aggregate: its table and the SELECT that computes it from raw rows in [$start, $end). */
const AGGREGATES: { table: string; compute: (start: string, end: string) => SQL }[] = [
  {
    table: "daily_articles",
    compute: (start, end) => sql`
      insert into daily_articles (day, article, views, helpful, not_helpful, stuck, requests_copied)
      select day, article, sum(views), sum(helpful), sum(not_helpful), sum(stuck), sum(requests_copied)
      from (
        select (at at time zone 'UTC')::date as day, article,
          count(*) filter (where kind = 'view') as views, 0 as helpful, 0 as not_helpful,
          count(*) filter (where kind = 'stuck') as stuck, count(*) filter (where kind = 'request_copied') as requests_copied
        from page_events where at >= ${start} and at < ${end} group by 1, 2
        union all
        select (at at time zone 'UTC')::date, article, 0, count(*) filter (where helpful), count(*) filter (where not helpful), 0, 0
        from votes where at >= ${start} and at < ${end} group by 1, 2
      ) as counts
      group by day, article`,
  },
  {
    table: "daily_reasons",
    compute: (start, end) => sql`
      insert into daily_reasons (day, article, reason, votes)
      select (at at time zone 'UTC')::date, article, reason, count(*)
      from votes cross join lateral unnest(reasons) as given(reason)
      where not helpful and at >= ${start} and at < ${end}
      group by 1, 2, 3`,
  },
  {
    table: "daily_steps",
    compute: (start, end) => sql`
      insert into daily_steps (day, article, step, fixed, tried)
      select (at at time zone 'UTC')::date, article, step, count(*) filter (where outcome = 'fixed'), count(*) filter (where outcome = 'tried')
      from step_outcomes where outcome <> 'none' and at >= ${start} and at < ${end}
      group by 1, 2, 3`,
  },
  {
    table: "daily_queries",
    compute: (start, end) => sql`
      insert into daily_queries (day, query, searches, zero_results, opened)
      select (at at time zone 'UTC')::date, query, count(*), count(*) filter (where results = 0), count(*) filter (where opened_position is not null)
      from searches where at >= ${start} and at < ${end}
      group by 1, 2`,
  },
  {
    table: "daily_paste_codes",
    compute: (start, end) => sql`
      insert into daily_paste_codes (day, code, pastes)
      select day, code, count(*) from (
        select (at at time zone 'UTC')::date as day, code from pastes cross join lateral unnest(codes) as found(code)
        where at >= ${start} and at < ${end}
        union all
        select (at at time zone 'UTC')::date, status::text from pastes cross join lateral unnest(statuses) as found(status)
        where at >= ${start} and at < ${end}
      ) as found
      group by 1, 2`,
  },
  {
    table: "daily_totals",
    compute: (start, end) => sql`
      insert into daily_totals (day, searches, zero_results, searches_opened, pastes, pastes_recognized)
      select day, sum(searches), sum(zero_results), sum(searches_opened), sum(pastes), sum(pastes_recognized)
      from (
        select (at at time zone 'UTC')::date as day, count(*) as searches, count(*) filter (where results = 0) as zero_results,
          count(*) filter (where opened_position is not null) as searches_opened, 0 as pastes, 0 as pastes_recognized
        from searches where at >= ${start} and at < ${end} group by 1
        union all
        select (at at time zone 'UTC')::date, 0, 0, 0, count(*), count(*) filter (where cardinality(codes) + cardinality(statuses) > 0)
        from pastes where at >= ${start} and at < ${end} group by 1
      ) as counts
      group by day`,
  },
];

const RAW_TABLES = ["page_events", "votes", "step_outcomes", "searches", "pastes"];

export async function rollUp(db: EventsDb, options: { now?: Date; retentionDays: number }): Promise<RollupResult | null> {
  const today = dayOf(options.now ?? new Date());
  return db.transaction(async (tx) => {
    const [lock] = await rows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${ROLLUP_LOCK}) as locked`);
    if (!lock?.locked) return null;
    const [state] = await rows<{ through: string }>(tx, sql`select rolled_through::text as through from rollup_state where id = 1`);
    const from = state ? addDays(state.through, -1) : await earliestRawDay(tx, today);
    const start = startOf(from);
    const end = startOf(addDays(today, 1));
    for (const aggregate of AGGREGATES) {
      await tx.execute(sql`delete from ${sql.identifier(aggregate.table)} where day >= ${from} and day <= ${today}`);
      await tx.execute(aggregate.compute(start, end));
    }
    await tx.execute(sql`
      insert into rollup_state (id, rolled_through, ran_at) values (1, ${today}, now())
      on conflict (id) do update set rolled_through = excluded.rolled_through, ran_at = excluded.ran_at`);
    // Only now, with every day up to today aggregated, may raw rows go.
    const cutoff = startOf(addDays(today, -options.retentionDays));
    let pruned = 0;
    for (const table of RAW_TABLES) {
      const deleted = await rows<{ n: number }>(tx, sql`with gone as (delete from ${sql.identifier(table)} where at < ${cutoff} returning 1) select count(*)::int as n from gone`);
      pruned += deleted[0]?.n ?? 0;
    }
    return { from, through: today, pruned };
  });
}

type Executor = Pick<EventsDb, "execute">;

/** Rows of a raw query, whichever driver ran it (both return `{ rows }`). */
async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

async function earliestRawDay(db: Executor, today: Day): Promise<Day> {
  const firsts = RAW_TABLES.map((table) => sql`select min(at) as first from ${sql.identifier(table)}`);
  const [earliest] = await rows<{ first: string | Date | null }>(db, sql`select min(first) as first from (${sql.join(firsts, sql` union all `)}) as firsts`);
  const first = earliest?.first;
  return first ? dayOf(new Date(first)) : today;
}
