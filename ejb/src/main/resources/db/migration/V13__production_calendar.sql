-- The production calendar (issue 14): per year, the days that differ from an ordinary five-day week.
-- A year with no row here falls back to the Labour Code's (ru.gramota.calendar.LabourCode). The 2026
-- calendar ships as default data, written from Government decree No. 1466 of 24.09.2025 (DOMAIN.md):
-- 247 working days. Administrators replace a year by loading a file.
create table calendar_year (
    year_number integer                 not null,
    source     varchar(300)             not null,
    loaded_at  timestamp with time zone not null,
    loaded_by  varchar(100)             not null,
    version    integer                  not null,
    constraint pk_calendar_year primary key (year_number)
);

create table calendar_day (
    day_date    date        not null,
    year_number integer     not null,
    kind       varchar(20)  not null,
    holiday    varchar(200),
    moved_from date,
    constraint pk_calendar_day primary key (day_date),
    constraint fk_calendar_day_year foreign key (year_number) references calendar_year (year_number),
    constraint ck_calendar_day_kind check (kind in ('DAY_OFF', 'SHORTENED', 'WORKING_WEEKEND'))
);
create index ix_calendar_day_year on calendar_day (year_number);

insert into calendar_year (year_number, source, loaded_at, loaded_by, version) values
    (2026, 'Постановление Правительства РФ от 24.09.2025 № 1466 (поставляется с Грамотой)',
     timestamp with time zone '2026-01-01 00:00:00+03', 'system', 0);

insert into calendar_day (day_date, year_number, kind, holiday, moved_from) values
    (date '2026-01-01', 2026, 'DAY_OFF', 'Новогодние каникулы', null),
    (date '2026-01-02', 2026, 'DAY_OFF', 'Новогодние каникулы', null),
    (date '2026-01-03', 2026, 'DAY_OFF', 'Новогодние каникулы', null),
    (date '2026-01-04', 2026, 'DAY_OFF', 'Новогодние каникулы', null),
    (date '2026-01-05', 2026, 'DAY_OFF', 'Новогодние каникулы', null),
    (date '2026-01-06', 2026, 'DAY_OFF', 'Новогодние каникулы', null),
    (date '2026-01-07', 2026, 'DAY_OFF', 'Рождество Христово', null),
    (date '2026-01-08', 2026, 'DAY_OFF', 'Новогодние каникулы', null),
    (date '2026-01-09', 2026, 'DAY_OFF', null, date '2026-01-03'),
    (date '2026-02-23', 2026, 'DAY_OFF', 'День защитника Отечества', null),
    (date '2026-03-08', 2026, 'DAY_OFF', 'Международный женский день', null),
    (date '2026-03-09', 2026, 'DAY_OFF', null, date '2026-03-08'),
    (date '2026-04-30', 2026, 'SHORTENED', null, null),
    (date '2026-05-01', 2026, 'DAY_OFF', 'Праздник Весны и Труда', null),
    (date '2026-05-08', 2026, 'SHORTENED', null, null),
    (date '2026-05-09', 2026, 'DAY_OFF', 'День Победы', null),
    (date '2026-05-11', 2026, 'DAY_OFF', null, date '2026-05-09'),
    (date '2026-06-11', 2026, 'SHORTENED', null, null),
    (date '2026-06-12', 2026, 'DAY_OFF', 'День России', null),
    (date '2026-11-03', 2026, 'SHORTENED', null, null),
    (date '2026-11-04', 2026, 'DAY_OFF', 'День народного единства', null),
    (date '2026-12-31', 2026, 'DAY_OFF', null, date '2026-01-04');
