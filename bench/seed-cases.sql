-- bench/seed-cases.sql: synthetic cases BENCH-<from>..BENCH-<to> (defaults 1..100,000), each with a UHG and an
-- achterblijver; those numbered <= r (default 200) are running with a criminal track, the rest closed long ago.
-- Batches can be added later (from = previous to + 1) to grow the table without touching earlier cases.
-- Usage: psql -v from=1 -v to=100000 -v r=200 -f bench/seed-cases.sql
\if :{?from} \else \set from 1 \endif
\if :{?to} \else \set to 100000 \endif
\if :{?r} \else \set r 200 \endif
with nieuw as (
  insert into huisverbod (id, registratienummer, gemeente, wijk, straat, huisnummer, postcode, plaats, opgelegd_op, eindmoment, monitoring_einde,
    coordinerende_organisatie, geweld_type, geweld_ernst, intieme_terreur, strafrechtelijk_traject, aangemaakt_door, aangemaakt_op, afgesloten_op,
    overdracht_aan, overdracht_datum, gezamenlijk_gesprek, einde_gemeld_op)
  select gen_random_uuid(), 'BENCH-' || g, (array['AMSTERDAM','DIEMEN','UITHOORN','OUDER_AMSTEL','AMSTELVEEN','AALSMEER'])[1 + g % 6],
    (array['centrum','zuidoost','west','noord'])[1 + g % 4], 'Benchstraat', (g % 200 + 1)::text, '1011AB', 'Amsterdam',
    case when g <= :r then now() - (g % 9 || ' days')::interval - interval '1 hour' else now() - interval '400 days' - (g % 3000 || ' days')::interval end,
    case when g <= :r then now() - (g % 9 || ' days')::interval - interval '1 hour' + interval '10 days'
         else now() - interval '390 days' - (g % 3000 || ' days')::interval end,
    now() + interval '100 days',
    case when g % 6 >= 4 then 'SOCIAAL_TEAM_AA' else 'BLIJF_GROEP' end, 'PARTNERGEWELD',
    (array['ZEER_ERNSTIG','ERNSTIG','BEPERKTE_FREQUENTIE','EENMALIG','ONDUIDELIJK'])[1 + g % 5], 'ONDUIDELIJK', g <= :r or g % 5 <> 0, 'bench', now(),
    case when g <= :r then null else now() - interval '200 days' end, case when g <= :r then null else 'Wijkteam' end,
    case when g <= :r then null else current_date - 200 end, case when g <= :r then null else true end, case when g <= :r then null else now() end
  from generate_series(:from, :to) g
  returning id)
insert into betrokkene (id, huisverbod_id, rol, naam, geboortedatum, volgorde)
select gen_random_uuid(), n.id, r.rol, 'Bench ' || r.rol, r.geboren, r.volgorde
from nieuw n cross join (values ('UITHUISGEPLAATSTE', date '1980-01-01', 0), ('ACHTERBLIJVER', date '1982-01-01', 1)) as r(rol, geboren, volgorde);
analyze huisverbod;
analyze betrokkene;
-- the monitoring report of every second closed case (issue 35.6), so the outcome measures count real rows: threat
-- reduced JA/NEE/ONDUIDELIJK in turn, living apart in two of three, the achterblijver's referral named in one of four
insert into zorgdocument (huisverbod_id, soort, sleutel, versie, inhoud, gewijzigd_door, organisatie, gewijzigd_op)
select h.id, 'EINDRAPPORT', h.id, 1, jsonb_build_object('items', jsonb_build_array(jsonb_build_object(
    'dreigingAfgenomen', (array['JA','NEE','ONDUIDELIJK'])[1 + n % 3], 'relatieBeeindigd', case when n % 4 < 2 then 'JA' else 'NEE' end,
    'recidiveBekend', 'NEE', 'gescheidenWonen', case when n % 3 < 2 then 'JA' else 'NEE' end, 'toelichting', 'bench',
    'verwijzingGeslaagd', case when n % 4 = 0 then jsonb_build_array(jsonb_build_object('betrokkeneId', b.id, 'uitkomst', 'JA'))
                          else '[]'::jsonb end,
    'zonderVerwijzing', '[]'::jsonb))),
  'bench', h.coordinerende_organisatie, h.afgesloten_op
from (select id, coordinerende_organisatie, afgesloten_op, substr(registratienummer, 7)::int as n from huisverbod
      where registratienummer like 'BENCH-%' and afgesloten_op is not null) h
join betrokkene b on b.huisverbod_id = h.id and b.rol = 'ACHTERBLIJVER'
where h.n between :from and :to and h.n % 2 = 0;
analyze zorgdocument;
