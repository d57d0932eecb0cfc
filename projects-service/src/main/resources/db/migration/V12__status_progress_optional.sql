-- A status report may state no percentage (issue 16 item 3): most public sources say that a work
-- started, is under way or opened, and give no figure for the whole project. Such a report keeps
-- progress_percent null rather than an invented number. Every report recorded before this has one.

alter table status_update alter column progress_percent drop not null;
