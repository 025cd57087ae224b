create table second_table (id bigint not null primary key, name varchar(10) not null);
insert into second_table (id) values (1);
