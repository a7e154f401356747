"""Every word the delivery reports print, in Spanish and English, in one table.

The reports are written off the GUI thread and by the CLI, so they cannot use Qt's
translations; `WORDS` maps each key (a `Word`, or a member of one of the program's enums) to
its (Spanish, English) pair, one section per enum (their values overlap: "sent" is a `Word`
and a `CampaignState`). `choose_language` picks the report's language like the GUI picks
the program's: the setting when it names one, else the system's language.
"""

from __future__ import annotations

import locale
import os
from enum import Enum, StrEnum
from typing import Any

from masiv_desktop.core.reports.outcome import Outcome
from masiv_desktop.core.usertypes import CampaignState, Purpose, RecipientState, Verdict
from masiv_desktop.gateway.codes import GatewayStatus

LANGUAGES: tuple[str, ...] = ("es", "en")


class Word(StrEnum):
    SUMMARY_SHEET = "summary_sheet"
    RECIPIENTS_SHEET = "recipients_sheet"
    REFUSED_SHEET = "refused_sheet"
    TITLE = "title"
    CAMPAIGN = "campaign"
    CAMPAIGN_ID = "campaign_id"
    MESSAGE = "message"
    ORIGINATOR = "originator"
    PURPOSE = "purpose"
    STATE = "state"
    REASON = "reason"
    SOURCE_FILE = "source_file"
    TIMES = "times"
    LOCAL_TIME = "local_time"
    UTC = "utc"
    CREATED = "created"
    SCHEDULED = "scheduled"
    STARTED = "started"
    SENT = "sent"
    FINISHED = "finished"
    REPORT_MADE = "report_made"
    LIST_ROWS = "list_rows"
    RECIPIENTS = "recipients"
    REFUSED_ROWS = "refused_rows"
    PARTS = "parts"
    RESULT = "result"
    SHARE = "share"
    TOTAL = "total"
    CHART_TITLE = "chart_title"
    NOT_FINISHED_NOTE = "not_finished_note"
    ROW = "row"
    NUMBER = "number"
    FINAL_TEXT = "final_text"
    GATEWAY_STATUS = "gateway_status"
    STATUS_CODE = "status_code"
    SENT_AT = "sent_at"
    STATUS_TIME = "status_time"
    MESSAGE_IDS = "message_ids"
    ERROR_CODE = "error_code"
    ERROR_TEXT = "error_text"
    INPUT = "input"
    VERDICT = "verdict"
    NONE = "none"
    RULES = "rules"
    CONTACT_WINDOW = "contact_window"
    WINDOW_CLOSED = "window_closed"
    WINDOW_IGNORED = "window_ignored"
    DAILY_CAP = "daily_cap"
    CAP_APPLIED = "cap_applied"
    CAP_RELEASED = "cap_released"
    NOT_APPLIED = "not_applied"
    NOT_MOBILE = "not_mobile"
    NOT_MOBILE_KEPT = "not_mobile_kept"
    NOT_MOBILE_REFUSED = "not_mobile_refused"
    RNE_IMPORT = "rne_import"
    RNE_NEVER = "rne_never"
    OPT_OUT_FOOTER = "opt_out_footer"
    ON = "on"
    OFF = "off"
    NOT_RECORDED = "not_recorded"


WORDS: dict[type[Enum], dict[Any, tuple[str, str]]] = {
    Word: {
        Word.SUMMARY_SHEET: ("Resumen", "Summary"),
        Word.RECIPIENTS_SHEET: ("Destinatarios", "Recipients"),
        Word.REFUSED_SHEET: ("Filas rechazadas", "Refused rows"),
        Word.TITLE: ("Informe de entrega", "Delivery report"),
        Word.CAMPAIGN: ("Campaña", "Campaign"),
        Word.CAMPAIGN_ID: ("Número de campaña", "Campaign number"),
        Word.MESSAGE: ("Mensaje", "Message"),
        Word.ORIGINATOR: ("Remitente", "Originator"),
        Word.PURPOSE: ("Propósito", "Purpose"),
        Word.STATE: ("Estado", "State"),
        Word.REASON: ("Motivo", "Reason"),
        Word.SOURCE_FILE: ("Archivo de la lista", "List file"),
        Word.TIMES: ("Fechas", "Times"),
        Word.LOCAL_TIME: ("Hora local", "Local time"),
        Word.UTC: ("UTC", "UTC"),
        Word.CREATED: ("Creada", "Created"),
        Word.SCHEDULED: ("Programada para", "Scheduled for"),
        Word.STARTED: ("Iniciada", "Started"),
        Word.SENT: ("Envío terminado", "Sending finished"),
        Word.FINISHED: ("Terminada", "Finished"),
        Word.REPORT_MADE: ("Informe generado", "Report made"),
        Word.LIST_ROWS: ("Filas de la lista", "Rows in the list"),
        Word.RECIPIENTS: ("Destinatarios", "Recipients"),
        Word.REFUSED_ROWS: ("Filas rechazadas", "Refused rows"),
        Word.PARTS: ("Partes", "Parts"),
        Word.RESULT: ("Resultado", "Result"),
        Word.SHARE: ("Porcentaje", "Share"),
        Word.TOTAL: ("Total", "Total"),
        Word.CHART_TITLE: ("Destinatarios por resultado", "Recipients by result"),
        Word.NOT_FINISHED_NOTE: (
            "La campaña no ha terminado: las cifras pueden cambiar.",
            "The campaign is not finished: the figures may still change."),
        Word.ROW: ("Fila", "Row"),
        Word.NUMBER: ("Número", "Number"),
        Word.FINAL_TEXT: ("Texto enviado", "Final text"),
        Word.GATEWAY_STATUS: ("Estado en Masiv", "Gateway status"),
        Word.STATUS_CODE: ("Código de estado", "Status code"),
        Word.SENT_AT: ("Enviado", "Sent at"),
        Word.STATUS_TIME: ("Hora del estado", "Status time"),
        Word.MESSAGE_IDS: ("Id. de mensajes", "Message ids"),
        Word.ERROR_CODE: ("Código de error", "Error code"),
        Word.ERROR_TEXT: ("Error", "Error"),
        Word.INPUT: ("Valor leído", "Input"),
        Word.VERDICT: ("Veredicto", "Verdict"),
        Word.NONE: ("—", "—"),
        Word.RULES: ("Reglas aplicadas (Ley 2300)", "Rules applied (Ley 2300)"),
        Word.CONTACT_WINDOW: ("Horario de contacto", "Contact window"),
        Word.WINDOW_CLOSED: ("domingos y festivos cerrado", "closed on Sundays and holidays"),
        Word.WINDOW_IGNORED: ("ignorado (transaccional)", "ignored (transactional)"),
        Word.DAILY_CAP: ("Un contacto comercial al día", "One commercial contact a day"),
        Word.CAP_APPLIED: ("aplicado: los ya contactados hoy se rechazaron",
                           "applied: people already contacted today were refused"),
        Word.CAP_RELEASED: ("liberado por el usuario: también se envió a los ya contactados "
                            "hoy", "released by the user: people already contacted today "
                            "were sent to as well"),
        Word.NOT_APPLIED: ("no aplica (transaccional)", "not applied (transactional)"),
        Word.NOT_MOBILE: ("Números que no son celulares", "Numbers that are not mobiles"),
        Word.NOT_MOBILE_KEPT: ("enviados por decisión del usuario",
                               "sent to, by the user's choice"),
        Word.NOT_MOBILE_REFUSED: ("rechazados", "refused"),
        Word.RNE_IMPORT: ("Última importación del RNE", "RNE last imported"),
        Word.RNE_NEVER: ("nunca importado", "never imported"),
        Word.OPT_OUT_FOOTER: ("Línea para darse de baja", "Opt-out footer"),
        Word.ON: ("sí", "on"),
        Word.OFF: ("no", "off"),
        Word.NOT_RECORDED: ("no registrado (campaña anterior)",
                            "not recorded (older campaign)"),
    },
    Outcome: {
        Outcome.DELIVERED_TO_HANDSET: ("Entregado al teléfono", "Delivered to handset"),
        Outcome.DELIVERED_TO_NETWORK: ("Entregado a la red", "Delivered to network"),
        Outcome.DELIVERY_ERROR: ("Error de entrega", "Delivery error"),
        Outcome.GENERAL_ERROR: ("Error general", "General error"),
        Outcome.LENGTH_ERROR: ("Error de longitud", "Length error"),
        Outcome.REJECTED: ("Rechazado por la plataforma", "Rejected by the gateway"),
        Outcome.UNCERTAIN: ("Incierto (quizá enviado)", "Uncertain (may have been sent)"),
        Outcome.NO_FINAL_STATUS: ("Sin estado final", "No final status"),
        Outcome.IN_PROGRESS: ("Pendiente o en curso", "Pending or in progress"),
        Outcome.CANCELLED: ("Cancelado", "Cancelled"),
    },
    GatewayStatus: {
        GatewayStatus.READY_TO_SEND: ("Listo para enviar", "Ready to send"),
        GatewayStatus.SENDING: ("Enviando", "Sending"),
        GatewayStatus.DELIVERED_TO_NETWORK: ("Entregado a la red", "Delivered to network"),
        GatewayStatus.DELIVERED_TO_HANDSET: ("Entregado al teléfono", "Delivered to handset"),
        GatewayStatus.DELIVERY_ERROR: ("Error de entrega", "Delivery error"),
        GatewayStatus.GENERAL_ERROR: ("Error general", "General error"),
        GatewayStatus.LENGTH_ERROR: ("Error de longitud", "Length error"),
    },
    RecipientState: {
        RecipientState.PENDING: ("En espera", "Waiting"),
        RecipientState.CLAIMED: ("Enviando", "Sending"),
        RecipientState.ACCEPTED: ("Aceptado", "Accepted"),
        RecipientState.REJECTED: ("Rechazado", "Rejected"),
        RecipientState.UNCERTAIN: ("Incierto", "Uncertain"),
        RecipientState.CANCELLED: ("Cancelado", "Cancelled"),
    },
    CampaignState: {
        CampaignState.DRAFT: ("Borrador", "Draft"),
        CampaignState.RUNNING: ("Enviando", "Sending"),
        CampaignState.PAUSED: ("En pausa", "Paused"),
        CampaignState.WAITING_WINDOW: ("Esperando el horario permitido",
                                       "Waiting for the contact window"),
        CampaignState.STOPPED: ("Detenida", "Stopped"),
        CampaignState.CANCELLED: ("Cancelada", "Cancelled"),
        CampaignState.SENT: ("Enviada (consultando estados)", "Sent (statuses still polled)"),
        CampaignState.FINISHED: ("Terminada", "Finished"),
    },
    Purpose: {
        Purpose.COMMERCIAL: ("Comercial", "Commercial"),
        Purpose.TRANSACTIONAL: ("Transaccional", "Transactional"),
    },
    Verdict: {
        Verdict.OK: ("Válido", "Valid"),
        Verdict.NOT_MOBILE: ("No es un celular", "Not a mobile"),
        Verdict.INVALID: ("Número inválido", "Invalid number"),
        Verdict.EMPTY: ("Vacío", "Empty"),
        Verdict.DUPLICATE: ("Duplicado", "Duplicate"),
        Verdict.SUPPRESSED: ("En la lista de exclusión", "On the suppression list"),
        Verdict.CONTACTED_TODAY: ("Ya contactado hoy", "Already contacted today"),
    },
}


def word(key: Enum, language: str) -> str:
    """The report's word for `key` in `language` ("es" or "en"; anything else is English)."""
    found = WORDS.get(type(key), {}).get(key)
    if found is None:  # a member added after this table: its stored value beats a crash
        return str(key.value).replace("_", " ")
    spanish, english = found
    return spanish if language == "es" else english


def choose_language(setting: str = "", system: str | None = None) -> str:
    """"es" or "en": the setting when it names one, else the system locale's language.

    `system` is a locale name such as "es_CO.UTF-8" or Windows' "Spanish_Colombia"; by
    default the process's (LC_CTYPE, then the LANG family of variables).
    """
    if setting in LANGUAGES:
        return setting
    name = system if system is not None else system_locale_name()
    return "es" if name.lower().startswith(("es", "spanish")) else "en"


def system_locale_name() -> str:
    """The user's locale name without changing the process's locale (thread-safe)."""
    name = locale.getlocale(locale.LC_CTYPE)[0]
    if name and name not in ("C", "POSIX"):
        return name
    for variable in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    return ""
