-- The whole country reads the roll-ups by period alone (no agency filter): without these, a quarter scans every
-- month row and a partial month every agency x day row.
create index indicator_agency_month_month_idx on indicator_agency_month (in_month);
create index indicator_agency_day_day_idx on indicator_agency_day (on_day);
