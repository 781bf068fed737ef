import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
const t0=Date.now();
const db = new PGlite({ extensions: { pg_trgm }, parsers: { [types.INT8]: (x)=>Number(x), [types.DATE]: (x)=>x } });
await db.waitReady; console.log('ready', Date.now()-t0);
await db.exec(`create extension if not exists pg_trgm; create role app nologin; create table t(id int, org text, d date, n bigint); alter table t enable row level security; create policy p on t using (org = current_setting('app.org', true)); grant select,insert on t to app; insert into t values (1,'a','2026-01-02',5),(2,'b','2026-01-03',6);`);
await db.exec(`begin; set local role app; select set_config('app.org','a',true);`);
console.log((await db.query('select * from t')).rows);
await db.exec('commit');
console.log((await db.query("select to_tsvector('norwegian','Byggesøknader for husene') v, similarity('byggesak','byggesaker') s, current_user")).rows);
try { await db.exec(`begin; set local role app; delete from t;`);} catch(e){console.log('delete err', e.message); await db.exec('rollback')}
const t1=Date.now(); const dump = await db.dumpDataDir('none'); console.log('dump', dump.size, Date.now()-t1);
const t2=Date.now(); const db2 = new PGlite({loadDataDir: dump, extensions:{pg_trgm}}); await db2.waitReady; console.log('load', Date.now()-t2, (await db2.query('select count(*) from t')).rows);
