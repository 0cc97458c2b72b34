-- A campaign created without metadata answers "metadata": null, as the real API does; {} stays {}.
alter table campaign alter column metadata drop not null;
alter table campaign alter column metadata drop default;
