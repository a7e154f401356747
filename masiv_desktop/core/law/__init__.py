"""Colombian contact rules (Ley 2300 de 2023): the contact window per weekday, holidays, the
recipients' zones, the purpose and its checks, the daily cap, and schedules for `sendondate`.

May import `core.lists` (phones, suppression), `core.store` and `core.usertypes`. Qt-free."""
