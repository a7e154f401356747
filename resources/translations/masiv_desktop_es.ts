<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CampaignState</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message numerus="yes">
        <source>%1 of %Ln recipient(s)</source>
        <translation>
            <numerusform>%1 de %Ln destinatario</numerusform>
            <numerusform>%1 de %Ln destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside Masiv Desktop.</source>
        <translation>Algo salió mal dentro de Masiv Desktop.</translation>
    </message>
    <message>
        <source>Your campaigns are safe: everything already sent is recorded. If this keeps happening, send the log file to support.</source>
        <translation>Sus campañas están a salvo: todo lo que ya se envió quedó registrado. Si esto se repite, envíe el archivo de registro a soporte.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
</context>
<context>
    <name>GatewayStatus</name>
    <message>
        <source>Ready to send</source>
        <translation>Listo para enviar</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Delivered to the network</source>
        <translation>Entregado al operador</translation>
    </message>
    <message>
        <source>Delivered to the phone</source>
        <translation>Entregado al teléfono</translation>
    </message>
    <message>
        <source>Delivery error</source>
        <translation>Error de entrega</translation>
    </message>
    <message>
        <source>General error</source>
        <translation>Error general</translation>
    </message>
    <message>
        <source>Length error</source>
        <translation>Error de longitud</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Masiv Desktop</source>
        <translation>Masiv Desktop</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>Ninguna campaña seleccionada</translation>
    </message>
    <message>
        <source>Choose a campaign on the left, or start a new one: pick a spreadsheet (Excel, ODS or CSV) or drop it onto this window.</source>
        <translation>Elija una campaña a la izquierda o cree una nueva: escoja una hoja de cálculo (Excel, ODS o CSV) o arrástrela a esta ventana.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Opciones…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>&amp;Abrir hoja de cálculo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Mostrar la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About Masiv Desktop</source>
        <translation>A&amp;cerca de Masiv Desktop</translation>
    </message>
    <message>
        <source>Open a list of recipients</source>
        <translation>Abrir una lista de destinatarios</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>About Masiv Desktop</source>
        <translation>Acerca de Masiv Desktop</translation>
    </message>
    <message>
        <source>Masiv Desktop %1

Bulk SMS campaigns through the Masiv gateway: from a spreadsheet to a delivery report.</source>
        <translation>Masiv Desktop %1

Campañas masivas de SMS a través de la pasarela de Masiv: de una hoja de cálculo a un informe de entrega.</translation>
    </message>
    <message>
        <source>Sandbox gateway on this computer</source>
        <translation>Pasarela de prueba en este equipo</translation>
    </message>
    <message>
        <source>no user name</source>
        <translation>sin usuario</translation>
    </message>
    <message>
        <source>Account %1 · %2</source>
        <translation>Cuenta %1 · %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Drop the list to start a new campaign</source>
        <translation>Suelte la lista para crear una nueva campaña</translation>
    </message>
    <message>
        <source>A campaign is sending</source>
        <translation>Hay una campaña enviando</translation>
    </message>
    <message>
        <source>Pause the campaign and close Masiv Desktop?</source>
        <translation>¿Pausar la campaña y cerrar Masiv Desktop?</translation>
    </message>
    <message>
        <source>Nothing already sent is lost. The campaign continues where it stopped the next time you open the program and press Resume.</source>
        <translation>No se pierde nada de lo ya enviado. La campaña continúa donde quedó la próxima vez que abra el programa y presione Reanudar.</translation>
    </message>
    <message>
        <source>Pause and close</source>
        <translation>Pausar y cerrar</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Seguir enviando</translation>
    </message>
</context>
<context>
    <name>RecipientState</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Gateway status</source>
        <translation>Estado en la pasarela</translation>
    </message>
    <message>
        <source>Status time</source>
        <translation>Hora del estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <source>Sandbox: nothing reaches real phones. Campaigns run against a test gateway on this computer.</source>
        <translation>Modo de prueba: nada llega a teléfonos reales. Las campañas se envían a una pasarela de prueba en este equipo.</translation>
    </message>
    <message>
        <source>Set up my account…</source>
        <translation>Configurar mi cuenta…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Sandbox on this computer (nothing is sent)</source>
        <translation>Pasarela de prueba en este equipo (no se envía nada)</translation>
    </message>
    <message>
        <source>Masiv (api.masivapp.com)</source>
        <translation>Masiv (api.masivapp.com)</translation>
    </message>
    <message>
        <source>Masiv fixed IP (api.masiv.co)</source>
        <translation>Masiv IP fija (api.masiv.co)</translation>
    </message>
    <message>
        <source>Estratec test server</source>
        <translation>Servidor de pruebas de Estratec</translation>
    </message>
    <message>
        <source>Another address…</source>
        <translation>Otra dirección…</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keyring)</source>
        <translation>Sin cambios (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Pasarela:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>The password is saved in the system keyring, never in a file.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Masiv HTTP (blocks of 160)</source>
        <translation>Masiv HTTP (bloques de 160)</translation>
    </message>
    <message>
        <source>GSM 03.38 (160/153, 70/67)</source>
        <translation>GSM 03.38 (160/153, 70/67)</translation>
    </message>
    <message>
        <source>SMPP Latin-1 (140/134)</source>
        <translation>SMPP Latin-1 (140/134)</translation>
    </message>
    <message>
        <source>Allow messages longer than one part</source>
        <translation>Permitir mensajes de más de una parte</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>The rate counts parts, not messages</source>
        <translation>La velocidad cuenta partes, no mensajes</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source>Default country:</source>
        <translation>País predeterminado:</translation>
    </message>
    <message>
        <source>Part rule:</source>
        <translation>Regla de partes:</translation>
    </message>
    <message>
        <source>Gateway time zone:</source>
        <translation>Zona horaria de la pasarela:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Conexiones:</translation>
    </message>
    <message>
        <source>Sending rate:</source>
        <translation>Velocidad de envío:</translation>
    </message>
    <message>
        <source>Follow statuses for:</source>
        <translation>Seguir los estados durante:</translation>
    </message>
    <message>
        <source>My number for tests:</source>
        <translation>Mi número para pruebas:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que abra el programa.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Check the settings</source>
        <translation>Revise la configuración</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <source>Type the user name this password belongs to.</source>
        <translation>Escriba el usuario al que pertenece esta contraseña.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Contraseña no guardada</translation>
    </message>
    <message>
        <source>The system keyring refused the password: %1</source>
        <translation>El llavero del sistema rechazó la contraseña: %1</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
</TS>
