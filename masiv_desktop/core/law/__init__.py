"""Colombian contact rules (Ley 2300 de 2023): the contact window per weekday, holidays, the
recipients' zones, the purpose and its checks, the daily cap, schedules for `sendondate`, and
the suppression list (opt-outs, RNE, replies) every desktop of a team shares.

May import `core.lists`, `core.store` and `core.usertypes`. Qt-free."""
