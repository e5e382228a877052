import { sql, type Kysely } from "kysely";

/**
 * Keyset pages of the ranked list: "after this (qualified, score, id)" is one row comparison, which a
 * B-tree serves as a range only when every key column runs the same way, so the tiebreak becomes
 * `id desc` and the indexes follow. A page deep in the list then starts where the last one ended
 * instead of reading past every applicant above it.
 *
 * `total` comes with every page, and counting 100k index entries takes 10–40 ms on this machine, more
 * than the page itself: application_counts keeps the number per (vacancy, stage, qualified), so the
 * total with any of those filters is a sum of at most twelve rows. Statement triggers with transition
 * tables keep it in step in the same transaction, one upsert per statement (a rescore of 100k rows
 * is one), rows in key order so concurrent statements cannot deadlock. Only a minScore filter still
 * counts rows, on (vacancy, stage, qualified, score), which stores each repeated key once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index applications_ranking_idx`.execute(db);
  await sql`drop index applications_stage_ranking_idx`.execute(db);
  await sql`create index applications_ranking_idx on applications (vacancy_id, qualified desc, score desc, id desc)`.execute(db);
  await sql`create index applications_stage_ranking_idx on applications (vacancy_id, stage, qualified desc, score desc, id desc)`.execute(db);
  await sql`create index applications_count_idx on applications (vacancy_id, stage, qualified, score)`.execute(db);

  // No foreign key: deleting a vacancy cascades to its applications, whose trigger then writes here.
  await sql`create table application_counts (
    vacancy_id uuid not null, stage text not null, qualified boolean not null, n bigint not null,
    primary key (vacancy_id, stage, qualified))`.execute(db);
  await sql`create function count_applications() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into application_counts as c (vacancy_id, stage, qualified, n)
          select vacancy_id, stage, qualified, count(*) from new_rows group by 1, 2, 3 order by 1, 2, 3
          on conflict (vacancy_id, stage, qualified) do update set n = c.n + excluded.n;
      elsif tg_op = 'DELETE' then
        insert into application_counts as c (vacancy_id, stage, qualified, n)
          select vacancy_id, stage, qualified, -count(*) from old_rows group by 1, 2, 3 order by 1, 2, 3
          on conflict (vacancy_id, stage, qualified) do update set n = c.n + excluded.n;
      else
        insert into application_counts as c (vacancy_id, stage, qualified, n)
          select vacancy_id, stage, qualified, sum(d) from (
            select vacancy_id, stage, qualified, 1 as d from new_rows
            union all select vacancy_id, stage, qualified, -1 from old_rows) moved
          group by 1, 2, 3 having sum(d) <> 0 order by 1, 2, 3
          on conflict (vacancy_id, stage, qualified) do update set n = c.n + excluded.n;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger applications_counted_insert after insert on applications
    referencing new table as new_rows for each statement execute function count_applications()`.execute(db);
  await sql`create trigger applications_counted_update after update on applications
    referencing old table as old_rows new table as new_rows for each statement execute function count_applications()`.execute(db);
  await sql`create trigger applications_counted_delete after delete on applications
    referencing old table as old_rows for each statement execute function count_applications()`.execute(db);
  await sql`insert into application_counts (vacancy_id, stage, qualified, n)
    select vacancy_id, stage, qualified, count(*) from applications group by 1, 2, 3`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const event of ["insert", "update", "delete"]) await sql.raw(`drop trigger applications_counted_${event} on applications`).execute(db);
  await sql`drop function count_applications()`.execute(db);
  await sql`drop table application_counts`.execute(db);
  await sql`drop index applications_count_idx`.execute(db);
  await sql`drop index applications_ranking_idx`.execute(db);
  await sql`drop index applications_stage_ranking_idx`.execute(db);
  await sql`create index applications_ranking_idx on applications (vacancy_id, qualified desc, score desc, id)`.execute(db);
  await sql`create index applications_stage_ranking_idx on applications (vacancy_id, stage, qualified desc, score desc, id)`.execute(db);
}
