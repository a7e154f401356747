"""When a campaign is sent: the schedule panel shared by the wizard's schedule step and the
send dialog (now, a date and time, or each row at its own time from a column), the words of a
time the contact window refuses (who closes it and why), and the column-time fields.

May import `core` (law, settings, usertypes), `gui.i18n`, `gui.notice` and `gui.style`;
imported by `gui.new_campaign` and `gui.campaign`."""
