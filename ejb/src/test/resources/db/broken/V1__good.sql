create table first_table (id bigint not null primary key);
